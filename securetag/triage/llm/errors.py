"""The errors the LLM client raises: unavailable (retryable), rejected, protocol, content."""

from __future__ import annotations

from typing import Any

from securetag.kernel.errors import SecuretagError


class LlmError(SecuretagError):
    """Base of the errors raised by the LLM client."""

    code = "llm_error"
    http_status = 502


class LlmUnavailable(LlmError):
    """The LLM server could not answer in time (down, overloaded, too slow). Try again later."""

    code = "llm_unavailable"
    http_status = 503
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


class LlmRequestError(LlmError):
    """The server rejected the request (4xx other than 429): trying again cannot help."""

    code = "llm_request_rejected"

    def __init__(
        self, message: str, *, status: int | None = None, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message, details={"status": status, **(details or {})})
        self.status = status


class LlmProtocolError(LlmError):
    """The server answered, but not with the API's envelope (wrong `api`, a proxy page...)."""

    code = "llm_protocol_error"


class LlmContentError(LlmError):
    """The model's answer should have been a JSON object and is not."""

    code = "llm_content_invalid"
