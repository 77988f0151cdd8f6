"""SARIF 2.1.0: a scan's findings as GitHub code scanning and other SARIF consumers read them.

`sarif_report` renders one scan (its stored findings, their new/existing status and
triage verdict) as one SARIF run; `sarif_schema` is the schema it is checked against.
Each result carries the finding's `securetag/v1` fingerprint as a partial
fingerprint, so a consumer tracks an alert across scans the way Securetag does.

The run's invocation says whether the scan looked everywhere: `executionSuccessful`
is false for a scan that failed or whose coverage is partial, and
`toolExecutionNotifications` name each agent that failed and the files it skipped
(the scan keeps up to five examples per agent, plus a count of the rest).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import quote

from securetag import __version__
from securetag.kernel.models import Confidence, Finding, Severity
from securetag.scanning.findings import CONFIDENCE_RANK, normalize_cwe, with_fingerprints

SARIF_SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SARIF_VERSION = "2.1.0"
TOOL_NAME = "Securetag"
TOOL_INFORMATION_URI = "https://securetag.invalid/docs"
FINGERPRINT_KEY = "securetag/v1"
SOURCE_ROOT_ID = "%SRCROOT%"

# What GitHub code scanning reads to rank alerts (rule property "security-severity").
SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "0.0",
}
SARIF_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
PRECISION = {Confidence.HIGH: "high", Confidence.MEDIUM: "medium", Confidence.LOW: "low"}


def sarif_schema() -> dict[str, Any]:
    """The SARIF 2.1.0 JSON schema shipped with Securetag (Draft-07)."""
    text = (
        resources.files("securetag.scanning.schemas")
        .joinpath("sarif-2.1.0.json")
        .read_text("utf-8")
    )
    return json.loads(text)


@dataclass(frozen=True, slots=True)
class _ReportItem:
    finding: Finding
    status: str | None
    triage: Mapping[str, Any] | None


def sarif_report(
    scan: Mapping[str, Any],
    findings: Sequence[Finding | Mapping[str, Any]],
    *,
    tool_version: str | None = None,
) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run for `scan` (a mapping with id, project and state).

    `findings` are Finding objects or mappings with Finding's fields, optionally
    with `status` ("new"/"existing") and `triage`. Snippets are copied as they are:
    the secrets agent has already redacted secrets out of them.
    """
    items = _report_items(findings)
    rules = _rules([item.finding for item in items])
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": tool_version or __version__,
                        "informationUri": TOOL_INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "automationDetails": {"id": f"securetag/{scan['project']}/{scan['id']}"},
                "invocations": [_invocation(scan)],
                "originalUriBaseIds": {
                    SOURCE_ROOT_ID: {"description": {"text": "The root of the scanned tree."}}
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(item, rule_index) for item in items],
                "properties": {
                    "scanId": str(scan["id"]),
                    "project": str(scan["project"]),
                    "state": str(scan["state"]),
                },
            }
        ],
    }


def _invocation(scan: Mapping[str, Any]) -> dict[str, Any]:
    """How the run went: successful only if the scan succeeded and covered everything.

    A scan without coverage (finished before it was recorded) is judged by its state.
    """
    coverage = scan.get("coverage") or {}
    complete = coverage.get("state", "complete") == "complete"
    invocation: dict[str, Any] = {
        "executionSuccessful": str(scan["state"]) == "succeeded" and complete
    }
    notifications = [
        notification
        for agent, entry in (coverage.get("agents") or {}).items()
        for notification in _agent_notifications(agent, entry)
    ]
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation


def _agent_notifications(agent: str, entry: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One agent's failure (an error) and skipped files (warnings, each with its location)."""
    notifications = []
    if entry.get("failure"):
        notifications.append(
            {
                "level": "error",
                "message": {"text": f"{agent} failed: {entry['failure']}"},
                "descriptor": {"id": "securetag.coverage.agent_failed"},
                "properties": {"agent": agent},
            }
        )
    examples = entry.get("examples") or []
    for example in examples:
        detail = f" ({example['detail']})" if example.get("detail") else ""
        notifications.append(
            {
                "level": "warning",
                "message": {
                    "text": f"{agent} skipped {example['path']}: {example['reason']}{detail}"
                },
                "locations": [_artifact_location(example["path"])],
                "descriptor": {"id": f"securetag.coverage.{example['reason']}"},
                "properties": {"agent": agent, "reason": example["reason"]},
            }
        )
    skipped = int(entry.get("skipped") or 0)
    if skipped > len(examples):
        by_reason = ", ".join(f"{r} {n}" for r, n in (entry.get("by_reason") or {}).items())
        unit = entry.get("unit") or "files"
        notifications.append(
            {
                "level": "warning",
                "message": {
                    "text": f"{agent} skipped {skipped} {unit} in all ({by_reason}); "
                    f"{len(examples)} of them are listed"
                },
                "descriptor": {"id": "securetag.coverage.skipped"},
                "properties": {"agent": agent, "skipped": skipped},
            }
        )
    return notifications


def _artifact_location(path: str) -> dict[str, Any]:
    if _is_tree_path(path):
        artifact = {"uri": quote(path), "uriBaseId": SOURCE_ROOT_ID}
    else:
        artifact = {"uri": path}
    return {"physicalLocation": {"artifactLocation": artifact}}


def _report_items(findings: Sequence[Finding | Mapping[str, Any]]) -> list[_ReportItem]:
    items = [_report_item(entry) for entry in findings]
    fingerprinted = with_fingerprints([item.finding for item in items])
    return [
        _ReportItem(finding, item.status, item.triage)
        for finding, item in zip(fingerprinted, items, strict=True)
    ]


def _report_item(entry: Finding | Mapping[str, Any]) -> _ReportItem:
    if isinstance(entry, Finding):
        return _ReportItem(entry, None, None)
    fields = {
        key: value
        for key, value in entry.items()
        if key in Finding.model_fields and (value is not None or key == "fix_hint")
    }
    for key in ("start_line", "start_column", "end_line", "end_column"):
        if key in fields:
            fields[key] = max(1, int(fields[key]))
    fields.setdefault("end_line", fields.get("start_line", 1))
    status = entry.get("status")
    triage = entry.get("triage")
    return _ReportItem(Finding.model_validate(fields), status and str(status), triage or None)


def _rules(findings: list[Finding]) -> list[dict[str, Any]]:
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule_id, []).append(finding)
    return [_rule(rule_id, by_rule[rule_id]) for rule_id in sorted(by_rule)]


def _rule(rule_id: str, findings: list[Finding]) -> dict[str, Any]:
    first = findings[0]
    worst = max((f.severity for f in findings), key=lambda s: s.rank)
    confidence = max((f.confidence for f in findings), key=CONFIDENCE_RANK.__getitem__)
    cwes = _union(f.cwe for f in findings)
    owasp = _union(f.owasp for f in findings)
    title = first.title.strip() or rule_id
    description = first.message.strip() or title
    fix_hint = next((f.fix_hint for f in findings if f.fix_hint), None)
    rule: dict[str, Any] = {
        "id": rule_id,
        "name": _rule_name(title, rule_id),
        "shortDescription": {"text": title},
        "fullDescription": {"text": description},
        "help": _rule_help(title, description, fix_hint, cwes),
        "defaultConfiguration": {"level": SARIF_LEVEL[worst]},
        "properties": {
            "tags": _union([["security"], cwes, owasp]),
            "security-severity": SECURITY_SEVERITY[worst],
            "precision": PRECISION[confidence],
        },
    }
    help_uri = first.extra.get("more_info")
    if isinstance(help_uri, str) and help_uri.startswith("https://"):
        rule["helpUri"] = help_uri
    return rule


def _rule_name(title: str, rule_id: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", title) or re.findall(r"[A-Za-z0-9]+", rule_id)
    return "".join(word[:1].upper() + word[1:] for word in words) or "Finding"


def _rule_help(
    title: str, description: str, fix_hint: str | None, cwes: list[str]
) -> dict[str, str]:
    text = description if not fix_hint else f"{description}\n\nFix: {fix_hint}"
    markdown = [f"**{title}**", "", description]
    if fix_hint:
        markdown += ["", f"**Fix:** {fix_hint}"]
    links = [
        f"[{cwe}](https://cwe.mitre.org/data/definitions/{cwe.removeprefix('CWE-')}.html)"
        for cwe in cwes
        if normalize_cwe(cwe) == cwe
    ]
    if links:
        markdown += ["", "References: " + ", ".join(links)]
    return {"text": text, "markdown": "\n".join(markdown)}


def _result(item: _ReportItem, rule_index: Mapping[str, int]) -> dict[str, Any]:
    finding = item.finding
    properties: dict[str, Any] = {
        "severity": finding.severity.value,
        "confidence": finding.confidence.value,
        "tool": finding.tool,
        "cwe": finding.cwe,
        "owasp": finding.owasp,
    }
    if finding.extra.get("reported_by"):
        properties["reported_by"] = finding.extra["reported_by"]
    if item.status:
        properties["status"] = item.status
    if item.triage:
        properties["triage"] = dict(item.triage)
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index[finding.rule_id],
        "level": SARIF_LEVEL[finding.severity],
        "message": {"text": _message_text(finding)},
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": properties,
    }
    if _is_tree_path(finding.path):
        result["locations"] = [_location(finding)]
    elif finding.path:
        properties["target"] = finding.path
    return result


def _message_text(finding: Finding) -> str:
    for text in (finding.message, finding.title, finding.rule_id):
        if text.strip():
            return text.strip()
    return "Security finding"


def _is_tree_path(path: str) -> bool:
    """True for a file of the scanned tree, False for a web target such as a URL."""
    return bool(path) and "://" not in path and not path.startswith("/")


def _location(finding: Finding) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": quote(finding.path), "uriBaseId": SOURCE_ROOT_ID},
            "region": _region(finding),
        }
    }


def _region(finding: Finding) -> dict[str, Any]:
    start_line = max(1, finding.start_line)
    start_column = max(1, finding.start_column)
    end_line = max(start_line, finding.end_line)
    region: dict[str, Any] = {
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
    }
    # An end column at or before the start on one line would be an empty or inverted
    # region; leaving it out means "to the end of the line", which is what the tool meant.
    if end_line > start_line or finding.end_column > start_column:
        region["endColumn"] = max(1, finding.end_column)
    if finding.snippet:
        region["snippet"] = {"text": finding.snippet}
    return region


def _union(lists: Iterable[list[str]]) -> list[str]:
    """The items of `lists`, each once, in the order first seen."""
    return list(dict.fromkeys(item for items in lists for item in items))
