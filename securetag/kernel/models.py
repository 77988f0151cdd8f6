"""The vocabulary every stage shares: task types and states, scan types, severities, verdicts.

Each word is spelled once in Python (here) and once in SQL (an enum type, a CHECK
constraint or the `task_type` table); tests/integration/test_vocabulary.py holds
every enum here equal to its SQL twin.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from pydantic import BaseModel, Field

# A row as the store returns it: column name to value.
Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Read:
    """A named SQL read and its parameters: what a stage asks the store to run, so a
    caller can send reads along with another statement (one round trip) without
    reaching the database itself."""

    query: str
    params: Mapping[str, Any] = field(default_factory=dict)


class TaskState(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    RETRYING = "retrying"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    TIMED_OUT = "timed_out"
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        return self in FINAL_STATES

    @property
    def is_active(self) -> bool:
        return not self.is_final


FINAL_STATES = frozenset(
    {TaskState.SUCCEEDED, TaskState.FAILED, TaskState.TIMED_OUT, TaskState.CANCELLED}
)


class TaskType(enum.StrEnum):
    """The built-in task types; plugins may register more (any name NewTask accepts)."""

    NOOP = "noop"
    CODE_AUDIT = "code_audit"
    WEB_SCAN = "web_scan"
    TRIAGE = "triage"
    WEBHOOK = "webhook"


class ScanType(enum.StrEnum):
    """What a tenant can ask to have scanned; each is run by the task type of the same name."""

    CODE_AUDIT = TaskType.CODE_AUDIT.value
    WEB_SCAN = TaskType.WEB_SCAN.value

    @property
    def task_type(self) -> TaskType:
        return TaskType(self.value)


class TriageState(enum.StrEnum):
    """Where a scan's LLM triage stands (`scan.triage_state`)."""

    NONE = "none"  # nothing to triage: no High/Critical finding, or a web scan
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"  # the triage task ended without finishing


class Verdict(enum.StrEnum):
    """The model's verdict on one finding (`finding_triage.verdict`)."""

    TRUE_POSITIVE = "true_positive"
    FALSE_POSITIVE = "false_positive"
    UNCERTAIN = "uncertain"


# A finding's `triage.verdict` in the API when the model was not asked about it (never
# stored as a verdict: `finding_not_triaged` holds the reason, migration 0016).
NOT_TRIAGED = "not_triaged"


class NotTriagedReason(enum.StrEnum):
    """Why the model was not asked about a finding (`finding_not_triaged.reason`)."""

    SCAN_CAP = "scan_cap"  # the scan had more findings to triage than its cap


class ReviewStatus(enum.StrEnum):
    """A person's word on an issue (`finding_feedback.status`)."""

    OPEN = "open"
    FALSE_POSITIVE = Verdict.FALSE_POSITIVE.value
    ACCEPTED_RISK = "accepted_risk"
    FIXED = "fixed"


# A reviewed issue in one of these states is settled: the model never re-triages it,
# and the CI gate does not count it.
WAIVED_REVIEWS = frozenset({ReviewStatus.FALSE_POSITIVE, ReviewStatus.ACCEPTED_RISK})


class FindingStatus(enum.StrEnum):
    """A finding compared with the project's previous scan (`finding.status`)."""

    NEW = "new"
    EXISTING = "existing"
    FIXED = ReviewStatus.FIXED.value


class ScanProfile(enum.StrEnum):
    """How much a code audit reports (see docs/scanning.md#ranking).

    `default` leaves out pattern-only findings that are no vulnerability by themselves
    (importing a module, a subprocess with a constant argv) or that a taint rule
    already judges for the language; `audit` keeps everything every engine said.
    """

    DEFAULT = "default"
    AUDIT = "audit"


class ToolRunKind(enum.StrEnum):
    """What a `tool_execution` row records: a scanner in the sandbox or a call to the LLM."""

    SCANNER = "scanner"
    LLM = "llm"


_TASK_TYPE = re.compile(r"^[a-z][a-z0-9_.]{0,63}$")


@dataclass(slots=True)
class NewTask:
    """What a producer asks the queue to run.

    A validated dataclass rather than a pydantic model: batch enqueue builds
    hundreds of thousands of these per second, and the API validates request
    bodies with pydantic before it gets here.
    """

    type: str
    payload: dict[str, Any] = field(default_factory=dict)
    tenant_id: UUID | None = None
    priority: int = 0
    delay_s: float = 0.0
    dedup_key: str | None = None
    max_attempts: int | None = None
    timeout_s: float | None = None

    def __post_init__(self) -> None:
        problems = []
        if not isinstance(self.type, str) or not _TASK_TYPE.match(self.type):
            problems.append("type must match [a-z][a-z0-9_.]* (at most 64 characters)")
        if not isinstance(self.payload, dict):
            problems.append("payload must be a JSON object")
        if not -1000 <= self.priority <= 1000:
            problems.append("priority must be between -1000 and 1000")
        if not (math.isfinite(self.delay_s) and self.delay_s >= 0):
            problems.append("delay_s must be a finite number >= 0")
        if self.dedup_key is not None and not 1 <= len(self.dedup_key) <= 200:
            problems.append("dedup_key must be 1 to 200 characters")
        if self.max_attempts is not None and not 1 <= self.max_attempts <= 100:
            problems.append("max_attempts must be between 1 and 100")
        if self.timeout_s is not None and not (
            math.isfinite(self.timeout_s) and self.timeout_s > 0
        ):
            problems.append("timeout_s must be a finite number > 0")
        if problems:
            raise ValueError(f"invalid task {self.type!r}: " + "; ".join(problems))


@dataclass(frozen=True, slots=True)
class EnqueueResult:
    task_id: int
    created: bool
    """False when an active task with the same dedup key already existed; task_id is that task."""


@dataclass(frozen=True, slots=True)
class ClaimedTask:
    """A task a worker holds under `claim_token` until it finishes or loses the lease."""

    id: int
    type: str
    tenant_id: UUID | None
    payload: dict[str, Any]
    priority: int
    attempts: int
    max_attempts: int
    timeout_s: float
    claim_token: UUID
    started_at: datetime


class Task(BaseModel):
    """A full task row, as operators and tests read it."""

    id: int
    tenant_id: UUID | None
    type: str
    state: TaskState
    priority: int
    run_after: datetime
    attempts: int
    max_attempts: int
    timeout_s: float
    payload: dict[str, Any]
    dedup_key: str | None
    claim_token: UUID | None
    claimed_by: UUID | None
    heartbeat_at: datetime | None
    last_error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


@dataclass(frozen=True, slots=True)
class ReapResult:
    retried: int
    failed: int
    timed_out: int
    workers_lost: int

    @property
    def total(self) -> int:
        return self.retried + self.failed + self.timed_out


class Severity(enum.StrEnum):
    """Finding severity, highest first; SARIF levels and `--fail-on` thresholds derive from it."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        """4 for critical down to 0 for info, so thresholds compare as numbers."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {
    Severity.CRITICAL: 4,
    Severity.HIGH: 3,
    Severity.MEDIUM: 2,
    Severity.LOW: 1,
    Severity.INFO: 0,
}


class Confidence(enum.StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Finding(BaseModel):
    """One normalized finding, whatever tool reported it.

    `path` is relative to the scanned tree (POSIX separators, no leading `./`);
    lines and columns are 1-based. `snippet` may hold a secret until the
    secrets agent redacts it, which is why it is encrypted at rest. `fingerprint`
    is filled in by `securetag.scanning.findings` and stays stable when code moves.
    """

    tool: str
    rule_id: str
    title: str
    message: str
    severity: Severity
    confidence: Confidence = Confidence.MEDIUM
    cwe: list[str] = Field(default_factory=list)
    """Identifiers like "CWE-89", most specific first."""
    owasp: list[str] = Field(default_factory=list)
    """Categories like "A03:2021 - Injection"."""
    path: str
    start_line: int = Field(ge=1)
    start_column: int = Field(default=1, ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(default=1, ge=1)
    snippet: str = ""
    fix_hint: str | None = None
    fingerprint: str = ""
    extra: dict[str, Any] = Field(default_factory=dict)
    """Tool-specific facts that are not secrets (a secret's redacted form and hash, a URL)."""
