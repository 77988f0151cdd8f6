"""The orchestrator in-process against a real PostgreSQL: failing agents, bad payloads, cancels."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from securetag.kernel.config import Settings
from securetag.kernel.errors import PermanentTaskError
from securetag.kernel.models import ClaimedTask
from securetag.queue.handlers import TaskContext
from securetag.queue.tasks import TaskQueue
from securetag.scanning.sandbox.profile_file import load_profiles
from securetag.scanning.service import RequestInfo, ScanService
from securetag.scanning.task import Orchestrator
from securetag.store.db import API_ROLE, WORKER_ROLE, Database, with_user
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant
from tests.support import vulnerable_project as project
from tests.support.archives import tar_gz

ARCHIVE = tar_gz(
    {
        "app/views.py": project.FLASK_APP.encode(),
        "app/settings.py": project.SETTINGS_WITH_A_KEY.encode(),
    }
)


class Harness:
    def __init__(self, db_url: str, settings: Settings, tenant_id: uuid.UUID) -> None:
        ring = settings.master_key_ring()
        self.api_db = Database(with_user(db_url, API_ROLE), max_size=2).open(wait=True)
        self.worker_db = Database(with_user(db_url, WORKER_ROLE), max_size=4).open(wait=True)
        self.scans = ScanService(
            self.api_db, TaskQueue(self.api_db, settings), Vault(self.api_db, ring)
        )
        self.settings = settings
        self.vault = Vault(self.worker_db, ring)
        self.principal = Principal("testkey00001", tenant_id, frozenset(SCOPES), 600)

    def orchestrator(self, **profile_changes: dict) -> Orchestrator:
        profiles = load_profiles()
        for name, changes in profile_changes.items():
            profiles[name] = profiles[name].model_copy(update=changes)
        return Orchestrator(self.settings, self.worker_db, self.vault, profiles=profiles)

    def submit(self) -> dict:
        return self.scans.submit_code_audit(
            self.principal,
            RequestInfo(),
            project="shop",
            filename="src.tgz",
            archive_format="tar.gz",
            content=ARCHIVE,
        )

    @staticmethod
    def task(scan: dict, payload: dict | None = None) -> ClaimedTask:
        return ClaimedTask(
            id=scan["task_id"],
            type="code_audit",
            tenant_id=None,
            payload=payload if payload is not None else {"scan_id": str(scan["id"])},
            priority=0,
            attempts=1,
            max_attempts=3,
            timeout_s=900,
            claim_token=uuid.uuid4(),
            started_at=datetime.now(UTC),
        )

    @staticmethod
    def context(task: ClaimedTask) -> TaskContext:
        return TaskContext(task, time.monotonic() + 900, threading.Event())


@pytest.fixture
def harness(db: Database, db_url: str, settings: Settings) -> Iterator[Harness]:
    tenant = create_tenant(db, "acme")["id"]
    built = Harness(db_url, settings, tenant)
    yield built
    built.api_db.close()
    built.worker_db.close()


def test_an_agent_stopped_by_the_sandbox_is_recorded_and_the_others_results_kept(
    harness: Harness, db: Database
) -> None:
    # Semgrep's core cannot start in 64 MiB of address space: the sandbox stops it.
    orchestrator = harness.orchestrator(semgrep={"memory_bytes": 64 * 1024 * 1024})
    scan = harness.submit()
    task = harness.task(scan)

    orchestrator.run(task, harness.context(task))

    result = harness.scans.get(harness.principal, scan["id"])
    assert result["state"] == "succeeded"
    assert result["error"].startswith("semgrep: ")
    assert result["progress"]["semgrep"]["state"] == "failed"
    assert result["progress"]["bandit"]["state"] == "succeeded"
    tools = {
        f["tool"]
        for f in harness.scans.findings(harness.principal, scan["id"], after=0, limit=None)
    }
    assert tools >= {"bandit", "detect-secrets"} and "semgrep" not in tools
    runs = {r["agent"]: r for r in db.all("test_tool_executions", scan_id=scan["id"])}
    assert runs["semgrep"]["outcome"] in ("stopped", "failed")
    assert runs["semgrep"]["reason"]
    assert runs["bandit"]["outcome"] == "ok"


def test_an_invalid_payload_fails_the_task_for_good(harness: Harness) -> None:
    scan = harness.submit()
    orchestrator = harness.orchestrator()
    for payload in ({}, {"scan_id": "not-a-uuid"}, {"scan_id": str(uuid.uuid4())}):
        task = harness.task(scan, payload)
        with pytest.raises(PermanentTaskError):
            orchestrator.run(task, harness.context(task))


def test_a_cancelled_scan_is_not_run(harness: Harness, db: Database) -> None:
    scan = harness.submit()
    harness.scans.cancel(harness.principal, RequestInfo(), scan["id"])
    task = harness.task(scan)

    harness.orchestrator().run(task, harness.context(task))

    assert harness.scans.get(harness.principal, scan["id"])["state"] == "cancelled"
    assert db.all("test_tool_executions", scan_id=scan["id"]) == []
