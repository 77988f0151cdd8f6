"""Why a URL could not be fetched, in words a tenant may read.

requests wraps a failure in layers (its own exception, urllib3's, then the
socket's or ssl's), and the cause that names the reason is at the bottom. The
words here are chosen from the kind of failure, never copied from an
exception's text: that text carries object reprs, pool names and errno tuples.
"""

from __future__ import annotations

import http.client
import os
import ssl
from collections.abc import Iterator
from http import HTTPStatus
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import ProtocolError

from securetag.security.ssrf import (
    DEFAULT_PORTS,
    TARGET_REFUSED,
    SsrfRefused,
    TargetUnresolvable,
    TooManyRedirects,
)

from .report import SkippedUrl, Unreachable
from .rules import finding_path


def unreachable_start(exc: BaseException, url: str, *, timeout_s: float) -> Unreachable:
    """Why fetching the start page `url` failed with `exc`."""
    kind, detail = classify(exc, url, timeout_s=timeout_s)
    return Unreachable(kind, detail)


def unreachable_status(status: int) -> Unreachable:
    """A start page that answered with a server error: the site is not serving."""
    try:
        phrase = f" {HTTPStatus(status).phrase}"
    except ValueError:
        phrase = ""
    return Unreachable("http_status", f"the start page answered HTTP {status}{phrase}", status)


def skipped_url(exc: BaseException, url: str, *, timeout_s: float) -> SkippedUrl:
    """A page or probe of a reachable site that could not be fetched, and why in a word."""
    if isinstance(exc, SsrfRefused):
        # "127.0.0.1 is a loopback address; set ... to allow": the reason, not the remedy.
        return SkippedUrl(safe_url(url), "excluded", "refused: " + exc.message.split("; ")[0])
    if does_not_resolve(exc):
        # A link or redirect to a name the scanner's DNS does not know reads as one to a
        # name that resolves to an internal address: otherwise a tenant's site could
        # link to internal names and learn from the report which of them exist.
        return SkippedUrl(safe_url(url), "excluded", "refused: " + TARGET_REFUSED)
    kind, _ = classify(exc, url, timeout_s=timeout_s)
    return SkippedUrl(safe_url(url), "unreachable", kind)


def does_not_resolve(exc: BaseException) -> bool:
    """Whether `exc` comes of a host name with no address (the guard's TargetUnresolvable)."""
    return any(isinstance(cause, TargetUnresolvable) for cause in _causes(exc))


def safe_url(url: str) -> str:
    """`url` without userinfo, query or fragment (they may hold tokens)."""
    try:
        return finding_path(url)
    except ValueError:
        return "(an invalid URL)"


def classify(exc: BaseException, url: str, *, timeout_s: float) -> tuple[str, str]:
    """(kind, detail): kind one of `report.UNREACHABLE_KINDS` but http_status."""
    causes = list(_causes(exc))
    where = _where(causes, url)
    for cause in causes:
        if isinstance(cause, TargetUnresolvable):
            host = cause.details.get("host") or where.rsplit(":", 1)[0]
            return "unresolvable", f"{host} does not resolve to an address"
        if isinstance(cause, TooManyRedirects):
            return "too_many_redirects", "the page kept redirecting past the limit"
    # requests' SSLError is a ConnectionError, and a handshake can time out: TLS first.
    tls = next((cause for cause in causes if isinstance(cause, ssl.SSLError)), None)
    if tls is not None or isinstance(exc, requests.exceptions.SSLError):
        return "tls_error", f"TLS handshake with {where} failed: {_tls_reason(tls)}"
    if isinstance(exc, requests.Timeout) or any(isinstance(c, TimeoutError) for c in causes):
        if isinstance(exc, requests.ConnectTimeout):
            return "timeout", f"connecting to {where} took longer than {timeout_s:g}s"
        return "timeout", f"{where} did not answer within {timeout_s:g}s"
    for cause in causes:
        if isinstance(cause, ConnectionRefusedError):
            return "connection_refused", f"{where} refused the connection"
        if isinstance(cause, ConnectionResetError):
            return "connection_failed", f"{where} reset the connection"
        if isinstance(cause, http.client.RemoteDisconnected | ProtocolError):
            return "connection_failed", f"{where} closed the connection without an answer"
        if isinstance(cause, OSError) and cause.errno:
            return "connection_failed", f"{where}: {os.strerror(cause.errno).lower()}"
    # Not the exception's text: even our own messages may quote the URL and its query.
    return "connection_failed", f"could not fetch from {where}"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _where(causes: list[BaseException], url: str) -> str:
    """host:port of the request that failed (a redirect may have led elsewhere), else of `url`."""
    for cause in causes:
        request = getattr(cause, "request", None)
        if isinstance(request, requests.PreparedRequest) and request.url:
            url = request.url
            break
    try:
        parts = urlsplit(url)
        port = parts.port or DEFAULT_PORTS.get(parts.scheme, 0)
    except ValueError:
        return "the target"
    host = parts.hostname or "the target"
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _tls_reason(error: ssl.SSLError | None) -> str:
    """OpenSSL's reason code in words ("wrong version number"), or its verify message."""
    if isinstance(error, ssl.SSLCertVerificationError) and error.verify_message:
        return str(error.verify_message)
    if isinstance(error, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        return "the server closed the connection"
    reason = getattr(error, "reason", None)
    if isinstance(reason, str) and reason:
        return reason.lower().replace("_", " ")
    return "handshake failed"
