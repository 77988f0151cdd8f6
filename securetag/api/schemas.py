"""Request and response bodies, validated with pydantic; the OpenAPI document is built from them."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any, Literal
from urllib.parse import urlsplit
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, field_validator

from securetag.kernel.models import (
    Confidence,
    FindingStatus,
    NotTriagedReason,
    ReviewStatus,
    ScanProfile,
    ScanType,
    Severity,
    TaskState,
    TriageState,
    Verdict,
)
from securetag.scanning.agent import SkipReason

PROJECT_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._/@-]{0,199}$"


def _literal(values: type[enum.StrEnum]) -> Any:
    """The values of an enum as a Literal: the OpenAPI document shows them inline."""
    return Literal[tuple(member.value for member in values)]


ScanTypeName = _literal(ScanType)
ScanProfileName = _literal(ScanProfile)
ScanStateName = _literal(TaskState)
ReviewStatusName = _literal(ReviewStatus)


def http_url(value: str) -> str:
    """An http(s) URL with a host, no credentials, no control characters, a valid port."""
    if any(not ch.isprintable() or ch.isspace() for ch in value):
        raise ValueError("the URL contains whitespace or control characters")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https"):
        raise ValueError("only http and https URLs are accepted")
    if not parts.hostname:
        raise ValueError("the URL has no host")
    if parts.username or parts.password:
        raise ValueError("URLs with credentials are refused; they would be stored")
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 1 <= port <= 65535:
        raise ValueError("the URL's port is not a number between 1 and 65535")
    return value


class WebScanRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(
        max_length=2048,
        pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+",
        description="http or https URL of the target (no credentials, no control characters)",
    )
    profile: Literal["quick", "standard"] = "standard"
    project: str | None = Field(
        default=None, pattern=PROJECT_PATTERN, description="defaults to the URL's host"
    )

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        return http_url(value)


class UploadQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    project: str = Field(pattern=PROJECT_PATTERN)
    filename: str | None = Field(default=None, max_length=255)
    profile: ScanProfileName = ScanProfile.DEFAULT


class LatestQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    project: str | None = Field(default=None, pattern=PROJECT_PATTERN)


class ListQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: ScanTypeName | None = None
    state: ScanStateName | None = None
    project: str | None = Field(default=None, pattern=PROJECT_PATTERN)
    cursor: str | None = Field(default=None, max_length=200)
    limit: int = Field(default=50, ge=1, le=200)


class ScanLinks(BaseModel):
    self: str
    sarif: str


class FindingItem(BaseModel):
    id: UUID
    fingerprint: str = Field(description="stable across scans of the project; survives moved code")
    status: _literal(FindingStatus)
    tool: str
    reported_by: list[str]
    rule_id: str
    title: str
    severity: _literal(Severity)
    confidence: _literal(Confidence)
    cwe: list[str]
    owasp: list[str]
    path: str
    start_line: int
    start_column: int
    end_line: int
    end_column: int
    message: str
    snippet: str = Field(description="the matched code; secrets are redacted")
    fix_hint: str | None = None
    extra: dict[str, Any]
    triage: TriageInfo | None = Field(description="the model's verdict (High/Critical findings)")
    review: ReviewInfo | None = Field(description="a person's word on the issue, if any")


class TriageInfo(BaseModel):
    verdict: _literal(Verdict) | Literal["not_triaged"] = Field(
        description="the model's verdict; not_triaged: the model was not asked (see reason)"
    )
    confidence: float | None = Field(description="null when not_triaged")
    rationale: str | None = Field(description="null when not_triaged")
    recommended_fix: str | None = Field(description="null when not_triaged")
    model: str | None = Field(description="null when not_triaged")
    shared_from: UUID | None = Field(
        default=None,
        description="the finding of the same scan whose identical prompt the model "
        "answered, when this verdict was given that way (the prompt was sent once)",
    )
    reason: _literal(NotTriagedReason) | None = Field(
        default=None,
        description="why the model was not asked: scan_cap (the scan had more findings to "
        "triage than its cap; the highest severity, then confidence, were triaged)",
    )
    message: str | None = Field(default=None, description="the reason in words")


class TriageSummary(BaseModel):
    cap: int = Field(description="the most findings of this scan sent to the model")
    pending: int = Field(description="findings still waiting for the model")
    triaged: int = Field(description="findings with a verdict")
    sent_to_model: int = Field(description="findings whose own prompt the model answered")
    shared_verdicts: int = Field(
        description="findings that took the verdict of an identical prompt in the scan"
    )
    not_triaged: int = Field(description="findings the model was not asked about")
    not_triaged_reasons: dict[str, int] = Field(description="not_triaged counted by reason")


class ReviewInfo(BaseModel):
    status: ReviewStatusName
    verdict_correct: bool | None = None
    note: str | None = None
    updated_at: datetime


class FeedbackRequest(BaseModel):
    """A person's word on a finding; omitted fields keep their value."""

    model_config = ConfigDict(extra="forbid")

    status: ReviewStatusName | None = None
    verdict_correct: bool | None = Field(
        default=None, description="whether the model's triage verdict was right"
    )
    note: str | None = Field(default=None, max_length=4000)


class FeedbackResult(BaseModel):
    finding_id: UUID
    project: str
    fingerprint: str
    review: dict[str, Any]


class FindingPage(BaseModel):
    items: list[FindingItem]
    next_cursor: str | None


# The most a GET /scans/{id}?wait= holds its answer: well inside gunicorn's worker
# timeout and any proxy's idle timeout.
MAX_SCAN_WAIT_S = 20.0


class ScanQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["json", "sarif"] = "json"
    findings_cursor: str | None = Field(default=None, pattern=r"^[0-9]{1,9}$")
    findings_limit: int = Field(default=100, ge=1, le=500)
    # Long polling: hold the answer until the scan changes (see api/scan_wait.py).
    wait: float = Field(default=0.0, ge=0, le=MAX_SCAN_WAIT_S)


class SkippedExample(BaseModel):
    path: str = Field(description="relative to the scanned tree, or a URL for web scans")
    reason: _literal(SkipReason)
    detail: str


class AgentCoverage(BaseModel):
    examined: int | None = Field(description="files (or pages) examined; null: unknown")
    unit: Literal["files", "pages"]
    languages: list[str] = Field(
        description="languages this engine parses; empty: it reads every file as text, "
        "or fetches pages"
    )
    skipped: int = Field(description="files (or pages) it did not examine")
    by_reason: dict[str, int] = Field(description="the skipped ones counted by reason")
    examples: list[SkippedExample] = Field(description="at most 5 of the skipped ones")
    failure: str | None = Field(description="why its results are missing or incomplete")


class ScanCoverage(BaseModel):
    state: Literal["complete", "partial"] = Field(
        description="partial when an agent failed or skipped anything"
    )
    agents: dict[str, AgentCoverage]
    reasons: list[str] = Field(description="one short line per agent that missed something")


class Scan(BaseModel):
    id: UUID
    type: ScanTypeName
    project: str
    state: ScanStateName
    target_url: str | None = None
    profile: str | None = None
    progress: dict[str, Any]
    counts: dict[str, int] = Field(description="findings by severity")
    triage: _literal(TriageState) = Field(
        description="LLM triage of High/Critical findings: pending while the model has not "
        "answered (the scan is readable meanwhile); failed when the triage task ended "
        "without finishing (the model stayed unreachable through every attempt, or it was "
        "cancelled): verdicts given before stay, the other findings have none"
    )
    triage_summary: TriageSummary | None = Field(
        default=None,
        description="what triage did with the scan's High/Critical findings, counted; null "
        "until triage starts, when there was nothing to triage, and for scans from before "
        "it was recorded",
    )
    error: str | None = None
    coverage: ScanCoverage | None = Field(
        default=None,
        description="what the scan examined and what it did not; null until it finishes "
        "(and for scans from before coverage was recorded). A scan whose coverage is "
        "partial is still `succeeded`: read this field to know whether it looked everywhere",
    )
    created_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None
    links: ScanLinks


class ScanDetail(Scan):
    findings: FindingPage


class Accepted(BaseModel):
    scan_id: UUID
    state: ScanStateName
    links: ScanLinks


class ScanList(BaseModel):
    items: list[Scan]
    next_cursor: str | None


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, Any]


class Error(BaseModel):
    error: ErrorBody


class Health(BaseModel):
    status: Literal["ok", "unavailable"]


WebhookEventName = Literal["scan.completed", "scan.triaged"]


class WebhookRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(
        max_length=2048,
        pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+",
        description="http or https URL that receives the POSTs; it must resolve to a public "
        "address (the operator may allow internal ranges with SECURETAG_WEBHOOK_ALLOW)",
    )
    events: list[WebhookEventName] = Field(
        default=["scan.completed", "scan.triaged"],
        min_length=1,
        max_length=2,
        description="scan.completed: a scan ended (any final state); scan.triaged: the LLM "
        "triage of its High/Critical findings ended",
    )
    description: str = Field(default="", max_length=200)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        return http_url(value)

    @field_validator("events")
    @classmethod
    def _distinct(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))


class Webhook(BaseModel):
    id: UUID
    url: str
    origin: str = Field(description="scheme://host[:port], what the audit log records")
    events: list[WebhookEventName]
    description: str
    created_by: str = Field(description="the API key id that registered it")
    created_at: datetime


class WebhookCreated(Webhook):
    secret: str = Field(
        description="HMAC-SHA256 key for X-Securetag-Signature (its UTF-8 bytes); shown only "
        "in this answer"
    )


class WebhookList(BaseModel):
    items: list[Webhook]


class WebhookDelivery(BaseModel):
    id: UUID = Field(description="also sent as X-Securetag-Delivery: de-duplicate on it")
    scan_id: UUID
    event: WebhookEventName
    outcome: ScanStateName = Field(description="how the scan's (or its triage's) task ended")
    state: Literal["pending", "delivered", "failed"]
    attempts: int
    last_status: int | None = Field(description="the receiver's last HTTP status, if any")
    last_error: str | None
    created_at: datetime
    finished_at: datetime | None


class WebhookDeliveryList(BaseModel):
    items: list[WebhookDelivery]


class DeliveryQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limit: int = Field(default=50, ge=1, le=200)
