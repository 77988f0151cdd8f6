"""The Securetag HTTP API as the CI client calls it: retries within the run's deadline."""

from __future__ import annotations

import email.utils
import re
import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import requests
from tenacity import RetryCallState, Retrying, retry_if_exception_type

from securetag import __version__
from securetag.cli.ci_client.errors import AuthenticationFailed, CiUsageError, ServerUnreachable
from securetag.cli.ci_client.pack import PackedUpload

_RETRY_FIRST_S = 0.5
_RETRY_MAX_S = 5.0
_CONNECT_TIMEOUT_S = 10.0
# A request started just before the deadline still gets this long to be answered.
_MIN_READ_TIMEOUT_S = 5.0
_MAX_READ_TIMEOUT_S = 300.0


class Deadline:
    """The --timeout budget of the whole run, on the monotonic clock."""

    def __init__(self, seconds: float) -> None:
        self._ends_at = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self._ends_at - time.monotonic())


class _TransientFailure(Exception):
    """An attempt that may succeed later: no connection, 429, 5xx."""

    def __init__(self, reason: str, retry_after_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_s = retry_after_s


class _UnansweredSubmission(Exception):
    """A POST whose answer never came (read timeout): not retried, it may have been accepted."""

    def __init__(self, waited_s: float) -> None:
        super().__init__(f"no answer within {waited_s:.0f}s")
        self.waited_s = waited_s


class ApiClient:
    """The Securetag HTTP API as the CI client uses it; one request id for the whole run."""

    def __init__(
        self, server: str, api_key: str, *, deadline: Deadline, request_id: str | None = None
    ) -> None:
        self.server = server
        self.deadline = deadline
        self.request_id = request_id or f"ci-{uuid.uuid4().hex}"
        self._session = requests.Session()
        self._session.headers.update({
            "X-API-Key": api_key,
            "X-Request-Id": self.request_id,
            "User-Agent": f"securetag-ci/{__version__} python-requests/{requests.__version__}",
            "Accept": "application/json",
        })  # fmt: skip

    def close(self) -> None:
        """Close every connection now, idle keep-alive ones included."""
        # urllib3 2 closes a pool's idle sockets only when the pool is garbage-collected
        # (Session.close does not); until then each holds a server thread waiting on it.
        for adapter in self._session.adapters.values():
            pools = getattr(adapter, "poolmanager", None)
            for key in pools.pools.keys() if pools is not None else ():
                pool = pools.pools.get(key)
                if pool is not None:
                    pool.close()
        self._session.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def submit_code_audit(
        self, upload: PackedUpload, *, project: str, profile: str = "default"
    ) -> dict[str, Any]:
        """POST the archive as the raw body; the accepted scan's {scan_id, state, links}."""
        body = self._request(
            "POST",
            "/codeaudit/upload",
            params={"project": project, "filename": upload.filename, "profile": profile},
            body=upload.file,
            headers={"Content-Type": "application/octet-stream"},
        )
        return self._expect(body, ("scan_id", "state", "links"))

    def submit_web_scan(self, url: str, *, profile: str, project: str | None) -> dict[str, Any]:
        """POST /scans/web; the accepted scan's {scan_id, state, links}."""
        body: dict[str, Any] = {"url": url, "profile": profile}
        if project is not None:
            body["project"] = project
        return self._expect(
            self._request("POST", "/scans/web", json_body=body), ("scan_id", "state", "links")
        )

    def scan(
        self, scan_id: str, *, limit: int, cursor: str | None = None, wait_s: float = 0.0
    ) -> dict[str, Any]:
        """GET /scans/{id} with one page of findings; `wait_s`: long polling, the server
        holds the answer up to that long until the scan changes."""
        params: dict[str, Any] = {"findings_limit": limit}
        if cursor is not None:
            params["findings_cursor"] = cursor
        if wait_s > 0:
            params["wait"] = f"{wait_s:.1f}"
        scan = self._expect(
            self._request("GET", f"/scans/{scan_id}", params=params), ("id", "state", "findings")
        )
        if not isinstance(scan["findings"], dict) or "items" not in scan["findings"]:
            raise self._unexpected("findings.items")
        return scan

    def sarif(self, scan_id: str) -> dict[str, Any]:
        """The finished scan's SARIF 2.1.0 log."""
        sarif = self._request("GET", f"/scans/{scan_id}", params={"format": "sarif"})
        return self._expect(sarif, ("version", "runs"))

    def _expect(self, body: Any, fields: Sequence[str]) -> dict[str, Any]:
        """`body` checked for `fields`, so a server that is not Securetag fails clearly."""
        for field in fields:
            if not isinstance(body, dict) or field not in body:
                raise self._unexpected(field)
        return body

    def _unexpected(self, field: str) -> ServerUnreachable:
        return ServerUnreachable(
            f"{self.server} answered without `{field}`: is --server a Securetag API? "
            f"(request id {self.request_id})"
        )

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        body: BinaryIO | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """The JSON body of a 2xx answer; transient failures retried within the deadline."""
        retrying = Retrying(
            retry=retry_if_exception_type(_TransientFailure),
            wait=_pause_before_retry,
            stop=self._no_time_for_another_attempt,
            reraise=True,
        )

        reasons: list[str] = []

        def attempt() -> Any:
            try:
                return self._attempt(method, path, params, json_body, body, headers)
            except _TransientFailure as failure:
                reasons.append(failure.reason)
                raise

        try:
            return retrying(attempt)
        except _TransientFailure as failure:
            raise ServerUnreachable(
                f"{method} {self.server}{path}: {failure.reason}; gave up after {len(reasons)} "
                f"attempt(s) within --timeout (request id {self.request_id})",
                details={"request_id": self.request_id},
            ) from None
        except _UnansweredSubmission as silence:
            before = f" (before that: {reasons[-1]})" if reasons else ""
            raise ServerUnreachable(
                f"{method} {self.server}{path}: no answer within {silence.waited_s:.0f}s"
                f"{before}; the scan may have been accepted, see GET /scans "
                f"(request id {self.request_id})",
                details={"request_id": self.request_id},
            ) from None

    def _attempt(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json_body: Any,
        body: BinaryIO | None,
        headers: Mapping[str, str] | None,
    ) -> Any:
        if body is not None:
            body.seek(0)
        remaining = self.deadline.remaining()
        timeout = (
            min(_CONNECT_TIMEOUT_S, max(remaining, 1.0)),
            min(_MAX_READ_TIMEOUT_S, max(remaining, _MIN_READ_TIMEOUT_S)),
        )
        try:
            response = self._session.request(
                method,
                self.server + path,
                params=params,
                json=json_body,
                data=body,
                headers=headers,
                timeout=timeout,
            )
        except requests.ConnectionError as exc:
            # Includes a connection reset mid-upload, which could in theory duplicate a
            # scan; a CI run failing on a flaky network is the worse outcome.
            raise _TransientFailure(f"cannot connect ({_connection_reason(exc)})") from None
        except requests.Timeout:
            # A submission that got no answer may have been accepted: sending it again
            # could start a second scan, so only reads are retried.
            if method != "GET":
                raise _UnansweredSubmission(timeout[1]) from None
            raise _TransientFailure(f"no answer within {timeout[1]:.0f}s") from None
        # Closed on every path: an unreleased connection stays open to the server and
        # holds one of its threads until this process lets go of the response.
        with response:
            if response.status_code == 429 or response.status_code >= 500:
                raise _TransientFailure(
                    f"answered {response.status_code} {_error_summary(response)}",
                    retry_after_s=_retry_after_seconds(response.headers.get("Retry-After")),
                )
            return self._checked(response)

    def _no_time_for_another_attempt(self, state: RetryCallState) -> bool:
        return _pause_before_retry(state) >= self.deadline.remaining()

    def _checked(self, response: requests.Response) -> Any:
        """The JSON body of a 2xx answer; the matching CI error for any other status."""
        status = response.status_code
        if 200 <= status < 300:
            try:
                return response.json()
            except ValueError:
                raise ServerUnreachable(
                    f"{response.url} answered {status} without JSON: is --server a Securetag "
                    f"API? (request id {self.request_id})"
                ) from None
        summary = _error_summary(response)
        if status in (401, 403):
            hint = "the API key was refused" if status == 401 else "the API key lacks a scope"
            raise AuthenticationFailed(
                f"{hint}: {status} {summary} (request id {self.request_id})",
                details={"request_id": self.request_id, "status": status},
            )
        raise CiUsageError(
            f"the server refused {response.request.method} {urlsplit(response.url).path}: "
            f"{status} {summary} (request id {self.request_id})",
            details={"request_id": self.request_id, "status": status},
        )


def _pause_before_retry(state: RetryCallState) -> float:
    """The server's Retry-After when it sent one, else 0.5 s doubling up to 5 s."""
    outcome = state.outcome
    failure = outcome.exception() if outcome is not None else None
    if isinstance(failure, _TransientFailure) and failure.retry_after_s is not None:
        return failure.retry_after_s
    return min(_RETRY_MAX_S, _RETRY_FIRST_S * 2 ** (state.attempt_number - 1))


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _connection_reason(exc: requests.ConnectionError) -> str:
    """The OS's reason ("Connection refused") out of urllib3's long nested message."""
    text = str(exc)
    found = re.search(r"\[Errno -?\d+\] ([^'\")]+)", text)
    if found:
        return found.group(1).strip()
    return type(exc).__name__


def _error_summary(response: requests.Response) -> str:
    """`code: message (field: why, ...)` from the API's one error shape, else the body's start."""
    try:
        error = response.json()["error"]
        text = f"{error['code']}: {error['message']}"
    except (ValueError, KeyError, TypeError):
        return response.reason or response.text[:200]
    details = error.get("details") or {}
    fields = details.get("fields") or []
    if fields:
        described = "; ".join(f"{f.get('field')}: {f.get('message')}" for f in fields[:5])
    else:
        described = ", ".join(f"{name}: {value}" for name, value in details.items())
    return f"{text} ({described})" if described else text
