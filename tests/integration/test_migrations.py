"""The migration runner: idempotent, safe from concurrent processes, refuses edited history."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from securetag.kernel.errors import MigrationError, SchemaNotReady
from securetag.kernel.models import TaskState
from securetag.store import migrate as migrations
from securetag.store.db import Database
from tests.support.settings import make_settings
from tests.support.workers import ROOT


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
