"""The migration runner: idempotent, safe from concurrent processes, refuses edited history."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from securetag.kernel.config import BUILTIN_TASK_TYPES
from securetag.kernel.errors import MigrationError, SchemaNotReady
from securetag.kernel.models import TaskState
from securetag.queue.tasks import TaskQueue
from securetag.scanning.service import RequestInfo, ScanService
from securetag.security.crypto import MasterKeyRing
from securetag.store import migrate as migrations
from securetag.store.connect import api_url
from securetag.store.db import Database
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.webhooks.service import WebhookService
from tests.support.queries import TEST_QUERIES
from tests.support.settings import make_settings
from tests.support.workers import ROOT

# The four triggers on task that migration 0014 replaced with task_finished, and
# the trigger functions that went with them.
TRIGGERS_BEFORE_0014 = [
    "task_finished_scan",
    "task_finished_triage",
    "task_finished_webhook_delivery",
    "task_finished_webhooks",
]
FUNCTIONS_BEFORE_0014 = [
    "scan_follow_task",
    "scan_triage_follow_task",
    "webhook_delivery_follow_task",
    "webhook_fan_out",
]


def test_task_state_is_one_enum_in_sql_and_python(db: Database) -> None:
    sql_values = [row["enumlabel"] for row in db.all("task_state_enum_values")]
    assert sql_values == [state.value for state in TaskState]


def test_migrate_twice_applies_nothing_the_second_time(fresh_database: str) -> None:
    with Database(fresh_database, max_size=2) as db:
        first = migrations.migrate(db)
        second = migrations.migrate(db)
        status = migrations.status(db)
    assert [m.version for m in first] == [m.version for m in migrations.load_migrations()]
    assert second == []
    assert status.pending == []


def test_concurrent_migrators_apply_each_file_once(fresh_database: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURETAG_")}
    env["DATABASE_URL"] = fresh_database
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "securetag", "migrate"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], outputs
    applied = [json.loads(out)["applied"] for out, _ in outputs]
    shipped = [m.filename for m in migrations.load_migrations()]
    # Exactly one process applied the files; the others found nothing to do.
    assert sorted(applied, key=len) == [[], [], [], shipped]
    with Database(fresh_database, max_size=1) as db:
        assert migrations.status(db).applied == [m.version for m in migrations.load_migrations()]


def test_an_edited_migration_is_refused(db: Database) -> None:
    with db.connection() as conn:
        conn.script("UPDATE schema_migration SET checksum = repeat('0', 64) WHERE version = 1")
    with pytest.raises(
        MigrationError, match=r"0001_task_queue\.sql was edited after it was applied"
    ):
        migrations.migrate(db)
    with pytest.raises(MigrationError, match="edited"):
        migrations.ensure_current(db)


def test_a_database_newer_than_the_code_is_refused(db: Database) -> None:
    with db.connection() as conn:
        conn.script(
            "INSERT INTO schema_migration (version, name, checksum) VALUES (999, 'future', 'x')"
        )
    with pytest.raises(MigrationError, match="0999_future"):
        migrations.ensure_current(db)


def test_pending_migrations_stop_a_worker_from_starting(fresh_database: str) -> None:
    with (
        Database(fresh_database, max_size=1) as db,
        pytest.raises(SchemaNotReady, match="securetag migrate"),
    ):
        migrations.ensure_current(db)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURETAG_")}
    env["DATABASE_URL"] = fresh_database
    env["SECURETAG_MASTER_KEYS"] = make_settings(None).master_keys
    result = subprocess.run(
        [sys.executable, "-m", "securetag", "worker"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "run `securetag migrate`" in result.stderr


def test_a_failing_migration_leaves_nothing_behind(
    fresh_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = migrations.Migration(1, "broken", "CREATE TABLE half_done (id int); SELECT 1/0;")
    monkeypatch.setattr(migrations, "load_migrations", lambda: [broken])
    with Database(fresh_database, max_size=2) as db:
        with pytest.raises(Exception, match="division by zero"):
            migrations.migrate(db)
        status = migrations.status(db)
        assert status.applied == [] and [m.name for m in status.pending] == ["broken"]
        with db.connection() as conn:
            conn.script(
                "CREATE TABLE half_done (id int)"
            )  # the failed file's table was rolled back


def test_the_api_refuses_to_serve_an_unmigrated_database(fresh_database: str, tmp_path) -> None:
    from securetag.api import create_app
    from tests.support.api import pepper_file
    from tests.support.settings import make_settings

    settings = make_settings(fresh_database, api_key_pepper_file=pepper_file(tmp_path))
    with pytest.raises(SchemaNotReady, match="securetag migrate"):
        create_app(settings)


def test_one_trigger_follows_a_tasks_end(db: Database) -> None:
    assert [row["name"] for row in db.all("test_triggers_on_task")] == ["task_finished"]
    assert db.all("test_functions_named", names=FUNCTIONS_BEFORE_0014) == []
    for name, settings in BUILTIN_TASK_TYPES.items():
        row = db.one("test_task_type", name=str(name))
        assert row is not None, f"task type {name} missing from table task_type"
        assert (row["timeout_s"], row["max_attempts"], row["claim_batch"]) == (
            settings.timeout_s,
            settings.max_attempts,
            settings.claim_batch,
        )


def test_a_database_with_the_four_triggers_upgrades_in_place(
    fresh_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scan queued before the upgrade ends after it: the one trigger ends the scan
    and queues its webhook delivery, with the attempts of table task_type."""
    settings = make_settings(fresh_database, webhook_allow="127.0.0.0/8")
    # The per-tenant queued cap reads columns of migration 0018, not there at version 13.
    monkeypatch.setattr(TaskQueue, "admit_scan", lambda self, conn, tenant_id: None)
    info = RequestInfo(request_id="test", client_addr="127.0.0.1")
    with Database(fresh_database, max_size=2, queries=TEST_QUERIES) as db:
        migrations.migrate(db, target=13)
        assert [row["name"] for row in db.all("test_triggers_on_task")] == TRIGGERS_BEFORE_0014
        assert migrations.status(db).pending[0].filename == "0014_task_end_trigger.sql"
        principal = Principal(
            "testkey00001",
            db.scalar("test_insert_tenant", name="upgrade"),
            frozenset(SCOPES),
            600,
        )
        with Database(api_url(settings), max_size=2) as api_db:
            vault = Vault(api_db, MasterKeyRing.from_settings(settings))
            hook = WebhookService(settings, api_db, vault).create(
                principal, info, url="http://127.0.0.1:9/hook", events=["scan.completed"],
                description="ci",
            )  # fmt: skip
            scan = ScanService(api_db, TaskQueue(api_db, settings), vault).submit_web_scan(
                principal, info, project="site", url="https://example.com/", profile="quick"
            )

        applied = migrations.migrate(db)
        assert applied[0].filename == "0014_task_end_trigger.sql"
        assert migrations.status(db).pending == []
        assert [row["name"] for row in db.all("test_triggers_on_task")] == ["task_finished"]

        TaskQueue(db, settings).cancel(scan["task_id"], actor="cli")
        assert db.scalar("test_scan_state", id=scan["id"]) == "cancelled"
        [delivery] = db.all("test_webhook_deliveries", webhook_id=hook["id"])
        assert (delivery["event"], delivery["outcome"]) == ("scan.completed", "cancelled")
        task = db.one("get_task", id=delivery["task_id"])
        webhook = BUILTIN_TASK_TYPES["webhook"]
        assert (task["max_attempts"], task["timeout_s"]) == (
            webhook.max_attempts,
            webhook.timeout_s,
        )


def test_an_upgrade_strips_tool_error_text_from_metrics(fresh_database: str) -> None:
    """Metrics v1 kept each tool error's text in plain (a syntax error quoting the tenant's
    code, a URL with its token); migration 0021 keeps only the count."""
    quoted = 'Syntax error at line app.py:1: `key = "wJalrXUtnFEMIK7MDENGbPxRfiCY"` was unexpected'
    v1 = {"schema": "securetag.tool_execution.metrics/v1", "findings": 2, "sandboxed": True,
          "errors": [quoted, "GET http://h/cb?access_token=t0ken: cannot resolve"]}  # fmt: skip
    with Database(fresh_database, max_size=1, queries=TEST_QUERIES) as db:
        migrations.migrate(db, target=20)
        tenant_id = db.scalar("test_insert_tenant", name="metrics-upgrade")
        row_id = db.scalar(
            "test_insert_tool_execution_metrics",
            tenant_id=tenant_id,
            agent="semgrep",
            metrics_json=json.dumps(v1),
        )
        llm = db.scalar(
            "test_insert_tool_execution_metrics",
            tenant_id=tenant_id,
            agent="triage",
            metrics_json=json.dumps({"schema": v1["schema"], "tokens_in": 5}),
        )
        migrations.migrate(db)
        upgraded = db.scalar("test_tool_execution_metrics", id=row_id)
        untouched = db.scalar("test_tool_execution_metrics", id=llm)
    assert upgraded == {"schema": "securetag.tool_execution.metrics/v2", "findings": 2,
                        "sandboxed": True, "error_count": 2}  # fmt: skip
    assert untouched == {"schema": "securetag.tool_execution.metrics/v1", "tokens_in": 5}
