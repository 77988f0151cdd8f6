"""A fake LLM server speaking Ollama's and OpenAI's real chat wire formats, with scripted faults.

No real model runs on the test machine, so this stands in for one. It speaks both
protocols for real (paths, field names, content types, NDJSON and SSE streaming,
usage numbers) and answers from a script: a queue of one-shot behaviours
(`then_fail`, `then_drop_connection`, `then_trickle`, `then_trickle_headers`, ...)
consumed one per chat request, falling back to `respond_with` once the queue is empty.
Tokens are counted by splitting on whitespace so usage numbers are predictable.

    with FakeLlmServer() as server:
        server.respond_with('{"verdict": "true_positive"}').then_fail(status=500, times=2)
        client = LlmClient(LlmConfig(api="ollama", base_url=server.url))
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

Api = Literal["ollama", "openai"]
DropPoint = Literal["before_headers", "after_headers", "mid_body"]
Responder = Callable[[dict[str, Any]], str]

OLLAMA_VERSION = "0.6.2"
_ROUTES: dict[str, Api] = {"/api/chat": "ollama", "/v1/chat/completions": "openai"}
_STREAM_CONTENT_TYPES: dict[Api, str] = {
    "ollama": "application/x-ndjson",
    "openai": "text/event-stream; charset=utf-8",
}
_JSON_CONTENT_TYPE = "application/json; charset=utf-8"
_OPENAI_ERROR_TYPES = {400: "BadRequestError", 404: "NotFoundError", 429: "RateLimitError"}


@dataclass(frozen=True)
class RecordedRequest:
    """One HTTP request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    json: Any
    received_at: float  # time.monotonic() in this process


@dataclass(frozen=True)
class _Answer:
    content: str | None = None  # None: whatever respond_with says
    delay_s: float = 0.0  # before the first byte
    trickle_interval_s: float | None = None  # one byte per interval
    # The status line and headers one byte per interval too (the body then at once).
    head_trickle_interval_s: float | None = None
    token_interval_s: float = 0.0  # between stream pieces


@dataclass(frozen=True)
class _Failure:
    status: int
    message: str
    retry_after: float | None = None


@dataclass(frozen=True)
class _Drop:
    where: DropPoint


@dataclass(frozen=True)
class _Malformed:
    kind: Literal["truncated", "wrong_shape"]


@dataclass(frozen=True)
class _StreamError:
    message: str


Behaviour = _Answer | _Failure | _Drop | _Malformed | _StreamError


@dataclass
class _Rendered:
    """A response ready for the wire: status, headers and body parts (stream pieces)."""

    status: int
    content_type: str
    parts: list[bytes]
    streaming: bool
    headers: dict[str, str] = field(default_factory=dict)

    def body_bytes(self) -> bytes:
        """The body as it goes on the wire (with chunk framing when streaming)."""
        if not self.streaming:
            return b"".join(self.parts)
        return b"".join(_chunk_frame(part) for part in self.parts) + b"0\r\n\r\n"

    def head_bytes(self, reason: str) -> bytes:
        lines = [f"HTTP/1.1 {self.status} {reason}", f"Content-Type: {self.content_type}"]
        if self.streaming:
            lines.append("Transfer-Encoding: chunked")
        else:
            lines.append(f"Content-Length: {sum(len(part) for part in self.parts)}")
        lines += [f"{name}: {value}" for name, value in self.headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _chunk_frame(part: bytes) -> bytes:
    return f"{len(part):x}\r\n".encode() + part + b"\r\n"


def count_tokens(text: str) -> int:
    """The fake's token count: whitespace-separated words."""
    return len(text.split())


def _pieces(content: str) -> list[str]:
    """Content split into word-sized stream pieces that join back to the exact text."""
    return re.findall(r"\S+\s*|\s+", content)


def _limit_tokens(content: str, max_tokens: int | None) -> tuple[str, str]:
    """Content cut to max_tokens words, and the finish reason a real server would give."""
    if max_tokens is None or count_tokens(content) <= max_tokens:
        return content, "stop"
    kept, words = [], 0
    for piece in _pieces(content):
        words += count_tokens(piece)
        if words > max_tokens:
            break
        kept.append(piece)
    return "".join(kept), "length"


def _json_bytes(doc: Any) -> bytes:
    return json.dumps(doc, separators=(",", ":")).encode()


def _now_rfc3339() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class _Exchange:
    """What the handler knows about one chat request."""

    api: Api
    request: dict[str, Any]
    started: float

    @property
    def stream(self) -> bool:
        return self.request.get("stream") is True

    @property
    def model(self) -> str:
        return self.request["model"]

    @property
    def prompt_tokens(self) -> int:
        return sum(count_tokens(m.get("content") or "") for m in self.request["messages"])

    @property
    def max_tokens(self) -> int | None:
        if self.api == "ollama":
            return (self.request.get("options") or {}).get("num_predict")
        return self.request.get("max_tokens")


def _render_error(api: Api, status: int, message: str) -> _Rendered:
    if api == "ollama":
        doc: dict[str, Any] = {"error": message}
    else:
        error_type = _OPENAI_ERROR_TYPES.get(status, "InternalServerError")
        doc = {"error": {"message": message, "type": error_type, "param": None, "code": status}}
    return _Rendered(status, _JSON_CONTENT_TYPE, [_json_bytes(doc)], streaming=False)


def _render_answer(exchange: _Exchange, content: str) -> _Rendered:
    content, finish_reason = _limit_tokens(content, exchange.max_tokens)
    render = _render_ollama if exchange.api == "ollama" else _render_openai
    return render(exchange, content, finish_reason)


def _render_ollama(exchange: _Exchange, content: str, finish_reason: str) -> _Rendered:
    elapsed_ns = int((time.monotonic() - exchange.started) * 1e9) + 1
    final = {
        "model": exchange.model,
        "created_at": _now_rfc3339(),
        "message": {"role": "assistant", "content": content},
        "done_reason": finish_reason,
        "done": True,
        "total_duration": elapsed_ns,
        "load_duration": elapsed_ns // 10,
        "prompt_eval_count": exchange.prompt_tokens,
        "prompt_eval_duration": elapsed_ns // 5,
        "eval_count": count_tokens(content),
        "eval_duration": elapsed_ns // 2,
    }
    if not exchange.stream:
        return _Rendered(200, _JSON_CONTENT_TYPE, [_json_bytes(final)], streaming=False)
    lines = [
        {
            "model": exchange.model,
            "created_at": _now_rfc3339(),
            "message": {"role": "assistant", "content": piece},
            "done": False,
        }
        for piece in _pieces(content)
    ]
    lines.append({**final, "message": {"role": "assistant", "content": ""}})
    parts = [_json_bytes(line) + b"\n" for line in lines]
    return _Rendered(200, _STREAM_CONTENT_TYPES["ollama"], parts, streaming=True)


def _render_openai(exchange: _Exchange, content: str, finish_reason: str) -> _Rendered:
    completion_tokens = count_tokens(content)
    usage = {
        "prompt_tokens": exchange.prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": exchange.prompt_tokens + completion_tokens,
    }
    envelope = {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "created": int(time.time()),
        "model": exchange.model,
    }
    if not exchange.stream:
        doc = {
            **envelope,
            "object": "chat.completion",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "tool_calls": []},
                    "logprobs": None,
                    "finish_reason": finish_reason,
                }
            ],
            "usage": usage,
        }
        return _Rendered(200, _JSON_CONTENT_TYPE, [_json_bytes(doc)], streaming=False)
    chunk = {**envelope, "object": "chat.completion.chunk"}

    def choice(delta: dict[str, str], reason: str | None) -> dict[str, Any]:
        return {
            **chunk,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": reason}],
        }

    events = [choice({"role": "assistant", "content": ""}, None)]
    events += [choice({"content": piece}, None) for piece in _pieces(content)]
    events.append(choice({}, finish_reason))
    if (exchange.request.get("stream_options") or {}).get("include_usage"):
        events.append({**chunk, "choices": [], "usage": usage})
    parts = [b"data: " + _json_bytes(event) + b"\n\n" for event in events]
    parts.append(b"data: [DONE]\n\n")
    return _Rendered(200, _STREAM_CONTENT_TYPES["openai"], parts, streaming=True)


def _render_malformed(exchange: _Exchange, kind: str) -> _Rendered:
    rendered = _render_answer(exchange, "this answer arrives in a broken envelope")
    if kind == "wrong_shape":
        doc = {"status": "ok", "result": "not the chat envelope"}
        if exchange.stream:
            line = _json_bytes(doc) + b"\n"
            rendered.parts = [b"data: " + line + b"\n" if exchange.api == "openai" else line]
        else:
            rendered.parts = [_json_bytes(doc)]
        return rendered
    first = rendered.parts[0]
    # Cut inside the JSON (not at a line end), keeping the line/event terminator.
    rendered.parts[0] = first[: len(first) // 2] + (b"\n\n" if exchange.stream else b"")
    return rendered


def _render_stream_error(exchange: _Exchange, message: str) -> _Rendered:
    if not exchange.stream:
        return _render_error(exchange.api, 500, message)
    rendered = _render_answer(exchange, "partial answer")
    if exchange.api == "ollama":
        error_part = _json_bytes({"error": message}) + b"\n"
    else:
        error = {"error": {"message": message, "type": "InternalServerError", "code": 500}}
        error_part = b"data: " + _json_bytes(error) + b"\n\n"
    rendered.parts = [rendered.parts[0], error_part]
    return rendered


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HttpServer

    def setup(self) -> None:
        super().setup()
        self.server.fake._track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass  # the connection was cut on purpose (drop) or by the client
        finally:
            self.server.fake._untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the per-request stderr lines; tests read `requests` instead."""

    def do_GET(self) -> None:
        self._record(b"")
        fake = self.server.fake
        if self.path == "/api/tags":
            self._send(_Rendered(200, _JSON_CONTENT_TYPE, [_json_bytes(fake._tags())], False))
        elif self.path == "/api/version":
            doc = {"version": OLLAMA_VERSION}
            self._send(_Rendered(200, _JSON_CONTENT_TYPE, [_json_bytes(doc)], False))
        elif self.path == "/v1/models":
            self._send(_Rendered(200, _JSON_CONTENT_TYPE, [_json_bytes(fake._models())], False))
        else:
            self._send(_render_error("openai", 404, f"no route {self.path}"))

    def do_POST(self) -> None:
        started = time.monotonic()
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        request = self._record(body)
        api = _ROUTES.get(self.path)
        if api is None:
            self._send(_render_error("openai", 404, f"no route {self.path}"))
            return
        problem, status = self.server.fake._check_request(api, request)
        if problem:
            self._send(_render_error(api, status, problem))
            return
        exchange = _Exchange(api, request, started)
        self._perform(self.server.fake._next_behaviour(), exchange)

    def _record(self, body: bytes) -> Any:
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        self.server.fake._record(
            RecordedRequest(
                method=self.command,
                path=self.path,
                headers=dict(self.headers.items()),
                body=body,
                json=parsed,
                received_at=time.monotonic(),
            )
        )
        return parsed

    def _perform(self, behaviour: Behaviour, exchange: _Exchange) -> None:
        fake = self.server.fake
        match behaviour:
            case _Answer() as answer:
                content = fake._content_for(answer, exchange.request)
                if answer.delay_s and fake._stopping.wait(answer.delay_s):
                    return
                rendered = _render_answer(exchange, content)
                if answer.head_trickle_interval_s is not None:
                    self._trickle_head(rendered, answer.head_trickle_interval_s)
                elif answer.trickle_interval_s is not None:
                    self._trickle(rendered, answer.trickle_interval_s)
                else:
                    self._send(rendered, token_interval_s=answer.token_interval_s)
            case _Failure(status=status, message=message, retry_after=retry_after):
                rendered = _render_error(exchange.api, status, message)
                if retry_after is not None:
                    rendered.headers["Retry-After"] = f"{retry_after:g}"
                self._send(rendered)
            case _Drop(where=where):
                content = fake._content_for(_Answer(), exchange.request)
                self._drop(_render_answer(exchange, content), where)
            case _Malformed(kind=kind):
                self._send(_render_malformed(exchange, kind))
            case _StreamError(message=message):
                self._send(_render_stream_error(exchange, message))

    def _send(self, rendered: _Rendered, *, token_interval_s: float = 0.0) -> None:
        reason = self.responses.get(rendered.status, ("Unknown",))[0]
        self.wfile.write(rendered.head_bytes(reason))
        if not rendered.streaming:
            self.wfile.write(rendered.body_bytes())
            self.wfile.flush()
            return
        for index, part in enumerate(rendered.parts):
            if index and token_interval_s and self.server.fake._stopping.wait(token_interval_s):
                return
            self.wfile.write(_chunk_frame(part))
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _trickle(self, rendered: _Rendered, interval_s: float) -> None:
        self.wfile.write(rendered.head_bytes("OK"))
        self.wfile.flush()
        for byte in rendered.body_bytes():
            if self.server.fake._stopping.wait(interval_s):
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()

    def _trickle_head(self, rendered: _Rendered, interval_s: float) -> None:
        for byte in rendered.head_bytes("OK"):
            if self.server.fake._stopping.wait(interval_s):
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
        self.wfile.write(rendered.body_bytes())
        self.wfile.flush()

    def _drop(self, rendered: _Rendered, where: DropPoint) -> None:
        if where != "before_headers":
            self.wfile.write(rendered.head_bytes("OK"))
        if where == "mid_body":
            body = rendered.body_bytes()
            self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)


class _HttpServer(ThreadingHTTPServer):
    # Handler threads are joined on close, so a test leaves no thread behind.
    daemon_threads = False
    block_on_close = True

    def __init__(self, fake: FakeLlmServer) -> None:
        self.fake = fake
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return  # a client walked away mid-response: the point of most fault tests
        super().handle_error(request, client_address)


class FakeLlmServer:
    """A threaded HTTP server on 127.0.0.1 speaking Ollama and OpenAI chat; a context manager."""

    def __init__(self, *, models: tuple[str, ...] = ("securetag-v1",)) -> None:
        self.models = models
        self._lock = threading.Lock()
        self._script: deque[Behaviour] = deque()
        self._responder: Responder = lambda request: "ok"
        self._recorded: list[RecordedRequest] = []
        self._connections: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._server: _HttpServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> FakeLlmServer:
        self._server = _HttpServer(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._server is not None and self._thread is not None
        self._stopping.set()
        self._server.shutdown()
        self._thread.join()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            # Wakes handler threads idling on keep-alive connections so close can join them.
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self._server.server_close()

    @property
    def port(self) -> int:
        assert self._server is not None, "use the server as a context manager"
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """Ollama's base URL, and the OpenAI one without /v1."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, in order."""
        with self._lock:
            return list(self._recorded)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method == "POST" and r.path in _ROUTES]

    # -- the script ------------------------------------------------------------------------

    def respond_with(self, content: str | Responder) -> FakeLlmServer:
        """What every chat request gets once the queue of one-shot behaviours is empty."""
        with self._lock:
            self._responder = content if callable(content) else (lambda request: content)
        return self

    def then_content(self, content: str, *, token_interval_s: float = 0.0) -> FakeLlmServer:
        """One answer with this content (in a valid envelope), pieces spaced when streaming."""
        return self._enqueue(_Answer(content=content, token_interval_s=token_interval_s))

    def then_fail(self, status: int = 500, times: int = 1, message: str = "") -> FakeLlmServer:
        """`times` answers with this HTTP status and the API's error body."""
        text = message or f"fake failure (HTTP {status})"
        return self._enqueue(_Failure(status, text), times)

    def then_rate_limit(self, retry_after: float | None = 0.1, times: int = 1) -> FakeLlmServer:
        """`times` 429 answers carrying Retry-After (seconds)."""
        return self._enqueue(_Failure(429, "rate limit exceeded", retry_after), times)

    def then_drop_connection(
        self, where: DropPoint = "after_headers", times: int = 1
    ) -> FakeLlmServer:
        """Close the socket before the status line, right after the headers, or mid-body."""
        return self._enqueue(_Drop(where), times)

    def then_slow(self, delay_s: float, times: int = 1) -> FakeLlmServer:
        """A normal answer whose first byte (the status line) comes after delay_s."""
        return self._enqueue(_Answer(delay_s=delay_s), times)

    def then_trickle(self, interval_s: float, content: str | None = None) -> FakeLlmServer:
        """Headers at once, then the body one byte every interval_s.

        With a long `content` this keeps a client busy far past any sane deadline
        while never leaving a gap long enough for a per-read timeout to fire.
        """
        return self._enqueue(_Answer(content=content, trickle_interval_s=interval_s))

    def then_trickle_headers(self, interval_s: float) -> FakeLlmServer:
        """The status line and headers one byte every interval_s, then the body at once.

        A client whose deadline only starts watching once the headers are in, or whose
        only bound is a per-read timeout, waits as long as the server likes.
        """
        return self._enqueue(_Answer(head_trickle_interval_s=interval_s))

    def then_malformed_json(
        self, kind: Literal["truncated", "wrong_shape"] = "truncated"
    ) -> FakeLlmServer:
        """A 200 whose body is cut-off JSON, or JSON that is not the chat envelope."""
        return self._enqueue(_Malformed(kind))

    def then_stream_error(self, message: str = "model runner crashed") -> FakeLlmServer:
        """A stream that starts, then reports an error in-band (as Ollama and vLLM do)."""
        return self._enqueue(_StreamError(message))

    def _enqueue(self, behaviour: Behaviour, times: int = 1) -> FakeLlmServer:
        with self._lock:
            self._script.extend([behaviour] * times)
        return self

    # -- used by the handler ---------------------------------------------------------------

    def _next_behaviour(self) -> Behaviour:
        with self._lock:
            return self._script.popleft() if self._script else _Answer()

    def _content_for(self, answer: _Answer, request: dict[str, Any]) -> str:
        if answer.content is not None:
            return answer.content
        with self._lock:
            responder = self._responder
        return responder(request)

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._recorded.append(request)

    def _track(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.add(connection)

    def _untrack(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)

    def _known_model(self, api: Api, name: Any) -> bool:
        if not isinstance(name, str):
            return False
        if api == "ollama":
            name = name.removesuffix(":latest")
        return name in self.models

    def _check_request(self, api: Api, request: Any) -> tuple[str | None, int]:
        """What a real server would reject this body for, and with which status."""
        if not isinstance(request, dict):
            return "request body must be a JSON object", 400
        messages = request.get("messages")
        if not isinstance(messages, list) or not all(
            isinstance(m, dict) and isinstance(m.get("role"), str) for m in messages
        ):
            return "messages must be a list of {role, content}", 400
        problem = _format_problem(api, request)
        if problem:
            return problem, 400
        if not self._known_model(api, request.get("model")):
            if api == "ollama":
                return f'model "{request.get("model")}" not found, try pulling it first', 404
            return f"The model `{request.get('model')}` does not exist.", 404
        return None, 200

    def _tags(self) -> dict[str, Any]:
        return {
            "models": [
                {
                    "name": f"{name}:latest",
                    "model": f"{name}:latest",
                    "modified_at": _now_rfc3339(),
                    "size": 4_920_753_328,
                    "digest": uuid.uuid5(uuid.NAMESPACE_URL, name).hex * 2,
                    "details": {
                        "parent_model": "",
                        "format": "gguf",
                        "family": "llama",
                        "families": ["llama"],
                        "parameter_size": "8.0B",
                        "quantization_level": "Q4_K_M",
                    },
                }
                for name in self.models
            ]
        }

    def _models(self) -> dict[str, Any]:
        created = int(time.time())
        return {
            "object": "list",
            "data": [
                {"id": name, "object": "model", "created": created, "owned_by": "vllm"}
                for name in self.models
            ],
        }


def _format_problem(api: Api, request: dict[str, Any]) -> str | None:
    """Rejects a structured-output field in the wrong shape, as the real servers do."""
    if api == "ollama":
        fmt = request.get("format")
        if fmt is not None and fmt != "json" and not isinstance(fmt, dict):
            return 'format must be "json" or a JSON schema object'
        return None
    response_format = request.get("response_format")
    if response_format is None:
        return None
    if not isinstance(response_format, dict):
        return "response_format must be an object"
    kind = response_format.get("type")
    if kind not in ("text", "json_object", "json_schema"):
        return f"response_format.type {kind!r} is not supported"
    if kind == "json_schema":
        spec = response_format.get("json_schema")
        if not isinstance(spec, dict) or not isinstance(spec.get("schema"), dict):
            return "response_format.json_schema.schema must be an object"
        if not isinstance(spec.get("name"), str) or not spec["name"]:
            return "response_format.json_schema.name is required"
    return None
