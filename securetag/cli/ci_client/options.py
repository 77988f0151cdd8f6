"""The command line of `securetag scan`: its arguments, and their validation into ScanOptions."""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from securetag.cli.ci_client.errors import EXIT_CODES_HELP, AuthenticationFailed, CiUsageError
from securetag.kernel.models import ScanProfile, Severity

API_KEY_ENV = "SECURETAG_API_KEY"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT_S = 1800.0
MAX_FINDINGS_PAGE = 500
FAIL_ON_CHOICES = ("none", *(severity.value for severity in reversed(Severity)))
# Must equal securetag.api.schemas.PROJECT_PATTERN (a test checks it); copied so that the
# CI client does not import the API server (Flask, the database layer).
PROJECT_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._/@-]{0,199}$"


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
    allow_partial: bool
    project: str | None
    timeout_s: float
    quiet: bool
    max_bytes: int
    profile: str
    page_size: int


WEB_PROFILES = ("quick", "standard")
CODE_PROFILES = tuple(profile.value for profile in ScanProfile)


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
        "--allow-partial",
        action="store_true",
        help="do not fail (exit 7) when the scan's coverage is partial; findings decide",
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
        choices=(*WEB_PROFILES, *CODE_PROFILES),
        help="web scans: quick or standard (default standard); code audits: default, or "
        "audit to keep every engine's pattern-only findings (docs/scanning.md#ranking)",
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
        allow_partial=args.allow_partial,
        project=args.project,
        timeout_s=args.timeout_s,
        quiet=args.quiet,
        max_bytes=args.max_bytes,
        profile=_profile(args.profile, is_url=is_url),
        page_size=args.page_size,
    )


def _profile(chosen: str | None, *, is_url: bool) -> str:
    allowed = WEB_PROFILES if is_url else CODE_PROFILES
    if chosen is None:
        return allowed[-1] if is_url else allowed[0]
    if chosen not in allowed:
        what = "a web scan" if is_url else "a code audit"
        raise CiUsageError(f"--profile {chosen} is not one of {what}'s: {', '.join(allowed)}")
    return chosen


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
