"""One exception tree for the whole service.

The HTTP status and whether a caller may retry live on the classes, so the API,
the worker and the CLI all decide the same way from the same fact.
"""

from __future__ import annotations

from typing import Any, ClassVar


class SecuretagError(Exception):
    """Base of every error Securetag raises on purpose."""

    code: ClassVar[str] = "internal_error"
    http_status: ClassVar[int] = 500
    retryable: ClassVar[bool] = False

    def __init__(self, message: str, *, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


class ConfigError(SecuretagError):
    """Settings are missing or invalid; the process must not start."""

    code = "config_error"


class DatabaseUnavailable(SecuretagError):
    """PostgreSQL cannot be reached (refused, restarting, pool exhausted). Try again later."""

    code = "database_unavailable"
    http_status = 503
    retryable = True


class DatabaseError(SecuretagError):
    """PostgreSQL answered with an error that is not about reachability."""

    code = "database_error"

    def __init__(
        self, message: str, *, sqlstate: str | None = None, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message, details=details)
        self.sqlstate = sqlstate


class MigrationError(SecuretagError):
    """The schema on the server does not match the migration files shipped with this code."""

    code = "migration_error"


class SchemaNotReady(MigrationError):
    """Migrations are pending; run `securetag migrate` first."""

    code = "schema_not_ready"
    http_status = 503
    retryable = True


class InvalidRequest(SecuretagError):
    """The request is malformed; `details` says which field and why."""

    code = "invalid_request"
    http_status = 400


class PayloadTooLarge(SecuretagError):
    code = "payload_too_large"
    http_status = 413


class RateLimited(SecuretagError):
    code = "rate_limited"
    http_status = 429
    retryable = True


class QueueFull(RateLimited):
    """A tenant already has as many scans waiting as it may (max_queued_scans)."""

    code = "queue_full"


class NotFound(SecuretagError):
    code = "not_found"
    http_status = 404


class Conflict(SecuretagError):
    code = "conflict"
    http_status = 409


class LeaseLost(SecuretagError):
    """A worker tried to finish a task it no longer holds.

    The task was rescued by the reaper, cancelled, or timed out; the late
    result is dropped so it never overwrites the newer run.
    """

    code = "lease_lost"
    http_status = 409


class AgentOutputError(SecuretagError):
    """A scanner printed something other than the report it was asked for.

    Outside the task-retry tree on purpose: it never reaches the queue. The scan task
    records it as that agent's failure (`unreadable output: ...`) and keeps the other
    agents' results; running the tool again over the same tree would print the same.
    `details` names the tool, and holds the first bytes it printed where that helps.
    """

    code = "agent_output_invalid"

    def __init__(self, tool: str, message: str, *, details: dict[str, Any] | None = None) -> None:
        super().__init__(message, details={"tool": tool, **(details or {})})
        self.tool = tool


class TaskError(SecuretagError):
    """Raised by a task handler to say the attempt failed and may be tried again."""

    code = "task_failed"
    retryable = True

    def __init__(
        self,
        message: str,
        *,
        retry_after_s: float | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message, details=details)
        self.retry_after_s = retry_after_s


class TaskYield(SecuretagError):
    """Raised by a task handler that stops at a checkpoint on purpose, to let other work run.

    Not a failure: the worker hands the task back to the queue (`queued`, run_after now,
    the attempt not counted), so it runs again behind the tasks already waiting, and the
    handler goes on from its checkpoint (what it stored stays). A handler that yields
    must have made progress first, or it would never end.
    """

    code = "task_yielded"
    retryable = True


class PermanentTaskError(TaskError):
    """Raised by a task handler when trying again cannot help (bad payload, hostile input)."""

    code = "task_failed_permanently"
    retryable = False
