"""Findings after the agents: paths, CWE/OWASP, fingerprints, de-duplication, SARIF 2.1.0.

The pipeline for one scan is `assign_fingerprints` -> `deduplicate` ->
`compare_with_previous` (new / existing / fixed against the project's last scan),
and `sarif_report` renders the stored result for GitHub code scanning and other
SARIF consumers.

Fingerprint design (`securetag/v1`): sha256 over

    issue class | normalized path | matched text without whitespace | occurrence index

- *issue class* is the primary CWE (`cwe[0]`, e.g. "CWE-89") when the finding has
  one, else "tool:rule_id". Using the CWE rather than the rule id is what lets the
  same SQL injection reported by Bandit B608 and by our Semgrep rule collapse into
  one finding; the price is that two different rules of the same CWE on the same
  line also collapse, which is the same issue for a reader anyway.
- *matched text* is the snippet of the matched line(s) with every whitespace
  character removed, so re-indenting, reflowing or running a formatter over the
  line does not turn an old issue into a "new" one. Without a snippet the title
  and message stand in.
- *occurrence index* tells apart identical lines in one file: it is the rank of
  the finding's start line among the distinct start lines that share the same
  class, path and text. Line numbers themselves never enter the hash, so adding
  code above a finding keeps its fingerprint; findings of two tools on the same
  line share a rank and therefore a fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import quote

from securetag import __version__
from securetag.kernel.models import Confidence, Finding, Severity

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
CONFIDENCE_RANK = {Confidence.HIGH: 2, Confidence.MEDIUM: 1, Confidence.LOW: 0}
PRECISION = {Confidence.HIGH: "high", Confidence.MEDIUM: "medium", Confidence.LOW: "low"}

# OWASP Top 10 2021 categories and the CWEs OWASP maps into them (the subset that
# Python scanners and secret detectors report).
OWASP_2021_CWES: dict[str, tuple[int, ...]] = {
    "A01:2021 - Broken Access Control": (
        22, 23, 35, 59, 200, 201, 219, 264, 275, 276, 284, 285, 352, 359, 377, 402, 425,
        441, 497, 538, 540, 548, 552, 566, 601, 639, 651, 668, 706, 862, 863, 913, 922, 1275,
    ),
    "A02:2021 - Cryptographic Failures": (
        261, 296, 310, 319, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 335, 336,
        337, 338, 340, 347, 523, 720, 757, 759, 760, 780, 818, 916,
    ),
    "A03:2021 - Injection": (
        20, 74, 75, 77, 78, 79, 80, 83, 87, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 113,
        116, 138, 184, 470, 471, 564, 610, 643, 644, 652, 917,
    ),
    "A04:2021 - Insecure Design": (
        73, 183, 209, 213, 235, 256, 257, 266, 269, 280, 311, 312, 313, 316, 419, 430, 434,
        444, 451, 472, 501, 522, 525, 539, 579, 598, 602, 642, 646, 650, 653, 656, 657, 799,
        807, 840, 841, 927, 1021, 1173,
    ),
    "A05:2021 - Security Misconfiguration": (
        2, 11, 13, 15, 16, 260, 315, 520, 526, 537, 541, 547, 611, 614, 756, 776, 942, 1004,
        1032, 1174,
    ),
    "A06:2021 - Vulnerable and Outdated Components": (937, 1035, 1104),
    "A07:2021 - Identification and Authentication Failures": (
        255, 259, 287, 288, 290, 294, 295, 297, 300, 302, 304, 306, 307, 346, 384, 521, 613,
        620, 640, 798, 940, 1216,
    ),
    "A08:2021 - Software and Data Integrity Failures": (
        345, 353, 426, 494, 502, 565, 784, 829, 830, 915,
    ),
    "A09:2021 - Security Logging and Monitoring Failures": (117, 223, 532, 778),
    "A10:2021 - Server-Side Request Forgery": (918,),
}  # fmt: skip
_OWASP_BY_CWE = {
    f"CWE-{number}": category for category, numbers in OWASP_2021_CWES.items() for number in numbers
}

_CWE = re.compile(r"CWE[-_ ]?0*(\d+)", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")


# --- paths, CWE, OWASP -------------------------------------------------------------------


def normalize_path(path: str, root: str | None = None) -> str:
    """`path` relative to the scanned tree, POSIX style: no `./`, no leading `/`, no `//`.

    `root` is where the tool saw the tree (e.g. "/input"); it is stripped when
    `path` lies under it. A path equal to the root becomes "".
    """
    cleaned = _collapse(path)
    if root:
        clean_root = _collapse(root)
        if cleaned == clean_root:
            return ""
        if clean_root not in ("/", ".") and cleaned.startswith(clean_root + "/"):
            cleaned = cleaned[len(clean_root) + 1 :]
    normalized = cleaned.lstrip("/")
    return "" if normalized == "." else normalized


def _collapse(path: str) -> str:
    # normpath keeps a leading "//" (POSIX allows it a meaning), so squeeze slashes first.
    squeezed = re.sub(r"/{2,}", "/", path)
    return posixpath.normpath(squeezed) if squeezed else ""


def normalize_cwe(value: str | int) -> str | None:
    """The canonical "CWE-89" for 89, "cwe-089" or "CWE-89: Improper…"; None if none."""
    if isinstance(value, int):
        return f"CWE-{value}" if value > 0 else None
    match = _CWE.search(value)
    if match is None:
        return normalize_cwe(int(value)) if value.strip().isdigit() else None
    return normalize_cwe(int(match.group(1)))


def owasp_for_cwe(cwe: str) -> list[str]:
    """The OWASP Top 10 2021 categories a CWE belongs to ([] when it is in none)."""
    normalized = normalize_cwe(cwe)
    category = _OWASP_BY_CWE.get(normalized) if normalized else None
    return [category] if category else []


# --- fingerprints --------------------------------------------------------------------------


def issue_class(finding: Finding) -> str:
    """What kind of issue this is, shared across tools: the primary CWE, else tool:rule."""
    for cwe in finding.cwe:
        normalized = normalize_cwe(cwe)
        if normalized:
            return normalized
    return f"{finding.tool}:{finding.rule_id}"


def matched_text(finding: Finding) -> str:
    """The matched code with all whitespace removed (the title and message without one)."""
    text = finding.snippet if finding.snippet.strip() else f"{finding.title}\n{finding.message}"
    return _WHITESPACE.sub("", text)


def fingerprint(finding: Finding, occurrence: int) -> str:
    """The `securetag/v1` fingerprint of `finding`, the `occurrence`-th of its kind in its file."""
    parts = ("securetag/v1", issue_class(finding), finding.path, matched_text(finding))
    payload = "\x1f".join((*parts, str(occurrence)))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def assign_fingerprints(findings: list[Finding]) -> list[Finding]:
    """Copies of `findings` with `fingerprint` filled in, in the same order."""
    lines_by_key: dict[tuple[str, str, str], set[int]] = {}
    for finding in findings:
        lines_by_key.setdefault(_identity(finding), set()).add(finding.start_line)
    ranks = {
        key: {line: rank for rank, line in enumerate(sorted(lines))}
        for key, lines in lines_by_key.items()
    }
    fingerprinted = []
    for finding in findings:
        occurrence = ranks[_identity(finding)][finding.start_line]
        update = {"fingerprint": fingerprint(finding, occurrence)}
        fingerprinted.append(finding.model_copy(update=update))
    return fingerprinted


def _identity(finding: Finding) -> tuple[str, str, str]:
    return issue_class(finding), finding.path, matched_text(finding)


def _with_fingerprints(findings: list[Finding]) -> list[Finding]:
    return findings if all(f.fingerprint for f in findings) else assign_fingerprints(findings)


# --- de-duplication and comparison ---------------------------------------------------------


def redact_secret_lines(
    findings: list[Finding], *, secrets_tool: str, redact: Callable[[str], str]
) -> list[Finding]:
    """Other tools' findings with the secrets the secrets scanner found taken out.

    A line the scanner flagged is replaced, in every other finding's snippet, by
    its redacted form; a token in another finding's message (Bandit quotes the
    password it saw) whose SHA-256 is a flagged secret's is replaced by
    `redact(token)`. Redacting first also lets the same secret reported by two
    tools merge: both snippets then read the same.
    """
    flagged = [f for f in findings if f.tool == secrets_tool]
    lines = {
        (f.path, f.start_line): f.snippet for f in flagged if f.snippet and "\n" not in f.snippet
    }
    hashes = {f.extra["secret_sha256"] for f in flagged if f.extra.get("secret_sha256")}
    if not flagged:
        return findings
    out = []
    for finding in findings:
        if finding.tool == secrets_tool:
            out.append(finding)
            continue
        snippet = finding.snippet.split("\n") if finding.snippet else []
        for index in range(len(snippet)):
            replacement = lines.get((finding.path, finding.start_line + index))
            if replacement is not None:
                snippet[index] = replacement
        message = _SECRET_TOKEN.sub(
            lambda m: redact(m.group(0)) if _sha256(m.group(0)) in hashes else m.group(0),
            finding.message,
        )
        out.append(finding.model_copy(update={"snippet": "\n".join(snippet), "message": message}))
    return out


# What a secret in a tool's message looks like: a run of token characters.
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9+/=_\-.~]{6,}")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def deduplicate(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per fingerprint, ordered by (path, line, column, rule).

    A merged finding keeps the highest severity and confidence of its group, the
    union of CWE and OWASP ids, and lists every reporter as
    `extra["reported_by"] = [{"tool": ..., "rule_id": ...}, ...]`.
    """
    groups: dict[str, list[Finding]] = {}
    for finding in _with_fingerprints(list(findings)):
        groups.setdefault(finding.fingerprint, []).append(finding)
    merged = [_merge(group) for group in groups.values()]
    return sorted(merged, key=lambda f: (f.path, f.start_line, f.start_column, f.rule_id))


def _merge(group: list[Finding]) -> Finding:
    lead = max(group, key=lambda f: (f.severity.rank, CONFIDENCE_RANK[f.confidence]))
    confidence = max((f.confidence for f in group), key=CONFIDENCE_RANK.__getitem__)
    extra: dict[str, Any] = dict(lead.extra)
    for finding in group:
        for key, value in finding.extra.items():
            extra.setdefault(key, value)
    extra["reported_by"] = _reporters(group)
    return lead.model_copy(
        update={
            "confidence": confidence,
            "cwe": _union(f.cwe for f in [lead, *group]),
            "owasp": _union(f.owasp for f in [lead, *group]),
            "fix_hint": lead.fix_hint or next((f.fix_hint for f in group if f.fix_hint), None),
            "extra": extra,
        }
    )


def _reporters(group: list[Finding]) -> list[dict[str, str]]:
    pairs = {(f.tool, f.rule_id) for f in group}
    for finding in group:
        for reporter in finding.extra.get("reported_by") or []:
            pairs.add((str(reporter["tool"]), str(reporter["rule_id"])))
    return [{"tool": tool, "rule_id": rule_id} for tool, rule_id in sorted(pairs)]


def _union(lists: Iterable[list[str]]) -> list[str]:
    seen: dict[str, None] = {}
    for items in lists:
        for item in items:
            seen.setdefault(item, None)
    return list(seen)


@dataclass(frozen=True, slots=True)
class Comparison:
    """A scan against the previous scan of the same project."""

    new: list[Finding]
    existing: list[Finding]
    fixed: set[str]
    """Fingerprints the previous scan had and this one does not."""


def compare_with_previous(current: list[Finding], previous_fingerprints: set[str]) -> Comparison:
    """Split `current` into new and existing findings, and name the fixed fingerprints."""
    current = _with_fingerprints(current)
    new = [f for f in current if f.fingerprint not in previous_fingerprints]
    existing = [f for f in current if f.fingerprint in previous_fingerprints]
    fixed = set(previous_fingerprints) - {f.fingerprint for f in current}
    return Comparison(new=new, existing=existing, fixed=fixed)


def counts_by_severity(findings: Iterable[Finding | Mapping[str, Any]]) -> dict[str, int]:
    """Number of findings per severity, every severity present (highest first)."""
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        severity = finding["severity"] if isinstance(finding, Mapping) else finding.severity
        counts[Severity(severity).value] += 1
    return counts


# --- SARIF 2.1.0 ---------------------------------------------------------------------------


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
                "invocations": [{"executionSuccessful": str(scan["state"]) == "succeeded"}],
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


def _report_items(findings: Sequence[Finding | Mapping[str, Any]]) -> list[_ReportItem]:
    items = [_report_item(entry) for entry in findings]
    fingerprinted = _with_fingerprints([item.finding for item in items])
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
