"""The JSON document the in-sandbox scan prints and the worker reads back.

Plain dicts on purpose: the sandbox side must not import the pydantic models.
A finding is the dict `securetag.kernel.models.Finding.model_dump(mode="json")`
gives, key for key and in the same order; `agent.parse_output` validates it
into a `Finding` on the worker's side.

Besides the findings the document says what the scan looked at: `coverage`
(URLs answered, URLs not fetched and why) and, when the start page itself could
not be fetched, `unreachable` (why, as one of `UNREACHABLE_KINDS`). A document
without those keys (printed before they existed) still reads, with coverage
unknown.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

TOOL = "webscan"
RULE_PREFIX = "securetag.web."

UNREACHABLE_KINDS = frozenset(
    {
        "unresolvable",  # the host name has no address
        "connection_refused",
        "connection_failed",  # reset, closed without an answer, network unreachable
        "tls_error",  # the handshake failed (a bad certificate alone does not: it is a finding)
        "timeout",
        "http_status",  # the start page answered 5xx
        "too_many_redirects",
    }
)
"""Why a start page could not be fetched."""
SKIP_REASONS = frozenset({"unreachable", "not_reached", "excluded"})
"""Why a URL was not fetched: values of `securetag.scanning.agent.SkipReason`."""

SeverityName = Literal["critical", "high", "medium", "low", "info"]
"""The values of `securetag.kernel.models.Severity`."""
ConfidenceName = Literal["high", "medium", "low"]
"""The values of `securetag.kernel.models.Confidence`."""


def finding_document(
    *,
    rule_id: str,
    title: str,
    message: str,
    severity: SeverityName,
    confidence: ConfidenceName,
    cwe: Sequence[str],
    owasp: Sequence[str],
    path: str,
    snippet: str,
    fix_hint: str,
    extra: Mapping[str, Any],
) -> dict[str, Any]:
    """One finding as the worker's `Finding` model reads it; `path` is a URL without query.

    A web finding has no lines: it points at line 1 of the URL, as SARIF
    consumers expect a region.
    """
    return {
        "tool": TOOL,
        "rule_id": rule_id,
        "title": title,
        "message": message,
        "severity": severity,
        "confidence": confidence,
        "cwe": list(cwe),
        "owasp": list(owasp),
        "path": path,
        "start_line": 1,
        "start_column": 1,
        "end_line": 1,
        "end_column": 1,
        "snippet": snippet,
        "fix_hint": fix_hint,
        "fingerprint": "",  # filled in by the worker (securetag.scanning.findings)
        "extra": dict(extra),
    }


@dataclass(frozen=True, slots=True)
class Unreachable:
    """Why the start page could not be fetched; `detail` is short and safe to show a tenant."""

    kind: str
    """One of `UNREACHABLE_KINDS`."""
    detail: str
    status: int | None = None
    """The HTTP status, for kind `http_status`."""


@dataclass(frozen=True, slots=True)
class SkippedUrl:
    """A URL the scan meant to fetch and did not; `url` has no query (it may hold tokens)."""

    url: str
    reason: str
    """One of `SKIP_REASONS`."""
    detail: str


@dataclass(slots=True)
class ScanReport:
    """What one scan found and how it went, as printed on stdout."""

    findings: list[dict[str, Any]] = field(default_factory=list)
    """`finding_document` dicts."""
    requests_made: int = 0
    """HTTP requests sent (redirect hops included) plus TLS handshakes."""
    errors: list[str] = field(default_factory=list)
    refused: str | None = None
    """Why the SSRF guard refused the target (no request was sent), else None."""
    unreachable: Unreachable | None = None
    """Why the start page could not be fetched, else None."""
    examined: int | None = 0
    """URLs answered: the start page, crawled pages, probed files. None: not reported."""
    skipped: list[SkippedUrl] = field(default_factory=list)

    def to_json(self) -> str:
        unreachable = self.unreachable
        return json.dumps(
            {
                "findings": self.findings,
                "requests_made": self.requests_made,
                "errors": list(self.errors),
                "refused": self.refused,
                "unreachable": None
                if unreachable is None
                else {
                    "kind": unreachable.kind,
                    "detail": unreachable.detail,
                    "status": unreachable.status,
                },
                "coverage": {
                    "examined": self.examined,
                    "skipped": [
                        {"url": item.url, "reason": item.reason, "detail": item.detail}
                        for item in self.skipped
                    ],
                },
            }
        )

    @classmethod
    def from_json(cls, text: str) -> ScanReport:
        """The document back, findings still dicts; ValueError, TypeError or KeyError if not one."""
        document = json.loads(text)
        findings = document["findings"]
        if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
            raise TypeError("'findings' is not a list of objects")
        coverage = document.get("coverage")
        return cls(
            findings=findings,
            requests_made=int(document["requests_made"]),
            errors=[str(error) for error in document["errors"]],
            refused=document["refused"],
            unreachable=_unreachable_from(document.get("unreachable")),
            examined=None if coverage is None else int(coverage["examined"]),
            skipped=[] if coverage is None else [_skipped_from(i) for i in coverage["skipped"]],
        )


def _unreachable_from(value: Any) -> Unreachable | None:
    if value is None:
        return None
    if value["kind"] not in UNREACHABLE_KINDS:
        raise ValueError(f"unknown unreachable kind {value['kind']!r}")
    status = value.get("status")
    return Unreachable(
        str(value["kind"]), str(value["detail"]), None if status is None else int(status)
    )


def _skipped_from(value: Any) -> SkippedUrl:
    if value["reason"] not in SKIP_REASONS:
        raise ValueError(f"unknown skip reason {value['reason']!r}")
    return SkippedUrl(str(value["url"]), str(value["reason"]), str(value["detail"]))
