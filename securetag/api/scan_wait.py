"""Long polling for GET /scans/{id}?wait=S: the answer waits until the scan changes.

A CI client that polls learns of its scan's end at its next poll (one polling every
2 s sees the result a second late on average) and spends a request per poll. With
`wait`, the answer is held until the scan's state, progress or triage changes from
what it was when the request arrived, or the scan is final, or S seconds have passed:
the client hears of the end within a tenth of a second, with one request per change.

The wait re-reads the scan row every POLL_S (one indexed read under the tenant's
scope) rather than LISTENing for a notification: a LISTEN holds a database connection
of its own for each waiting request. A waiting request holds one of the process's
gunicorn threads, so at most `api_scan_waiters` of them wait at once per API process;
past that the answer comes at once, as without `wait`, and the client sleeps its own
pause before asking again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from securetag.kernel.models import Row, TaskState

# How often a waiting request looks at its scan again.
POLL_S = 0.1


class ScanWaits:
    """The long polls of one API process, at most `slots` at a time."""

    def __init__(self, slots: int) -> None:
        self._slots = threading.BoundedSemaphore(slots)

    def until_changed(self, read: Callable[[], Row], row: Row, wait_s: float) -> Row | None:
        """The scan once it differs from `row` (read again with `read`); None when it did not
        change within `wait_s`, when it is final already, or when no slot was free."""
        if wait_s <= 0 or TaskState(row["state"]).is_final:
            return None
        if not self._slots.acquire(blocking=False):
            return None
        try:
            deadline = time.monotonic() + wait_s
            seen = _version(row)
            while (left := deadline - time.monotonic()) > 0:
                time.sleep(min(POLL_S, left))
                now = read()
                if _version(now) != seen:
                    return now
            return None
        finally:
            self._slots.release()


def _version(row: Row) -> tuple[object, ...]:
    """What a waiting client is told about: the state, each stage's progress, triage."""
    return row["state"], row["progress"], row["triage_state"]
