"""One `securetag scan` run: submit, wait, write the report, gate; errors become exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

from securetag.cli.ci_client.api_client import ApiClient, Deadline
from securetag.cli.ci_client.console import Console, plural, write_report
from securetag.cli.ci_client.errors import (
    CI_ERRORS,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    CiUsageError,
    ScanDidNotSucceed,
    ScanPartial,
)
from securetag.cli.ci_client.gate import (
    coverage_gaps,
    fetch_full_report,
    gating_findings,
    summary_line,
)
from securetag.cli.ci_client.options import API_KEY_ENV, ScanOptions, build_parser, scan_options
from securetag.cli.ci_client.pack import (
    PackedUpload,
    archive_suffix,
    open_archive_file,
    pack_directory,
    project_name_for,
)
from securetag.cli.ci_client.waiting import wait_for_scan


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
    gaps = coverage_gaps(report)
    if gaps and not options.allow_partial:
        raise ScanPartial(
            f"scan {scan_id} did not look everywhere (coverage partial): {gaps}; "
            "--allow-partial lets the findings decide",
            details={"scan_id": scan_id, "request_id": request_id},
        )
    if gaps:
        console.always(f"warning: coverage partial (--allow-partial): {gaps}")
    return EXIT_FINDINGS if gating else EXIT_OK


def _submit(client: ApiClient, options: ScanOptions, console: Console) -> dict[str, Any]:
    if options.is_url:
        return client.submit_web_scan(
            options.target, profile=options.profile, project=options.project
        )
    with _upload_for(Path(options.target), options, console) as upload:
        project = options.project or project_name_for(_default_project_source(options.target))
        return client.submit_code_audit(upload, project=project, profile=options.profile)


def _default_project_source(target: str) -> str:
    path = Path(target).resolve()
    suffix = archive_suffix(path)
    return path.name[: -len(suffix)] if suffix and path.is_file() else path.name


@contextmanager
def _upload_for(path: Path, options: ScanOptions, console: Console) -> Iterator[PackedUpload]:
    if path.is_dir():
        upload = pack_directory(path.resolve(), max_bytes=options.max_bytes)
        line = f"packed {plural(upload.file_count, 'file')} from {path} into {upload.size} bytes"
        if upload.skipped_links:
            line += f"; skipped {plural(len(upload.skipped_links), 'symbolic link')}"
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
