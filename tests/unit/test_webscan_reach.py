"""A web scan says why it could not reach its target, and which pages it did not fetch.

Targets are local (tests/support/web_targets.py): a port that refuses, a server
that never answers, a site answering 500, a plain-HTTP server asked for https://
(the handshake fails) and a name under the reserved .invalid TLD. The scan runs
in this process (fast, small timeouts) and through the real sandbox as the scan
task runs it (`AGENT.argv`, the web profile, `AGENT.outcome`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from ipaddress import ip_address, ip_network
from pathlib import Path

import pytest

from securetag.kernel.errors import AgentOutputError
from securetag.kernel.models import ScanType
from securetag.scanning.agent import AgentInput, AgentRun, Coverage, Skipped, SkipReason
from securetag.scanning.agents.web import crawl
from securetag.scanning.agents.web.agent import AGENT, WebScanResult, parse_output
from securetag.scanning.agents.web.crawl import MAX_SKIPPED_LISTED, WebScanBudget
from securetag.scanning.agents.web.exposure import EXPOSED_FILE_PROBES
from securetag.scanning.registry import AgentRegistry
from securetag.scanning.sandbox.run import run_sandboxed
from securetag.security.ssrf import TARGET_REFUSED, SsrfGuard
from tests.support.web_targets import (
    HARDENED_HEADERS,
    UNRESOLVABLE_HOST,
    Reply,
    SeenRequest,
    SilentServer,
    WebTarget,
    error_site,
    hardened_site,
    html,
    redirect_site,
    refusing_port,
    routes_site,
    self_signed_identity,
    server_context,
)

FAST = WebScanBudget(rate_per_s=1000, timeout_s=1)
LOOPBACK = ip_network("127.0.0.0/8")
PAGE = (("Content-Type", "text/html"),)
PROBES = len(EXPOSED_FILE_PROBES)
# Exception reprs, errno tuples, OpenSSL source lines, paths: none may reach a tenant.
UNCLEAN = re.compile(r"Errno|Traceback|object at|[A-Za-z]Error\b|_ssl\.c|[()<>/]")


def scan(url: str, *, budget: WebScanBudget = FAST) -> WebScanResult:
    """The in-sandbox program, run in this process, its report read back as the worker reads it."""
    report = crawl.scan_url(url, budget=budget, guard=SsrfGuard([LOOPBACK]))
    return parse_output(report.to_json())


def run_agent(url: str) -> AgentRun:
    """The web agent as the scan task runs it: its argv, in the sandbox, its outcome read back."""
    agent_input = AgentInput(ScanType.WEB_SCAN, target_url=url, allow=(LOOPBACK,))
    uid = {"uid": 63000 + os.getpid() % 1000} if os.geteuid() == 0 else {}
    result = run_sandboxed(
        AGENT.argv(agent_input),
        AgentRegistry.load().profiles()[AGENT.name],
        input_dir=None,
        **uid,
    )
    assert result.exit_code == 0, result.stderr.decode()
    return AGENT.outcome(result, agent_input)


needs_bwrap = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap not installed")


@contextmanager
def unreachable_target(kind: str) -> Iterator[str]:
    """The URL of a start page that cannot be fetched for the reason `kind`."""
    if kind == "unresolvable":
        yield f"http://{UNRESOLVABLE_HOST}/"
    elif kind == "connection_refused":
        with refusing_port() as port:
            yield f"http://127.0.0.1:{port}/"
    elif kind == "timeout":
        with SilentServer() as silent:
            yield silent.url()
    elif kind == "tls_error":
        with WebTarget(hardened_site()) as plain:  # it speaks HTTP, asked for TLS
            yield plain.url().replace("http://", "https://")
    elif kind == "http_status":
        with WebTarget(error_site(500)) as failing:
            yield failing.url()
    elif kind == "connection_failed":
        with SilentServer(hang_up=True) as rude:
            yield rude.url()
    elif kind == "too_many_redirects":
        with WebTarget(redirect_site("/")) as loop:
            yield loop.url()
    else:
        raise AssertionError(kind)


# A start page whose name does not resolve is not among them: it reads as a refused name
# (test_a_name_that_does_not_resolve_reads_as_an_internal_one).
DETAILS = {
    "connection_refused": r"^127\.0\.0\.1:\d+ refused the connection$",
    "timeout": r"^127\.0\.0\.1:\d+ did not answer within 1s$",
    "tls_error": r"^TLS handshake with 127\.0\.0\.1:\d+ failed: [a-z ]+$",
    "http_status": r"^the start page answered HTTP 500 Internal Server Error$",
    "connection_failed": r"^127\.0\.0\.1:\d+ closed the connection without an answer$",
    "too_many_redirects": r"^the page kept redirecting past the limit$",
}


@pytest.mark.parametrize("kind", list(DETAILS))
def test_a_start_page_that_cannot_be_fetched_says_why(kind: str) -> None:
    with unreachable_target(kind) as url:
        result = scan(url)
    assert result.unreachable is not None
    assert (result.unreachable.kind, result.findings) == (kind, [])
    assert re.match(DETAILS[kind], result.unreachable.detail), result.unreachable.detail
    assert not UNCLEAN.search(result.unreachable.detail), result.unreachable.detail
    assert result.unreachable.status == (500 if kind == "http_status" else None)
    assert result.coverage == Coverage(
        examined=0, skipped=[Skipped(url, SkipReason.UNREACHABLE, kind)], unit="pages"
    )


@needs_bwrap
@pytest.mark.parametrize("kind", ["connection_refused", "tls_error", "http_status"])
def test_an_unreachable_target_fails_the_agent_in_the_sandbox(kind: str) -> None:
    with unreachable_target(kind) as url:
        run = run_agent(url)
    assert run.failure is not None and run.failure.startswith(f"target unreachable: {kind}: ")
    assert re.match(DETAILS[kind], run.failure.split(": ", 2)[2]), run.failure
    assert run.findings == []
    assert run.coverage == Coverage(
        examined=0, skipped=[Skipped(url, SkipReason.UNREACHABLE, kind)], unit="pages"
    )


def test_a_bad_certificate_is_a_finding_not_an_unreachable_target(tmp_path: Path) -> None:
    identity = self_signed_identity(tmp_path)
    with WebTarget(hardened_site(), tls=server_context(identity)) as target:
        result = scan(target.url())
    assert result.unreachable is None
    assert "securetag.web.tls-untrusted-certificate" in {f.rule_id for f in result.findings}
    assert result.coverage.examined and result.coverage.examined > 1


def test_a_crawl_that_loses_pages_lists_them_and_keeps_the_rest() -> None:
    release = threading.Event()
    with refusing_port() as closed:
        site = routes_site(
            {
                "/": Reply(
                    200,
                    PAGE,
                    html('<a href="/stall">a</a> <a href="/gone">b</a> <a href="/ok">c</a>'),
                ),
                "/gone": Reply(302, (("Location", f"http://127.0.0.1:{closed}/"),)),
                "/ok": Reply(200, PAGE, html("fine")),
            },
            common_headers=HARDENED_HEADERS,
        )

        def respond(request: SeenRequest) -> Reply:
            if request.path == "/stall":
                release.wait(10)
            return site(request)

        try:
            with WebTarget(respond) as target:
                result = scan(target.url())
                release.set()
        finally:
            release.set()
    assert result.unreachable is None and result.refused is None
    # The start page, every probe and /ok answered; the other two did not.
    assert result.coverage == Coverage(
        examined=1 + PROBES + 1,
        skipped=[
            Skipped(target.url("/stall"), SkipReason.UNREACHABLE, "timeout"),
            Skipped(target.url("/gone"), SkipReason.UNREACHABLE, "connection_refused"),
        ],
        unit="pages",
    )


def test_a_link_leading_inside_is_listed_as_excluded() -> None:
    with WebTarget(hardened_site()) as internal:
        site = routes_site(
            {
                "/": Reply(200, PAGE, html('<a href="/go">go</a>')),
                "/go": Reply(302, (("Location", internal.url("/admin")),)),
            },
            common_headers=HARDENED_HEADERS,
        )
        with WebTarget(site, host="127.0.0.2") as entry:
            report = crawl.scan_url(
                entry.url(), budget=FAST, guard=SsrfGuard([ip_network("127.0.0.2/32")])
            )
        assert internal.settled_connections() == 0
    assert parse_output(report.to_json()).coverage.skipped == [
        Skipped(entry.url("/go"), SkipReason.EXCLUDED, "refused: 127.0.0.1 is a loopback address")
    ]


def many_links_site(count: int) -> WebTarget:
    links = "".join(f'<a href="/page{n}">{n}</a>' for n in range(count))
    return WebTarget(
        routes_site(
            {"/": Reply(200, PAGE, html(links))},
            common_headers=HARDENED_HEADERS,
            fallback=lambda request: Reply(200, PAGE, html("a page")),
        )
    )


def test_pages_the_request_budget_did_not_reach_are_listed() -> None:
    # 1 start page + 1 baseline probe + the probes + 3 pages.
    budget = WebScanBudget(rate_per_s=1000, max_requests=2 + PROBES + 3)
    with many_links_site(10) as target:
        result = scan(target.url(), budget=budget)
    assert result.unreachable is None
    assert result.coverage.examined == 1 + PROBES + 3
    assert result.coverage.skipped == [
        Skipped(
            target.url(f"/page{n}"),
            SkipReason.NOT_REACHED,
            f"request budget of {budget.max_requests} used up",
        )
        for n in range(3, 10)
    ]


def test_probes_and_pages_after_the_time_limit_are_listed() -> None:
    # Five requests a second and a limit of half a second: the scan stops after three.
    budget = WebScanBudget(rate_per_s=5, max_duration_s=0.5)
    with many_links_site(2) as target:
        result = scan(target.url(), budget=budget)
        assert len(target.requests) == 3
    assert result.unreachable is None
    not_reached = {item.path for item in result.coverage.skipped}
    assert {target.url("/page0"), target.url("/page1"), target.url("/.env")} <= not_reached
    assert {item.reason for item in result.coverage.skipped} == {SkipReason.NOT_REACHED}
    assert {item.detail for item in result.coverage.skipped} == {"time limit of 0.5s reached"}
    assert any("time limit of 0.5s reached" in error for error in result.errors)


def test_the_list_of_skipped_pages_is_capped_and_counts_the_rest() -> None:
    budget = WebScanBudget(rate_per_s=1000, max_requests=2 + PROBES)
    with many_links_site(MAX_SKIPPED_LISTED + 50) as target:
        result = scan(target.url(), budget=budget)
    skipped = result.coverage.skipped
    assert len(skipped) == MAX_SKIPPED_LISTED
    assert skipped[-1] == Skipped(
        f"http://127.0.0.1:{target.port}", SkipReason.NOT_REACHED, "and 51 more URLs not fetched"
    )


@needs_bwrap
def test_a_partial_crawl_in_the_sandbox_reports_coverage_and_succeeds() -> None:
    with refusing_port() as closed:
        site = routes_site(
            {
                "/": Reply(200, PAGE, html('<a href="/gone">a</a> <a href="/ok">b</a>')),
                "/gone": Reply(302, (("Location", f"http://127.0.0.1:{closed}/"),)),
                "/ok": Reply(200, PAGE, html("fine")),
            },
            common_headers=HARDENED_HEADERS,
        )
        with WebTarget(site) as target:
            run = run_agent(target.url())
    assert run.failure is None
    assert run.coverage == Coverage(
        examined=1 + PROBES + 1,
        skipped=[Skipped(target.url("/gone"), SkipReason.UNREACHABLE, "connection_refused")],
        unit="pages",
    )


# --- the wire format ----------------------------------------------------------------------


def test_a_document_from_before_coverage_still_reads_with_coverage_unknown() -> None:
    old = json.dumps({"findings": [], "requests_made": 3, "errors": [], "refused": None})
    result = parse_output(old)
    assert (result.unreachable, result.coverage) == (None, Coverage(examined=None, unit="pages"))


@pytest.mark.parametrize(
    "change",
    [
        {"unreachable": {"kind": "on fire", "detail": "x", "status": None}},
        {"coverage": {"examined": 1, "skipped": [{"url": "/", "reason": "bored", "detail": ""}]}},
    ],
)
def test_an_unknown_reason_is_not_the_agents_document(change: dict) -> None:
    document = {"findings": [], "requests_made": 0, "errors": [], "refused": None, **change}
    with pytest.raises(AgentOutputError) as raised:
        parse_output(json.dumps(document))
    # What a tenant may see names no input; the parser's words stay in the details.
    assert raised.value.message == "the web scan agent printed no valid result"


INTERNAL_NAME = "db.corp.securetag-test"  # what only the scanner's DNS knows, at 10.0.0.5


def internal_dns(host: str, port: int) -> list:
    """The scanner's resolver: one internal name, the reserved .invalid TLD unknown."""
    if host == INTERNAL_NAME:
        return [ip_address("10.0.0.5")]
    if host.endswith(".invalid"):
        raise OSError("Name or service not known")
    return [ip_address(host)]


def test_a_name_that_does_not_resolve_reads_as_an_internal_one() -> None:
    """The report must not tell a tenant which internal names the scanner's DNS knows: a
    start page, or a redirect, to a name with no address reads exactly as one to a name
    that resolves to an internal address."""
    guard = SsrfGuard([LOOPBACK], resolver=internal_dns)
    started = {
        name: parse_output(crawl.scan_url(f"http://{name}/", budget=FAST, guard=guard).to_json())
        for name in (INTERNAL_NAME, UNRESOLVABLE_HOST)
    }
    for name, result in started.items():
        assert (result.refused, result.unreachable) == (TARGET_REFUSED, None), name
        assert result.coverage.skipped == [
            Skipped(f"http://{name}/", SkipReason.EXCLUDED, "refused")
        ]

    site = routes_site(
        {
            "/": Reply(200, PAGE, html('<a href="/a">a</a> <a href="/b">b</a>')),
            "/a": Reply(302, (("Location", f"http://{INTERNAL_NAME}/admin"),)),
            "/b": Reply(302, (("Location", f"http://{UNRESOLVABLE_HOST}/admin"),)),
        },
        common_headers=HARDENED_HEADERS,
    )
    with WebTarget(site) as target:
        report = crawl.scan_url(target.url(), budget=FAST, guard=guard)
    assert parse_output(report.to_json()).coverage.skipped == [
        Skipped(target.url("/a"), SkipReason.EXCLUDED, f"refused: {TARGET_REFUSED}"),
        Skipped(target.url("/b"), SkipReason.EXCLUDED, f"refused: {TARGET_REFUSED}"),
    ]
