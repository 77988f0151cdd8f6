"""The JSON document the in-sandbox scan prints and the worker reads back.

Plain dicts on purpose: the sandbox side must not import the pydantic models.
A finding is the dict `securetag.kernel.models.Finding.model_dump(mode="json")`
gives, key for key and in the same order; `agent.parse_output` validates it
into a `Finding` on the worker's side.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

TOOL = "webscan"
RULE_PREFIX = "securetag.web."

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

    def to_json(self) -> str:
        return json.dumps(
            {
                "findings": self.findings,
                "requests_made": self.requests_made,
                "errors": list(self.errors),
                "refused": self.refused,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> ScanReport:
        """The document back, findings still dicts; ValueError, TypeError or KeyError if not one."""
        document = json.loads(text)
        findings = document["findings"]
        if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
            raise TypeError("'findings' is not a list of objects")
        return cls(
            findings=findings,
            requests_made=int(document["requests_made"]),
            errors=[str(error) for error in document["errors"]],
            refused=document["refused"],
        )
