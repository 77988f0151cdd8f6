"""Bounded triage (issue 16): the per-scan cap, one call per distinct prompt, and turns
that let another tenant's triage through while one tenant's huge scan is triaged.

Real PostgreSQL, the real triage task in a real worker (one slot, as on a GPU host) and
the fake LLM over HTTP on loopback. The scans' findings are stored the way the scan
task stores them (ScanStore.finish, under a claimed code_audit task), without running
the scanners: a scan with a thousand findings then costs a second, not minutes.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from securetag.kernel.config import Settings
from securetag.kernel.models import Confidence, Finding, Severity, TaskState
from securetag.queue.handlers import builtin_registry
from securetag.queue.tasks import TaskQueue
from securetag.queue.worker import Worker
from securetag.scanning.service import RequestInfo, ScanService
from securetag.scanning.store import ScanStore
from securetag.security.crypto import MasterKeyRing
from securetag.store.connect import worker_url
from securetag.store.db import Database
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant
from securetag.triage.task import TriageRunner
from tests.support.api import live_api, new_tenant
from tests.support.fake_llm import FakeLlmServer
from tests.support.settings import make_settings
from tests.support.workers import wait_for

INFO = RequestInfo(request_id="triage-capacity", client_addr="127.0.0.1")
COMPLETE = {"state": "complete", "agents": {}, "reasons": []}
ANSWER = json.dumps(
    {
        "verdict": "true_positive",
        "confidence": 0.8,
        "rationale": "request data reaches the query",
        "recommended_fix": "use a parameterized query",
    }
)


def finding(
    n: int,
    *,
    line: int | None = None,
    column: int = 1,
    severity: Severity = Severity.HIGH,
    confidence: Confidence = Confidence.MEDIUM,
) -> Finding:
    """A SQL injection on line `line` (default n); the prompt shows lines, not columns."""
    line = n if line is None else line
    return Finding(
        tool="semgrep",
        rule_id="securetag.python.web.sqli",
        title="SQL injection",
        message="request data reaches cursor.execute",
        severity=severity,
        confidence=confidence,
        cwe=["CWE-89"],
        path="app/db.py",
        start_line=line,
        end_line=line,
        start_column=column,
        end_column=column + 10,
        snippet=f"cursor.execute(query_{line})",
        fingerprint=f"fp-{n}-{uuid.uuid4().hex[:8]}",
    )


class Tenant:
    """One tenant: the scan service as the API runs it (and an API key, if asked for)."""

    def __init__(
        self, db: Database, api_db: Database, settings: Settings, name: str, *, key: bool = False
    ) -> None:
        if key:  # needs the pepper of the API that will check it
            keys = new_tenant(db, settings, name)
            self.id, self.key, key_id = UUID(keys.tenant_id), keys.key, keys.key_id
        else:
            self.id, self.key, key_id = create_tenant(db, name)["id"], "", "testkey00001"
        self.principal = Principal(key_id, self.id, frozenset(SCOPES), 600)
        vault = Vault(api_db, MasterKeyRing.from_settings(settings))
        self.scans = ScanService(api_db, TaskQueue(api_db, settings), vault)

    def scan(self, scan_id: UUID) -> dict[str, Any]:
        return self.scans.get(self.principal, scan_id)

    def findings(self, scan_id: UUID) -> list[dict[str, Any]]:
        return self.scans.findings(self.principal, scan_id, after=0, limit=None)


class Seeder:
    """Stands in for the scan task: a submitted code audit ends with the given findings."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self.queue = TaskQueue(db, settings)
        self.store = ScanStore(
            db, Vault(db, MasterKeyRing.from_settings(settings)), queue=self.queue
        )

    def scan_with(self, tenant: Tenant, found: Sequence[Finding]) -> UUID:
        submitted = tenant.scans.submit_code_audit(
            tenant.principal,
            INFO,
            project="shop",
            filename="shop.tar.gz",
            archive_format="tar.gz",
            content=b"the scanners do not run in these tests",
        )
        [task] = self.queue.claim(uuid.uuid4(), ["code_audit"], 1)
        scan = self.store.for_task(task)
        assert scan.id == submitted["id"]
        self.store.start(scan, task)
        finished = self.store.finish(
            scan, task, list(found), failures=[], state=TaskState.SUCCEEDED, coverage=COMPLETE
        )
        assert finished is not None and finished.triage_requested
        self.queue.complete(task.id, task.claim_token)
        return scan.id


@pytest.fixture
def seeder(db: Database, settings: Settings) -> Seeder:
    return Seeder(db, settings)


def tenant_named(
    db: Database, api_db: Database, settings: Settings, prefix: str, *, key: bool = False
) -> Tenant:
    return Tenant(db, api_db, settings, f"{prefix}-{uuid.uuid4().hex[:8]}", key=key)


@contextmanager
def triage_worker(db_url: str, llm: FakeLlmServer, **overrides: Any) -> Iterator[Settings]:
    """The real triage task in a worker with one slot (one GPU's worth of triage)."""
    settings = make_settings(
        db_url,
        llm_api="ollama",
        llm_url=llm.url,
        llm_max_retries=0,
        llm_deadline_s=5,
        **overrides,
    )
    with Database(worker_url(settings), max_size=4) as worker_db:
        registry = builtin_registry()
        vault = Vault(worker_db, MasterKeyRing.from_settings(settings))
        TriageRunner(settings, worker_db, vault).register(registry)
        worker = Worker(settings, worker_db, registry, types=["triage"], concurrency=1)
        thread = threading.Thread(target=worker.run, daemon=True)
        thread.start()
        try:
            yield settings
        finally:
            worker.request_stop()
            thread.join(30)
            assert not thread.is_alive(), "the triage worker did not stop"


def triage_over(tenant: Tenant, scan_id: UUID) -> dict[str, Any] | None:
    scan = tenant.scan(scan_id)
    return scan if scan["triage_state"] != "pending" else None


def test_a_scan_over_the_cap_sends_exactly_cap_findings_the_rest_read_not_triaged(
    db: Database, api_db: Database, settings: Settings, seeder: Seeder, tmp_path: Path
) -> None:
    found = [
        *(finding(n, severity=Severity.CRITICAL, confidence=Confidence.LOW) for n in (1, 2)),
        *(finding(n, confidence=Confidence.HIGH) for n in (3, 4, 5)),
        *(finding(n) for n in range(6, 13)),  # high severity, medium confidence
    ]
    with (
        live_api(settings.database_url, tmp_path, workers=1) as api,
        FakeLlmServer() as llm,
    ):
        tenant = tenant_named(db, api_db, api.settings, "capped", key=True)
        llm.respond_with(ANSWER)
        scan_id = seeder.scan_with(tenant, found)
        with triage_worker(settings.database_url, llm, triage_max_findings_per_scan=5):
            wait_for(lambda: triage_over(tenant, scan_id), timeout_s=60, interval_s=0.1)
        prompts = [r.json["messages"][-1]["content"] for r in llm.chat_requests]
        body = api.get(f"/scans/{scan_id}?findings_limit=500", tenant.key).json()

    # Exactly the cap, and the highest severity, then confidence, first.
    assert len(prompts) == 5
    asked_lines = sorted(int(p.split("app/db.py:")[1].split()[0]) for p in prompts)
    assert asked_lines == [1, 2, 3, 4, 5]
    assert body["triage"] == "done"
    assert body["triage_summary"] == {
        "cap": 5,
        "pending": 0,
        "triaged": 5,
        "sent_to_model": 5,
        "shared_verdicts": 0,
        "not_triaged": 7,
        "not_triaged_reasons": {"scan_cap": 7},
    }
    by_line = {f["start_line"]: f["triage"] for f in body["findings"]["items"]}
    assert all(by_line[n]["verdict"] == "true_positive" for n in range(1, 6))
    for n in range(6, 13):
        left_out = by_line[n]
        assert left_out["verdict"] == "not_triaged" and left_out["reason"] == "scan_cap"
        assert "cap of 5" in left_out["message"]
        assert left_out["confidence"] is None and left_out["model"] is None


def test_identical_prompts_are_sent_once_and_the_verdict_applies_to_each_finding(
    db: Database, api_db: Database, settings: Settings, seeder: Seeder
) -> None:
    tenant = tenant_named(db, api_db, settings, "dedup")
    # Three matches on line 10, two on line 20 (columns differ, prompts do not), one alone.
    found = [
        finding(1, line=10, column=1),
        finding(2, line=10, column=20),
        finding(3, line=10, column=40),
        finding(4, line=20, column=1),
        finding(5, line=20, column=30),
        finding(6, line=30),
    ]
    with FakeLlmServer() as llm:
        llm.respond_with(ANSWER)
        scan_id = seeder.scan_with(tenant, found)
        # One new prompt per turn: the answers must be found again after each hand-back.
        with triage_worker(settings.database_url, llm, triage_prompts_per_turn=1):
            scan = wait_for(lambda: triage_over(tenant, scan_id), timeout_s=60, interval_s=0.1)
        prompts = [r.json["messages"][-1]["content"] for r in llm.chat_requests]

    assert len(prompts) == 3 and len(set(prompts)) == 3
    items = tenant.findings(scan_id)
    assert all(item["triage"]["verdict"] == "true_positive" for item in items)
    shared = [item for item in items if item["triage"]["shared_from"] is not None]
    assert len(shared) == 3
    answered = {str(item["id"]): item["start_line"] for item in items}
    assert all(answered[item["triage"]["shared_from"]] == item["start_line"] for item in shared)
    assert scan["triage_state"] == "done"
    assert scan["triage_summary"]["sent_to_model"] == 3
    assert scan["triage_summary"]["shared_verdicts"] == 3
    # Three turns, each handed back to the queue without spending an attempt.
    [task] = db.all("test_triage_task_of_scan", scan_id=scan_id)
    assert task["state"] == "succeeded" and task["attempts"] == 1


def test_another_tenants_triage_is_not_held_behind_a_huge_scan(
    db: Database, api_db: Database, settings: Settings, seeder: Seeder
) -> None:
    """One triage slot, one tenant's scan of 1,500 findings (a model call of 30 ms each:
    45 s at least); the other tenant's small scan, submitted once the big one is being
    triaged, is triaged within seconds, long before the big one ends."""
    big_tenant = tenant_named(db, api_db, settings, "flood")
    small_tenant = tenant_named(db, api_db, settings, "victim")

    def slow_model(request: dict) -> str:
        time.sleep(0.03)
        return ANSWER

    with FakeLlmServer() as llm:
        llm.respond_with(slow_model)
        big = seeder.scan_with(big_tenant, [finding(n) for n in range(1, 1501)])
        with triage_worker(settings.database_url, llm, triage_max_findings_per_scan=5000):
            wait_for(lambda: len(llm.chat_requests) >= 3, timeout_s=30)
            small = seeder.scan_with(small_tenant, [finding(n) for n in range(1, 4)])
            submitted = time.monotonic()
            wait_for(lambda: triage_over(small_tenant, small), timeout_s=40, interval_s=0.05)
            waited = time.monotonic() - submitted
            big_scan = big_tenant.scan(big)
            TaskQueue(db, settings).cancel(big_task(db, big), actor="test")

    assert waited < 8, f"the small scan's triage took {waited:.1f}s"
    assert big_scan["triage_state"] == "pending"  # the big one was still being triaged
    summary = big_scan["triage_summary"]
    assert summary["cap"] == 5000 and 0 < summary["triaged"] < 1500


def big_task(db: Database, scan_id: UUID) -> int:
    [row] = db.all("test_triage_task_of_scan", scan_id=scan_id)
    return row["id"]
