"""One HTTP exchange within the call's deadline: a guard, bounded body reads, error text."""

from __future__ import annotations

import contextlib
import json
import math
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests
import requests.adapters
import urllib3
import urllib3.connection
import urllib3.exceptions
from tenacity import RetryCallState
from tenacity.stop import stop_base

from securetag.triage.llm.errors import LlmProtocolError, LlmUnavailable
from securetag.triage.llm.wire import excerpt, protocol_error, server_error_message

# Bounds on what one response may make us hold in memory.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
MAX_STREAM_LINE_BYTES = 4 * 1024 * 1024
MAX_ERROR_BODY_BYTES = 64 * 1024
_READ_SIZE = 64 * 1024


@dataclass(frozen=True, slots=True)
class Deadline:
    expires_at: float
    budget_s: float

    @classmethod
    def start(cls, budget_s: float) -> Deadline:
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


class CallGuard:
    """Shuts down the socket of this thread's HTTP exchange when the deadline passes.

    Per-read timeouts do not bound a call: a server that sends one byte every few
    seconds, of its status line, headers or body, resets them with every byte. The
    guard is armed around the whole exchange (connect, request, headers, body): the
    connections of a session built by `guarded_session` attach themselves to the
    guard of the thread that uses them, and at the deadline the guard shuts their
    socket down, which wakes the blocked read with an error.
    """

    def __init__(self, deadline: Deadline) -> None:
        self._deadline = deadline
        self._lock = threading.Lock()
        self._connection: Any = None
        self._fired = False
        self._timer = threading.Timer(max(0.0, deadline.remaining()), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> CallGuard:
        _current.guard = self
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        _current.guard = None
        self._timer.cancel()
        self._timer.join()

    @property
    def fired(self) -> bool:
        return self._fired

    def attach(self, connection: Any) -> None:
        """The connection now carrying the exchange (shut at once if the deadline passed)."""
        with self._lock:
            self._connection = connection
            fired = self._fired
        if fired:
            _shut(connection)

    def _fire(self) -> None:
        with self._lock:
            self._fired = True
            connection = self._connection
        if connection is not None:
            _shut(connection)


_current = threading.local()


def _shut(connection: Any) -> None:
    sock = getattr(connection, "sock", None)
    if not isinstance(sock, socket.socket):
        return  # not connected yet: connect() attaches again once it is
    # The plain-socket method: SSLSocket.shutdown would drop the TLS object under the
    # reading thread's feet. OSError: already closed, the read finished on its own.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _attach_to_guard(connection: Any) -> None:
    guard: CallGuard | None = getattr(_current, "guard", None)
    if guard is not None:
        guard.attach(connection)


class _GuardedHTTPConnection(urllib3.connection.HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _attach_to_guard(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        # A kept-alive connection is reused without connect(): attach here too.
        _attach_to_guard(self)
        super().request(*args, **kwargs)


class _GuardedHTTPSConnection(urllib3.connection.HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _attach_to_guard(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach_to_guard(self)
        super().request(*args, **kwargs)


class _GuardedHTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


_GUARDED_POOLS = {"http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}


class _GuardedAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter whose connections attach to the calling thread's CallGuard."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _GUARDED_POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if isinstance(manager, urllib3.PoolManager):
            manager.pool_classes_by_scheme = _GUARDED_POOLS
        return manager


def guarded_session() -> requests.Session:
    """A requests session whose exchanges a CallGuard can cut off at their deadline."""
    session = requests.Session()
    adapter = _GuardedAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def body_chunks(response: requests.Response, deadline: Deadline) -> Iterator[bytes]:
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


def stream_lines(chunks: Iterable[bytes]) -> Iterator[str]:
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


def read_json(response: requests.Response, deadline: Deadline, api: str) -> Any:
    body = b"".join(body_chunks(response, deadline))
    try:
        return json.loads(body)
    except ValueError:
        # No excerpt: the body is the model's answer, which may quote tenant secrets.
        content_type = response.headers.get("Content-Type", "none")
        raise protocol_error(
            api, f"the body is not JSON ({len(body)} bytes, Content-Type {content_type})"
        ) from None


def error_text(response: requests.Response, deadline: Deadline) -> str:
    body = bytearray()
    for chunk in body_chunks(response, deadline):
        body += chunk
        if len(body) >= MAX_ERROR_BODY_BYTES:
            break
    try:
        message = server_error_message(json.loads(body))
    except ValueError:
        message = body.decode("utf-8", "replace")
    return excerpt(message) if message else "no error message"


class StopAtDeadline(stop_base):
    """Stop when the next sleep would end at or past the call's deadline."""

    def __init__(self, deadline: Deadline) -> None:
        self._deadline = deadline

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self._deadline.remaining() <= (retry_state.upcoming_sleep or 0.0)


def parse_retry_after(value: str | None) -> float | None:
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
