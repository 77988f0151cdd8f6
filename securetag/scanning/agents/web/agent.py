"""The worker's side of the web scan: the command line to run in the sandbox, and its output
read back into `Finding` objects.

Nothing the sandboxed program printed is trusted: every finding is validated by
the `Finding` model here, and anything that is not the program's document is a
`WebScanOutputInvalid`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from securetag.kernel.errors import TaskError
from securetag.kernel.models import Finding
from securetag.security.ssrf import IPNetwork

from .crawl import WebScanBudget
from .report import ScanReport

# The worker's whole interface to the web scan; the budget is part of the command line.
__all__ = ["WebScanBudget", "WebScanOutputInvalid", "WebScanResult", "build_argv", "parse_output"]


class WebScanOutputInvalid(TaskError):
    """The agent process printed something other than its JSON document (it crashed)."""

    code = "webscan_output_invalid"


@dataclass(slots=True)
class WebScanResult:
    """What one scan found and how it went, as the worker records it."""

    findings: list[Finding] = field(default_factory=list)
    requests_made: int = 0
    """HTTP requests sent (redirect hops included) plus TLS handshakes."""
    errors: list[str] = field(default_factory=list)
    refused: str | None = None
    """Why the SSRF guard refused the target (no request was sent), else None."""


def build_argv(
    url: str,
    *,
    budget: WebScanBudget,
    allow: Sequence[IPNetwork] = (),
    ca_file: str | None = None,
    python: str = sys.executable,
) -> list[str]:
    """The command line the orchestrator runs (in the sandbox) to scan `url`."""
    argv = [python, "-m", "securetag.scanning.agents.web", "--url", url]
    argv += ["--max-requests", str(budget.max_requests), "--max-depth", str(budget.max_depth)]
    argv += ["--rate", repr(budget.rate_per_s), "--timeout", repr(budget.timeout_s)]
    argv += ["--max-body-bytes", str(budget.max_body_bytes)]
    for network in allow:
        argv += ["--allow", str(network)]
    if ca_file is not None:
        argv += ["--ca-file", ca_file]
    return argv


def parse_output(stdout: str) -> WebScanResult:
    """The agent's JSON document back into a result; WebScanOutputInvalid if it is not one."""
    try:
        report = ScanReport.from_json(stdout)
        findings = [Finding.model_validate(item) for item in report.findings]
    except (ValueError, TypeError, KeyError) as exc:  # pydantic's ValidationError is a ValueError
        raise WebScanOutputInvalid(
            f"the web scan agent printed no valid result: {exc}",
            details={"stdout_head": stdout[:500]},
        ) from exc
    return WebScanResult(findings, report.requests_made, report.errors, report.refused)
