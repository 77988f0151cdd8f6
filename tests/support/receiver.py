"""A local webhook receiver: records each POST and answers with scripted responses."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = int | tuple[int, dict[str, str]]


class Receiver:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        # Answers to give first, a status or (status, headers); then 200.
        self.statuses: deque[Answer] = deque()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.received.append(
                    {"path": self.path, "headers": dict(self.headers), "body": body}
                )
                answer = receiver.statuses.popleft() if receiver.statuses else 200
                status, headers = answer if isinstance(answer, tuple) else (answer, {})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hook"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def json(self, index: int) -> dict[str, Any]:
        return json.loads(self.received[index]["body"])

    def header(self, index: int, name: str) -> str | None:
        headers = {k.lower(): v for k, v in self.received[index]["headers"].items()}
        return headers.get(name.lower())


def signature_valid(entry: dict[str, Any], secret: bytes) -> bool:
    """What a receiver does: recompute the HMAC over "<timestamp>.<raw body>" and compare."""
    headers = {k.lower(): v for k, v in entry["headers"].items()}
    timestamp = headers["x-securetag-timestamp"]
    expected = hmac.new(secret, timestamp.encode() + b"." + entry["body"], hashlib.sha256)
    return hmac.compare_digest(headers["x-securetag-signature"], f"sha256={expected.hexdigest()}")


class SlowReceiver:
    """A slowloris receiver: answers a POST with a status line, then one header line
    every `line_every_s` seconds for `for_s` seconds, so no read ever times out."""

    def __init__(self, *, line_every_s: float = 0.3, for_s: float = 60.0) -> None:
        self.posts = 0
        stop = self._stop = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.posts += 1
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                lines = int(for_s / line_every_s)
                try:
                    for n in range(lines):
                        if stop.wait(line_every_s):
                            return
                        self.wfile.write(f"X-Drip-{n}: {n}\r\n".encode())
                        self.wfile.flush()
                except OSError:
                    return  # the sender gave up and closed the connection
                self.wfile.write(b"Content-Length: 0\r\n\r\n")

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hook"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> SlowReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
