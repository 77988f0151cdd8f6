"""Waiting for a scan (and its triage) to settle, with one progress line per change."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from securetag.cli.ci_client.api_client import ApiClient
from securetag.cli.ci_client.console import Console
from securetag.cli.ci_client.errors import WaitTimedOut
from securetag.kernel.models import FINAL_STATES, TriageState

_POLL_FIRST_S = 0.5
_POLL_MAX_S = 5.0
# Gentle growth: most scans finish in seconds, and a late poll is time the build waits.
_POLL_GROWTH = 1.3
# Long polling (GET /scans/{id}?wait=): the server answers as soon as the scan changes,
# so the client hears of the end at once rather than at its next poll. Short enough
# that a proxy's idle timeout never cuts a request; the server caps it at 20 s.
_LONG_POLL_S = 10.0
# Kept free of the wait in the --timeout budget, for the answer to travel.
_LONG_POLL_MARGIN_S = 1.0


def wait_for_scan(
    client: ApiClient, scan_id: str, *, wait_for_triage: bool, console: Console
) -> dict[str, Any]:
    """Long-poll until the scan is final (and, if asked, its triage done); WaitTimedOut on
    --timeout.

    An answer that came back at once with nothing new (a server with no thread to spare
    for waiting answers so) is followed by a pause that grows, as plain polling would.
    """
    pause = _POLL_FIRST_S
    seen: tuple[Any, ...] | None = None
    while True:
        wait_s = max(0.0, min(_LONG_POLL_S, client.deadline.remaining() - _LONG_POLL_MARGIN_S))
        asked = time.monotonic()
        scan = client.scan(scan_id, limit=1, wait_s=wait_s)
        held_s = time.monotonic() - asked
        console.progress(describe_progress(scan))
        if is_settled(scan, wait_for_triage=wait_for_triage):
            return scan
        remaining = client.deadline.remaining()
        if remaining <= 0:
            raise _wait_timed_out(scan, client.request_id)
        version = (scan["state"], scan.get("progress"), scan.get("triage"))
        changed, seen = version != seen, version
        if changed or (wait_s > 0 and held_s >= wait_s / 2):
            pause = _POLL_FIRST_S  # the server waited for news, or brought some: ask again
            continue
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
