"""The passive web scan against real local servers with known configurations.

Every target is a threaded server from tests/support/web_targets.py on a
loopback port; the scan reaches it only because the guard's allowlist opens
127.0.0.0/8, and the SSRF tests prove that without the allowlist nothing does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import os
import ssl
import subprocess
import sys
import textwrap
import threading
import time
from ipaddress import ip_address, ip_network
from pathlib import Path

import pytest

from securetag.kernel.errors import AgentOutputError, InvalidRequest
from securetag.kernel.models import Finding, Severity
from securetag.scanning.agents.web import crawl
from securetag.scanning.agents.web.agent import (
    WebScanResult,
    build_argv,
    parse_output,
)
from securetag.scanning.agents.web.crawl import WebScanBudget
from securetag.scanning.agents.web.report import RULE_PREFIX
from securetag.scanning.agents.web.rules import RULES, Hit, finding_of
from securetag.security.ssrf import ALLOW_ENV_VAR, IPAddress, SsrfGuard
from tests.support.web_targets import (
    HARDENED_HEADERS,
    Reply,
    Responder,
    SeenRequest,
    TlsIdentity,
    WebTarget,
    ca_signed_identity,
    catch_all_site,
    hardened_site,
    html,
    misconfigured_site,
    redirect_site,
    routes_site,
    self_signed_identity,
    server_context,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
FAST = WebScanBudget(rate_per_s=1000, timeout_s=5)


def scan(
    url: str, *, budget: WebScanBudget, guard: SsrfGuard, ca_file: str | None = None
) -> WebScanResult:
    """The in-sandbox scan, run in this process, its report read back as the worker reads it."""
    report = crawl.scan_url(url, budget=budget, guard=guard, ca_file=ca_file)
    return parse_output(report.to_json())


def rules(result: WebScanResult) -> set[str]:
    return {finding.rule_id.removeprefix(RULE_PREFIX) for finding in result.findings}


def rule_counts(result: WebScanResult) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in result.findings:
        name = finding.rule_id.removeprefix(RULE_PREFIX)
        counts[name] = counts.get(name, 0) + 1
    return counts


@pytest.fixture
def local() -> SsrfGuard:
    """A guard whose operator allowed the loopback range, where the test servers live."""
    return SsrfGuard([ip_network("127.0.0.0/8")])


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, TlsIdentity]:
    now = dt.datetime.now(dt.UTC)

    def fresh(name: str) -> Path:
        return tmp_path_factory.mktemp(name)

    return {
        "self-signed": self_signed_identity(fresh("self-signed")),
        "trusted": ca_signed_identity(fresh("trusted")),
        "expired": ca_signed_identity(
            fresh("expired"),
            not_before=now - dt.timedelta(days=400),
            not_after=now - dt.timedelta(days=2),
        ),
        "expiring": ca_signed_identity(fresh("expiring"), not_after=now + dt.timedelta(days=10)),
        "wrong-host": ca_signed_identity(fresh("wrong-host"), names=("other.example",)),
    }


def ca_file(identity: TlsIdentity) -> str | None:
    return str(identity.ca_path) if identity.ca_path else None


# --- what the scan reports ---------------------------------------------------------------

MISCONFIGURED_HTTP = {
    "missing-csp",
    "missing-frame-protection",
    "missing-nosniff",
    "missing-referrer-policy",
    "cookie-missing-httponly",
    "cookie-missing-samesite",
    "cookie-samesite-none-without-secure",
    "cors-reflected-origin-credentials",
    "exposed-git",
    "exposed-env",
    "directory-listing",
    "version-disclosure",
}
HTTPS_ONLY = {"missing-hsts", "cookie-missing-secure", "mixed-content"}


def test_misconfigured_http_site_yields_exactly_its_misconfigurations(local: SsrfGuard) -> None:
    with WebTarget(misconfigured_site()) as target:
        result = scan(target.url(), budget=FAST, guard=local)
        assert result.refused is None and result.errors == []
        assert rules(result) == MISCONFIGURED_HTTP
        assert result.requests_made == len(target.requests)
        assert {"/", "/about", "/files/"} <= set(target.paths)


def test_misconfigured_https_site_adds_transport_findings(
    local: SsrfGuard, certificates: dict[str, TlsIdentity]
) -> None:
    tls = server_context(certificates["self-signed"])
    with WebTarget(misconfigured_site(), tls=tls) as target:
        result = scan(target.url(), budget=FAST, guard=local)
    assert result.refused is None and result.errors == []
    assert rules(result) == MISCONFIGURED_HTTP | HTTPS_ONLY | {"tls-untrusted-certificate"}


def test_site_wide_issues_are_reported_once_per_origin(local: SsrfGuard) -> None:
    with WebTarget(misconfigured_site()) as target:
        result = scan(target.url(), budget=FAST, guard=local)
    counts = rule_counts(result)
    # Three crawled pages lack the same headers; each header problem is one finding.
    assert counts["missing-csp"] == counts["missing-nosniff"] == 1
    # One finding per cookie and per disclosing header.
    assert counts["cookie-missing-samesite"] == 1  # PHPSESSID; tracker has SameSite
    assert counts["version-disclosure"] == 2  # Server and X-Powered-By
    assert {f.extra.get("header") for f in result.findings if "version" in f.rule_id} == {
        "Server",
        "X-Powered-By",
    }


def test_findings_say_where_what_and_how_to_fix_without_leaking_secrets(
    local: SsrfGuard,
) -> None:
    with WebTarget(misconfigured_site()) as target:
        result = scan(target.url(), budget=FAST, guard=local)
        by_rule = {f.rule_id.removeprefix(RULE_PREFIX): f for f in result.findings}
        env = by_rule["exposed-env"]
        assert env.tool == "webscan"
        assert env.path == target.url("/.env")
        assert (env.start_line, env.end_line) == (1, 1)
        assert env.severity is Severity.CRITICAL
        assert env.cwe and all(cwe.startswith("CWE-") for cwe in env.cwe)
        assert env.owasp and all(":2021 - " in category for category in env.owasp)
        assert env.fix_hint
        assert "DB_PASSWORD=<redacted>" in env.snippet
        cors = by_rule["cors-reflected-origin-credentials"]
        assert cors.severity is Severity.HIGH
        assert cors.path == target.url("/")
        assert by_rule["directory-listing"].path == target.url("/files/")
    for finding in result.findings:
        dumped = json.dumps(finding.model_dump(mode="json"))
        assert "hunter2" not in dumped and "sk_live" not in dumped and "3f9a1c" not in dumped


def test_well_configured_http_site_yields_nothing(local: SsrfGuard) -> None:
    with WebTarget(hardened_site()) as target:
        result = scan(target.url(), budget=FAST, guard=local)
        assert "/.git/HEAD" in target.paths  # the soft-404 answered 200 to the probes
    assert result.findings == [] and result.errors == []


def test_well_configured_https_site_yields_nothing(
    local: SsrfGuard, certificates: dict[str, TlsIdentity]
) -> None:
    identity = certificates["trusted"]
    with WebTarget(hardened_site(), tls=server_context(identity)) as target:
        result = scan(target.url(), budget=FAST, guard=local, ca_file=ca_file(identity))
    assert result.findings == [] and result.errors == []


@pytest.mark.parametrize(
    "body",
    [
        b"ref: refs/heads/main\n",
        b"STATUS=ok\nMODE=catch-all\n",
        b"12\n",
        b"PK\x03\x04 not really a zip",
        b"\x00\x00\x00\x01Bud1 not really a DS_Store",
    ],
    ids=["git-like", "env-like", "svn-like", "zip-like", "ds-store-like"],
)
def test_a_server_answering_everything_alike_has_no_exposed_files(
    local: SsrfGuard, body: bytes
) -> None:
    with WebTarget(catch_all_site(body)) as target:
        result = scan(target.url(), budget=FAST, guard=local)
    assert not {rule for rule in rules(result) if rule.startswith("exposed-")}


def test_each_exposed_file_is_recognised_by_its_content(local: SsrfGuard) -> None:
    files = {
        "/.svn/entries": (b"12\n", "exposed-svn"),
        "/.DS_Store": (b"\x00\x00\x00\x01Bud1\x00\x00\x10\x00", "exposed-ds-store"),
        "/server-status": (
            b"<html><h1>Apache Server Status for web1</h1>",
            "exposed-server-status",
        ),
        "/index.php.bak": (b"<?php $db = new PDO($dsn);", "exposed-backup"),
        "/backup.zip": (b"PK\x03\x04\x14\x00\x00\x00", "exposed-backup"),
        "/backup.sql": (b"-- MySQL dump 10.13\nCREATE TABLE users (id int);", "exposed-backup"),
    }
    site = routes_site(
        {"/": Reply(200, (("Content-Type", "text/html"),), html("home"))}
        | {path: Reply(200, (), body) for path, (body, _) in files.items()},
        common_headers=HARDENED_HEADERS,
    )
    with WebTarget(site) as target:
        result = scan(target.url(), budget=FAST, guard=local)
        reported = {(f.path, f.rule_id.removeprefix(RULE_PREFIX)) for f in result.findings}
        assert reported == {(target.url(path), rule) for path, (_, rule) in files.items()}


# --- headers, cookies, CORS one at a time -----------------------------------------------


def single_page_site(headers: dict[str, str | None], body: bytes = html("home")) -> WebTarget:
    """A hardened page with some headers replaced (None removes one)."""
    merged = dict(HARDENED_HEADERS) | {"Content-Type": "text/html"} | headers
    reply = Reply(200, tuple((k, v) for k, v in merged.items() if v is not None), body)
    return WebTarget(routes_site({"/": reply}))


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Content-Security-Policy": "script-src 'self' 'unsafe-inline'"}, {"csp-unsafe-inline"}),
        ({"Content-Security-Policy": "script-src 'self' 'unsafe-inline' 'nonce-r4nd0m'"}, set()),
        ({"Content-Security-Policy": "default-src 'self' 'unsafe-eval'"}, {"csp-unsafe-eval"}),
        ({"Content-Security-Policy": "default-src *"}, {"csp-wildcard-script-src"}),
        ({"Content-Security-Policy": "script-src https:"}, {"csp-wildcard-script-src"}),
        ({"Content-Security-Policy": "img-src 'self'"}, {"csp-wildcard-script-src"}),
        ({"Content-Security-Policy": None}, {"missing-csp"}),
        ({"X-Frame-Options": None}, set()),  # CSP frame-ancestors still protects
        (
            {"X-Frame-Options": None, "Content-Security-Policy": "default-src 'self'"},
            {"missing-frame-protection"},
        ),
        ({"X-Content-Type-Options": "sniff-away"}, {"missing-nosniff"}),
        ({"Referrer-Policy": "unsafe-url"}, {"unsafe-referrer-policy"}),
        ({"Referrer-Policy": None}, {"missing-referrer-policy"}),
        ({"Access-Control-Allow-Origin": "*"}, {"cors-wildcard-origin"}),
        ({"Server": "nginx/1.25.3"}, {"version-disclosure"}),
        ({"Strict-Transport-Security": None}, set()),  # HSTS only matters over HTTPS
        ({"Set-Cookie": "sid=1; HttpOnly; SameSite=Lax"}, set()),  # Secure only matters on HTTPS
        ({"Set-Cookie": "auth_token=1; SameSite=Strict"}, {"cookie-missing-httponly"}),
        ({"Set-Cookie": "csrftoken=1; SameSite=Strict"}, set()),  # meant to be read by scripts
        ({"Set-Cookie": "theme=dark; HttpOnly"}, {"cookie-missing-samesite"}),
    ],
)
def test_each_header_problem_is_reported_alone(
    local: SsrfGuard, headers: dict[str, str | None], expected: set[str]
) -> None:
    with single_page_site(headers) as target:
        result = scan(target.url(), budget=FAST, guard=local)
    assert rules(result) == expected


def test_cors_wildcard_is_informational(local: SsrfGuard) -> None:
    with single_page_site({"Access-Control-Allow-Origin": "*"}) as target:
        (finding,) = scan(target.url(), budget=FAST, guard=local).findings
    assert finding.severity is Severity.INFO


def test_an_echoed_origin_without_credentials_is_low(local: SsrfGuard) -> None:
    page = Reply(200, (*HARDENED_HEADERS, ("Content-Type", "text/html")), html("api"))

    def echo_origin(request: SeenRequest) -> Reply:
        origin = request.headers.get("origin")
        if request.path != "/" or origin is None:
            return Reply(404)
        return dataclasses.replace(
            page, headers=(*page.headers, ("Access-Control-Allow-Origin", origin))
        )

    with WebTarget(echo_origin) as target:
        (finding,) = scan(target.url(), budget=FAST, guard=local).findings
        assert target.requests[0].headers["origin"] == "https://evil.example"
    assert finding.rule_id == RULE_PREFIX + "cors-reflected-origin"
    assert finding.severity is Severity.LOW


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"Strict-Transport-Security": None}, html("home"), {"missing-hsts"}),
        ({"Strict-Transport-Security": "max-age=300"}, html("home"), {"weak-hsts"}),
        ({"Set-Cookie": "sid=1; HttpOnly; SameSite=Lax"}, html("home"), {"cookie-missing-secure"}),
        (
            {"Set-Cookie": "sid=1; HttpOnly; SameSite=None"},
            html("home"),
            {"cookie-missing-secure", "cookie-samesite-none-without-secure"},
        ),
        ({}, html('<img src="http://img.example/a.png">'), {"mixed-content"}),
        ({}, html('<link rel="stylesheet" href="//cdn.example/a.css">'), set()),
    ],
    ids=[
        "no-hsts",
        "short-hsts",
        "cookie-not-secure",
        "samesite-none-not-secure",
        "http-image",
        "protocol-relative-style",
    ],
)
def test_https_only_problems(
    local: SsrfGuard,
    certificates: dict[str, TlsIdentity],
    headers: dict[str, str | None],
    body: bytes,
    expected: set[str],
) -> None:
    identity = certificates["trusted"]
    merged = dict(HARDENED_HEADERS) | {"Content-Type": "text/html"} | headers
    reply = Reply(200, tuple((k, v) for k, v in merged.items() if v is not None), body)
    with WebTarget(routes_site({"/": reply}), tls=server_context(identity)) as target:
        result = scan(target.url(), budget=FAST, guard=local, ca_file=ca_file(identity))
    assert rules(result) == expected
    if expected == {"mixed-content"}:
        assert result.findings[0].severity is Severity.LOW  # an image, not a script


# --- TLS ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("certificate", "expected"),
    [
        ("self-signed", {"tls-untrusted-certificate"}),
        ("trusted", set()),
        ("expired", {"tls-certificate-expired"}),
        ("expiring", {"tls-certificate-expiring"}),
        ("wrong-host", {"tls-hostname-mismatch"}),
    ],
)
def test_certificate_problems(
    local: SsrfGuard, certificates: dict[str, TlsIdentity], certificate: str, expected: set[str]
) -> None:
    identity = certificates[certificate]
    with WebTarget(hardened_site(), tls=server_context(identity)) as target:
        result = scan(target.url(), budget=FAST, guard=local, ca_file=ca_file(identity))
    assert {rule for rule in rules(result) if rule.startswith("tls-")} == expected
    assert result.errors == []


def test_a_legacy_tls_server_is_reported_and_still_scanned(
    local: SsrfGuard, certificates: dict[str, TlsIdentity]
) -> None:
    identity = certificates["trusted"]
    tls = server_context(identity, maximum_version=ssl.TLSVersion.TLSv1_1)
    with WebTarget(misconfigured_site(), tls=tls) as target:
        result = scan(target.url(), budget=FAST, guard=local, ca_file=ca_file(identity))
    assert "tls-weak-protocol" in rules(result)
    assert "exposed-git" in rules(result)  # pages were read over the old protocol


# --- SSRF: refused targets never reach a server ------------------------------------------


@pytest.mark.parametrize(
    ("template", "reason"),
    [
        ("http://127.0.0.1:{port}/", "loopback"),
        # A name: refused without saying what it resolved to (what a tenant could map DNS with).
        ("http://localhost:{port}/", "not allowed or cannot be reached"),
        ("http://2130706433:{port}/", "loopback"),
        ("http://0177.0.0.1:{port}/", "loopback"),
        ("http://0x7f.1:{port}/", "loopback"),
        ("http://127.1:{port}/", "loopback"),
        ("http://0.0.0.0:{port}/", "unspecified"),
        ("http://[::ffff:127.0.0.1]:{port}/", "IPv4-mapped IPv6 address of 127.0.0.1"),
        ("http://example.com@127.0.0.1:{port}/", "loopback"),
        ("http://10.0.0.1:{port}/", "private"),
        ("http://172.16.0.1:{port}/", "private"),
        ("http://192.168.1.1:{port}/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
        ("http://100.64.0.1:{port}/", "carrier-grade NAT"),
        ("file:///etc/passwd", "only http and https"),
        ("gopher://127.0.0.1:{port}/_GET%20/", "only http and https"),
        ("ftp://127.0.0.1:{port}/", "only http and https"),
    ],
)
def test_internal_targets_are_refused_without_a_connection(template: str, reason: str) -> None:
    with WebTarget(misconfigured_site()) as target:
        result = scan(template.format(port=target.port), budget=FAST, guard=SsrfGuard())
        assert result.refused is not None and reason in result.refused
        assert (result.findings, result.requests_made) == ([], 0)
        assert target.settled_connections() == 0


def test_ipv6_loopback_is_refused_without_a_connection() -> None:
    with WebTarget(misconfigured_site(), host="::1") as target:
        result = scan(target.url(), budget=FAST, guard=SsrfGuard())
        assert result.refused is not None and "::1 is a loopback address" in result.refused
        assert target.settled_connections() == 0


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://127.0.0.1:{port}/admin", "127.0.0.1 is a loopback address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is the cloud metadata"),
    ],
)
def test_a_start_page_redirecting_inside_is_refused(location: str, reason: str) -> None:
    with (
        WebTarget(misconfigured_site()) as internal,
        WebTarget(redirect_site(location.format(port=internal.port)), host="127.0.0.2") as entry,
    ):
        guard = SsrfGuard([ip_network("127.0.0.2/32")])
        result = scan(entry.url(), budget=FAST, guard=guard)
        assert result.refused is not None and reason in result.refused
        assert entry.paths == ["/"]
        assert internal.settled_connections() == 0


def test_a_crawled_link_redirecting_inside_is_skipped_and_the_scan_goes_on() -> None:
    with WebTarget(misconfigured_site()) as internal:
        site = routes_site(
            {
                "/": Reply(200, (("Content-Type", "text/html"),), html('<a href="/go">go</a>')),
                "/go": Reply(302, (("Location", internal.url("/.env")),)),
            },
            common_headers=HARDENED_HEADERS,
        )
        with WebTarget(site, host="127.0.0.2") as entry:
            guard = SsrfGuard([ip_network("127.0.0.2/32")])
            result = scan(entry.url(), budget=FAST, guard=guard)
            assert result.refused is None
            assert any("/go" in error and "loopback" in error for error in result.errors)
            assert "/go" in entry.paths
        assert internal.settled_connections() == 0


def test_dns_rebinding_during_a_scan_is_refused() -> None:
    lookups: list[str] = []

    def rebinding(host: str, port: int) -> list[IPAddress]:
        lookups.append(host)
        return [ip_address("93.184.216.34" if len(lookups) == 1 else "127.0.0.1")]

    with WebTarget(misconfigured_site()) as target:
        guard = SsrfGuard(resolver=rebinding)
        result = scan(f"http://rebind.test:{target.port}/", budget=FAST, guard=guard)
        assert result.refused is not None and "not allowed or cannot be" in result.refused
        assert "127.0.0.1" not in result.refused
        assert target.settled_connections() == 0


# --- budget, depth, pace, size, time -------------------------------------------------------


def chain_site(length: int) -> Responder:
    """/ -> /level1 -> /level2 -> ...: each page links to the next."""
    pages = {"/": html('<a href="/level1">next</a>')}
    for level in range(1, length + 1):
        pages[f"/level{level}"] = html(f'<a href="/level{level + 1}">next</a>')
    return routes_site(
        {path: Reply(200, (("Content-Type", "text/html"),), body) for path, body in pages.items()},
        common_headers=HARDENED_HEADERS,
    )


@pytest.mark.parametrize(("max_depth", "deepest"), [(0, 0), (1, 1), (2, 2)])
def test_the_crawl_stops_at_max_depth(local: SsrfGuard, max_depth: int, deepest: int) -> None:
    budget = WebScanBudget(rate_per_s=1000, max_depth=max_depth)
    with WebTarget(chain_site(5)) as target:
        scan(target.url(), budget=budget, guard=local)
        crawled = [path for path in target.paths if path.startswith("/level")]
    assert crawled == [f"/level{level}" for level in range(1, deepest + 1)]


def test_the_request_budget_is_never_exceeded(local: SsrfGuard) -> None:
    links = "".join(f'<a href="/page{n}">{n}</a>' for n in range(40))
    site = routes_site(
        {"/": Reply(200, (("Content-Type", "text/html"),), html(links))},
        common_headers=HARDENED_HEADERS,
        fallback=lambda request: Reply(200, (("Content-Type", "text/html"),), html("a page")),
    )
    budget = WebScanBudget(rate_per_s=1000, max_requests=15)
    with WebTarget(site) as target:
        result = scan(target.url(), budget=budget, guard=local)
        assert len(target.requests) == result.requests_made == 15
    assert any("budget of 15" in error for error in result.errors)


def test_requests_are_paced_to_the_rate(local: SsrfGuard) -> None:
    budget = WebScanBudget(rate_per_s=20, max_requests=6)
    with WebTarget(hardened_site()) as target:
        started = time.monotonic()
        scan(target.url(), budget=budget, guard=local)
        elapsed = time.monotonic() - started
        arrivals = [request.at for request in target.requests]
    assert len(arrivals) == 6
    assert elapsed >= 5 * 0.05  # six requests, 50 ms apart
    # No burst on the server's side either (half the interval leaves room for jitter).
    assert min(later - earlier for earlier, later in itertools.pairwise(arrivals)) >= 0.025


def test_bodies_are_read_only_up_to_the_size_cap(local: SsrfGuard) -> None:
    padding = " " * 300_000
    body = html(f'<a href="/early">early</a>{padding}<a href="/late">late</a>')
    site = routes_site(
        {"/": Reply(200, (("Content-Type", "text/html"),), body)},
        common_headers=HARDENED_HEADERS,
    )
    budget = WebScanBudget(rate_per_s=1000, max_body_bytes=64 * 1024)
    with WebTarget(site) as target:
        scan(target.url(), budget=budget, guard=local)
        assert "/early" in target.paths
        assert "/late" not in target.paths


def test_slow_pages_time_out_and_the_scan_goes_on(local: SsrfGuard) -> None:
    release = threading.Event()

    def stall(request: SeenRequest) -> Reply:
        release.wait(10)
        return Reply(200, (), b"too late")

    page = (("Content-Type", "text/html"),)
    routes = {
        "/": Reply(
            200, page, html('<a href="/stall">a</a><a href="/drip">b</a><a href="/ok">c</a>')
        ),
        "/drip": Reply(200, page, b"x" * 10_000, trickle_s=0.01),
        "/ok": Reply(200, page, html("fine")),
    }
    site = routes_site(routes, common_headers=HARDENED_HEADERS)

    def respond(request: SeenRequest) -> Reply:
        return stall(request) if request.path == "/stall" else site(request)

    budget = WebScanBudget(rate_per_s=1000, timeout_s=0.5)
    try:
        with WebTarget(respond) as target:
            started = time.monotonic()
            result = scan(target.url(), budget=budget, guard=local)
            elapsed = time.monotonic() - started
            release.set()
            assert "/ok" in target.paths
    finally:
        release.set()
    assert any("/stall" in error and "timed out" in error for error in result.errors)
    assert any("/drip" in error and "still arriving" in error for error in result.errors)
    assert elapsed < 5  # the 10 000-byte drip alone would take 100 s


# --- the CLI ---------------------------------------------------------------------------


def run_cli(argv: list[str], *, allow_env: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != ALLOW_ENV_VAR}
    if allow_env is not None:
        env[ALLOW_ENV_VAR] = allow_env
    return subprocess.run(
        argv, capture_output=True, text=True, timeout=60, cwd=REPO_ROOT, env=env, check=False
    )


def test_cli_prints_a_refusal_as_json_and_exits_zero() -> None:
    with WebTarget(misconfigured_site()) as target:
        completed = run_cli(build_argv(target.url(), budget=FAST), allow_env="10.0.0.0/8")
        assert completed.returncode == 0, completed.stderr
        document = json.loads(completed.stdout)
        assert document["refused"] and "127.0.0.1 is a loopback address" in document["refused"]
        assert (document["findings"], document["requests_made"], document["errors"]) == ([], 0, [])
        assert target.settled_connections() == 0


def test_cli_scans_what_the_scan_task_allowed() -> None:
    budget = WebScanBudget(rate_per_s=1000, max_requests=8)
    with WebTarget(misconfigured_site()) as target:
        argv = build_argv(target.url(), budget=budget, allow=[ip_network("127.0.0.0/8")])
        completed = run_cli(argv)
        assert completed.returncode == 0, completed.stderr
        result = parse_output(completed.stdout)
        assert result.refused is None
        assert result.requests_made == len(target.requests) == 8
        assert {"cors-reflected-origin-credentials", "exposed-git"} <= rules(result)


def test_cli_reads_the_allow_list_from_the_environment() -> None:
    with WebTarget(hardened_site()) as target:
        argv = build_argv(target.url(), budget=WebScanBudget(max_requests=1))
        result = parse_output(run_cli(argv, allow_env="127.0.0.1/32").stdout)
        assert (result.refused, result.requests_made, target.paths) == (None, 1, ["/"])


def test_cli_rejects_a_bad_allow_range() -> None:
    argv = [*build_argv("http://example.com/", budget=FAST), "--allow", "not-a-range"]
    completed = run_cli(argv)
    assert completed.returncode == 2
    assert "--allow: 'not-a-range' is not a CIDR network" in completed.stderr
    assert completed.stdout == ""


def test_output_that_is_not_the_agents_document_is_an_error() -> None:
    with pytest.raises(AgentOutputError):
        parse_output("Traceback (most recent call last):\n")
    with pytest.raises(AgentOutputError):
        parse_output(json.dumps({"findings": [{"tool": "webscan"}], "requests_made": 0}))


def test_a_budget_that_allows_nothing_is_rejected() -> None:
    with pytest.raises(InvalidRequest, match="max_requests must be at least 1"):
        WebScanBudget(max_requests=0)


# --- the sandbox side and the worker side ------------------------------------------------

SANDBOX_SIDE = {
    "securetag",
    "securetag.kernel",
    "securetag.kernel.errors",
    "securetag.security",
    "securetag.security.ssrf",
    "securetag.scanning",
    "securetag.scanning.agents",
    "securetag.scanning.agents.web",
}
"""Securetag modules the in-sandbox program may load, besides the web package's own."""
NEVER_IN_THE_SANDBOX = ("pydantic", "psycopg", "flask", "securetag.scanning.agents.web.agent")


def test_the_in_sandbox_program_loads_nothing_of_the_worker() -> None:
    # Run it as the sandbox does (`python -m`), to its end, then list what it imported.
    program = textwrap.dedent(
        """\
        import json, runpy, sys
        sys.argv = ["web", "--url", "http://127.0.0.1:9/"]
        try:
            runpy.run_module("securetag.scanning.agents.web", run_name="__main__", alter_sys=True)
        except SystemExit:
            pass
        print(json.dumps(sorted(sys.modules)), file=sys.stderr)
        """
    )
    completed = run_cli([sys.executable, "-c", program])
    assert "127.0.0.1 is a loopback address" in json.loads(completed.stdout)["refused"]
    loaded = set(json.loads(completed.stderr.splitlines()[-1]))
    ours = {
        name
        for name in loaded
        if name.startswith("securetag") and not name.startswith("securetag.scanning.agents.web.")
    }
    assert ours <= SANDBOX_SIDE, f"the sandbox loads {sorted(ours - SANDBOX_SIDE)}"
    assert not {
        name for name in loaded for worker in NEVER_IN_THE_SANDBOX if name.startswith(worker)
    }


def test_every_rule_makes_a_finding_the_worker_accepts_unchanged() -> None:
    for rule in RULES:
        document = finding_of(Hit(rule, "https://user@example.com/a?token=1#x", "A message."))
        finding = Finding.model_validate(document)
        assert finding.path == "https://example.com/a"
        # Same keys, same order, same values: the wire format is the model's own dump.
        assert list(finding.model_dump(mode="json").items()) == list(document.items())


def test_a_scans_findings_reach_the_worker_unchanged(local: SsrfGuard) -> None:
    with WebTarget(misconfigured_site()) as target:
        report = crawl.scan_url(target.url(), budget=FAST, guard=local)
    assert {item["rule_id"].removeprefix(RULE_PREFIX) for item in report.findings} == (
        MISCONFIGURED_HTTP
    )
    read_back = parse_output(report.to_json())
    for document, finding in zip(report.findings, read_back.findings, strict=True):
        assert list(finding.model_dump(mode="json").items()) == list(document.items())
