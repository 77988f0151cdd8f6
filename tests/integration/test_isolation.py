"""Tenant isolation is PostgreSQL's job: a lint of the catalog, and the roles in action."""

from __future__ import annotations

import uuid

import pytest

from securetag.db import API_ROLE, WORKER_ROLE, Database, with_user
from securetag.errors import DatabaseError
from securetag.models import NewTask
from securetag.queue import TaskQueue
from securetag.tenants import create_tenant


def test_every_tenant_table_has_forced_row_level_security(db: Database) -> None:
    tables = db.all("tables_with_tenant_column")
    assert {t["table_name"] for t in tables} >= {"task", "scan", "upload", "api_key", "audit_log"}
    unprotected = [t["table_name"] for t in tables if not (t["rls_enabled"] and t["rls_forced"])]
    assert unprotected == []
    without_policy = [t["table_name"] for t in tables if t["policies"] == 0]
    assert without_policy == []


@pytest.mark.parametrize("role", [API_ROLE, WORKER_ROLE])
def test_app_roles_have_no_way_around_it(db: Database, role: str) -> None:
    row = db.one("role_attributes", role=role)
    assert row is not None
    assert not row["rolsuper"] and not row["rolbypassrls"]
    assert not row["rolcreaterole"] and not row["rolcreatedb"]
    assert row["owns_tables"] == 0
    assert row["member_of"] == []  # inherits nobody's privileges


def test_the_api_role_sees_only_its_tenants_rows(db: Database, db_url: str, settings) -> None:
    alice = create_tenant(db, "alice")["id"]
    bob = create_tenant(db, "bob")["id"]
    queue = TaskQueue(db, settings)
    queue.enqueue(NewTask(type="noop", tenant_id=alice))
    queue.enqueue(NewTask(type="noop", tenant_id=bob))
    queue.enqueue(NewTask(type="noop"))  # a system task, no tenant
    with Database(with_user(db_url, API_ROLE), max_size=1) as api:
        with api.transaction(tenant_id=alice) as conn:
            assert [r["tenant_id"] for r in conn.all("isolation_visible_tasks")] == [alice]
        with api.transaction() as conn:  # no scope at all: nothing
            assert conn.all("isolation_visible_tasks") == []
        # Writing a row for another tenant is refused by WITH CHECK, not just hidden.
        with (
            pytest.raises(DatabaseError, match="row-level security"),
            api.transaction(tenant_id=alice) as conn,
        ):
            TaskQueue(api, settings).enqueue(NewTask(type="noop", tenant_id=bob), conn=conn)


def test_the_worker_role_reaches_every_tenant(db: Database, db_url: str, settings) -> None:
    tenant = create_tenant(db, "carol")["id"]
    TaskQueue(db, settings).enqueue(NewTask(type="noop", tenant_id=tenant))
    with Database(with_user(db_url, WORKER_ROLE), max_size=2) as worker_db:
        claimed = TaskQueue(worker_db, settings).claim(uuid.uuid4(), ["noop"], 10)
        assert [t.tenant_id for t in claimed] == [tenant]
        # COPY is refused under row-level security; batch enqueue falls back to INSERT.
        results = TaskQueue(worker_db, settings).enqueue_many(
            [NewTask(type="noop") for _ in range(3)]
        )
        assert len({r.task_id for r in results}) == 3


def test_the_api_role_cannot_read_uploads_back(db: Database, db_url: str) -> None:
    with (
        Database(with_user(db_url, API_ROLE), max_size=1) as api,
        pytest.raises(DatabaseError, match="permission denied"),
        api.transaction(tenant_id=uuid.uuid4()) as conn,
    ):
        conn.script("SELECT content FROM upload")
