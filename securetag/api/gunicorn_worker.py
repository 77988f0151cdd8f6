"""gunicorn's threaded worker, answering in the API's JSON error shape even before Flask.

gunicorn refuses some requests itself while parsing them (a request line over
`limit_request_line`, too many or too large headers, a malformed header, a
bad method) and writes an HTML page. A client of this API handles one error
shape (`{"error": {"code", "message", "details"}}`), so this worker writes
that instead. deploy/gunicorn.conf.py selects it as `worker_class`.
"""

from __future__ import annotations

import json
from typing import Any

from gunicorn import util
from gunicorn.http import errors as http_errors
from gunicorn.workers.gthread import ThreadWorker

# (exception class, status, reason phrase, error code), first match wins.
_PARSE_ERRORS: tuple[tuple[type[Exception], int, str, str], ...] = (
    (http_errors.LimitRequestLine, 414, "URI Too Long", "uri_too_long"),
    (http_errors.LimitRequestHeaders, 431, "Request Header Fields Too Large", "headers_too_large"),
    (http_errors.UnsupportedTransferCoding, 501, "Not Implemented", "unsupported_encoding"),
    (http_errors.ForbiddenProxyRequest, 403, "Forbidden", "forbidden"),
    (http_errors.ConfigurationProblem, 500, "Internal Server Error", "internal_error"),
    (http_errors.ParseException, 400, "Bad Request", "bad_request"),
)


def error_response(status: int, reason: str, code: str, message: str) -> bytes:
    """A complete HTTP/1.1 response that closes the connection (the request was not read whole)."""
    body = json.dumps({"error": {"code": code, "message": message, "details": {}}}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Connection: close\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("latin-1") + body


def classify(exc: BaseException) -> tuple[int, str, str]:
    """(status, reason phrase, error code) for an exception gunicorn's handle_error got."""
    for kind, status, reason, code in _PARSE_ERRORS:
        if isinstance(exc, kind):
            return status, reason, code
    return 500, "Internal Server Error", "internal_error"


class JsonErrorWorker(ThreadWorker):
    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        status, reason, code = classify(exc)
        if status == 500:
            message = "internal error"
            self.log.exception("error handling request")
        else:
            # Names what was wrong, never echoes the (possibly huge or hostile) input.
            message = f"the request could not be parsed: {reason.lower()}"
            self.log.warning("refused a malformed request from ip=%s: %s",
                             (addr or ("",))[0], type(exc).__name__)  # fmt: skip
        try:
            util.write_nonblock(client, error_response(status, reason, code, message))
        except Exception:  # the client is gone; nothing left to tell it
            self.log.debug("could not write the error response", exc_info=True)
