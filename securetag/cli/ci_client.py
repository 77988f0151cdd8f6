"""`securetag scan PATH|URL`: the client tenants' CI pipelines run against a Securetag server.

    securetag scan PATH|URL --server URL [--api-key KEY | env SECURETAG_API_KEY] --wait
        --format json|sarif --out FILE --fail-on high [--project NAME] [--timeout S] [--quiet]

A directory is packed into a tar.gz (honouring .gitignore files, root and nested; `.git/`
and symbolic links are never packed) and uploaded as a code audit; a file that already is
a .zip, .tar or .tar.gz is uploaded as it is; an http(s) URL is submitted as a web scan.
With --wait the client polls the scan until it is final and the LLM triage is no longer
pending, writes the report with every finding (JSON) or the SARIF log, prints a one-line
summary on stderr and decides the build's fate from the exit code:

    0  success: no finding at or above --fail-on (or no --wait: the scan was accepted)
    1  findings at or above --fail-on (ignoring fixed ones, those a person reviewed as
       false_positive or accepted_risk, and with --trust-triage those the model triaged
       as false_positive)
    2  usage or input error: bad path or URL, archive over --max-bytes, a request the
       server refused as invalid (400/404/409/413)
    3  authentication or permission error: no API key, key refused (401), scope missing (403)
    4  the server was unreachable, or kept answering 5xx/429, until --timeout ran out
    5  the scan itself failed, timed out or was cancelled on the server
    6  waiting timed out (--timeout) before the scan (and its triage) finished

Transient failures (connection errors, 429 and 5xx, honouring Retry-After) are retried
with tenacity within the --timeout budget. Every request of one run carries the same
X-Request-Id, printed with every error so operators can find the run in the API's logs.
The API key is never printed: every message passes through redaction first.
"""

from __future__ import annotations

import argparse
import email.utils
import io
import json
import os
import re
import sys
import tarfile
import tempfile
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, ClassVar, TextIO
from urllib.parse import urlsplit

import requests
from tenacity import RetryCallState, Retrying, retry_if_exception_type

from securetag import __version__
from securetag.kernel.errors import InvalidRequest, PayloadTooLarge, SecuretagError
from securetag.kernel.models import (
    FINAL_STATES,
    WAIVED_REVIEWS,
    FindingStatus,
    Severity,
    TriageState,
    Verdict,
)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_UNREACHABLE = 4
EXIT_SCAN_FAILED = 5
EXIT_WAIT_TIMEOUT = 6

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
"""

API_KEY_ENV = "SECURETAG_API_KEY"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT_S = 1800.0
MAX_FINDINGS_PAGE = 500
FAIL_ON_CHOICES = ("none", *(severity.value for severity in reversed(Severity)))
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar", ".zip")
# Must equal securetag.api.schemas.PROJECT_PATTERN (a test checks it); copied so that the
# CI client does not import the API server (Flask, the database layer).
PROJECT_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._/@-]{0,199}$"
# Names derived from a directory stay within the stricter, path-free subset.
_UNSAFE_PROJECT_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
# Below this an archive stays in memory; above it spills to a temporary file.
_IN_MEMORY_ARCHIVE_BYTES = 8 * 1024 * 1024
_POLL_FIRST_S = 0.5
_POLL_MAX_S = 5.0
# Gentle growth: most scans finish in seconds, and a late poll is time the build waits.
_POLL_GROWTH = 1.3
_RETRY_FIRST_S = 0.5
_RETRY_MAX_S = 5.0
_CONNECT_TIMEOUT_S = 10.0
# A request started just before the deadline still gets this long to be answered.
_MIN_READ_TIMEOUT_S = 5.0
_MAX_READ_TIMEOUT_S = 300.0


# --------------------------------------------------------------------------- errors


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
    WaitTimedOut,
)


# --------------------------------------------------------------------------- gitignore


@dataclass(frozen=True, slots=True)
class IgnoreRule:
    """One pattern line of a .gitignore, compiled against paths relative to `base`."""

    base: str
    """The directory holding the .gitignore, relative to the tree's root ("" for the root)."""
    regex: re.Pattern[str]
    negated: bool
    directories_only: bool

    def matches(self, path: str, *, is_dir: bool) -> bool:
        if self.directories_only and not is_dir:
            return False
        if self.base:
            prefix = self.base + "/"
            if not path.startswith(prefix):
                return False
            path = path[len(prefix) :]
        return self.regex.fullmatch(path) is not None


def parse_gitignore(text: str, base: str = "") -> list[IgnoreRule]:
    """The rules of one .gitignore file found in directory `base` (relative POSIX path)."""
    rules = []
    for line in text.splitlines():
        rule = _parse_gitignore_line(line, base.strip("/"))
        if rule is not None:
            rules.append(rule)
    return rules


def _parse_gitignore_line(line: str, base: str) -> IgnoreRule | None:
    pattern = _strip_unescaped_trailing_spaces(line)
    if not pattern or pattern.startswith("#"):
        return None
    negated = pattern.startswith("!")
    if negated:
        pattern = pattern[1:]
    directories_only = pattern.endswith("/")
    pattern = pattern.rstrip("/")
    if not pattern:
        return None
    # A slash at the start or in the middle anchors the pattern to the .gitignore's
    # directory; without one, it matches a name at any depth below it.
    anchored = "/" in pattern
    pattern = pattern.removeprefix("/")
    body = _glob_to_regex(pattern)
    regex = body if anchored else f"(?:.*/)?{body}"
    return IgnoreRule(base, re.compile(regex, re.DOTALL), negated, directories_only)


def _strip_unescaped_trailing_spaces(line: str) -> str:
    line = line.rstrip("\r\n")
    while line.endswith(" ") and not line.endswith("\\ "):
        line = line[:-1]
    return line


def _glob_to_regex(pattern: str) -> str:
    """gitignore glob -> regex: `*`/`?` stay within one segment, `**` spans segments."""
    segments = pattern.split("/")
    parts = []
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == "**":
            # "**/x": x at any depth; "x/**": everything inside x; "a/**/b": zero or more dirs.
            parts.append(".*" if last else "(?:.*/)?")
            continue
        parts.append(_segment_to_regex(segment))
        if not last:
            parts.append("/")
    return "".join(parts)


def _segment_to_regex(segment: str) -> str:
    out = []
    index = 0
    while index < len(segment):
        char = segment[index]
        if char == "\\" and index + 1 < len(segment):
            out.append(re.escape(segment[index + 1]))
            index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            translated, index = _bracket_to_regex(segment, index)
            out.append(translated)
            continue
        else:
            out.append(re.escape(char))
        index += 1
    return "".join(out)


def _bracket_to_regex(segment: str, start: int) -> tuple[str, int]:
    """A `[...]` class starting at `start`: (regex, index after it); a lone `[` is literal."""
    index = start + 1
    negated = index < len(segment) and segment[index] in "!^"
    if negated:
        index += 1
    members_start = index
    if index < len(segment) and segment[index] == "]":
        index += 1  # a leading "]" is a member, not the end
    while index < len(segment) and segment[index] != "]":
        index += 1
    if index >= len(segment):
        return re.escape("["), start + 1
    members = "".join(
        "\\" + char if char in "\\^[]" else char for char in segment[members_start:index]
    )
    return (f"[^/{members}]" if negated else f"[{members}]"), index + 1


class GitignoreMatcher:
    """The .gitignore rules in force at some depth of a tree; later (deeper) rules win."""

    def __init__(self, rules: Sequence[IgnoreRule] = ()) -> None:
        self._rules = tuple(rules)

    def with_gitignore(self, text: str, base: str = "") -> GitignoreMatcher:
        """A matcher that also applies the .gitignore `text` found in directory `base`."""
        return GitignoreMatcher(self._rules + tuple(parse_gitignore(text, base)))

    def is_ignored(self, path: str, *, is_dir: bool = False) -> bool:
        """Whether git would ignore `path` (relative POSIX), including by an ignored parent.

        As in git, a file cannot be re-included (`!name`) once a parent directory is
        excluded: git never looks inside that directory.
        """
        parts = path.strip("/").split("/")
        for depth in range(1, len(parts)):
            if self.excludes("/".join(parts[:depth]), is_dir=True):
                return True
        return self.excludes("/".join(parts), is_dir=is_dir)

    def excludes(self, path: str, *, is_dir: bool) -> bool:
        """The verdict of the last matching rule on `path` itself, parents not considered."""
        for rule in reversed(self._rules):
            if rule.matches(path, is_dir=is_dir):
                return not rule.negated
        return False


# --------------------------------------------------------------------------- packing


@dataclass
class PackedUpload:
    """An archive ready to upload: its bytes (in memory or a spooled file) and what it holds."""

    file: BinaryIO
    filename: str
    size: int
    file_count: int
    skipped_links: list[str]


@dataclass(frozen=True, slots=True)
class TreeFile:
    path: Path
    name: str
    """Relative POSIX path inside the archive."""


class _CappedWriter(io.RawIOBase):
    """Counts what gzip writes and stops the packing once it passes the cap."""

    def __init__(self, target: BinaryIO, max_bytes: int) -> None:
        self._target = target
        self._max_bytes = max_bytes
        self.written = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        size = len(data)
        if self.written + size > self._max_bytes:
            raise ArchiveTooLarge(
                f"the packed archive would exceed {self._max_bytes} bytes (--max-bytes); "
                "ignore build outputs and dependencies in .gitignore or raise the limit",
                details={"max_bytes": self._max_bytes},
            )
        self._target.write(data)
        self.written += size
        return size


def tree_files(root: Path, skipped_links: list[str]) -> Iterator[TreeFile]:
    """Regular files under `root` that git would track: .gitignore honoured, `.git` skipped.

    Symbolic links are never followed (one could point out of the tree): their relative
    paths are appended to `skipped_links`. Sockets, FIFOs and devices are skipped.
    """
    yield from _walk(root, "", GitignoreMatcher(), skipped_links)


def _walk(
    directory: Path, relative: str, matcher: GitignoreMatcher, skipped_links: list[str]
) -> Iterator[TreeFile]:
    gitignore = directory / ".gitignore"
    if gitignore.is_file() and not gitignore.is_symlink():
        matcher = matcher.with_gitignore(gitignore.read_text("utf-8", errors="replace"), relative)
    with os.scandir(directory) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name == ".git":
            continue
        name = f"{relative}/{entry.name}" if relative else entry.name
        if entry.is_symlink():
            skipped_links.append(name)
        elif entry.is_dir(follow_symlinks=False):
            if not matcher.excludes(name, is_dir=True):
                yield from _walk(Path(entry.path), name, matcher, skipped_links)
        elif entry.is_file(follow_symlinks=False) and not matcher.excludes(name, is_dir=False):
            yield TreeFile(Path(entry.path), name)


def pack_directory(root: Path, *, max_bytes: int) -> PackedUpload:
    """A tar.gz of the files under `root` (see tree_files), refused past `max_bytes`."""
    # Not a context manager: on success the open spool is handed to the caller.
    spool = tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY_ARCHIVE_BYTES)  # noqa: SIM115
    skipped: list[str] = []
    count = 0
    try:
        capped = _CappedWriter(spool, max_bytes)
        with tarfile.open(fileobj=capped, mode="w:gz", format=tarfile.PAX_FORMAT) as archive:
            for item in tree_files(root, skipped):
                _add_file(archive, item)
                count += 1
        if count == 0:
            raise CiUsageError(
                f"nothing to scan: {root} holds no file that .gitignore does not exclude",
                details={"path": str(root)},
            )
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    filename = f"{root.name or 'source'}.tar.gz"
    return PackedUpload(spool, filename, capped.written, count, skipped)  # type: ignore[arg-type]


def _add_file(archive: tarfile.TarFile, item: TreeFile) -> None:
    # O_NOFOLLOW: a file swapped for a symlink after the walk is refused, not followed.
    try:
        descriptor = os.open(item.path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as exc:
        raise CiUsageError(
            f"cannot read {item.name}: {exc.strerror}", details={"path": item.name}
        ) from None
    with os.fdopen(descriptor, "rb") as source:
        stat = os.fstat(source.fileno())
        info = tarfile.TarInfo(item.name)
        info.size = stat.st_size
        info.mtime = int(stat.st_mtime)
        info.mode = 0o755 if stat.st_mode & 0o111 else 0o644
        archive.addfile(info, source)


def open_archive_file(path: Path, *, max_bytes: int) -> PackedUpload:
    """An existing .zip/.tar/.tar.gz file, uploaded as it is."""
    size = path.stat().st_size
    if size > max_bytes:
        raise ArchiveTooLarge(
            f"{path} is {size} bytes, over the {max_bytes}-byte limit (--max-bytes)",
            details={"max_bytes": max_bytes, "size": size},
        )
    return PackedUpload(path.open("rb"), path.name, size, 0, [])


def archive_suffix(path: Path) -> str | None:
    """The archive suffix of `path` (".tar.gz", ".zip", ...) or None."""
    name = path.name.lower()
    return next((suffix for suffix in ARCHIVE_SUFFIXES if name.endswith(suffix)), None)


def project_name_for(name: str) -> str:
    """`name` (a directory or file stem) made to fit the API's project pattern."""
    cleaned = _UNSAFE_PROJECT_CHARS.sub("-", name).lstrip("._-").rstrip("-")[:200]
    return cleaned or "project"


# --------------------------------------------------------------------------- options


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """The validated command line of one `securetag scan` run."""

    target: str
    is_url: bool
    server: str
    api_key: str
    wait: bool
    wait_for_triage: bool
    report_format: str
    out: Path | None
    fail_on: Severity | None
    trust_triage: bool
    project: str | None
    timeout_s: float
    quiet: bool
    max_bytes: int
    profile: str
    page_size: int


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add `securetag scan`'s arguments (and its exit codes as the epilog) to `parser`."""
    parser.description = "Submit a directory, archive or URL to a Securetag server for scanning."
    parser.epilog = EXIT_CODES_HELP
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("target", metavar="PATH|URL", help="directory, .zip/.tar/.tar.gz, or URL")
    parser.add_argument(
        "--server", metavar="URL", help="the API's base URL (default: $SECURETAG_SERVER)"
    )
    parser.add_argument(
        "--api-key",
        metavar="KEY",
        help=f"the API key (prefer ${API_KEY_ENV}: arguments are visible to other processes)",
    )
    parser.add_argument("--wait", action="store_true", help="wait for the result and gate on it")
    parser.add_argument(
        "--no-wait-triage",
        dest="wait_for_triage",
        action="store_false",
        help="with --wait: do not wait for the LLM triage to finish",
    )
    parser.add_argument(
        "--format",
        dest="report_format",
        choices=("json", "sarif"),
        default="json",
        help="report format (default json)",
    )
    parser.add_argument("--out", type=Path, metavar="FILE", help="report file (default: stdout)")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        default="high",
        help="exit 1 on a finding at or above this severity (default high)",
    )
    parser.add_argument(
        "--trust-triage",
        action="store_true",
        help="do not count findings the model triaged as false_positive",
    )
    parser.add_argument(
        "--project", metavar="NAME", help="project name (default: the directory's name)"
    )
    parser.add_argument(
        "--timeout",
        dest="timeout_s",
        metavar="SECONDS",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        help="overall limit in seconds, upload and waiting included (default 1800)",
    )
    parser.add_argument(
        "--quiet", action="store_true", help="no progress lines (errors and the summary stay)"
    )
    parser.add_argument(
        "--max-bytes",
        metavar="BYTES",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="largest archive to upload (default 50 MiB)",
    )
    parser.add_argument(
        "--profile",
        choices=("quick", "standard"),
        default="standard",
        help="web scan profile (default standard)",
    )
    parser.add_argument(
        "--findings-page-size",
        dest="page_size",
        metavar="N",
        type=int,
        default=MAX_FINDINGS_PAGE,
        help=f"findings per request when reading the report (1-{MAX_FINDINGS_PAGE})",
    )


def build_parser() -> argparse.ArgumentParser:
    """A stand-alone parser for `securetag scan` (the CLI adds the same arguments to its own)."""
    parser = argparse.ArgumentParser(prog="securetag scan")
    add_arguments(parser)
    return parser


def scan_options(args: argparse.Namespace, environ: Mapping[str, str]) -> ScanOptions:
    """Validate the parsed arguments; raises CiUsageError or AuthenticationFailed."""
    server = (args.server or environ.get("SECURETAG_SERVER") or "").rstrip("/")
    _check_http_url(server, what="--server")
    api_key = args.api_key or environ.get(API_KEY_ENV) or ""
    if not api_key:
        raise AuthenticationFailed(f"no API key: set {API_KEY_ENV} (or pass --api-key)")
    is_url = "://" in args.target
    if is_url:
        _check_http_url(args.target, what="the URL to scan")
    if args.project is not None and not re.fullmatch(PROJECT_PATTERN, args.project):
        raise CiUsageError(
            f"--project {args.project!r} is not a valid project name "
            "(letters, digits and . _ / @ -, starting with a letter or digit, at most 200)"
        )
    if not args.timeout_s > 0:
        raise CiUsageError("--timeout must be a number of seconds above 0")
    if args.max_bytes < 1:
        raise CiUsageError("--max-bytes must be at least 1")
    if not 1 <= args.page_size <= MAX_FINDINGS_PAGE:
        raise CiUsageError(f"--findings-page-size must be between 1 and {MAX_FINDINGS_PAGE}")
    if args.out is not None and not args.out.parent.is_dir():
        raise CiUsageError(f"--out {args.out}: the directory {args.out.parent} does not exist")
    return ScanOptions(
        target=args.target,
        is_url=is_url,
        server=server,
        api_key=api_key,
        wait=args.wait,
        wait_for_triage=args.wait_for_triage,
        report_format=args.report_format,
        out=args.out,
        fail_on=None if args.fail_on == "none" else Severity(args.fail_on),
        trust_triage=args.trust_triage,
        project=args.project,
        timeout_s=args.timeout_s,
        quiet=args.quiet,
        max_bytes=args.max_bytes,
        profile=args.profile,
        page_size=args.page_size,
    )


def _check_http_url(url: str, *, what: str) -> None:
    if not url:
        raise CiUsageError(f"{what} is missing: give an http(s) URL")
    parts = urlsplit(url)
    # Checked first so that no later message echoes the credentials.
    if parts.username or parts.password:
        raise CiUsageError(f"{what} must not carry credentials")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CiUsageError(f"{what} must be an http or https URL with a host, not {url!r}")
    if any(char.isspace() or not char.isprintable() for char in url):
        raise CiUsageError(f"{what} contains whitespace or control characters")
    try:
        parts.port  # noqa: B018  # raises on a port that is not a number in range
    except ValueError:
        raise CiUsageError(f"{what} has an invalid port") from None


# --------------------------------------------------------------------------- output


class Console:
    """Lines on stderr, every one redacted; progress lines are dropped when quiet."""

    def __init__(self, *, quiet: bool, secrets: Sequence[str], stream: TextIO) -> None:
        self._quiet = quiet
        self._secrets = [secret for secret in secrets if secret]
        self._stream = stream
        self._last_progress: str | None = None

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[redacted API key]")
        return text

    def progress(self, line: str) -> None:
        """A progress line, printed once however often it is repeated in a row."""
        if self._quiet or line == self._last_progress:
            return
        self._last_progress = line
        self._emit(line)

    def always(self, line: str) -> None:
        self._emit(line)

    def _emit(self, line: str) -> None:
        self._stream.write(f"securetag: {self.redact(line)}\n")
        self._stream.flush()


def write_report(text: str, out: Path | None, stdout: TextIO) -> None:
    """`text` to `out`, atomically (a reader never sees half a report), or to stdout."""
    if out is None:
        stdout.write(text)
        stdout.flush()
        return
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115  # closed before the rename
        "w", encoding="utf-8", dir=out.parent, prefix=f".{out.name}.", delete=False
    )
    try:
        with handle:
            handle.write(text)
        os.replace(handle.name, out)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- HTTP


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

    def submit_code_audit(self, upload: PackedUpload, *, project: str) -> dict[str, Any]:
        """POST the archive as the raw body; the accepted scan's {scan_id, state, links}."""
        body = self._request(
            "POST",
            "/codeaudit/upload",
            params={"project": project, "filename": upload.filename},
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

    def scan(self, scan_id: str, *, limit: int, cursor: str | None = None) -> dict[str, Any]:
        """GET /scans/{id} with one page of findings."""
        params: dict[str, Any] = {"findings_limit": limit}
        if cursor is not None:
            params["findings_cursor"] = cursor
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


# --------------------------------------------------------------------------- waiting


def wait_for_scan(
    client: ApiClient, scan_id: str, *, wait_for_triage: bool, console: Console
) -> dict[str, Any]:
    """Poll until the scan is final (and, if asked, its triage done); WaitTimedOut on --timeout."""
    pause = _POLL_FIRST_S
    while True:
        scan = client.scan(scan_id, limit=1)
        console.progress(describe_progress(scan))
        if is_settled(scan, wait_for_triage=wait_for_triage):
            return scan
        remaining = client.deadline.remaining()
        if remaining <= 0:
            raise _wait_timed_out(scan, client.request_id)
        time.sleep(min(pause, remaining))
        pause = min(_POLL_MAX_S, pause * _POLL_GROWTH)


def is_settled(scan: Mapping[str, Any], *, wait_for_triage: bool) -> bool:
    """Final state, and no triage pending unless the caller does not wait for it."""
    if scan["state"] not in FINAL_STATES:
        return False
    return not (wait_for_triage and scan.get("triage") == TriageState.PENDING)


def describe_progress(scan: Mapping[str, Any]) -> str:
    """`scan ID running: unpack succeeded, semgrep running` (one line per state/stage change)."""
    entries = [
        (stage, entry)
        for stage, entry in (scan.get("progress") or {}).items()
        if isinstance(entry, Mapping)
    ]
    # The server's JSON object has no meaningful key order; the stages' own times do.
    entries.sort(key=lambda item: str(item[1].get("started_at") or item[1].get("finished_at")))
    stages = ", ".join(f"{stage} {entry.get('state', '?')}" for stage, entry in entries)
    line = f"scan {scan['id']} {scan['state']}"
    if stages:
        line += f": {stages}"
    if scan.get("triage") == TriageState.PENDING:
        line += "; triage pending"
    elif scan.get("triage") == TriageState.FAILED:
        line += "; triage failed (findings without a verdict count as they are)"
    return line


def _wait_timed_out(scan: Mapping[str, Any], request_id: str) -> WaitTimedOut:
    if scan["state"] in FINAL_STATES:
        what = f"scan {scan['id']} {scan['state']} but its triage is still pending"
        hint = "pass --no-wait-triage to gate without the model's verdicts, or raise --timeout"
    else:
        what = f"scan {scan['id']} is still {scan['state']}"
        hint = "it goes on on the server; raise --timeout to wait for it"
    return WaitTimedOut(
        f"--timeout ran out: {what}; {hint} (request id {request_id})",
        details={"scan_id": scan["id"], "request_id": request_id},
    )


# --------------------------------------------------------------------------- report and gate


def fetch_full_report(client: ApiClient, scan_id: str, *, page_size: int) -> dict[str, Any]:
    """The scan JSON with every finding, following findings.next_cursor."""
    report = client.scan(scan_id, limit=page_size)
    items = list(report["findings"]["items"])
    cursor = report["findings"]["next_cursor"]
    seen: set[str] = set()
    while cursor is not None:
        if cursor in seen:
            raise ServerUnreachable(f"the server repeated findings cursor {cursor}")
        seen.add(cursor)
        page = client.scan(scan_id, limit=page_size, cursor=cursor)
        items.extend(page["findings"]["items"])
        cursor = page["findings"]["next_cursor"]
    report["findings"] = {"items": items, "next_cursor": None}
    return report


def is_waived(finding: Mapping[str, Any], *, trust_triage: bool) -> bool:
    """Whether a finding does not count against the threshold (fixed, reviewed, or triaged)."""
    if finding.get("status") == FindingStatus.FIXED:
        return True
    review = finding.get("review") or {}
    if review.get("status") in WAIVED_REVIEWS:
        return True
    triage = finding.get("triage") or {}
    return trust_triage and triage.get("verdict") == Verdict.FALSE_POSITIVE


def gating_findings(
    findings: Sequence[Mapping[str, Any]], fail_on: Severity | None, *, trust_triage: bool
) -> list[Mapping[str, Any]]:
    """The findings at or above `fail_on` that are not waived; none when fail_on is None."""
    if fail_on is None:
        return []
    return [
        finding
        for finding in findings
        if Severity(finding["severity"]).rank >= fail_on.rank
        and not is_waived(finding, trust_triage=trust_triage)
    ]


def summary_line(
    scan: Mapping[str, Any],
    findings: Sequence[Mapping[str, Any]],
    gating: Sequence[Mapping[str, Any]],
    options: ScanOptions,
) -> str:
    """One line: counts by severity of current findings, and what the threshold made of them."""
    current = [f for f in findings if f.get("status") != "fixed"]
    counts = {severity.value: 0 for severity in Severity}
    for finding in current:
        counts[finding["severity"]] = counts.get(finding["severity"], 0) + 1
    by_severity = ", ".join(f"{name} {count}" for name, count in counts.items())
    line = f"scan {scan['id']} {scan['state']}: {_plural(len(current), 'finding')} ({by_severity})"
    fixed = len(findings) - len(current)
    if fixed:
        line += f", {fixed} fixed"
    if options.fail_on is None:
        return line + "; --fail-on none"
    at_or_above = [f for f in current if Severity(f["severity"]).rank >= options.fail_on.rank]
    waived = len(at_or_above) - len(gating)
    line += f"; {len(gating)} at or above {options.fail_on.value}"
    if waived:
        line += f" ({waived} more waived by review or triage)"
    return line


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


# --------------------------------------------------------------------------- the command


def run(args: argparse.Namespace, *, environ: Mapping[str, str] = os.environ) -> int:
    """Run `securetag scan` with parsed `args`; returns the exit code (see the module doc)."""
    secret = args.api_key or environ.get(API_KEY_ENV) or ""
    console = Console(quiet=args.quiet, secrets=[secret], stream=sys.stderr)
    try:
        options = scan_options(args, environ)
        return _scan(options, console)
    except CI_ERRORS as exc:
        console.always(f"error: {exc.message}")
        return exc.exit_code
    # Python's own exit status for a crash is 1, which CI would read as "findings".
    except requests.RequestException as exc:
        console.always(f"error: the request failed: {exc}")
        return EXIT_UNREACHABLE
    except OSError as exc:
        console.always(f"error: {exc}")
        return EXIT_USAGE


def main(argv: Sequence[str] | None = None, *, environ: Mapping[str, str] = os.environ) -> int:
    """`python -m securetag.cli.ci_client ...`: parse `argv` and run."""
    return run(build_parser().parse_args(argv), environ=environ)


def _scan(options: ScanOptions, console: Console) -> int:
    deadline = Deadline(options.timeout_s)
    with ApiClient(options.server, options.api_key, deadline=deadline) as client:
        accepted = _submit(client, options, console)
        scan_id = accepted["scan_id"]
        console.progress(f"scan {scan_id} accepted (request id {client.request_id})")
        if not options.wait:
            sys.stdout.write(json.dumps(accepted) + "\n")
            sys.stdout.flush()
            return EXIT_OK
        settled = wait_for_scan(
            client, scan_id, wait_for_triage=options.wait_for_triage, console=console
        )
        report = fetch_full_report(client, scan_id, page_size=options.page_size)
        document = client.sarif(scan_id) if options.report_format == "sarif" else report
        write_report(json.dumps(document, indent=2) + "\n", options.out, sys.stdout)
        request_id = client.request_id
    findings = report["findings"]["items"]
    gating = gating_findings(findings, options.fail_on, trust_triage=options.trust_triage)
    console.always(summary_line(report, findings, gating, options))
    if settled["state"] != "succeeded":
        raise ScanDidNotSucceed(
            f"scan {scan_id} {settled['state']}: {report.get('error') or 'no reason given'} "
            f"(request id {request_id})",
            details={"scan_id": scan_id, "state": settled["state"], "request_id": request_id},
        )
    return EXIT_FINDINGS if gating else EXIT_OK


def _submit(client: ApiClient, options: ScanOptions, console: Console) -> dict[str, Any]:
    if options.is_url:
        return client.submit_web_scan(
            options.target, profile=options.profile, project=options.project
        )
    with _upload_for(Path(options.target), options, console) as upload:
        project = options.project or project_name_for(_default_project_source(options.target))
        return client.submit_code_audit(upload, project=project)


def _default_project_source(target: str) -> str:
    path = Path(target).resolve()
    suffix = archive_suffix(path)
    return path.name[: -len(suffix)] if suffix and path.is_file() else path.name


@contextmanager
def _upload_for(path: Path, options: ScanOptions, console: Console) -> Iterator[PackedUpload]:
    if path.is_dir():
        upload = pack_directory(path.resolve(), max_bytes=options.max_bytes)
        line = f"packed {_plural(upload.file_count, 'file')} from {path} into {upload.size} bytes"
        if upload.skipped_links:
            line += f"; skipped {_plural(len(upload.skipped_links), 'symbolic link')}"
        console.progress(line)
    elif path.is_file() and archive_suffix(path):
        upload = open_archive_file(path, max_bytes=options.max_bytes)
    elif path.exists():
        raise CiUsageError(f"{path} is neither a directory nor a .zip, .tar or .tar.gz file")
    else:
        raise CiUsageError(f"{path} does not exist")
    try:
        yield upload
    finally:
        upload.file.close()


__all__ = [
    "EXIT_AUTH",
    "EXIT_CODES_HELP",
    "EXIT_FINDINGS",
    "EXIT_OK",
    "EXIT_SCAN_FAILED",
    "EXIT_UNREACHABLE",
    "EXIT_USAGE",
    "EXIT_WAIT_TIMEOUT",
    "ApiClient",
    "ArchiveTooLarge",
    "AuthenticationFailed",
    "CiUsageError",
    "GitignoreMatcher",
    "ScanDidNotSucceed",
    "ServerUnreachable",
    "WaitTimedOut",
    "add_arguments",
    "build_parser",
    "main",
    "pack_directory",
    "parse_gitignore",
    "run",
]


if __name__ == "__main__":
    sys.exit(main())
