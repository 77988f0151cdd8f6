"""Tenant isolation is PostgreSQL's job: a lint of the catalog, and the roles in action."""

from __future__ import annotations

import uuid

import pytest

from securetag.kernel.errors import DatabaseError
from securetag.kernel.models import NewTask, Read
from securetag.queue.tasks import TaskQueue
from securetag.store.db import API_ROLE, WORKER_ROLE, Database, with_user
from securetag.tenancy.auth import Authenticator, Unauthorized, parse_token, secret_hmac
from securetag.tenancy.tenants import create_api_key, create_tenant, revoke_api_key
from tests.support.queries import TEST_QUERIES


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
    with Database(with_user(db_url, API_ROLE), max_size=1, queries=TEST_QUERIES) as api:
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


def test_reads_riding_on_an_admission_see_rows_only_when_it_admits(
    db: Database, db_url: str, settings
) -> None:
    """The database itself opens the tenant scope for a request's reads, and only for a
    caller it admits: a wrong, revoked or unknown key, a key over its rate limit or one
    without the scope gets no rows, whatever the code that receives them does next."""
    pepper = b"p" * 32
    alice = create_tenant(db, "alice")["id"]
    TaskQueue(db, settings).enqueue(NewTask(type="noop", tenant_id=alice))
    # One request a minute and a burst of one: the second request is refused.
    reader = create_api_key(db, pepper, "alice", scopes=["scans:read"], rate_limit_per_minute=1)
    writer = create_api_key(db, pepper, "alice", scopes=["scans:write"])
    revoked = create_api_key(db, pepper, "alice", scopes=["scans:read"])
    revoke_api_key(db, revoked.key_id)
    key_id, secret = parse_token(reader.token)

    def visible(token_key_id: str, token_secret: str) -> list:
        gate = {
            "id": token_key_id,
            "presented_hmac": secret_hmac(pepper, token_secret),
            "client": "192.0.2.1",
            "default_per_minute": 600,
            "burst": 1,
            "failure_per_minute": 600,
            "failure_burst": 600,
            "scope": "scans:read",
        }
        _, (rows,) = api.gated_reads(
            "admit_api_request_scoped", gate, [Read("isolation_visible_tasks")]
        )
        return [row["tenant_id"] for row in rows]

    with Database(with_user(db_url, API_ROLE), max_size=1, queries=TEST_QUERIES) as api:
        assert visible(key_id, "x" * len(secret)) == []  # wrong secret (not charged)
        assert visible("ZZZZZZZZZZZZ", secret) == []  # unknown key
        assert visible(*parse_token(revoked.token)) == []
        assert visible(*parse_token(writer.token)) == []  # valid, but no scans:read
        assert visible(key_id, secret) == [alice]
        assert visible(key_id, secret) == []  # over its rate limit now
        # The scope ended with that round trip; the pooled connection carries none.
        assert api.all("isolation_visible_tasks") == []


def test_an_admission_with_reads_decides_like_one_without(
    db: Database, db_url: str, settings
) -> None:
    pepper = b"p" * 32
    bob = create_tenant(db, "bob")["id"]
    TaskQueue(db, settings).enqueue(NewTask(type="noop", tenant_id=bob))
    issued = create_api_key(db, pepper, "bob", scopes=["scans:read"], rate_limit_per_minute=1)
    reads = [Read("isolation_visible_tasks")]
    with Database(with_user(db_url, API_ROLE), max_size=1, queries=TEST_QUERIES) as api:
        auth = Authenticator(api, pepper)

        def admit(token: str):
            return auth.admit_and_read(
                token, scope="scans:read", reads=reads, default_per_minute=600, burst=1
            )

        with pytest.raises(Unauthorized):
            admit(issued.token[:-1] + ("y" if issued.token[-1] != "y" else "z"))
        with pytest.raises(Unauthorized):
            admit("stk_ZZZZZZZZZZZZ_" + "a" * 43)
        caller, decision, (rows,) = admit(issued.token)
        assert (caller.key_id, decision.allowed) == (issued.key_id, True)
        assert [row["tenant_id"] for row in rows] == [bob]
        _, refused, (rows,) = admit(issued.token)
        assert (refused.allowed, refused.limit, rows) == (False, 1, [])
        assert refused.retry_after_s > 0
        revoke_api_key(db, issued.key_id)
        with pytest.raises(Unauthorized) as refusal:
            admit(issued.token)
        assert refusal.value.failures is not None  # counted against the address
