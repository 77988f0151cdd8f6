"""Cron cleanup jobs: `securetag cleanup <job>`.

Each job:
- runs under a session advisory lock of its own, so a second run (another host,
  an overlapping cron) skips at once instead of doing the work twice (except
  scan-dirs, which works on this host's files and is safe to run anywhere at once);
- works in bounded batches, each its own transaction (rows another run holds are
  skipped), until nothing is left or `max_batches` is reached;
- is idempotent: running it again finds nothing left to do;
- prints one JSON summary line and writes one audit entry.

Jobs: reap (expired leases and timeouts), tasks (finished tasks past retention,
folded into ops_task_daily first, and tenants' webhook deliveries as old), uploads
and tool-output (past each tenant's retention), context (expired context-store
entries), workers (stopped or lost worker rows), ratelimits (refusal counts past
SECURETAG_RETENTION_REFUSALS_DAYS, and idle rate-limit buckets), scan-dirs (this
host's scan directories whose worker died, see securetag.scanning.scan_dirs).
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from securetag.kernel.config import Settings
from securetag.kernel.errors import InvalidRequest
from securetag.queue.tasks import TaskQueue
from securetag.scanning.scan_dirs import ScanDirectories
from securetag.scanning.store import ScanStore
from securetag.security.crypto import MasterKeyRing
from securetag.store import audit
from securetag.store.context_store import ContextStore
from securetag.store.db import Database
from securetag.store.vault import Vault

JOBS = (
    "reap",
    "tasks",
    "uploads",
    "tool-output",
    "context",
    "workers",
    "ratelimits",
    "scan-dirs",
)
# Jobs on the files of the host they run on: every host with workers runs them.
HOST_JOBS = ("scan-dirs",)


@dataclass
class CleanupSummary:
    job: str
    done: int = 0
    batches: int = 0
    finished: bool = True  # False when max_batches stopped it with work left
    skipped: str | None = None  # why nothing ran (another run holds the lock)
    seconds: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "job": self.job,
            "done": self.done,
            "batches": self.batches,
            "finished": self.finished,
            "skipped": self.skipped,
            "seconds": round(self.seconds, 3),
            **self.details,
        }


class Cleanup:
    def __init__(self, settings: Settings, db: Database, *, vault: Vault | None = None) -> None:
        self._settings = settings
        self._db = db
        self._vault = vault
        self._jobs: dict[str, Callable[[int], int]] = {
            "tasks": self._tasks,
            "uploads": self._uploads,
            "tool-output": self._tool_output,
            "context": self._context,
            "workers": self._workers,
            "ratelimits": self._rate_limits,
        }

    def run_job(self, job: str, *, batch: int, max_batches: int) -> CleanupSummary:
        if job not in JOBS:
            raise InvalidRequest(f"unknown cleanup job {job!r}; jobs: {', '.join(JOBS)}")
        if batch < 1 or max_batches < 1:
            raise InvalidRequest("--batch and --max-batches must be at least 1")
        summary = CleanupSummary(job)
        started = time.monotonic()
        if job in HOST_JOBS:
            self._scan_dirs(summary)
            return self._finish(job, summary, started)
        with self._db.dedicated() as lock:
            if not lock.scalar("cleanup_lock", key=_lock_key(job)):
                summary.skipped = "another run of this job holds its lock"
                return summary
            if job == "reap":
                self._reap(summary, batch)
            else:
                self._batches(summary, self._jobs[job], batch, max_batches)
        return self._finish(job, summary, started)

    def _finish(self, job: str, summary: CleanupSummary, started: float) -> CleanupSummary:
        summary.seconds = time.monotonic() - started
        with self._db.transaction() as conn:
            audit.record_cli_action(conn, f"cleanup.{job}", job, details=summary.as_dict())
        return summary

    @staticmethod
    def _batches(
        summary: CleanupSummary, step: Callable[[int], int], batch: int, max_batches: int
    ) -> None:
        while True:
            if summary.batches >= max_batches:
                summary.finished = False
                return
            done = step(batch)
            summary.batches += 1
            summary.done += done
            if done < batch:
                return

    def _scan_dirs(self, summary: CleanupSummary) -> None:
        # Each directory's lock says whether its worker lives: no database lock needed.
        root = self._settings.scan_root
        report = ScanDirectories(root).remove_leftovers()
        summary.batches = 1
        summary.done = report.removed
        summary.details = {"kept": report.kept, "root": str(root.absolute())}

    def _reap(self, summary: CleanupSummary, batch: int) -> None:
        result = TaskQueue(self._db, self._settings).reap(limit=batch)
        summary.batches = 1
        summary.done = result.total
        summary.details = {
            "retried": result.retried,
            "failed": result.failed,
            "timed_out": result.timed_out,
            "workers_lost": result.workers_lost,
        }

    def _tasks(self, limit: int) -> int:
        days = self._settings.retention_tasks_days
        tasks = self._db.scalar("purge_finished_tasks", days=days, limit=limit)
        # A delivery's record lives as long as the task that sent it.
        return tasks + self._db.scalar("purge_webhook_deliveries", days=days, limit=limit)

    def _uploads(self, limit: int) -> int:
        days = self._settings.retention_uploads_days
        return ScanStore.purge_uploads(self._db, days=days, limit=limit)

    def _tool_output(self, limit: int) -> int:
        days = self._settings.retention_tool_output_days
        return ScanStore.purge_tool_output(self._db, days=days, limit=limit)

    def _context(self, limit: int) -> int:
        vault = self._vault or Vault(self._db, MasterKeyRing.from_settings(self._settings))
        return ContextStore(self._db, vault, cache_entries=0).purge_expired(limit=limit)

    def _workers(self, limit: int) -> int:
        hours = self._settings.retention_workers_hours
        return self._db.scalar("purge_dead_workers", hours=hours, limit=limit)

    def _rate_limits(self, limit: int) -> int:
        days = self._settings.retention_refusals_days
        refusals = self._db.scalar("purge_request_refusals", days=days, limit=limit)
        return refusals + self._db.scalar("purge_idle_rate_limits", limit=limit)


def _lock_key(job: str) -> int:
    # A stable 32-bit key per job, under a prefix no other lock of ours uses.
    return 0x5EC7_1000_0000 + zlib.crc32(job.encode())
