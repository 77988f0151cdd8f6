"""A scan's own timestamps tell how long its stages took (issue 18: benchmarks read them).

scan.finished_at is when the scan finished, after its findings were stored, not when
the finishing transaction began; each stage in `progress` keeps the started_at of its
`running` entry beside the finished_at of its end. The scan benchmark computes its
stage table from these (tests/bench/stages.py); a stamp taken too early would show
post-processing as taking nothing.
"""

from __future__ import annotations

import time
import uuid
from datetime import datetime

from securetag.kernel.config import Settings
from securetag.kernel.models import Confidence, Finding, Severity, TaskState
from securetag.queue.tasks import TaskQueue
from securetag.scanning.service import RequestInfo, ScanService
from securetag.scanning.store import ScanStore
from securetag.security.crypto import MasterKeyRing
from securetag.store.db import Database
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant

COMPLETE = {"state": "complete", "agents": {}, "reasons": []}
FINDINGS = 300


def finding(n: int) -> Finding:
    return Finding(
        tool="semgrep",
        rule_id="securetag.python.web.sqli",
        title="SQL injection",
        message="request data reaches cursor.execute",
        severity=Severity.LOW,
        confidence=Confidence.MEDIUM,
        cwe=["CWE-89"],
        path=f"app/db{n}.py",
        start_line=n + 1,
        end_line=n + 1,
        snippet=f"cursor.execute(query_{n})",
        fingerprint=f"fp-{n}-{uuid.uuid4().hex[:8]}",
    )


def test_a_scans_stamps_cover_its_stages_and_the_storing_of_its_findings(
    db: Database, api_db: Database, settings: Settings
) -> None:
    ring = MasterKeyRing.from_settings(settings)
    tenant = create_tenant(db, f"times-{uuid.uuid4().hex[:8]}")["id"]
    principal = Principal("testkey00001", tenant, frozenset(SCOPES), 600)
    scans = ScanService(api_db, TaskQueue(api_db, settings), Vault(api_db, ring))
    submitted = scans.submit_code_audit(
        principal, RequestInfo(), project="shop", filename="shop.tar.gz",
        archive_format="tar.gz", content=b"the scanners do not run in this test",
    )  # fmt: skip
    queue = TaskQueue(db, settings)
    [task] = queue.claim(uuid.uuid4(), ["code_audit"], 1)
    store = ScanStore(db, Vault(db, ring), queue=queue)
    scan = store.for_task(task)
    store.start(scan, task)
    store.progress(scan, "unpack", "running")
    time.sleep(0.05)
    store.progress(scan, "unpack", "succeeded", files=3)

    started = time.perf_counter()
    store.finish(
        scan, task, [finding(n) for n in range(FINDINGS)],
        failures=[], state=TaskState.SUCCEEDED, coverage=COMPLETE,
    )  # fmt: skip
    storing_s = time.perf_counter() - started

    [row] = db.scoped_all(tenant, "bench_scan_times", scan_id=submitted["id"])
    [written] = db.scoped_all(tenant, "test_findings_written_at", scan_id=submitted["id"])
    assert written["n"] == FINDINGS
    # Both on the database's clock: the finish stamp comes after most of the time the
    # findings took to store (now() would equal their own stamp, the transaction's start).
    assert row["finished_at"] - written["written_at"] >= 0.5 * storing_s > 0
    unpack = row["progress"]["unpack"]
    assert unpack["state"] == "succeeded" and unpack["files"] == 3
    took = datetime.fromisoformat(unpack["finished_at"]) - datetime.fromisoformat(
        unpack["started_at"]
    )
    assert took.total_seconds() >= 0.05
