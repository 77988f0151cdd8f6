"""Operations: the psql dashboards, the ops role, and the cron cleanup jobs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading

import pytest

from securetag.kernel.config import Settings
from securetag.kernel.errors import DatabaseError
from securetag.ops.cleanup import JOBS, Cleanup
from securetag.security.crypto import MasterKeyRing
from securetag.store.db import Database
from securetag.tenancy.tenants import create_tenant
from tests.support.archives import tar
from tests.support.queries import TEST_QUERIES
from tests.support.settings import make_settings
from tests.support.workers import ROOT

VIEWS = (
    "queue",
    "throughput",
    "failures",
    "top_errors",
    "workers",
    "slow",
    "agents",
    "llm",
    "tenants",
    "rate_limits",
    "refusals",
    "audit",
    "security_events",
    "webhooks",
)
TASK_VIEWS = ("queue", "throughput", "failures", "top_errors", "slow")


def seq_scans_on_task(plan: dict) -> list[str]:
    found = []
    if plan.get("Node Type") == "Seq Scan" and plan.get("Relation Name") == "task":
        found.append(plan.get("Filter", ""))
    for child in plan.get("Plans", []):
        found += seq_scans_on_task(child)
    return found


def test_every_view_answers_for_the_ops_role_which_reads_no_table(db: Database) -> None:
    db.run("test_generate_tasks", count=5_000)
    with db.transaction() as conn:
        conn.run("test_set_role_ops")
        for view in VIEWS:
            conn.all(f"test_read_ops_{view}")
        queue = {(r["type"], r["state"]): r["tasks"] for r in conn.all("test_read_ops_queue")}
    assert sum(queue.values()) == 10  # 5 queued + 5 running in the generated history
    with db.transaction() as conn, pytest.raises(DatabaseError, match="permission denied"):
        conn.run("test_set_role_ops")
        conn.all("test_tool_executions", scan_id=None)


def test_the_task_dashboards_use_indexes_with_a_million_tasks(db: Database) -> None:
    db.run("test_generate_tasks", count=1_000_000)
    db.run("test_analyze")
    for view in TASK_VIEWS:
        [row] = db.all(f"test_explain_ops_{view}")
        plan = row["QUERY PLAN"][0]["Plan"]
        assert seq_scans_on_task(plan) == [], (view, json.dumps(plan)[:2000])


@pytest.mark.skipif(shutil.which("psql") is None, reason="the psql client is not installed")
def test_psqlrc_shortcuts_run_in_psql(db: Database, db_url: str) -> None:
    db.run("test_generate_tasks", count=2_000)
    script = (
        "\\i deploy/psqlrc\n:queue\n:workers\n:failures\n:slow\n:tenants\n:security\n:webhooks\n"
    )
    result = subprocess.run(
        ["psql", "-X", "-v", "ON_ERROR_STOP=1", db_url],
        input=script,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "oldest_age" in result.stdout and "since_heartbeat" in result.stdout
    assert "failed_pct" in result.stdout and "pct_of_timeout" in result.stdout


# ------------------------------------------------------------------ cleanup


def test_cleanup_honours_retention_folds_aggregates_and_runs_twice_safely(
    db: Database, settings: Settings
) -> None:
    db.run("test_generate_tasks", count=3_000)  # spread over 30 days
    for state, hours in (("stopped", 48), ("lost", 72), ("stopped", 1)):
        db.run("test_insert_worker", state=state, hours=hours)
    before = db.one("test_count")
    cleanup = Cleanup(settings.model_copy(update={"retention_tasks_days": 14}), db)

    first = cleanup.run_job("tasks", batch=500, max_batches=1000)
    again = cleanup.run_job("tasks", batch=500, max_batches=1000)
    workers = cleanup.run_job("workers", batch=10, max_batches=10)

    after = db.one("test_count")
    assert first.done > 1000 and first.finished and first.batches >= 3
    assert again.done == 0  # idempotent
    assert after["tasks"] == before["tasks"] - first.done
    assert after["folded"] == first.done  # the dashboards keep the history
    assert workers.done == 2 and after["workers"] == before["workers"] - 2
    bounded = Cleanup(settings.model_copy(update={"retention_tasks_days": 1}), db).run_job(
        "tasks", batch=100, max_batches=2
    )
    assert bounded.done == 200 and not bounded.finished


def test_cleanup_runs_at_once_share_the_work(db: Database, settings: Settings) -> None:
    db.run("test_generate_tasks", count=4_000)
    cleanup = Cleanup(settings.model_copy(update={"retention_tasks_days": 1}), db)
    summaries = []
    runners = [
        threading.Thread(
            target=lambda: summaries.append(cleanup.run_job("tasks", batch=100, max_batches=1000))
        )
        for _ in range(3)
    ]
    for runner in runners:
        runner.start()
    for runner in runners:
        runner.join(timeout=120)
    assert len(summaries) == 3
    # One run at a time holds the job's lock: the others skip, or find nothing left.
    assert sorted(s.done for s in summaries)[:2] == [0, 0]
    assert sum(s.done for s in summaries) == db.one("test_count")["folded"] > 0


def test_uploads_past_their_tenants_retention_go(db: Database, settings: Settings) -> None:
    short = create_tenant(db, "short")["id"]
    normal = create_tenant(db, "normal")["id"]
    db.run("test_tenant_retention", id=short, days=3)
    env = _scan_env(db, settings)
    try:
        scans = {t: env.upload(t, tar({"a.py": b"x = 1\n"}))["id"] for t in (short, normal)}
        for scan_id in scans.values():
            db.run("test_age_scan", id=scan_id, days=10)
        summary = Cleanup(settings, db).run_job("uploads", batch=10, max_batches=10)
    finally:
        env.close()
    assert summary.done == 1  # 10 days: past 3 (the tenant's own), within 30 (the default)
    assert db.one("test_upload_of_scan", scan_id=scans[short]) is None
    assert db.one("test_upload_of_scan", scan_id=scans[normal]) is not None


def _scan_env(db: Database, settings: Settings):
    from securetag.queue.tasks import TaskQueue
    from securetag.scanning.service import RequestInfo, ScanService
    from securetag.store.db import API_ROLE, with_user
    from securetag.store.vault import Vault
    from securetag.tenancy.auth import SCOPES, Principal

    class ScanEnv:
        def __init__(self) -> None:
            self.api_db = Database(with_user(db.url, API_ROLE), max_size=2).open(wait=True)
            vault = Vault(self.api_db, MasterKeyRing.from_settings(settings))
            self.scans = ScanService(self.api_db, TaskQueue(self.api_db, settings), vault)

        def upload(self, tenant, content: bytes) -> dict:
            principal = Principal("testkey00001", tenant, frozenset(SCOPES), 600)
            return self.scans.submit_code_audit(
                principal,
                RequestInfo(),
                project="p",
                filename="a.tar",
                archive_format="tar",
                content=content,
            )

        def close(self) -> None:
            self.api_db.close()

    return ScanEnv()


def test_the_cleanup_command_prints_one_json_line_per_job(db_url: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURETAG_")}
    env["DATABASE_URL"] = db_url
    env["SECURETAG_MASTER_KEYS"] = make_settings(None).master_keys
    for job in JOBS:
        result = subprocess.run(
            [sys.executable, "-m", "securetag", "cleanup", job],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        [line] = result.stdout.strip().splitlines()
        assert json.loads(line)["job"] == job
    with Database(db_url, max_size=1, queries=TEST_QUERIES) as admin:
        actions = [row["action"] for row in admin.all("test_audit_log")]
    assert {f"cleanup.{job}" for job in JOBS} <= set(actions)
