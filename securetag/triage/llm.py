"""Chat client for the LLM that triages findings: Ollama or an OpenAI-compatible server.

One call is bounded by `total_deadline_s` whatever the server does: each attempt's
connect/read timeouts are clipped to the time left, and once response headers have
arrived a watchdog shuts the socket down at the deadline, because a server that
trickles a byte now and then never trips a per-read timeout.

Only transient failures are retried (connection errors, timeouts, 429, 5xx), with
exponential backoff and jitter, honouring Retry-After when it fits in the deadline.
A call that runs out of attempts or time raises `LlmUnavailable` (retryable: the
queue tries the triage task again later); a request the server rejects raises
`LlmRequestError`; a response that is not the API's envelope raises `LlmProtocolError`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import random
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Literal, Protocol, TypedDict, TypeVar
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt
from tenacity.stop import stop_base

from securetag.kernel.config import Settings
from securetag.kernel.errors import InvalidRequest, SecuretagError

logger = logging.getLogger(__name__)

T = TypeVar("T")

ChatRole = Literal["system", "user", "assistant"]
CHAT_ROLES: frozenset[str] = frozenset({"system", "user", "assistant"})

# Bounds on what one response may make us hold in memory.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
MAX_STREAM_LINE_BYTES = 4 * 1024 * 1024
MAX_ERROR_BODY_BYTES = 64 * 1024
_READ_SIZE = 64 * 1024
# How much of a server's error text goes into our messages (and so into logs).
_ERROR_EXCERPT_CHARS = 300
_DEFAULT_SCHEMA_NAME = "securetag_response"
_SCHEMA_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_JSON_FENCE = re.compile(r"```[ \t]*(?:json|JSON|jsonc)?[ \t]*\r?\n(.*?)```", re.DOTALL)
# parse_json_content tries at most this many `{` positions before giving up.
_MAX_JSON_STARTS = 64


class ChatMessage(TypedDict):
    role: ChatRole
    content: str


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


class LlmConfig(BaseModel):
    """Where the LLM is and how long a worker may wait for it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    api: Literal["ollama", "openai"]
    # API root, e.g. http://127.0.0.1:11434 (Ollama) or http://host:8000 (with or without /v1).
    base_url: str
    model: str = Field(default="securetag-v1", min_length=1)
    # Sent as `Authorization: Bearer`; also to Ollama, which is often behind an auth proxy.
    api_key: SecretStr | None = None
    connect_timeout_s: float = Field(default=5.0, gt=0)
    # Without streaming nothing arrives until generation ends, so this must cover a whole answer.
    read_timeout_s: float = Field(default=300.0, gt=0)
    total_deadline_s: float = Field(default=600.0, gt=0)
    max_retries: int = Field(default=3, ge=0, le=20)
    backoff_base_s: float = Field(default=1.0, ge=0)
    backoff_max_s: float = Field(default=30.0, ge=0)
    temperature: float = Field(default=0.0, ge=0, le=2)
    max_tokens: int = Field(default=1024, ge=1)
    stream: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> LlmConfig:
        """The LLM the settings (SECURETAG_LLM_*) name."""
        return cls(
            api=settings.llm_api,
            base_url=settings.llm_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            connect_timeout_s=settings.llm_connect_timeout_s,
            read_timeout_s=settings.llm_read_timeout_s,
            total_deadline_s=settings.llm_deadline_s,
            max_retries=settings.llm_max_retries,
        )

    @field_validator("base_url")
    @classmethod
    def _api_root(cls, value: str) -> str:
        url = value.strip().rstrip("/")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an http(s) URL such as http://127.0.0.1:11434")
        _ = parts.port  # raises ValueError on a malformed port
        if parts.username or parts.password:
            raise ValueError("must not carry credentials (they would end up in logs); use api_key")
        if parts.query or parts.fragment:
            raise ValueError("must not have a query string or fragment")
        if url.endswith("/v1"):
            url = url.removesuffix("/v1").rstrip("/")
        return url

    @field_validator("api_key", mode="before")
    @classmethod
    def _blank_key_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value


@dataclass(frozen=True, slots=True)
class ChatResult:
    """One model answer plus what the server said about producing it.

    latency_s and time_to_first_token_s are measured on the attempt that succeeded;
    tokens_in/tokens_out are None when the server does not report usage.
    """

    content: str
    model: str
    tokens_in: int | None
    tokens_out: int | None
    latency_s: float
    time_to_first_token_s: float | None
    finish_reason: str | None
    raw: dict[str, Any]
    attempts: int


def parse_json_content(text: str) -> dict[str, Any]:
    """The JSON object in a model's answer: bare, inside ```json fences, or amid prose.

    Raises LlmContentError when no JSON object can be found.
    """
    candidates = [text.strip(), *(match.group(1).strip() for match in _JSON_FENCE.finditer(text))]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    # Prose around the object, a reasoning preamble, or a fence the model never closed.
    decoder = json.JSONDecoder()
    for count, match in enumerate(re.finditer(r"\{", text)):
        if count >= _MAX_JSON_STARTS:
            break
        try:
            value, _ = decoder.raw_decode(text, match.start())
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    # No excerpt: the answer may quote the tenant's code, secrets included.
    raise LlmContentError(
        "the model's answer does not contain a JSON object",
        details={"length": len(text)},
    )


@dataclass(frozen=True, slots=True)
class _Deadline:
    expires_at: float
    budget_s: float

    @classmethod
    def start(cls, budget_s: float) -> _Deadline:
        return cls(time.monotonic() + budget_s, budget_s)

    def remaining(self) -> float:
        return self.expires_at - time.monotonic()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def passed_error(self, during: str) -> LlmUnavailable:
        return LlmUnavailable(
            f"the call's deadline of {self.budget_s:g}s passed {during}",
            details={"deadline_s": self.budget_s},
        )


@dataclass(slots=True)
class _Reply:
    content: str
    model: str
    tokens_in: int | None
    tokens_out: int | None
    finish_reason: str | None
    raw: dict[str, Any]
    time_to_first_token_s: float | None = None
    latency_s: float = 0.0


class _StreamAssembler(Protocol):
    complete: bool

    def feed(self, line: str) -> str:
        """Take one line of the stream; return the content it adds ("" for none)."""
        ...

    def finish(self) -> _Reply: ...


class _Wire(Protocol):
    """One API's wire format: paths, request body, response envelopes."""

    chat_path: str
    models_path: str

    def chat_body(
        self, config: LlmConfig, messages: list[dict[str, str]], json_schema: dict | None
    ) -> dict[str, Any]: ...

    def parse_reply(self, doc: Any, requested_model: str) -> _Reply: ...

    def stream_assembler(self, requested_model: str) -> _StreamAssembler: ...

    def parse_models(self, doc: Any) -> list[str]: ...


def _optional_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _protocol_error(api: str, problem: str) -> LlmProtocolError:
    return LlmProtocolError(
        f"the {api} server's response is not the expected envelope: {problem} "
        "(is `api` set to the kind of server at base_url?)"
    )


def _server_error_message(doc: Any) -> str | None:
    """The human message in an error body from Ollama, OpenAI, vLLM or FastAPI, if any."""
    if not isinstance(doc, dict):
        return None
    error = doc.get("error")
    if isinstance(error, str):
        return error
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"]
    if isinstance(doc.get("message"), str):
        return doc["message"]
    detail = doc.get("detail")
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list):
        # FastAPI validation errors echo the request ("input"), i.e. tenant code: keep only msg.
        messages = [item["msg"] for item in detail if isinstance(item, dict) and "msg" in item]
        return "; ".join(str(message) for message in messages) or None
    return None


class _OllamaWire:
    chat_path = "/api/chat"
    models_path = "/api/tags"

    def chat_body(
        self, config: LlmConfig, messages: list[dict[str, str]], json_schema: dict | None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": config.model,
            "messages": messages,
            "stream": config.stream,
            "options": {"temperature": config.temperature, "num_predict": config.max_tokens},
        }
        if json_schema is not None:
            body["format"] = json_schema
        return body

    def parse_reply(self, doc: Any, requested_model: str) -> _Reply:
        if not isinstance(doc, dict):
            raise _protocol_error("Ollama", "the body is not a JSON object")
        message = doc.get("message")
        if not isinstance(message, dict) or not isinstance(message.get("content"), str):
            raise _protocol_error("Ollama", "no message.content")
        return _Reply(
            content=message["content"],
            model=doc.get("model") if isinstance(doc.get("model"), str) else requested_model,
            tokens_in=_optional_int(doc.get("prompt_eval_count")),
            tokens_out=_optional_int(doc.get("eval_count")),
            finish_reason=doc.get("done_reason")
            if isinstance(doc.get("done_reason"), str)
            else None,
            raw=doc,
        )

    def stream_assembler(self, requested_model: str) -> _StreamAssembler:
        return _OllamaStream(requested_model)

    def parse_models(self, doc: Any) -> list[str]:
        models = doc.get("models") if isinstance(doc, dict) else None
        if not isinstance(models, list):
            raise _protocol_error("Ollama", "no models list in /api/tags")
        return [m["name"] for m in models if isinstance(m, dict) and isinstance(m.get("name"), str)]


@dataclass
class _OllamaStream:
    """NDJSON: one object per line with message.content pieces; the last one has done=true."""

    requested_model: str
    complete: bool = False
    pieces: list[str] = field(default_factory=list)
    final: dict[str, Any] | None = None

    def feed(self, line: str) -> str:
        if not line.strip():
            return ""
        try:
            item = json.loads(line)
        except ValueError:
            raise _protocol_error("Ollama", "a stream line is not JSON") from None
        if not isinstance(item, dict):
            raise _protocol_error("Ollama", "a stream line is not a JSON object")
        if "error" in item:
            # Ollama reports a crashed or evicted runner this way, after a 200 status line.
            raise LlmUnavailable(f"the server failed mid-stream: {_excerpt(item['error'])}")
        message = item.get("message")
        piece = message.get("content") if isinstance(message, dict) else None
        if item.get("done") is True:
            self.final = item
            self.complete = True
        elif not isinstance(piece, str):
            raise _protocol_error("Ollama", "a stream line has no message.content")
        if isinstance(piece, str):
            self.pieces.append(piece)
            return piece
        return ""

    def finish(self) -> _Reply:
        if self.final is None:
            raise LlmUnavailable("the stream ended before its done line (connection cut short?)")
        message = self.final.get("message")
        # The raw record looks like a non-streamed answer: the done line with the whole text.
        message = {"role": "assistant", **(message if isinstance(message, dict) else {})}
        raw = {**self.final, "message": {**message, "content": "".join(self.pieces)}}
        return _OllamaWire().parse_reply(raw, self.requested_model)


class _OpenAiWire:
    chat_path = "/v1/chat/completions"
    models_path = "/v1/models"

    def chat_body(
        self, config: LlmConfig, messages: list[dict[str, str]], json_schema: dict | None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": config.model,
            "messages": messages,
            "temperature": config.temperature,
            "max_tokens": config.max_tokens,
            "stream": config.stream,
        }
        if config.stream:
            # Without this, streamed answers carry no token counts at all.
            body["stream_options"] = {"include_usage": True}
        if json_schema is not None:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {
                    "name": _schema_name(json_schema),
                    "schema": json_schema,
                    "strict": True,
                },
            }
        return body

    def parse_reply(self, doc: Any, requested_model: str) -> _Reply:
        if not isinstance(doc, dict):
            raise _protocol_error("OpenAI-compatible", "the body is not a JSON object")
        choices = doc.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise _protocol_error("OpenAI-compatible", "no choices")
        message = choices[0].get("message")
        if not isinstance(message, dict):
            raise _protocol_error("OpenAI-compatible", "no choices[0].message")
        content = message.get("content")
        # null content is legal (a refusal or tool call); there is simply no text.
        if content is not None and not isinstance(content, str):
            raise _protocol_error("OpenAI-compatible", "choices[0].message.content is not text")
        usage = doc.get("usage") if isinstance(doc.get("usage"), dict) else {}
        finish_reason = choices[0].get("finish_reason")
        return _Reply(
            content=content or "",
            model=doc.get("model") if isinstance(doc.get("model"), str) else requested_model,
            tokens_in=_optional_int(usage.get("prompt_tokens")),
            tokens_out=_optional_int(usage.get("completion_tokens")),
            finish_reason=finish_reason if isinstance(finish_reason, str) else None,
            raw=doc,
        )

    def stream_assembler(self, requested_model: str) -> _StreamAssembler:
        return _OpenAiStream(requested_model)

    def parse_models(self, doc: Any) -> list[str]:
        data = doc.get("data") if isinstance(doc, dict) else None
        if not isinstance(data, list):
            raise _protocol_error("OpenAI-compatible", "no data list in /v1/models")
        return [m["id"] for m in data if isinstance(m, dict) and isinstance(m.get("id"), str)]


@dataclass
class _OpenAiStream:
    """Server-sent events: `data: {chunk}` with choices[0].delta.content, then `data: [DONE]`."""

    requested_model: str
    complete: bool = False
    pieces: list[str] = field(default_factory=list)
    data_lines: list[str] = field(default_factory=list)
    first_chunk: dict[str, Any] | None = None
    finish_reason: str | None = None
    usage: dict[str, Any] | None = None

    def feed(self, line: str) -> str:
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return ""  # a keep-alive comment
        name, _, value = line.partition(":")
        if name == "data":
            self.data_lines.append(value.removeprefix(" "))
        return ""

    def _dispatch(self) -> str:
        if not self.data_lines:
            return ""
        data = "\n".join(self.data_lines)
        self.data_lines.clear()
        if data.strip() == "[DONE]":
            self.complete = True
            return ""
        try:
            chunk = json.loads(data)
        except ValueError:
            raise _protocol_error("OpenAI-compatible", "a stream event is not JSON") from None
        if not isinstance(chunk, dict):
            raise _protocol_error("OpenAI-compatible", "a stream event is not a JSON object")
        if "error" in chunk or chunk.get("object") == "error":
            message = _server_error_message(chunk) or "unknown error"
            raise LlmUnavailable(f"the server failed mid-stream: {_excerpt(message)}")
        return self._take_chunk(chunk)

    def _take_chunk(self, chunk: dict[str, Any]) -> str:
        choices = chunk.get("choices")
        if not isinstance(choices, list):
            raise _protocol_error("OpenAI-compatible", "a stream chunk has no choices")
        if self.first_chunk is None:
            self.first_chunk = chunk
        if isinstance(chunk.get("usage"), dict):
            self.usage = chunk["usage"]
        piece = ""
        for choice in choices:
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta")
            content = delta.get("content") if isinstance(delta, dict) else None
            if isinstance(content, str):
                piece += content
            if isinstance(choice.get("finish_reason"), str):
                self.finish_reason = choice["finish_reason"]
        self.pieces.append(piece)
        return piece

    def finish(self) -> _Reply:
        self._dispatch()  # a last event the server did not end with a blank line
        # Some llama.cpp builds end without [DONE]; a finish_reason says the answer is whole.
        if self.first_chunk is None or not (self.complete or self.finish_reason):
            raise LlmUnavailable("the stream ended before [DONE] (connection cut short?)")
        first = self.first_chunk
        raw = {
            "id": first.get("id"),
            "object": "chat.completion",
            "created": first.get("created"),
            "model": first.get("model"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "".join(self.pieces)},
                    "finish_reason": self.finish_reason,
                }
            ],
            "usage": self.usage,
        }
        return _OpenAiWire().parse_reply(raw, self.requested_model)


_WIRES: Mapping[str, _Wire] = {"ollama": _OllamaWire(), "openai": _OpenAiWire()}


def _schema_name(json_schema: dict) -> str:
    title = json_schema.get("title")
    if isinstance(title, str):
        name = re.sub(r"[^A-Za-z0-9_-]+", "_", title.strip())[:64]
        if _SCHEMA_NAME.match(name):
            return name
    return _DEFAULT_SCHEMA_NAME


def _excerpt(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    text = " ".join(text.split())
    if len(text) > _ERROR_EXCERPT_CHARS:
        return text[:_ERROR_EXCERPT_CHARS] + "…"
    return text


def _retry_after_s(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if unusable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _validated_messages(messages: Sequence[Mapping[str, Any]]) -> list[dict[str, str]]:
    if isinstance(messages, str | bytes) or not messages:
        raise InvalidRequest("messages must be a non-empty list of {role, content}")
    cleaned = []
    for index, message in enumerate(messages):
        role = message.get("role") if isinstance(message, Mapping) else None
        content = message.get("content") if isinstance(message, Mapping) else None
        if role not in CHAT_ROLES or not isinstance(content, str):
            raise InvalidRequest(
                f"messages[{index}] must have role system|user|assistant and text content",
                details={"index": index},
            )
        cleaned.append({"role": role, "content": content})
    return cleaned


def _socket_of(response: requests.Response) -> socket.socket | None:
    connection = getattr(response.raw, "connection", None)
    sock = getattr(connection, "sock", None)
    return sock if isinstance(sock, socket.socket) else None


class _Watchdog:
    """Shuts the response's socket down when the deadline passes, waking a blocked read."""

    def __init__(self, response: requests.Response, deadline: _Deadline) -> None:
        self._sock = _socket_of(response)
        self._timer = threading.Timer(max(0.0, deadline.remaining()), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        if self._sock is not None:
            self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._sock is not None:
            self._timer.cancel()
            self._timer.join()

    def _fire(self) -> None:
        # The plain-socket method: SSLSocket.shutdown would drop the TLS object under the
        # reading thread's feet. OSError: already closed, the read finished on its own.
        with contextlib.suppress(OSError):
            socket.socket.shutdown(self._sock, socket.SHUT_RDWR)


def _body_chunks(response: requests.Response, deadline: _Deadline) -> Iterator[bytes]:
    """The response body as it arrives, within the deadline and the size limit."""
    read = getattr(response.raw, "read1", response.raw.read)
    total = 0
    while True:
        if deadline.expired():
            raise deadline.passed_error("while reading the response")
        try:
            chunk = read(_READ_SIZE)
        except urllib3.exceptions.DecodeError as exc:
            raise LlmProtocolError(f"the response body cannot be decoded: {exc}") from exc
        except (urllib3.exceptions.HTTPError, OSError, ValueError) as exc:
            if deadline.expired():
                raise deadline.passed_error("while reading the response") from exc
            raise LlmUnavailable(f"the connection broke while reading the response: {exc}") from exc
        if not chunk:
            if deadline.expired():
                raise deadline.passed_error("while reading the response")
            return
        total += len(chunk)
        if total > MAX_RESPONSE_BYTES:
            raise LlmProtocolError(f"the response is larger than {MAX_RESPONSE_BYTES} bytes")
        yield chunk


def _lines(chunks: Iterable[bytes]) -> Iterator[str]:
    buffer = bytearray()
    for chunk in chunks:
        start = 0
        while (newline := chunk.find(b"\n", start)) != -1:
            buffer += chunk[start:newline]
            yield _decode_line(buffer)
            buffer.clear()
            start = newline + 1
        buffer += chunk[start:]
        if len(buffer) > MAX_STREAM_LINE_BYTES:
            raise LlmProtocolError(f"a stream line is longer than {MAX_STREAM_LINE_BYTES} bytes")
    if buffer:
        yield _decode_line(buffer)


def _decode_line(line: bytearray) -> str:
    try:
        return line.decode("utf-8").removesuffix("\r")
    except UnicodeDecodeError:
        raise LlmProtocolError("a stream line is not UTF-8") from None


def _read_json(response: requests.Response, deadline: _Deadline, api: str) -> Any:
    body = b"".join(_body_chunks(response, deadline))
    try:
        return json.loads(body)
    except ValueError:
        # No excerpt: the body is the model's answer, which may quote tenant secrets.
        content_type = response.headers.get("Content-Type", "none")
        raise _protocol_error(
            api, f"the body is not JSON ({len(body)} bytes, Content-Type {content_type})"
        ) from None


def _error_text(response: requests.Response, deadline: _Deadline) -> str:
    body = bytearray()
    for chunk in _body_chunks(response, deadline):
        body += chunk
        if len(body) >= MAX_ERROR_BODY_BYTES:
            break
    try:
        message = _server_error_message(json.loads(body))
    except ValueError:
        message = body.decode("utf-8", "replace")
    return _excerpt(message) if message else "no error message"


class _StopAtDeadline(stop_base):
    """Stop when the next sleep would end at or past the call's deadline."""

    def __init__(self, deadline: _Deadline) -> None:
        self._deadline = deadline

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self._deadline.remaining() <= (retry_state.upcoming_sleep or 0.0)


class LlmClient:
    """Chat with the configured LLM server.

    Build one per process and share it: calls keep their state (deadline, attempts) on
    the stack, and requests' connection pool is thread-safe.
    """

    def __init__(self, config: LlmConfig, session: requests.Session | None = None) -> None:
        self._config = config
        self._wire = _WIRES[config.api]
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()

    def __repr__(self) -> str:
        config = self._config
        return (
            f"LlmClient(api={config.api!r}, base_url={config.base_url!r}, model={config.model!r})"
        )

    def __enter__(self) -> LlmClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP session if this client created it."""
        if self._owns_session:
            self._session.close()

    @property
    def config(self) -> LlmConfig:
        return self._config

    def chat(
        self, messages: Sequence[ChatMessage], *, json_schema: dict | None = None
    ) -> ChatResult:
        """Send one chat request and return the model's answer.

        json_schema, when given, asks the server to constrain the answer to that schema
        (Ollama `format`, OpenAI `response_format`); the content is still returned as text.
        Raises LlmUnavailable, LlmRequestError or LlmProtocolError.
        """
        cleaned = _validated_messages(messages)
        if json_schema is not None and not isinstance(json_schema, dict):
            raise InvalidRequest("json_schema must be a JSON Schema object (a dict)")
        body = self._wire.chat_body(self._config, cleaned, json_schema)
        reply, attempts = self._with_retries(
            "chat", lambda deadline: self._chat_once(body, deadline)
        )
        logger.debug(
            "LLM answered",
            extra={
                "llm_model": reply.model,
                "llm_attempts": attempts,
                "llm_latency_s": round(reply.latency_s, 3),
                "llm_tokens_in": reply.tokens_in,
                "llm_tokens_out": reply.tokens_out,
            },
        )
        return ChatResult(
            content=reply.content,
            model=reply.model,
            tokens_in=reply.tokens_in,
            tokens_out=reply.tokens_out,
            latency_s=reply.latency_s,
            time_to_first_token_s=reply.time_to_first_token_s,
            finish_reason=reply.finish_reason,
            raw=reply.raw,
            attempts=attempts,
        )

    def list_models(self) -> list[str]:
        """Names of the models the server offers (Ollama /api/tags, OpenAI /v1/models)."""

        def once(deadline: _Deadline) -> list[str]:
            response = self._send("GET", self._wire.models_path, None, deadline)
            with response, _Watchdog(response, deadline):
                self._raise_for_status(response, deadline)
                return self._wire.parse_models(_read_json(response, deadline, self._config.api))

        models, _ = self._with_retries("list models", once)
        return models

    def _chat_once(self, body: dict[str, Any], deadline: _Deadline) -> _Reply:
        started = time.monotonic()
        response = self._send("POST", self._wire.chat_path, body, deadline)
        with response, _Watchdog(response, deadline):
            self._raise_for_status(response, deadline)
            content_type = response.headers.get("Content-Type", "")
            # Some servers ignore `stream` and answer in one JSON document.
            if body["stream"] and not content_type.startswith("application/json"):
                reply = self._read_stream(response, deadline, started)
            else:
                reply = self._wire.parse_reply(
                    _read_json(response, deadline, self._config.api), self._config.model
                )
        reply.latency_s = time.monotonic() - started
        return reply

    def _read_stream(
        self, response: requests.Response, deadline: _Deadline, started: float
    ) -> _Reply:
        assembler = self._wire.stream_assembler(self._config.model)
        first_token_at: float | None = None
        for line in _lines(_body_chunks(response, deadline)):
            piece = assembler.feed(line)
            if piece and first_token_at is None:
                first_token_at = time.monotonic()
            if assembler.complete:
                break
        reply = assembler.finish()
        if first_token_at is not None:
            reply.time_to_first_token_s = first_token_at - started
        return reply

    def _send(
        self, method: str, path: str, body: dict[str, Any] | None, deadline: _Deadline
    ) -> requests.Response:
        remaining = deadline.remaining()
        if remaining <= 0:
            raise deadline.passed_error("before the request could be sent")
        timeout = (
            min(self._config.connect_timeout_s, remaining),
            min(self._config.read_timeout_s, remaining),
        )
        try:
            return self._session.request(
                method,
                self._config.base_url + path,
                json=body,
                headers=self._headers(streaming=bool(body and body["stream"])),
                timeout=timeout,
                stream=True,
                allow_redirects=False,
            )
        except requests.ConnectTimeout as exc:
            raise LlmUnavailable(
                f"cannot connect to {self._config.base_url} within {timeout[0]:.2g}s"
            ) from exc
        except requests.ReadTimeout as exc:
            raise LlmUnavailable(
                f"{self._config.base_url} sent nothing for {timeout[1]:.2g}s (read timeout)"
            ) from exc
        except requests.ConnectionError as exc:
            raise LlmUnavailable(f"cannot reach {self._config.base_url}: {exc}") from exc
        except requests.RequestException as exc:
            raise LlmRequestError(f"cannot send the request: {exc}") from exc

    def _headers(self, *, streaming: bool) -> dict[str, str]:
        accept = {"ollama": "application/x-ndjson", "openai": "text/event-stream"}
        headers = {"Accept": accept[self._config.api] if streaming else "application/json"}
        if self._config.api_key is not None:
            headers["Authorization"] = f"Bearer {self._config.api_key.get_secret_value()}"
        return headers

    def _raise_for_status(self, response: requests.Response, deadline: _Deadline) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        message = _error_text(response, deadline)
        if status == 429 or status >= 500:
            raise LlmUnavailable(
                f"the server answered HTTP {status}: {message}",
                retry_after_s=_retry_after_s(response.headers.get("Retry-After")),
                details={"status": status},
            )
        if 300 <= status < 400:
            message = f"redirected to {response.headers.get('Location')}; fix base_url"
        raise LlmRequestError(
            f"the LLM server rejected the request (HTTP {status}): {message}", status=status
        )

    def _with_retries(self, what: str, operation: Callable[[_Deadline], T]) -> tuple[T, int]:
        deadline = _Deadline.start(self._config.total_deadline_s)
        retrying = Retrying(
            retry=retry_if_exception_type(LlmUnavailable),
            wait=self._wait,
            stop=stop_after_attempt(self._config.max_retries + 1) | _StopAtDeadline(deadline),
            before_sleep=self._log_retry,
            reraise=True,
        )
        failures: list[str] = []
        try:
            for attempt in retrying:
                with attempt:
                    try:
                        result = operation(deadline)
                    except LlmUnavailable as exc:
                        failures.append(exc.message)
                        raise
        except LlmUnavailable as exc:
            raise self._gave_up(what, exc, failures, deadline) from exc
        return result, len(failures) + 1

    def _wait(self, retry_state: RetryCallState) -> float:
        """Exponential backoff with jitter, or the server's Retry-After if that is longer."""
        ceiling = min(
            self._config.backoff_max_s,
            self._config.backoff_base_s * 2 ** (retry_state.attempt_number - 1),
        )
        # Half fixed, half random: callers that failed together do not retry together.
        backoff = ceiling / 2 + random.uniform(0, ceiling / 2)
        error = retry_state.outcome.exception() if retry_state.outcome else None
        retry_after = getattr(error, "retry_after_s", None)
        return max(backoff, retry_after or 0.0)

    def _log_retry(self, retry_state: RetryCallState) -> None:
        error = retry_state.outcome.exception() if retry_state.outcome else None
        logger.warning(
            "LLM call failed (attempt %d): %s; retrying in %.2fs",
            retry_state.attempt_number,
            getattr(error, "message", error),
            retry_state.upcoming_sleep,
            extra={"llm_api": self._config.api, "llm_base_url": self._config.base_url},
        )

    def _gave_up(
        self, what: str, last: LlmUnavailable, failures: list[str], deadline: _Deadline
    ) -> LlmUnavailable:
        elapsed = deadline.budget_s - deadline.remaining()
        retry_after = last.retry_after_s
        message = (
            f"LLM {what} at {self._config.base_url} failed after {len(failures)} attempt(s) "
            f"in {elapsed:.2f}s: {last.message}"
        )
        # "deadline passed" alone hides why the earlier attempts failed.
        earlier = [failure for failure in dict.fromkeys(failures) if failure != last.message]
        if earlier:
            message += f" (earlier: {earlier[-1]})"
        if retry_after is not None and retry_after >= deadline.remaining():
            message += f" (the server asked to wait {retry_after:g}s, beyond the deadline)"
        return LlmUnavailable(
            message,
            retry_after_s=retry_after,
            details={
                "attempts": len(failures),
                "elapsed_s": round(elapsed, 3),
                "errors": list(dict.fromkeys(failures))[-5:],
                **last.details,
            },
        )
