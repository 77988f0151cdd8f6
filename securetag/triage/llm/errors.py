"""The errors the LLM client raises: unavailable (retryable), rejected, protocol, content.

An error may carry the LLM server's own error text (`server_message`): a server can
echo the prompt there, and the prompt holds the tenant's code. The exception's message
includes it, for the operator who runs `securetag llm check` or reads the worker log;
what is written to a plain database column uses `message_without_server_text`, and the
server's text is stored sealed with the tenant's key only.
"""

from __future__ import annotations

from typing import Any

from securetag.kernel.errors import SecuretagError


class LlmError(SecuretagError):
    """Base of the errors raised by the LLM client."""

    code = "llm_error"
    http_status = 502

    def __init__(
        self,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        server_message: str | None = None,
    ) -> None:
        """`message` in our own words; `server_message`, the server's text, is appended."""
        if server_message is not None:
            details = {**(details or {}), "server_message": server_message}
        super().__init__(
            message if server_message is None else f"{message}: {server_message}",
            details=details,
        )
        self.own_message = message
        self.server_message = server_message


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
        server_message: str | None = None,
    ) -> None:
        super().__init__(message, details=details, server_message=server_message)
        self.retry_after_s = retry_after_s


class LlmRequestError(LlmError):
    """The server rejected the request (4xx other than 429): trying again cannot help."""

    code = "llm_request_rejected"

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        details: dict[str, Any] | None = None,
        server_message: str | None = None,
    ) -> None:
        super().__init__(
            message, details={"status": status, **(details or {})}, server_message=server_message
        )
        self.status = status


class LlmProtocolError(LlmError):
    """The server answered, but not with the API's envelope (wrong `api`, a proxy page...)."""

    code = "llm_protocol_error"


class LlmContentError(LlmError):
    """The model's answer should have been a JSON object and is not."""

    code = "llm_content_invalid"


def message_without_server_text(error: LlmError) -> str:
    """`code: message` with none of the server's own words: fit for a plain column or a
    task's last_error (the error code, the HTTP status, what we made of it)."""
    return f"{error.code}: {error.own_message}"
