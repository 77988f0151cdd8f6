"""A scan ends when its task ends, whoever ends it: the scan task, the reaper, an
operator. Every reader (GET /scans/{id}, GET /scans and its state filter, DELETE, the
webhook summary) then sees the same state, because the scan row itself says it."""

from __future__ import annotations

import json
import uuid
from uuid import UUID

import pytest

from securetag.kernel.config import Settings, TaskTypeSettings
from securetag.kernel.errors import Conflict
from securetag.kernel.models import ClaimedTask, NewTask, TaskState
from securetag.queue.tasks import TaskQueue
from securetag.scanning.service import RequestInfo, ScanService
from securetag.security.crypto import MasterKeyRing
from securetag.store.db import Database
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant
from tests.support.settings import make_settings
from tests.support.tasks import backdate, last_attempt

INFO = RequestInfo(request_id="test", client_addr="127.0.0.1")
TIMEOUT_S = 30
ACTIVE = ("queued", "running", "retrying")


@pytest.fixture
def settings(db_url: str) -> Settings:
    # One attempt: the first lost lease or timeout is the task's end.
    return make_settings(
        db_url, task_types={"web_scan": TaskTypeSettings(timeout_s=TIMEOUT_S, max_attempts=1)}
    )


class Tenant:
    """A tenant's scans as the API serves them, and the worker's view of their tasks."""

    def __init__(self, db: Database, api_db: Database, worker_db: Database, settings: Settings):
        tenant_id = create_tenant(db, f"state-{uuid.uuid4().hex[:8]}")["id"]
        self.principal = Principal("testkey00001", tenant_id, frozenset(SCOPES), 600)
        vault = Vault(api_db, MasterKeyRing.from_settings(settings))
        self.scans = ScanService(api_db, TaskQueue(api_db, settings), vault)
        self.worker_queue = TaskQueue(worker_db, settings)  # the reaper runs as the worker
        self.admin_queue = TaskQueue(db, settings)  # `securetag task cancel` runs as the owner
        self.worker_db = worker_db

    def submit(self) -> dict:
        return self.scans.submit_web_scan(
            self.principal, INFO, project="site", url="https://example.com/", profile="quick"
        )

    def claim(self) -> ClaimedTask:
        [task] = self.worker_queue.claim(uuid.uuid4(), ["web_scan"], 1)
        self.worker_db.run("scan_start", id=task.payload["scan_id"])
        return task

    def get(self, scan_id: UUID) -> dict:
        return self.scans.get(self.principal, scan_id)

    def listed(self, state: str) -> list[UUID]:
        return [row["id"] for row in self.scans.list(self.principal, state=state).scans]


@pytest.fixture
def tenant(db: Database, api_db: Database, worker_db: Database, settings: Settings) -> Tenant:
    return Tenant(db, api_db, worker_db, settings)


def assert_ended_everywhere(tenant: Tenant, scan_id: UUID, state: str) -> dict:
    """The scan reads `state` in GET, in the list and its filter, and refuses DELETE."""
    scan = tenant.get(scan_id)
    assert scan["state"] == state
    assert scan["finished_at"] is not None
    assert scan_id in tenant.listed(state)
    for active in ACTIVE:
        assert scan_id not in tenant.listed(active)
    with pytest.raises(Conflict):
        tenant.scans.cancel(tenant.principal, INFO, scan_id)
    return scan


def test_a_scan_whose_task_times_out_reads_timed_out_everywhere(tenant: Tenant) -> None:
    scan = tenant.submit()
    task = tenant.claim()
    assert tenant.listed("running") == [scan["id"]]
    backdate(tenant.worker_db, task.id, started_s=TIMEOUT_S + 1)  # a hung worker
    assert tenant.worker_queue.reap().timed_out == 1
    ended = assert_ended_everywhere(tenant, scan["id"], "timed_out")
    assert f"timed out after {TIMEOUT_S}" in ended["error"]


def test_a_scan_whose_worker_died_on_its_last_attempt_reads_failed(tenant: Tenant) -> None:
    scan = tenant.submit()
    task = tenant.claim()
    backdate(tenant.worker_db, task.id, heartbeat_s=3600)  # no heartbeat for an hour
    assert tenant.worker_queue.reap().failed == 1
    ended = assert_ended_everywhere(tenant, scan["id"], "failed")
    assert "lease expired" in ended["error"]


def test_an_operator_cancelling_the_task_cancels_the_scan(tenant: Tenant) -> None:
    scan = tenant.submit()
    tenant.admin_queue.cancel(scan["task_id"], actor="cli")
    ended = assert_ended_everywhere(tenant, scan["id"], "cancelled")
    assert ended["error"] is None


def test_the_scan_tasks_own_outcome_is_kept(tenant: Tenant) -> None:
    # It failed the scan with its reason before the worker failed the task.
    failed = tenant.submit()
    task = tenant.claim()
    tenant.worker_db.one("scan_fail", id=failed["id"], error="semgrep exited 2")
    tenant.worker_queue.fail(task.id, task.claim_token, "ScanFailed: semgrep exited 2 (trace)")
    assert tenant.get(failed["id"])["error"] == "semgrep exited 2"

    # It finished the scan, then the task was cancelled before it was marked done.
    finished = tenant.submit()
    task = tenant.claim()
    tenant.worker_db.one(
        "scan_finish", id=finished["id"], state="succeeded", counts=json.dumps({"high": 1}),
        error=None, coverage=json.dumps({"state": "complete", "agents": {}, "reasons": []}),
    )  # fmt: skip
    tenant.admin_queue.cancel(task.id, actor="cli")
    assert tenant.admin_queue.get(task.id).state == TaskState.CANCELLED
    scan = tenant.get(finished["id"])
    assert (scan["state"], scan["severity_counts"]) == ("succeeded", {"high": 1})


def test_a_retried_task_leaves_the_scan_running(
    db_url: str, db: Database, api_db: Database, worker_db: Database
) -> None:
    settings = make_settings(db_url)  # web_scan's default: 3 attempts
    tenant = Tenant(db, api_db, worker_db, settings)
    scan = tenant.submit()
    task = tenant.claim()
    backdate(worker_db, task.id, heartbeat_s=3600)
    assert tenant.worker_queue.reap().retried == 1
    assert tenant.get(scan["id"])["state"] == "running"
    assert tenant.listed("running") == [scan["id"]]


def test_scans_stranded_before_the_trigger_existed_are_caught_up(
    db: Database, tenant: Tenant
) -> None:
    stranded = tenant.submit()
    with db.connection() as conn:  # as things stood before migration 0010
        conn.script("ALTER TABLE task DISABLE TRIGGER task_finished")
        try:
            tenant.admin_queue.cancel(stranded["task_id"], actor="cli")
        finally:
            conn.script("ALTER TABLE task ENABLE TRIGGER task_finished")
    assert tenant.get(stranded["id"])["state"] == "queued"
    assert db.scalar("test_scan_catch_up_with_tasks") == 1
    assert_ended_everywhere(tenant, stranded["id"], "cancelled")
    assert db.scalar("test_scan_catch_up_with_tasks") == 0  # nothing left to do


def test_the_scan_ends_in_the_same_transaction_as_its_task(db: Database, tenant: Tenant) -> None:
    scan = tenant.submit()
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.run("test_end_task", id=scan["task_id"], state="failed")
        assert conn.scalar("test_scan_state", id=scan["id"]) == "failed"
        raise RuntimeError("the task's end rolls back")
    assert tenant.get(scan["id"])["state"] == "queued"
    assert tenant.get(scan["id"])["finished_at"] is None


# ----------------------------------------------------------------------------- the triage's end


def triage_task(tenant: Tenant, scan_id: UUID) -> int:
    """A triage task for the scan, as the scan task queues it for High findings."""
    task = tenant.admin_queue.enqueue(
        NewTask(type="triage", tenant_id=tenant.principal.tenant_id,
                payload={"scan_id": str(scan_id)}, dedup_key=f"triage:{scan_id}")
    )  # fmt: skip
    tenant.worker_db.run("scan_triage_state", id=scan_id, triage_state="pending")
    return task.task_id


def test_a_triage_that_ends_without_finishing_reads_failed(tenant: Tenant) -> None:
    cancelled = tenant.submit()
    tenant.admin_queue.cancel(triage_task(tenant, cancelled["id"]), actor="cli")
    assert tenant.get(cancelled["id"])["triage_state"] == "failed"

    # Its last attempt failed: the model was down for every one of them.
    given_up = tenant.submit()
    task_id = triage_task(tenant, given_up["id"])
    last_attempt(tenant.worker_db, task_id)
    [claimed] = tenant.worker_queue.claim(uuid.uuid4(), ["triage"], 1)
    tenant.worker_queue.fail(claimed.id, claimed.claim_token, "LlmUnavailable: connection refused")
    assert tenant.get(given_up["id"])["triage_state"] == "failed"


def test_a_finished_triage_stays_done(tenant: Tenant) -> None:
    scan = tenant.submit()
    task_id = triage_task(tenant, scan["id"])
    tenant.worker_db.run("scan_triage_state", id=scan["id"], triage_state="done")
    tenant.admin_queue.cancel(task_id, actor="cli")  # cancelled after it set 'done'
    assert tenant.get(scan["id"])["triage_state"] == "done"


def test_triages_stranded_before_the_trigger_existed_are_caught_up(
    db: Database, tenant: Tenant
) -> None:
    scan = tenant.submit()
    task_id = triage_task(tenant, scan["id"])
    with db.connection() as conn:  # as things stood before migration 0012
        conn.script("ALTER TABLE task DISABLE TRIGGER task_finished")
        try:
            tenant.admin_queue.cancel(task_id, actor="cli")
        finally:
            conn.script("ALTER TABLE task ENABLE TRIGGER task_finished")
    assert tenant.get(scan["id"])["triage_state"] == "pending"
    assert db.scalar("test_scan_triage_catch_up_with_tasks") == 1
    assert tenant.get(scan["id"])["triage_state"] == "failed"
    assert db.scalar("test_scan_triage_catch_up_with_tasks") == 0
