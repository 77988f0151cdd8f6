"""A worker in a thread of the test process.

Handler outcomes, wake-ups, timeouts, cancellation and shutdown.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from securetag.kernel.config import TaskTypeSettings
from securetag.kernel.models import NewTask, TaskState
from securetag.queue.tasks import TaskQueue
from securetag.store.db import Database
from tests.support.handlers import read_records
from tests.support.settings import make_settings
from tests.support.workers import ThreadWorker, wait_for


def states(queue: TaskQueue, ids: list[int]) -> list[TaskState]:
    return [queue.get(i).state for i in ids]


def test_worker_drains_the_queue_and_reports_itself(
    db: Database, settings, queue: TaskQueue
) -> None:
    ids = [r.task_id for r in queue.enqueue_many([NewTask(type="noop") for _ in range(500)])]
    runner = ThreadWorker(settings, db, types=["noop"], concurrency=2)
    with runner as worker:
        wait_for(lambda: queue.counts(["noop"]) == {"noop": {"succeeded": 500}})
        [row] = db.all("list_workers", include_stopped=False)
        assert row["id"] == worker.worker_id and row["state"] == "running"
        assert row["types"] == ["noop"] and row["concurrency"] == 2
        runner.stop()
    assert set(states(queue, ids)) == {TaskState.SUCCEEDED}
    assert worker.counters["succeeded"] == 500
    [row] = db.all("list_workers", include_stopped=True)
    assert row["state"] == "stopped" and row["stopped_at"] is not None


def test_idle_worker_wakes_on_notify_not_on_its_poll(
    db: Database, db_url: str, queue: TaskQueue
) -> None:
    # Polls 60 s apart: only LISTEN/NOTIFY can explain a pickup within a second.
    settings = make_settings(db_url, worker_poll_min_s=60, worker_poll_max_s=60)
    with ThreadWorker(settings, db, types=["noop"], concurrency=2):
        time.sleep(0.5)  # every slot has found the queue empty and is waiting
        task_id = queue.enqueue(NewTask(type="noop")).task_id
        started = time.monotonic()
        wait_for(lambda: queue.get(task_id).state == TaskState.SUCCEEDED, timeout_s=5)
        assert time.monotonic() - started < 1.0


def test_a_burst_fans_out_to_idle_slots(
    db: Database, db_url: str, queue: TaskQueue, tmp_path: Path
) -> None:
    settings = make_settings(db_url, worker_poll_min_s=60, worker_poll_max_s=60)
    log = str(tmp_path / "runs")
    with ThreadWorker(settings, db, types=["test.sleep"], concurrency=4):
        time.sleep(0.5)
        queue.enqueue_many(
            [NewTask(type="test.sleep", payload={"seconds": 1, "path": log}) for _ in range(4)]
        )
        wait_for(
            lambda: queue.counts(["test.sleep"]) == {"test.sleep": {"succeeded": 4}}, timeout_s=3
        )


def test_handler_outcomes(db: Database, settings, queue: TaskQueue) -> None:
    retry_then_fail = queue.enqueue(
        NewTask(type="test.fail", payload={"mode": "retry"}, max_attempts=3)
    )
    permanent = queue.enqueue(
        NewTask(type="test.fail", payload={"mode": "permanent"}, max_attempts=3)
    )
    crash = queue.enqueue(NewTask(type="test.fail", payload={"mode": "crash"}, max_attempts=2))
    ids = [retry_then_fail.task_id, permanent.task_id, crash.task_id]
    with ThreadWorker(settings, db, types=["test.fail"]) as worker:
        wait_for(lambda: set(states(queue, ids)) == {TaskState.FAILED})
    retried, perm, crashed = (queue.get(i) for i in ids)
    assert retried.attempts == 3 and retried.last_error == "transient failure on attempt 3"
    assert perm.attempts == 1 and perm.last_error == "payload can never succeed"
    # A crash keeps its type and place, never its message (it may quote tenant data).
    assert crashed.attempts == 2 and crashed.last_error.startswith("RuntimeError at "), crashed
    assert "handler bug" not in crashed.last_error and "in the worker log" in crashed.last_error
    assert worker.counters["retried"] == 3 and worker.counters["failed"] == 3


def test_a_handler_can_ask_for_a_later_retry(db: Database, settings, queue: TaskQueue) -> None:
    task_id = queue.enqueue(
        NewTask(type="test.fail", payload={"mode": "retry_after", "seconds": 120})
    ).task_id
    with ThreadWorker(settings, db, types=["test.fail"]):
        wait_for(lambda: queue.get(task_id).state == TaskState.RETRYING)
    task = queue.get(task_id)
    assert 115 < (task.run_after - task.started_at).total_seconds() < 125


def test_type_timeout_ends_a_stuck_task_and_drops_its_late_result(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    settings = make_settings(
        db_url, task_types={"test.sleep": TaskTypeSettings(timeout_s=0.5, max_attempts=1)}
    )
    queue = TaskQueue(db, settings)  # enqueue stamps the type's timeout on the row
    log = str(tmp_path / "runs")
    task_id = queue.enqueue(
        NewTask(type="test.sleep", payload={"seconds": 2.5, "stubborn": True, "path": log})
    ).task_id
    with ThreadWorker(settings, db, types=["test.sleep"]) as worker:
        wait_for(lambda: queue.get(task_id).state == TaskState.TIMED_OUT, timeout_s=5)
        assert "timed out after 0.5" in queue.get(task_id).last_error
        # The stubborn handler finishes afterwards; its success must not be written.
        wait_for(lambda: [r for r in read_records(log) if r[4] == "end"], timeout_s=5)
        wait_for(lambda: worker.counters["lease_lost"] >= 1)
    assert queue.get(task_id).state == TaskState.TIMED_OUT


def test_cancel_a_running_task_stops_its_handler(
    db: Database, settings, queue: TaskQueue, tmp_path: Path
) -> None:
    log = str(tmp_path / "runs")
    task_id = queue.enqueue(
        NewTask(type="test.sleep", payload={"seconds": 30, "path": log})
    ).task_id
    with ThreadWorker(settings, db, types=["test.sleep"]) as worker:
        wait_for(lambda: read_records(log))
        assert queue.cancel(task_id) == TaskState.RUNNING
        # The next heartbeat tells the handler, which stops early instead of sleeping 30 s.
        wait_for(lambda: [r for r in read_records(log) if r[4] == "stopped"], timeout_s=3)
        wait_for(lambda: worker.counters["lease_lost"] == 1)
    task = queue.get(task_id)
    assert task.state == TaskState.CANCELLED and task.attempts == 1


def test_graceful_shutdown_finishes_in_flight_and_returns_the_rest(
    db: Database, settings, queue: TaskQueue, tmp_path: Path
) -> None:
    log = str(tmp_path / "runs")
    settings = settings.model_copy(
        update={"task_types": {"test.sleep": TaskTypeSettings(claim_batch=3)}}
    )
    ids = [
        r.task_id
        for r in queue.enqueue_many(
            [NewTask(type="test.sleep", payload={"seconds": 0.8, "path": log}) for _ in range(6)]
        )
    ]
    runner = ThreadWorker(settings, db, types=["test.sleep"], concurrency=2)
    with runner:
        wait_for(lambda: len(read_records(log)) >= 2)  # both slots are mid-task, 4 more in hand
        runner.stop()
    finished = [i for i in ids if queue.get(i).state == TaskState.SUCCEEDED]
    returned = [i for i in ids if queue.get(i).state == TaskState.QUEUED]
    assert len(finished) == 2 and len(returned) == 4
    assert all(queue.get(i).attempts == 0 for i in returned)  # never started: attempt given back
    assert all(queue.get(i).claim_token is None for i in returned)
    [row] = db.all("list_workers", include_stopped=True)
    assert row["state"] == "stopped" and row["tasks_in_hand"] == 0


def test_shutdown_grace_expired_releases_the_stuck_task(
    db: Database, db_url: str, queue: TaskQueue, tmp_path: Path
) -> None:
    settings = make_settings(db_url, shutdown_grace_s=0.5)
    log = str(tmp_path / "runs")
    task_id = queue.enqueue(
        NewTask(type="test.sleep", payload={"seconds": 3, "stubborn": True, "path": log})
    ).task_id
    runner = ThreadWorker(settings, db, types=["test.sleep"])
    with runner as worker:
        wait_for(lambda: read_records(log))
        started = time.monotonic()
        runner.stop()
        assert time.monotonic() - started < 2.5  # did not wait for the stubborn handler
    task = queue.get(task_id)
    assert task.state == TaskState.QUEUED and task.attempts == 1
    assert task.last_error == "interrupted by worker shutdown"
    assert worker.counters["released"] == 1
    # When the abandoned handler finally returns, nothing is written over the released task.
    wait_for(lambda: [r for r in read_records(log) if r[4] == "end"], timeout_s=5)
    time.sleep(0.3)
    assert queue.get(task_id).state == TaskState.QUEUED


def test_a_handler_that_ignores_its_timeout_loses_its_slot_to_the_next_task(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    # One slot. The stubborn handler blocks in one long sleep and never looks at
    # ctx.should_stop; before, the slot stayed blocked until it returned.
    settings = make_settings(
        db_url,
        task_kill_grace_s=0.2,
        task_types={"test.sleep": TaskTypeSettings(timeout_s=0.5, max_attempts=1)},
    )
    queue = TaskQueue(db, settings)
    log = str(tmp_path / "runs")
    stuck = queue.enqueue(
        NewTask(type="test.sleep", payload={"seconds": 8, "stubborn": True, "path": log})
    ).task_id
    with ThreadWorker(settings, db, types=["test.sleep", "test.record"], concurrency=1) as worker:
        wait_for(lambda: read_records(log))
        nxt = queue.enqueue(NewTask(type="test.record", payload={"path": log})).task_id
        enqueued = time.monotonic()
        wait_for(lambda: queue.get(nxt).state == TaskState.SUCCEEDED, timeout_s=5)
        assert time.monotonic() - enqueued < 3
        task = queue.get(stuck)
        # Timed out (by the worker, or by the reaper if it came first).
        assert task.state == TaskState.TIMED_OUT and task.attempts == 1
        assert task.last_error == "timed out after 0.5 s (attempt 1 of 1)"
        assert worker.counters["abandoned"] == 1


def test_a_tenants_single_task_starts_before_another_tenants_queued_forty(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    settings = make_settings(db_url)
    queue = TaskQueue(db, settings)
    flood, victim = uuid.uuid4(), uuid.uuid4()
    # One log for both tenants: its lines are in the order the tasks started.
    log = str(tmp_path / "starts")
    queue.enqueue_many(
        [
            NewTask(type="test.sleep", tenant_id=flood, payload={"seconds": 0.2, "path": log})
            for _ in range(40)
        ]
    )
    with ThreadWorker(settings, db, types=["test.sleep"], concurrency=1):
        wait_for(lambda: read_records(log))  # the flood holds the only slot
        started_before = len([r for r in read_records(log) if r[4] == "start"])
        victim_task = queue.enqueue(
            NewTask(type="test.sleep", tenant_id=victim, payload={"seconds": 0, "path": log})
        ).task_id
        wait_for(lambda: any(r[0] == victim_task for r in read_records(log)), timeout_s=5)
        starts = [r[0] for r in read_records(log) if r[4] == "start"]
    # The victim's task went next: of the flood, only what had started when it was
    # queued, and at most one claimed in the same instant, started before it.
    assert starts.index(victim_task) <= started_before + 1, (started_before, starts)
