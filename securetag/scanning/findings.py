"""Findings after the agents: paths, CWE/OWASP, fingerprints, de-duplication, comparison.

The pipeline for one scan is `redact_secret_lines` -> `assign_fingerprints` ->
`deduplicate` -> `compare_with_previous` (new / existing / fixed against the
project's last scan); `securetag.scanning.sarif` renders the stored result.

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
import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from securetag.kernel.models import Confidence, Finding, Severity
from securetag.security.redaction import redact_hashed_tokens

CONFIDENCE_RANK = {Confidence.HIGH: 2, Confidence.MEDIUM: 1, Confidence.LOW: 0}

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


def with_fingerprints(findings: list[Finding]) -> list[Finding]:
    """`findings` as they are when all have a fingerprint, else `assign_fingerprints` of them."""
    return findings if all(f.fingerprint for f in findings) else assign_fingerprints(findings)


# --- de-duplication and comparison ---------------------------------------------------------


def redact_secret_lines(findings: list[Finding], *, secrets_tool: str) -> list[Finding]:
    """Other tools' findings with the secrets the secrets scanner found taken out.

    A line the scanner flagged is replaced, in every other finding's snippet, by
    its redacted form; a token in another finding's message (Bandit quotes the
    password it saw) whose SHA-256 is a flagged secret's is redacted. Redacting
    first also lets the same secret reported by two tools merge: both snippets
    then read the same.
    """
    flagged = [f for f in findings if f.tool == secrets_tool]
    if not flagged:
        return findings
    lines = {
        (f.path, f.start_line): f.snippet for f in flagged if f.snippet and "\n" not in f.snippet
    }
    hashes = {f.extra["secret_sha256"] for f in flagged if f.extra.get("secret_sha256")}
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
        message = redact_hashed_tokens(finding.message, hashes)
        out.append(finding.model_copy(update={"snippet": "\n".join(snippet), "message": message}))
    return out


def deduplicate(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per fingerprint, ordered by (path, line, column, rule).

    A merged finding takes its lead's fields (a taint finding first, then the highest
    severity), the highest confidence of its group, the union of CWE and OWASP ids, and
    lists every reporter as `extra["reported_by"] = [{"tool": ..., "rule_id": ...}, ...]`.
    """
    groups: dict[str, list[Finding]] = {}
    for finding in with_fingerprints(list(findings)):
        groups.setdefault(finding.fingerprint, []).append(finding)
    merged = [_merge(group) for group in groups.values()]
    return sorted(merged, key=lambda f: (f.path, f.start_line, f.start_column, f.rule_id))


def _merge(group: list[Finding]) -> Finding:
    # A finding that followed data from a source to a sink (ranking.TAINT) leads one
    # that matched a shape; then the higher severity and confidence.
    lead = max(
        group,
        key=lambda f: (
            f.extra.get("analysis") == "taint",
            f.severity.rank,
            CONFIDENCE_RANK[f.confidence],
        ),
    )
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
    current = with_fingerprints(current)
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
