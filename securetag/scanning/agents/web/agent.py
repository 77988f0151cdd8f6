"""The worker's side of the web scan: the command line to run in the sandbox, and its output
read back into `Finding` objects and the scan's coverage.

Nothing the sandboxed program printed is trusted: every finding is validated by
the `Finding` model here, and anything that is not the program's document is a
`AgentOutputError`.

A scan that never fetched its start page (refused by the SSRF guard, or
unreachable: see `report.UNREACHABLE_KINDS`) is a failure of the agent, so a scan
whose only agent it is ends `failed` with the reason, never `succeeded` and empty.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from securetag.kernel.errors import AgentOutputError
from securetag.kernel.models import Finding, ScanType
from securetag.scanning.agent import Agent, AgentInput, AgentRun, Coverage, Skipped, SkipReason
from securetag.scanning.sandbox.run import SandboxResult
from securetag.security.ssrf import IPNetwork

from .crawl import WebScanBudget
from .report import ScanReport, Unreachable

# The worker's whole interface to the web scan; the budget is part of the command line.
__all__ = [
    "AGENT",
    "WebScanBudget",
    "WebScanResult",
    "build_argv",
    "parse_output",
]
MiB = 1024 * 1024
AGENT_NAME = "web"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy")


@dataclass(slots=True)
class WebScanResult:
    """What one scan found and how it went, as the worker records it."""

    findings: list[Finding] = field(default_factory=list)
    requests_made: int = 0
    """HTTP requests sent (redirect hops included) plus TLS handshakes."""
    errors: list[str] = field(default_factory=list)
    refused: str | None = None
    """Why the SSRF guard refused the target (no request was sent), else None."""
    unreachable: Unreachable | None = None
    """Why the start page could not be fetched, else None."""
    coverage: Coverage = field(default_factory=lambda: Coverage(unit="pages"))
    """URLs answered (pages and probed files) and those not fetched, with why."""


def build_argv(
    url: str,
    *,
    budget: WebScanBudget,
    allow: Sequence[IPNetwork] = (),
    ca_file: str | None = None,
    python: str = sys.executable,
) -> list[str]:
    """The command line the scan task runs (in the sandbox) to scan `url`."""
    argv = [python, "-m", "securetag.scanning.agents.web", "--url", url]
    argv += ["--max-requests", str(budget.max_requests), "--max-depth", str(budget.max_depth)]
    argv += ["--rate", repr(budget.rate_per_s), "--timeout", repr(budget.timeout_s)]
    argv += ["--max-body-bytes", str(budget.max_body_bytes)]
    argv += ["--max-duration", repr(budget.max_duration_s)]
    for network in allow:
        argv += ["--allow", str(network)]
    if ca_file is not None:
        argv += ["--ca-file", ca_file]
    return argv


def parse_output(stdout: str) -> WebScanResult:
    """The agent's JSON document back into a result; AgentOutputError if it is not one."""
    try:
        report = ScanReport.from_json(stdout)
        findings = [Finding.model_validate(item) for item in report.findings]
        skipped = [
            Skipped(item.url, SkipReason(item.reason), item.detail) for item in report.skipped
        ]
    except (ValueError, TypeError, KeyError) as exc:  # pydantic's ValidationError is a ValueError
        # The message reaches the tenant (the scan's error): the parser's own words,
        # which quote what was printed, stay in the details.
        raise AgentOutputError(
            AGENT_NAME,
            "the web scan agent printed no valid result",
            details={"problem": str(exc)[:500], "stdout_head": stdout[:500]},
        ) from exc
    return WebScanResult(
        findings,
        report.requests_made,
        report.errors,
        report.refused,
        report.unreachable,
        Coverage(examined=report.examined, skipped=skipped, unit="pages"),
    )


def _parse(result: SandboxResult, agent_input: AgentInput) -> AgentRun:
    output = parse_output(result.stdout.decode("utf-8", "replace"))
    failure = None
    if output.refused:
        failure = f"target refused: {output.refused}"
    elif output.unreachable:
        failure = f"target unreachable: {output.unreachable.kind}: {output.unreachable.detail}"
    kinds = [error_kind(error) for error in output.errors]
    return AgentRun(output.findings, output.errors, failure, output.coverage, kinds)


def error_kind(error: str) -> str:
    """A word for one of the crawler's errors (see `crawl`), for plain metrics: the error
    itself names URLs, whose queries may hold the tenant's tokens."""
    if "body still arriving" in error:
        return "slow_body"
    if error.startswith("GET "):
        return "fetch_failed"
    if error.startswith("TLS handshake"):
        return "tls_handshake_failed"
    if error.endswith("the scan stopped early"):
        return "budget_exhausted"
    return "other"


# The agent's declaration (see securetag.scanning.agent). The program reaches the
# network, through the SSRF guard it runs itself; the proxy variables pass so an
# operator's egress proxy applies.
AGENT = Agent(
    name=AGENT_NAME,
    scan_type=ScanType.WEB_SCAN,
    argv=lambda agent_input: build_argv(
        agent_input.target_url, budget=WebScanBudget(), allow=agent_input.allow
    ),
    parse=_parse,
    order=10,
    cpu_heavy=False,  # it waits on the target far more than it computes
    profile={
        "executable": "python",
        "network": True,
        "timeout_s": 300,
        "cpu_s": 300,
        "memory_bytes": 1024 * MiB,
        "file_size_bytes": 16 * MiB,
        "open_files": 256,
        "processes": 32,
        "tmpfs_bytes": 64 * MiB,
        "output_cap_bytes": 16 * MiB,
        "env_allow": [*PROXY_VARIABLES],
        "env": {},
    },
)
