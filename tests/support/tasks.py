"""Moving a task's clock or its attempt budget, for tests of the reaper and retries."""

from __future__ import annotations

from securetag.store.db import Database


def backdate(db: Database, task_id: int, *, heartbeat_s: float = 0, started_s: float = 0) -> None:
    """Pretend the lease (last heartbeat) or the run (start) is older than it is."""
    heartbeat, started = float(heartbeat_s), float(started_s)
    with db.connection() as conn:
        conn.script(
            f"UPDATE task SET heartbeat_at = heartbeat_at - interval '{heartbeat} seconds', "
            f"started_at = started_at - interval '{started} seconds' WHERE id = {int(task_id)}"
        )


def make_runnable(db: Database, task_id: int) -> None:
    with db.connection() as conn:
        conn.script(f"UPDATE task SET run_after = now() WHERE id = {int(task_id)}")


def last_attempt(db: Database, task_id: int) -> None:
    """Give the task one attempt in all, so its next failure is its end."""
    with db.connection() as conn:
        conn.script(f"UPDATE task SET max_attempts = 1 WHERE id = {int(task_id)}")
