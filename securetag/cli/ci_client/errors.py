"""The CI client's exit codes and the errors that end a run with each of them."""

from __future__ import annotations

from typing import ClassVar

from securetag.kernel.errors import InvalidRequest, PayloadTooLarge, SecuretagError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_UNREACHABLE = 4
EXIT_SCAN_FAILED = 5
EXIT_WAIT_TIMEOUT = 6
EXIT_PARTIAL = 7

EXIT_CODES_HELP = """\
exit codes:
  0  success: nothing at or above --fail-on (without --wait: the scan was accepted)
  1  findings at or above --fail-on (fixed, reviewed false_positive/accepted_risk,
     and with --trust-triage model-triaged false_positive findings do not count)
  2  usage or input error (bad path or URL, archive over --max-bytes, request refused)
  3  authentication or permission error (no key, 401, 403)
  4  server unreachable, or answering 5xx/429, until --timeout ran out
  5  the scan failed, timed out or was cancelled on the server
  6  waiting timed out (--timeout)
  7  the scan's coverage is partial: an engine failed or skipped files (named in the
     message), so "no findings" does not mean "nothing there"; this comes before 1;
     --allow-partial lets the findings decide instead
"""


class CiUsageError(InvalidRequest):
    """What the user asked for cannot be done as asked (bad path, URL, option, refused request)."""

    code = "ci_usage_error"
    exit_code: ClassVar[int] = EXIT_USAGE


class ArchiveTooLarge(PayloadTooLarge):
    """The packed archive would exceed --max-bytes; nothing was sent."""

    exit_code: ClassVar[int] = EXIT_USAGE


class AuthenticationFailed(SecuretagError):
    """No API key, or the server refused it (401) or its scopes (403)."""

    code = "unauthorized"
    http_status = 401
    exit_code: ClassVar[int] = EXIT_AUTH


class ServerUnreachable(SecuretagError):
    """The server could not be reached, or kept answering 5xx/429, within --timeout."""

    code = "server_unreachable"
    http_status = 503
    retryable = True
    exit_code: ClassVar[int] = EXIT_UNREACHABLE


class ScanDidNotSucceed(SecuretagError):
    """The server ran the scan and it ended failed, timed_out or cancelled."""

    code = "scan_failed"
    exit_code: ClassVar[int] = EXIT_SCAN_FAILED


class ScanPartial(SecuretagError):
    """The scan succeeded but did not look everywhere (an engine failed or skipped files)."""

    code = "scan_partial"
    exit_code: ClassVar[int] = EXIT_PARTIAL


class WaitTimedOut(SecuretagError):
    """--timeout ran out while the scan (or its triage) was still going."""

    code = "wait_timed_out"
    retryable = True
    exit_code: ClassVar[int] = EXIT_WAIT_TIMEOUT


CI_ERRORS = (
    CiUsageError,
    ArchiveTooLarge,
    AuthenticationFailed,
    ServerUnreachable,
    ScanDidNotSucceed,
    ScanPartial,
    WaitTimedOut,
)
