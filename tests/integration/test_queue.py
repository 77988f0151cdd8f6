"""The queue's operations against a real PostgreSQL, one statement each."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import timedelta

import pytest

from securetag.kernel.config import Settings, TaskTypeSettings
from securetag.kernel.errors import LeaseLost, NotFound
from securetag.kernel.models import NewTask, TaskState
from securetag.queue.tasks import TaskQueue
from securetag.store.db import Database
from tests.support.settings import make_settings
from tests.support.tasks import backdate, make_runnable

WORKER = uuid.uuid4()


# ----------------------------------------------------------------------------- enqueue


def test_enqueue_stores_the_task_with_its_type_defaults(queue: TaskQueue) -> None:
    tenant = uuid.uuid4()
    result = queue.enqueue(NewTask(type="noop", payload={"a": [1, 2]}, tenant_id=tenant))
    assert result.created
    task = queue.get(result.task_id)
    assert task.state == TaskState.QUEUED
    assert task.payload == {"a": [1, 2]}
    assert task.tenant_id == tenant
    assert task.attempts == 0
    assert task.max_attempts == 3 and task.timeout_s == 60  # noop's built-in defaults


def test_batch_enqueue_returns_ids_in_input_order(queue: TaskQueue) -> None:
    tasks = [NewTask(type="noop", payload={"i": i}, priority=i % 3) for i in range(2500)]
    results = queue.enqueue_many(tasks)
    assert len(results) == 2500 and all(r.created for r in results)
    for i in (0, 1, 1234, 2499):
        assert queue.get(results[i].task_id).payload == {"i": i}


def test_batch_enqueue_keeps_awkward_payloads_intact(queue: TaskQueue) -> None:
    awkward = [
        {"path": "C:\\temp\\new", "tab": "a\tb", "nl": "line1\nline2\r\n"},
        {"unicode": "naïve ☃ 日本", "quote": "\"'", "backslash_n": "\\n"},
        {"nested": {"null": None, "bool": True, "float": 1.5, "list": [[]]}},
    ]
    # The COPY path (no dedup keys, no delays) and the INSERT path (a dedup key) must agree.
    copied = queue.enqueue_many([NewTask(type="noop", payload=p) for p in awkward])
    inserted = queue.enqueue_many(
        [NewTask(type="noop", payload=p, dedup_key=f"k{i}") for i, p in enumerate(awkward)]
    )
    for result_c, result_i, payload in zip(copied, inserted, awkward, strict=True):
        assert queue.get(result_c.task_id).payload == payload
        assert queue.get(result_i.task_id).payload == payload


def test_enqueue_rejects_invalid_tasks_before_touching_the_database() -> None:
    with pytest.raises(ValueError, match="type must match"):
        NewTask(type="DROP TABLE task")


# ----------------------------------------------------------------------------- dedup


def test_dedup_key_is_unique_among_active_tasks(queue: TaskQueue) -> None:
    first = queue.enqueue(NewTask(type="noop", dedup_key="scan:1"))
    again = queue.enqueue(NewTask(type="noop", dedup_key="scan:1", payload={"x": 1}))
    assert first.created and not again.created
    assert again.task_id == first.task_id
    assert queue.get(first.task_id).payload == {}  # the duplicate changed nothing


def test_dedup_within_one_batch(queue: TaskQueue) -> None:
    results = queue.enqueue_many(
        [
            NewTask(type="noop", dedup_key="k"),
            NewTask(type="noop"),
            NewTask(type="noop", dedup_key="k"),
        ]
    )
    assert [r.created for r in results] == [True, True, False]
    assert results[0].task_id == results[2].task_id != results[1].task_id


def test_dedup_key_is_free_again_once_the_task_finished(queue: TaskQueue) -> None:
    first = queue.enqueue(NewTask(type="noop", dedup_key="k"))
    claimed = queue.claim(WORKER, ["noop"], 10)
    queue.complete(first.task_id, claimed[0].claim_token)
    second = queue.enqueue(NewTask(type="noop", dedup_key="k"))
    assert second.created and second.task_id != first.task_id


# ----------------------------------------------------------------------------- claim


def test_claim_order_is_priority_then_run_after_then_id(queue: TaskQueue, db: Database) -> None:
    low = queue.enqueue(NewTask(type="noop", priority=0)).task_id
    high = queue.enqueue(NewTask(type="noop", priority=5)).task_id
    low2 = queue.enqueue(NewTask(type="noop", priority=0)).task_id
    older = queue.enqueue(NewTask(type="noop", priority=0, delay_s=0.01)).task_id
    time.sleep(0.02)
    with db.connection() as conn:  # `older` became runnable before everything else
        conn.script(f"UPDATE task SET run_after = now() - interval '1 hour' WHERE id = {older}")
    claimed = queue.claim(WORKER, ["noop"], 10)
    assert [t.id for t in claimed] == [high, older, low, low2]


def test_claim_skips_future_tasks_and_other_types(queue: TaskQueue) -> None:
    later = queue.enqueue(NewTask(type="noop", delay_s=60)).task_id
    other = queue.enqueue(NewTask(type="other")).task_id
    now = queue.enqueue(NewTask(type="noop")).task_id
    assert [t.id for t in queue.claim(WORKER, ["noop"], 10)] == [now]
    assert queue.get(later).state == TaskState.QUEUED
    assert queue.get(other).state == TaskState.QUEUED


def test_claim_marks_running_with_a_fresh_token(queue: TaskQueue) -> None:
    task_id = queue.enqueue(NewTask(type="noop")).task_id
    [claimed] = queue.claim(WORKER, ["noop"], 1)
    task = queue.get(task_id)
    assert task.state == TaskState.RUNNING
    assert task.claim_token == claimed.claim_token
    assert task.claimed_by == WORKER
    assert task.attempts == 1 and claimed.attempts == 1
    assert task.started_at is not None and task.heartbeat_at is not None


def test_claim_honours_each_types_batch_size(db: Database, db_url: str) -> None:
    settings = make_settings(db_url, task_types={"small": TaskTypeSettings(claim_batch=2)})
    queue = TaskQueue(db, settings)
    queue.enqueue_many([NewTask(type="small") for _ in range(5)])
    queue.enqueue_many([NewTask(type="noop") for _ in range(5)])
    # One type per batch, each capped by its own claim_batch: the oldest type first.
    assert [t.type for t in queue.claim(WORKER, ["small", "noop"], 100)] == ["small"] * 2
    assert [t.type for t in queue.claim(WORKER, ["small", "noop"], 100)] == ["small"] * 2
    assert [t.type for t in queue.claim(WORKER, ["small", "noop"], 100)] == ["small"]
    assert [t.type for t in queue.claim(WORKER, ["small", "noop"], 100)] == ["noop"] * 5


def test_a_long_task_is_never_claimed_behind_another_type(db: Database, db_url: str) -> None:
    # The issue: one statement took a webhook and a scan together, and the scan
    # waited in the slot behind the webhook while idle slots had nothing to do.
    queue = TaskQueue(db, make_settings(db_url))
    tenant = uuid.uuid4()
    queue.enqueue(NewTask(type="webhook", tenant_id=tenant))
    queue.enqueue(NewTask(type="code_audit", tenant_id=uuid.uuid4()))
    queue.enqueue_many([NewTask(type="noop") for _ in range(3)])
    batches = [queue.claim(WORKER, ["noop", "code_audit", "webhook"], 500) for _ in range(3)]
    assert sorted(tuple(t.type for t in b) for b in batches) == [
        ("code_audit",),
        ("noop", "noop", "noop"),
        ("webhook",),
    ]


def test_claims_rotate_across_tenants(db: Database, db_url: str) -> None:
    settings = make_settings(db_url, task_types={"scan": TaskTypeSettings(claim_batch=4)})
    queue = TaskQueue(db, settings)
    flood, victim, third = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    queue.enqueue_many([NewTask(type="scan", tenant_id=flood) for _ in range(40)])
    queue.enqueue(NewTask(type="scan", tenant_id=victim))
    queue.enqueue_many([NewTask(type="scan", tenant_id=third, priority=p) for p in (0, 5)])
    first = queue.claim(WORKER, ["scan"], 3)
    # One head per tenant before anyone's second; within a tenant, priority first.
    assert sorted(str(t.tenant_id) for t in first) == sorted(map(str, [flood, victim, third]))
    assert [t.priority for t in first if t.tenant_id == third] == [5]
    # Tenants with as many running take turns (the older task first); the flood's
    # second running task puts the third tenant's second task before its third.
    turns = [queue.claim(WORKER, ["scan"], 1)[0].tenant_id for _ in range(3)]
    assert turns == [flood, third, flood]


def test_a_tenant_at_its_running_cap_gets_nothing_until_one_finishes(
    db: Database, db_url: str
) -> None:
    queue = TaskQueue(db, make_settings(db_url, tenant_max_running_scans=2))
    capped, other = uuid.uuid4(), uuid.uuid4()
    queue.enqueue_many([NewTask(type="code_audit", tenant_id=capped) for _ in range(5)])
    running = [queue.claim(WORKER, ["code_audit"], 1)[0] for _ in range(2)]
    assert {t.tenant_id for t in running} == {capped}
    assert queue.claim(WORKER, ["code_audit"], 1) == []  # at its cap of 2
    queue.enqueue(NewTask(type="code_audit", tenant_id=other))
    assert [t.tenant_id for t in queue.claim(WORKER, ["code_audit"], 1)] == [other]
    queue.complete(running[0].id, running[0].claim_token)
    assert [t.tenant_id for t in queue.claim(WORKER, ["code_audit"], 1)] == [capped]
    # Uncapped types and tasks without a tenant are not limited by it.
    queue.enqueue_many([NewTask(type="webhook", tenant_id=capped) for _ in range(3)])
    queue.enqueue_many([NewTask(type="noop") for _ in range(3)])
    assert len(queue.claim(WORKER, ["webhook"], 1)) == 1
    assert len(queue.claim(WORKER, ["webhook"], 1)) == 1
    assert len(queue.claim(WORKER, ["webhook"], 1)) == 1
    assert len(queue.claim(WORKER, ["noop"], 10)) == 3


def test_concurrent_claimers_never_share_a_task(queue: TaskQueue) -> None:
    queue.enqueue_many([NewTask(type="noop") for _ in range(2000)])
    got: list[list[int]] = [[] for _ in range(6)]

    def claimer(slot: int) -> None:
        while batch := queue.claim(uuid.uuid4(), ["noop"], 37):
            got[slot].extend(t.id for t in batch)

    threads = [threading.Thread(target=claimer, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [task_id for ids in got for task_id in ids]
    assert len(everything) == 2000
    assert len(set(everything)) == 2000
    assert sum(1 for ids in got if ids) > 1  # the work really was shared


# ----------------------------------------------------------------------------- fenced finishing


def test_complete_is_fenced_by_the_claim_token(queue: TaskQueue) -> None:
    task_id = queue.enqueue(NewTask(type="noop")).task_id
    [claimed] = queue.claim(WORKER, ["noop"], 1)
    with pytest.raises(LeaseLost):
        queue.complete(task_id, uuid.uuid4())
    assert queue.get(task_id).state == TaskState.RUNNING
    queue.complete(task_id, claimed.claim_token)
    task = queue.get(task_id)
    assert task.state == TaskState.SUCCEEDED and task.finished_at is not None
    with pytest.raises(LeaseLost):  # a second completion is not written twice
        queue.complete(task_id, claimed.claim_token)


def test_late_completion_after_a_rescue_is_dropped(queue: TaskQueue, db: Database) -> None:
    task_id = queue.enqueue(NewTask(type="noop")).task_id
    [first] = queue.claim(WORKER, ["noop"], 1)
    backdate(db, task_id, heartbeat_s=3600)
    assert queue.reap().retried == 1
    make_runnable(db, task_id)
    [second] = queue.claim(uuid.uuid4(), ["noop"], 1)
    assert second.attempts == 2
    queue.complete(task_id, second.claim_token)
    with pytest.raises(LeaseLost):
        queue.complete(task_id, first.claim_token)
    with pytest.raises(LeaseLost):
        queue.fail(task_id, first.claim_token, "late failure")
    task = queue.get(task_id)
    assert task.state == TaskState.SUCCEEDED
    assert task.claim_token == second.claim_token


def test_complete_many_reports_which_completions_were_accepted(queue: TaskQueue) -> None:
    queue.enqueue_many([NewTask(type="noop") for _ in range(3)])
    a, b, c = queue.claim(WORKER, ["noop"], 3)
    queue.cancel(b.id)
    accepted = queue.complete_many(
        [(a.id, a.claim_token), (b.id, b.claim_token), (c.id, uuid.uuid4())]
    )
    assert accepted == {a.id}


# ----------------------------------------------------------------------------- retry and fail


def test_backoff_schedule_doubles_up_to_the_cap_then_fails(db: Database, db_url: str) -> None:
    settings = make_settings(db_url, retry_base_s=1.0, retry_cap_s=3.0, retry_jitter=0.25)
    queue = TaskQueue(db, settings)
    task_id = queue.enqueue(NewTask(type="noop", max_attempts=5)).task_id
    expected = [1.0, 2.0, 3.0, 3.0]  # base * 2^(attempt-1), capped at 3
    for attempt, base in enumerate(expected, start=1):
        make_runnable(db, task_id)
        [claimed] = queue.claim(WORKER, ["noop"], 1)
        assert claimed.attempts == attempt
        before = queue.get(task_id)
        assert queue.retry(task_id, claimed.claim_token, f"boom {attempt}") == TaskState.RETRYING
        task = queue.get(task_id)
        assert task.state == TaskState.RETRYING
        assert task.last_error == f"boom {attempt}"
        delay = (task.run_after - before.heartbeat_at).total_seconds()
        assert base <= delay <= base * 1.25 + 0.5, (attempt, delay)
        assert queue.claim(WORKER, ["noop"], 1) == []  # not before run_after
    make_runnable(db, task_id)
    [last] = queue.claim(WORKER, ["noop"], 1)
    assert last.attempts == 5
    assert queue.retry(task_id, last.claim_token, "still broken") == TaskState.FAILED
    task = queue.get(task_id)
    assert task.state == TaskState.FAILED and task.finished_at is not None
    assert task.last_error == "still broken"


def test_jitter_spreads_retries(db: Database, db_url: str) -> None:
    settings = make_settings(db_url, retry_base_s=10.0, retry_cap_s=100.0, retry_jitter=0.5)
    queue = TaskQueue(db, settings)
    queue.enqueue_many([NewTask(type="noop") for _ in range(20)])
    delays = set()
    for claimed in queue.claim(WORKER, ["noop"], 20):
        queue.retry(claimed.id, claimed.claim_token, "x")
        task = queue.get(claimed.id)
        delays.add(round((task.run_after - task.heartbeat_at).total_seconds(), 3))
    assert len(delays) > 10
    assert all(10 <= d <= 15.5 for d in delays)


def test_retry_with_an_explicit_delay(queue: TaskQueue) -> None:
    task_id = queue.enqueue(NewTask(type="noop")).task_id
    [claimed] = queue.claim(WORKER, ["noop"], 1)
    queue.retry(task_id, claimed.claim_token, "rate limited", delay_s=30)
    task = queue.get(task_id)
    assert 29 <= (task.run_after - task.heartbeat_at).total_seconds() <= 31


def test_fail_is_permanent(queue: TaskQueue) -> None:
    task_id = queue.enqueue(NewTask(type="noop", max_attempts=5)).task_id
    [claimed] = queue.claim(WORKER, ["noop"], 1)
    queue.fail(task_id, claimed.claim_token, "archive is hostile")
    task = queue.get(task_id)
    assert task.state == TaskState.FAILED and task.last_error == "archive is hostile"
    assert queue.claim(WORKER, ["noop"], 1) == []


# ----------------------------------------------------------------------------- cancel


def test_cancel_a_queued_task(queue: TaskQueue) -> None:
    task_id = queue.enqueue(NewTask(type="noop")).task_id
    assert queue.cancel(task_id) == TaskState.QUEUED
    task = queue.get(task_id)
    assert task.state == TaskState.CANCELLED and task.finished_at is not None
    assert queue.claim(WORKER, ["noop"], 1) == []


def test_cancel_a_running_task_fences_out_its_worker(queue: TaskQueue) -> None:
    task_id = queue.enqueue(NewTask(type="noop")).task_id
    [claimed] = queue.claim(WORKER, ["noop"], 1)
    assert queue.cancel(task_id) == TaskState.RUNNING
    assert queue.heartbeat([(task_id, claimed.claim_token)]) == set()  # the worker learns of it
    with pytest.raises(LeaseLost):
        queue.complete(task_id, claimed.claim_token)
    assert queue.get(task_id).state == TaskState.CANCELLED


def test_cancel_of_finished_or_missing_tasks(queue: TaskQueue) -> None:
    task_id = queue.enqueue(NewTask(type="noop")).task_id
    queue.cancel(task_id)
    assert queue.cancel(task_id) is None  # nothing left to cancel
    with pytest.raises(NotFound):
        queue.cancel(10**12)


def test_cancel_is_scoped_to_the_tenant(queue: TaskQueue) -> None:
    owner, stranger = uuid.uuid4(), uuid.uuid4()
    task_id = queue.enqueue(NewTask(type="noop", tenant_id=owner)).task_id
    with pytest.raises(NotFound):
        queue.cancel(task_id, tenant_id=stranger)
    assert queue.get(task_id).state == TaskState.QUEUED
    assert queue.cancel(task_id, tenant_id=owner) == TaskState.QUEUED


# ----------------------------------------------------------------------------- heartbeat and reap


def test_heartbeat_extends_only_leases_still_held(queue: TaskQueue, db: Database) -> None:
    queue.enqueue_many([NewTask(type="noop") for _ in range(2)])
    a, b = queue.claim(WORKER, ["noop"], 2)
    backdate(db, a.id, heartbeat_s=100)
    assert queue.heartbeat([(a.id, a.claim_token), (b.id, uuid.uuid4())]) == {a.id}
    assert queue.get(a.id).heartbeat_at > queue.get(b.id).heartbeat_at - timedelta(seconds=1)


def test_reaper_retries_expired_leases_and_fails_exhausted_ones(
    queue: TaskQueue, db: Database
) -> None:
    retry_id = queue.enqueue(NewTask(type="noop", max_attempts=3)).task_id
    last_id = queue.enqueue(NewTask(type="noop", max_attempts=1)).task_id
    alive_id = queue.enqueue(NewTask(type="noop")).task_id
    queue.claim(WORKER, ["noop"], 3)
    backdate(db, retry_id, heartbeat_s=60)
    backdate(db, last_id, heartbeat_s=60)
    result = queue.reap()
    assert (result.retried, result.failed, result.timed_out) == (1, 1, 0)
    assert queue.get(retry_id).state == TaskState.RETRYING
    assert "lease expired" in queue.get(retry_id).last_error
    assert queue.get(last_id).state == TaskState.FAILED
    assert queue.get(alive_id).state == TaskState.RUNNING


def test_reaper_enforces_the_types_timeout(db: Database, db_url: str) -> None:
    settings = make_settings(
        db_url, task_types={"slow": TaskTypeSettings(timeout_s=30, max_attempts=2)}
    )
    queue = TaskQueue(db, settings)
    task_id = queue.enqueue(NewTask(type="slow")).task_id
    assert queue.get(task_id).timeout_s == 30
    queue.claim(WORKER, ["slow"], 1)
    backdate(db, task_id, started_s=31)  # heartbeats are fresh: only the timeout is over
    assert queue.reap().retried == 1
    assert "timed out after 30" in queue.get(task_id).last_error
    make_runnable(db, task_id)
    queue.claim(WORKER, ["slow"], 1)
    backdate(db, task_id, started_s=31)
    assert queue.reap().timed_out == 1
    task = queue.get(task_id)
    assert task.state == TaskState.TIMED_OUT and task.finished_at is not None


def test_only_one_reaper_runs_at_a_time(queue: TaskQueue, db: Database) -> None:
    task_id = queue.enqueue(NewTask(type="noop")).task_id
    queue.claim(WORKER, ["noop"], 1)
    backdate(db, task_id, heartbeat_s=60)
    with db.transaction() as conn:
        assert conn.scalar("try_reaper_lock")  # another host is reaping right now
        assert queue.reap().total == 0
    assert queue.reap().retried == 1


def test_release_returns_unstarted_tasks_without_using_an_attempt(queue: TaskQueue) -> None:
    queue.enqueue_many([NewTask(type="noop") for _ in range(2)])
    unstarted, interrupted = queue.claim(WORKER, ["noop"], 2)
    released = queue.release(
        WORKER,
        [
            (unstarted.id, unstarted.claim_token, False),
            (interrupted.id, interrupted.claim_token, True),
        ],
    )
    assert released == {unstarted.id, interrupted.id}
    assert queue.get(unstarted.id).attempts == 0
    assert queue.get(interrupted.id).attempts == 1
    assert queue.get(interrupted.id).last_error == "interrupted by worker shutdown"
    assert {t.state for t in map(queue.get, released)} == {TaskState.QUEUED}


def test_counts_by_type_and_state(queue: TaskQueue, settings: Settings) -> None:
    queue.enqueue_many([NewTask(type="noop") for _ in range(3)] + [NewTask(type="other")])
    queue.claim(WORKER, ["noop"], 1)
    assert queue.counts() == {"noop": {"queued": 2, "running": 1}, "other": {"queued": 1}}
    assert queue.counts(["other"]) == {"other": {"queued": 1}}
