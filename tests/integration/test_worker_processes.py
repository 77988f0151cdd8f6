"""Real `securetag worker` processes.

Exactly-once draining, kill -9, SIGTERM and a database restart.
"""

from __future__ import annotations

import collections
import signal
import time
import uuid
from pathlib import Path

import pytest

from securetag.kernel.config import Settings, TaskTypeSettings
from securetag.kernel.errors import LeaseLost
from securetag.kernel.models import NewTask, TaskState
from securetag.queue.tasks import TaskQueue
from securetag.store.db import Database
from securetag.store.embedded import EmbeddedPostgres
from securetag.store.migrate import migrate
from tests.support.handlers import read_records
from tests.support.settings import make_settings
from tests.support.workers import WorkerProcess, wait_for

pytestmark = pytest.mark.slow


def test_four_processes_run_every_task_exactly_once(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    # A production-like lease: this test is about normal operation on a busy
    # 2-core machine; lease expiry and rescue have tests of their own.
    settings = make_settings(
        db_url,
        lease_timeout_s=10.0,
        task_types={"test.record": TaskTypeSettings(claim_batch=20)},
    )
    queue = TaskQueue(db, settings)
    log = str(tmp_path / "runs")
    workers = [
        WorkerProcess(
            settings, types=["test.record"], concurrency=4, log_path=tmp_path / f"w{i}.log"
        )
        for i in range(4)
    ]
    try:
        # Every process running before the work arrives: on a loaded machine one
        # still importing would find the queue drained by the other three.
        wait_for(lambda: db.scalar("bench_live_workers", type="test.record") == 4, timeout_s=60)
        ids = [
            r.task_id
            for r in queue.enqueue_many(
                [NewTask(type="test.record", payload={"path": log}) for _ in range(8000)]
            )
        ]
        wait_for(
            lambda: queue.counts(["test.record"]) == {"test.record": {"succeeded": 8000}},
            timeout_s=120,
        )
    finally:
        codes = [w.terminate() for w in workers]
    assert codes == [0, 0, 0, 0]
    runs = read_records(log)
    per_task = collections.Counter(task_id for task_id, *_ in runs)
    assert set(per_task) == set(ids)
    assert max(per_task.values()) == 1, "a task ran twice"
    pids = {pid for _, _, pid, _, _ in runs}
    assert pids <= {w.pid for w in workers} and len(pids) == 4  # every process took a share


def test_kill_9_mid_task_is_rescued_and_the_dead_lease_is_fenced(
    db: Database, settings: Settings, queue: TaskQueue, tmp_path: Path
) -> None:
    log = str(tmp_path / "runs")
    task_id = queue.enqueue(
        NewTask(type="test.sleep", payload={"seconds": 60, "first_attempt_only": True, "path": log})
    ).task_id
    victim = WorkerProcess(settings, types=["test.sleep"], log_path=tmp_path / "victim.log")
    with victim:
        [(_, attempt, pid, dead_token, _)] = wait_for(lambda: read_records(log))
        assert attempt == 1 and pid == victim.pid
        victim.kill9()
    assert queue.get(task_id).state == TaskState.RUNNING  # nobody knows yet

    with WorkerProcess(
        settings, types=["test.sleep"], log_path=tmp_path / "rescuer.log"
    ) as rescuer:
        # lease_timeout_s is 1 s: the rescuer's reaper retries the task, then runs it.
        wait_for(lambda: queue.get(task_id).state == TaskState.SUCCEEDED, timeout_s=20)
        assert rescuer.terminate() == 0
    task = queue.get(task_id)
    assert task.attempts == 2
    assert "lease expired" in (task.last_error or "")
    second_run = [r for r in read_records(log) if r[1] == 2]
    assert second_run and second_run[0][2] == rescuer.pid

    # The killed worker's lease, were it to come back, cannot finish the task again.
    with pytest.raises(LeaseLost):
        queue.complete(task_id, uuid.UUID(dead_token))
    assert queue.get(task_id).claim_token == task.claim_token
    [dead] = [w for w in db.all("list_workers", include_stopped=True) if w["pid"] == victim.pid]
    assert dead["state"] == "lost"


def test_sigterm_lets_in_flight_work_finish(
    db: Database, settings: Settings, queue: TaskQueue, tmp_path: Path
) -> None:
    log = str(tmp_path / "runs")
    ids = [
        r.task_id
        for r in queue.enqueue_many(
            [NewTask(type="test.sleep", payload={"seconds": 1.0, "path": log}) for _ in range(8)]
        )
    ]
    with WorkerProcess(
        settings, types=["test.sleep"], concurrency=2, log_path=tmp_path / "w.log"
    ) as worker:
        wait_for(lambda: len(read_records(log)) >= 2)
        assert worker.terminate() == 0
    tasks = [queue.get(i) for i in ids]
    assert sum(t.state == TaskState.SUCCEEDED for t in tasks) == 2
    assert sum(t.state == TaskState.QUEUED for t in tasks) == 6
    assert all(t.state != TaskState.RUNNING for t in tasks)


def test_a_second_sigterm_ends_the_grace_period(
    settings: Settings, queue: TaskQueue, tmp_path: Path
) -> None:
    log = str(tmp_path / "runs")
    settings = settings.model_copy(update={"shutdown_grace_s": 60.0})
    task_id = queue.enqueue(
        NewTask(type="test.sleep", payload={"seconds": 60, "path": log})
    ).task_id
    with WorkerProcess(settings, types=["test.sleep"], log_path=tmp_path / "w.log") as worker:
        wait_for(lambda: read_records(log))
        worker.proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        assert worker.alive()  # waiting for the in-flight task, as it should
        started = time.monotonic()
        worker.proc.send_signal(signal.SIGTERM)
        assert worker.proc.wait(timeout=10) == 0
        assert time.monotonic() - started < 5
    task = queue.get(task_id)
    assert task.state == TaskState.QUEUED
    assert task.last_error == "interrupted by worker shutdown"


def test_worker_survives_a_database_restart(
    private_server: EmbeddedPostgres, tmp_path: Path
) -> None:
    url = private_server.url("restart")
    settings = make_settings(url, lease_timeout_s=30.0, heartbeat_interval_s=0.5)
    log = str(tmp_path / "runs")
    with Database(url, max_size=2) as db:
        migrate(db)
        ids = [
            r.task_id
            for r in TaskQueue(db, settings).enqueue_many(
                [
                    NewTask(type="test.sleep", payload={"seconds": 0.05, "path": log})
                    for _ in range(200)
                ]
            )
        ]
    with WorkerProcess(
        settings, types=["test.sleep"], concurrency=4, log_path=tmp_path / "w.log"
    ) as worker:
        wait_for(lambda: len(read_records(log)) >= 40)
        private_server.stop(mode="fast")  # terminates every connection, mid-task
        assert worker.alive()
        time.sleep(2)
        assert worker.alive(), "the worker crashed while the database was down"
        private_server.start()
        with Database(url, max_size=2) as db:
            queue = TaskQueue(db, settings)
            wait_for(
                lambda: queue.counts(["test.sleep"]) == {"test.sleep": {"succeeded": 200}},
                timeout_s=60,
            )
            assert worker.terminate() == 0
            assert {queue.get(i).state for i in ids} == {TaskState.SUCCEEDED}
    log_text = (tmp_path / "w.log").read_text()
    assert "database unavailable; retrying" in log_text
