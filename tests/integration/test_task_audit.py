"""Every task state change lands in the audit log, in the statement that made it."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict

from securetag.kernel.models import NewTask
from securetag.queue.tasks import TaskQueue
from securetag.store.audit import verify
from securetag.store.db import Database
from securetag.tenancy.tenants import create_tenant
from tests.support.workers import ThreadWorker, wait_for

WORKER = uuid.uuid4()


def task_events(db: Database) -> dict[str, dict[int, list[dict]]]:
    """{action: {task_id: [event, ...]}} from the audit log."""
    events: dict[str, dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in db.all("audit_task_rows_for_test"):
        details = json.loads(row["details"])
        task_ids = details.get("task_ids") or [
            task_id
            for first, last in details["task_id_ranges"]
            for task_id in range(first, last + 1)
        ]
        for task_id in task_ids:
            events[row["action"]][task_id].append({**row, "details": details})
    return events


def test_a_drained_queue_has_every_transition_audited(
    db: Database, settings, queue: TaskQueue
) -> None:
    alice, bob = create_tenant(db, "alice")["id"], create_tenant(db, "bob")["id"]
    tasks = [NewTask(type="noop", tenant_id=t) for t in (alice, bob) for _ in range(150)]
    ids = [r.task_id for r in queue.enqueue_many(tasks, actor="cli")]
    with ThreadWorker(settings, db, types=["noop"], concurrency=2) as worker:
        wait_for(lambda: queue.counts(["noop"]) == {"noop": {"succeeded": 300}})
        worker_actor = f"worker:{worker.worker_id}"
    events = task_events(db)
    for action in ("task.enqueue", "task.claim", "task.complete"):
        assert sorted(events[action]) == sorted(ids), action
        assert all(len(e) == 1 for e in events[action].values()), f"{action} recorded twice"
    assert {e[0]["actor"] for e in events["task.enqueue"].values()} == {"cli"}
    assert {e[0]["actor"] for e in events["task.claim"].values()} == {worker_actor}
    assert {e[0]["details"]["state"] for e in events["task.complete"].values()} == {"succeeded"}
    # Each row belongs to one tenant, so a tenant's trail never shows another's tasks.
    for task_id, (event,) in events["task.claim"].items():
        assert event["tenant_id"] == (alice if ids.index(task_id) < 150 else bob)
    assert verify(db).ok


def test_retries_failures_cancels_and_rescues_are_audited(db: Database, queue: TaskQueue) -> None:
    retried = queue.enqueue(NewTask(type="noop", max_attempts=2)).task_id
    failed = queue.enqueue(NewTask(type="noop")).task_id
    rescued = queue.enqueue(NewTask(type="noop")).task_id
    cancelled = queue.enqueue(NewTask(type="noop")).task_id
    claimed = {t.id: t for t in queue.claim(WORKER, ["noop"], 10)}
    queue.retry(retried, claimed[retried].claim_token, "flaky")
    queue.fail(failed, claimed[failed].claim_token, "hostile input")
    queue.cancel(cancelled, actor="key123")
    with db.connection() as conn:
        conn.script(
            f"UPDATE task SET heartbeat_at = now() - interval '1 hour' WHERE id = {rescued}"
        )
    queue.reap()
    events = task_events(db)
    [retry] = events["task.retry"][retried]
    assert retry["actor"] == f"worker:{WORKER}" and retry["details"]["state"] == "retrying"
    [fail] = events["task.fail"][failed]
    assert fail["outcome"] == "failure" and fail["details"]["state"] == "failed"
    [cancel] = events["task.cancel"][cancelled]
    assert cancel["actor"] == "key123" and cancel["details"]["previous_state"] == "running"
    [rescue] = events["task.rescue"][rescued]
    assert rescue["actor"] == "reaper" and rescue["details"]["state"] == "retrying"
    assert verify(db).ok


def test_a_fenced_out_late_result_writes_no_audit_row(db: Database, queue: TaskQueue) -> None:
    task_id = queue.enqueue(NewTask(type="noop")).task_id
    [claimed] = queue.claim(WORKER, ["noop"], 1)
    queue.cancel(task_id)
    assert queue.complete_many([(task_id, claimed.claim_token)]) == set()
    assert task_id not in task_events(db)["task.complete"]
