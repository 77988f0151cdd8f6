"""The full report, and the gate: which findings fail the build at the --fail-on threshold,
and whether the scan looked everywhere (its coverage)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from securetag.cli.ci_client.api_client import ApiClient
from securetag.cli.ci_client.console import plural
from securetag.cli.ci_client.errors import ServerUnreachable
from securetag.cli.ci_client.options import ScanOptions
from securetag.kernel.models import WAIVED_REVIEWS, FindingStatus, Severity, Verdict


def fetch_full_report(client: ApiClient, scan_id: str, *, page_size: int) -> dict[str, Any]:
    """The scan JSON with every finding, following findings.next_cursor."""
    report = client.scan(scan_id, limit=page_size)
    items = list(report["findings"]["items"])
    cursor = report["findings"]["next_cursor"]
    seen: set[str] = set()
    while cursor is not None:
        if cursor in seen:
            raise ServerUnreachable(f"the server repeated findings cursor {cursor}")
        seen.add(cursor)
        page = client.scan(scan_id, limit=page_size, cursor=cursor)
        items.extend(page["findings"]["items"])
        cursor = page["findings"]["next_cursor"]
    report["findings"] = {"items": items, "next_cursor": None}
    return report


# Skipped paths named per engine in the message of a partial scan.
EXAMPLES_PER_AGENT = 3


def coverage_gaps(scan: Mapping[str, Any]) -> str | None:
    """What a partial scan missed, per engine, with a few paths; None if it covered all.

    A scan without `coverage` (a server from before it was recorded) counts as complete.
    """
    coverage = scan.get("coverage") or {}
    if coverage.get("state") != "partial":
        return None
    gaps = []
    for agent, entry in (coverage.get("agents") or {}).items():
        if entry.get("failure"):
            gaps.append(f"{agent} failed: {entry['failure']}")
        skipped = int(entry.get("skipped") or 0)
        if skipped:
            unit = entry.get("unit") or "files"
            noun = unit if skipped != 1 else unit.removesuffix("s")
            reasons = ", ".join(f"{r} {n}" for r, n in (entry.get("by_reason") or {}).items())
            paths = [example["path"] for example in entry.get("examples") or []]
            shown = ", ".join(paths[:EXAMPLES_PER_AGENT])
            more = " …" if skipped > min(len(paths), EXAMPLES_PER_AGENT) else ""
            gaps.append(f"{agent} skipped {skipped} {noun} ({reasons}): {shown}{more}")
    return "; ".join(gaps) or "; ".join(coverage.get("reasons") or []) or "no details given"


def is_waived(finding: Mapping[str, Any], *, trust_triage: bool) -> bool:
    """Whether a finding does not count against the threshold (fixed, reviewed, or triaged)."""
    if finding.get("status") == FindingStatus.FIXED:
        return True
    review = finding.get("review") or {}
    if review.get("status") in WAIVED_REVIEWS:
        return True
    triage = finding.get("triage") or {}
    return trust_triage and triage.get("verdict") == Verdict.FALSE_POSITIVE


def gating_findings(
    findings: Sequence[Mapping[str, Any]], fail_on: Severity | None, *, trust_triage: bool
) -> list[Mapping[str, Any]]:
    """The findings at or above `fail_on` that are not waived; none when fail_on is None."""
    if fail_on is None:
        return []
    return [
        finding
        for finding in findings
        if Severity(finding["severity"]).rank >= fail_on.rank
        and not is_waived(finding, trust_triage=trust_triage)
    ]


def summary_line(
    scan: Mapping[str, Any],
    findings: Sequence[Mapping[str, Any]],
    gating: Sequence[Mapping[str, Any]],
    options: ScanOptions,
) -> str:
    """One line: counts by severity of current findings, and what the threshold made of them."""
    current = [f for f in findings if f.get("status") != "fixed"]
    counts = {severity.value: 0 for severity in Severity}
    for finding in current:
        counts[finding["severity"]] = counts.get(finding["severity"], 0) + 1
    by_severity = ", ".join(f"{name} {count}" for name, count in counts.items())
    state = scan["state"]
    if (scan.get("coverage") or {}).get("state") == "partial":
        state += " (coverage partial)"
    line = f"scan {scan['id']} {state}: {plural(len(current), 'finding')} ({by_severity})"
    fixed = len(findings) - len(current)
    if fixed:
        line += f", {fixed} fixed"
    if options.fail_on is None:
        return line + "; --fail-on none"
    at_or_above = [f for f in current if Severity(f["severity"]).rank >= options.fail_on.rank]
    waived = len(at_or_above) - len(gating)
    line += f"; {len(gating)} at or above {options.fail_on.value}"
    if waived:
        line += f" ({waived} more waived by review or triage)"
    return line
