"""Every task state change: enqueue, claim, heartbeat, complete, retry, fail, cancel, release, reap.

Each operation is one named SQL statement (`sql/queries/task.sql`). Finishing
operations are fenced by the claim token: they only apply to a row that is
still `running` under the token the caller received when it claimed the task.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any
from uuid import UUID

from securetag.kernel.config import Settings
from securetag.kernel.errors import Conflict, LeaseLost, NotFound, QueueFull
from securetag.kernel.models import (
    ClaimedTask,
    EnqueueResult,
    NewTask,
    ReapResult,
    Row,
    ScanType,
    Task,
    TaskState,
)
from securetag.store.audit import AuditEvent, record
from securetag.store.db import COPY_NULL, Connection, CopyRefused, Database, copy_text_field

log = logging.getLogger(__name__)

# Rows per INSERT statement; a larger batch is split but stays one transaction.
ENQUEUE_CHUNK = 5000
# Who the audit log names when a caller does not say (the CLI and the API do).
SYSTEM_ACTOR = "system"

# Rows per chunk handed to COPY.
COPY_CHUNK = 2000

# What a tenant refused with queue_full is told to wait (Retry-After) before trying again.
QUEUE_FULL_RETRY_AFTER_S = 30

# The task types a tenant's running cap (tenant.max_running_scans) applies to, each on its own.
CAPPED_TASK_TYPES = frozenset(scan_type.task_type for scan_type in ScanType)


class TaskQueue:
    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    # ------------------------------------------------------------------ producing

    def enqueue(
        self, task: NewTask, *, conn: Connection | None = None, actor: str = SYSTEM_ACTOR
    ) -> EnqueueResult:
        return self.enqueue_many([task], conn=conn, actor=actor)[0]

    def enqueue_many(
        self,
        tasks: Sequence[NewTask],
        *,
        conn: Connection | None = None,
        actor: str = SYSTEM_ACTOR,
    ) -> list[EnqueueResult]:
        """Insert tasks atomically; results are in input order.

        With `conn`, the tasks join the caller's transaction (a scan row and
        its task commit together). A task whose dedup key is held by an active
        task is not inserted; its result carries that task's id and `created=False`.
        `actor` is who the audit log names (an API key id, "cli", ...).
        """
        if not tasks:
            return []
        if conn is not None:
            # The caller's transaction already makes this atomic; a few rows, no COPY.
            return self._insert(conn, tasks, actor)
        results: list[EnqueueResult] = []
        with self._db.transaction() as conn:
            if all(t.dedup_key is None and t.delay_s == 0 for t in tasks):
                try:
                    with conn.transaction():  # a savepoint: the fallback can go on after a refusal
                        results = self._copy(conn, tasks)
                except CopyRefused:
                    results = []  # roles under row-level security must INSERT
            if results:
                self._audit_copied(conn, tasks, [r.task_id for r in results], actor)
                self._notify(conn, tasks)
            else:
                results = self._insert(conn, tasks, actor)
        return results

    def admit_scan(self, conn: Connection, tenant_id: UUID) -> None:
        """Refuse (QueueFull, a 429) a scan when the tenant has as many waiting as it may.

        Call first in the submitting transaction: it holds the tenant's submission
        lock until commit, so concurrent submissions are counted one after another.
        """
        conn.one("lock_tenant_submissions", tenant_id=tenant_id)
        default_cap = self._settings.tenant_max_queued_scans
        row = conn.one(
            "tenant_waiting_tasks",
            tenant_id=tenant_id,
            types=sorted(CAPPED_TASK_TYPES),
            count_up_to=1_000_000,  # bounds the count whatever a tenant has queued
        )
        assert row is not None
        cap = row["cap"] or default_cap
        if row["waiting"] >= cap:
            raise QueueFull(
                f"this tenant already has {row['waiting']} scans waiting to run (its limit "
                f"is {cap}); submit again once some have started",
                details={"queued": row["waiting"], "limit": cap,
                         "retry_after_s": QUEUE_FULL_RETRY_AFTER_S},
            )  # fmt: skip

    def _insert(
        self, conn: Connection, tasks: Sequence[NewTask], actor: str
    ) -> list[EnqueueResult]:
        results: list[EnqueueResult] = []
        for start in range(0, len(tasks), ENQUEUE_CHUNK):
            chunk = tasks[start : start + ENQUEUE_CHUNK]
            rows = conn.all("enqueue_tasks", actor=actor, **self._enqueue_params(chunk))
            results.extend(self._match_results(conn, chunk, rows))
        self._notify(conn, tasks)
        return results

    @staticmethod
    def _audit_copied(
        conn: Connection, tasks: Sequence[NewTask], ids: Sequence[int], actor: str
    ) -> None:
        """A COPY batch's audit rows: per tenant, its ids as ranges (they are mostly contiguous)."""
        tenants = {task.tenant_id for task in tasks}
        by_tenant: dict[UUID | None, list[int]]
        if len(tenants) == 1:  # the usual batch: no per-row grouping needed
            by_tenant = {tenants.pop(): list(ids)}
        else:
            by_tenant = {}
            for task, task_id in zip(tasks, ids, strict=True):
                by_tenant.setdefault(task.tenant_id, []).append(task_id)
        for tenant_id, tenant_ids in by_tenant.items():
            record(
                conn,
                AuditEvent(
                    actor=actor,
                    action="task.enqueue",
                    outcome="success",
                    target="task",
                    tenant_id=tenant_id,
                    details={"task_id_ranges": id_ranges(tenant_ids), "state": "queued"},
                ),
            )

    @staticmethod
    def _notify(conn: Connection, tasks: Sequence[NewTask]) -> None:
        runnable_types = sorted({t.type for t in tasks if t.delay_s == 0})
        if runnable_types:
            conn.all("notify_task_types", types=runnable_types)

    def _copy(self, conn: Connection, tasks: Sequence[NewTask]) -> list[EnqueueResult]:
        ids = conn.scalar("allocate_task_ids", n=len(tasks))
        conn.copy_text("copy_tasks", self._copy_chunks(ids, tasks))
        return [EnqueueResult(task_id, True) for task_id in ids]

    def _copy_chunks(self, ids: Sequence[int], tasks: Sequence[NewTask]) -> Iterator[str]:
        """COPY text lines for `copy_tasks`, joined into chunks of COPY_CHUNK rows."""
        defaults = {name: self._settings.task_type(name) for name in {t.type for t in tasks}}
        encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
        lines: list[str] = []
        for task_id, task in zip(ids, tasks, strict=True):
            kind = defaults[task.type]
            tenant = COPY_NULL if task.tenant_id is None else str(task.tenant_id)
            # type is validated to [a-z0-9_.] and numbers print plainly: only the
            # payload needs escaping.
            lines.append(
                f"{task_id}\t{tenant}\t{task.type}\t{task.priority}\t"
                f"{task.max_attempts or kind.max_attempts}\t{task.timeout_s or kind.timeout_s}\t"
                f"{copy_text_field(encode(task.payload))}\n"
            )
            if len(lines) == COPY_CHUNK:
                yield "".join(lines)
                lines = []
        if lines:
            yield "".join(lines)

    def _enqueue_params(self, tasks: Sequence[NewTask]) -> dict[str, list[Any]]:
        params: dict[str, list[Any]] = {
            "tenant_ids": [], "types": [], "priorities": [], "delays": [],
            "max_attempts": [], "timeouts": [], "payloads": [], "dedup_keys": [],
        }  # fmt: skip
        for task in tasks:
            defaults = self._settings.task_type(task.type)
            params["tenant_ids"].append(task.tenant_id)
            params["types"].append(task.type)
            params["priorities"].append(task.priority)
            params["delays"].append(task.delay_s)
            params["max_attempts"].append(task.max_attempts or defaults.max_attempts)
            params["timeouts"].append(task.timeout_s or defaults.timeout_s)
            params["payloads"].append(json.dumps(task.payload, separators=(",", ":")))
            params["dedup_keys"].append(task.dedup_key)
        return params

    @staticmethod
    def _match_results(
        conn: Connection, tasks: Sequence[NewTask], rows: list[Row]
    ) -> list[EnqueueResult]:
        # RETURNING yields inserted rows in insertion order, which follows the input order.
        plain_ids = iter([r["id"] for r in rows if r["created"] and r["dedup_key"] is None])
        created_by_key = {r["dedup_key"]: r["id"] for r in rows if r["created"] and r["dedup_key"]}
        existing_by_key = {r["dedup_key"]: r["id"] for r in rows if not r["created"]}
        missing = [
            t.dedup_key
            for t in tasks
            if t.dedup_key
            and t.dedup_key not in created_by_key
            and t.dedup_key not in existing_by_key
        ]
        if missing:
            # The key's holder committed after this statement's snapshot: look again.
            for row in conn.all("active_tasks_by_dedup_key", dedup_keys=missing):
                existing_by_key[row["dedup_key"]] = row["id"]
        results = []
        for task in tasks:
            key = task.dedup_key
            if key is None:
                results.append(EnqueueResult(next(plain_ids), True))
            elif key in created_by_key:
                results.append(EnqueueResult(created_by_key.pop(key), True))
                existing_by_key[key] = results[-1].task_id  # a duplicate later in this batch
            elif key in existing_by_key:
                results.append(EnqueueResult(existing_by_key[key], False))
            else:
                # Held by a task that finished between the two statements: rare; say so.
                raise Conflict(f"dedup key {key!r} changed hands during enqueue; enqueue again")
        return results

    # ------------------------------------------------------------------ consuming

    def claim(self, worker_id: UUID, types: Sequence[str], limit: int) -> list[ClaimedTask]:
        """Claim one slot's next batch: up to `limit` tasks of ONE of `types`.

        Each type is capped by its claim_batch; tenants take turns (see claim_tasks),
        and a tenant at its running cap for a scan type gets nothing of that type.
        """
        s = self._settings
        limits = [min(limit, s.task_type(t).claim_batch) for t in types]
        rows = self._db.all(
            "claim_tasks",
            types=list(types),
            limits=limits,
            capped=[t in CAPPED_TASK_TYPES for t in types],
            default_cap=s.tenant_max_running_scans,
            limit=limit,
            token=uuid.uuid4(),
            worker_id=worker_id,
        )
        return [ClaimedTask(**row) for row in rows]

    def heartbeat(self, held: Sequence[tuple[int, UUID]]) -> set[int]:
        """Extend leases; return the ids still held (the others were lost)."""
        if not held:
            return set()
        rows = self._db.all(
            "heartbeat_tasks", ids=[h[0] for h in held], tokens=[h[1] for h in held]
        )
        return {r["id"] for r in rows}

    def complete_many(self, done: Sequence[tuple[int, UUID]]) -> set[int]:
        """Mark tasks succeeded in one statement; return the ids accepted.

        The ids not returned had lost their lease: their results are dropped.
        """
        if not done:
            return set()
        rows = self._db.all("complete_tasks", ids=[d[0] for d in done], tokens=[d[1] for d in done])
        return {r["id"] for r in rows}

    def complete(self, task_id: int, token: UUID) -> None:
        if task_id not in self.complete_many([(task_id, token)]):
            raise LeaseLost(f"task {task_id}: lease lost; result dropped")

    def retry(
        self, task_id: int, token: UUID, error: str, *, delay_s: float | None = None
    ) -> TaskState:
        """Schedule another attempt (backoff unless delay_s) or fail on the last one."""
        s = self._settings
        row = self._db.one(
            "retry_task",
            id=task_id,
            token=token,
            error=_clip(error),
            delay_s=delay_s,
            base_s=s.retry_base_s,
            cap_s=s.retry_cap_s,
            jitter=s.retry_jitter,
        )
        if row is None:
            raise LeaseLost(f"task {task_id}: lease lost; retry dropped")
        return TaskState(row["state"])

    def time_out(self, task_id: int, token: UUID) -> TaskState:
        """End an attempt that ran past its timeout: `retrying`, or `timed_out` on the last."""
        s = self._settings
        row = self._db.one(
            "time_out_task",
            id=task_id,
            token=token,
            base_s=s.retry_base_s,
            cap_s=s.retry_cap_s,
            jitter=s.retry_jitter,
        )
        if row is None:
            raise LeaseLost(f"task {task_id}: lease lost; timeout dropped")
        return TaskState(row["state"])

    def fail(self, task_id: int, token: UUID, error: str) -> None:
        if self._db.one("fail_task", id=task_id, token=token, error=_clip(error)) is None:
            raise LeaseLost(f"task {task_id}: lease lost; failure dropped")

    def release(self, worker_id: UUID, held: Sequence[tuple[int, UUID, bool]]) -> set[int]:
        """Give tasks back to the queue (worker shutdown, or a handler yielding its slot).

        Items: (id, token, handler_started); a task whose handler did not start, or
        yielded, gets its attempt back."""
        if not held:
            return set()
        rows = self._db.all(
            "release_tasks",
            worker_id=worker_id,
            ids=[h[0] for h in held],
            tokens=[h[1] for h in held],
            started=[h[2] for h in held],
        )
        return {r["id"] for r in rows}

    # ------------------------------------------------------------------ control

    def cancel(
        self,
        task_id: int,
        *,
        tenant_id: UUID | None = None,
        reason: str = "cancelled",
        conn: Connection | None = None,
        actor: str = SYSTEM_ACTOR,
    ) -> TaskState | None:
        """Cancel a queued, retrying or running task; return its previous state.

        None means there was nothing to cancel (already finished). Raises
        NotFound when no such task exists (for that tenant).
        """
        with self._transaction(conn) as c:
            row = c.one(
                "cancel_task", id=task_id, tenant_id=tenant_id, reason=_clip(reason), actor=actor
            )
        if row is not None:
            return TaskState(row["previous_state"])
        task = self.get(task_id)
        if tenant_id is not None and task.tenant_id != tenant_id:
            raise NotFound(f"task {task_id} not found")
        return None

    def reap(self, *, limit: int = 1000) -> ReapResult:
        """Rescue running tasks whose lease expired or whose timeout passed.

        Runs under a transaction-scoped advisory lock: when another process is
        reaping right now, this call does nothing and returns zeros.
        """
        s = self._settings
        with self._db.transaction() as conn:
            if not conn.scalar("try_reaper_lock"):
                return ReapResult(0, 0, 0, 0)
            rows = conn.all(
                "reap_tasks",
                lease_timeout_s=s.lease_timeout_s,
                limit=limit,
                base_s=s.retry_base_s,
                cap_s=s.retry_cap_s,
                jitter=s.retry_jitter,
            )
            lost_workers = conn.all("mark_lost_workers", lease_timeout_s=s.lease_timeout_s)
        states = [TaskState(r["state"]) for r in rows]
        result = ReapResult(
            retried=states.count(TaskState.RETRYING),
            failed=states.count(TaskState.FAILED),
            timed_out=states.count(TaskState.TIMED_OUT),
            workers_lost=len(lost_workers),
        )
        if result.total or result.workers_lost:
            log.warning(
                "reaper rescued tasks",
                extra={
                    "retried": result.retried,
                    "failed": result.failed,
                    "timed_out": result.timed_out,
                    "workers_lost": result.workers_lost,
                    "task_ids": [r["id"] for r in rows][:50],
                },
            )
        return result

    def _transaction(self, conn: Connection | None) -> AbstractContextManager[Connection]:
        return conn.transaction() if conn is not None else self._db.transaction()

    # ------------------------------------------------------------------ reading

    def get(self, task_id: int) -> Task:
        row = self._db.one("get_task", id=task_id)
        if row is None:
            raise NotFound(f"task {task_id} not found")
        return Task(**row)

    def counts(self, types: Sequence[str] | None = None) -> dict[str, dict[str, int]]:
        """{type: {state: n}} for every type present."""
        out: dict[str, dict[str, int]] = {}
        for row in self._db.all("count_tasks_by_state", types=list(types) if types else None):
            out.setdefault(row["type"], {})[row["state"]] = row["n"]
        return out


def id_ranges(ids: Sequence[int]) -> list[list[int]]:
    """[[first, last], ...] covering sorted ids: 100,000 contiguous ids become one pair."""
    ranges: list[list[int]] = []
    for task_id in sorted(ids):
        if ranges and task_id == ranges[-1][1] + 1:
            ranges[-1][1] = task_id
        else:
            ranges.append([task_id, task_id])
    return ranges


def _clip(text: str, limit: int = 4000) -> str:
    return text if len(text) <= limit else text[: limit - 15] + "… [truncated]"
