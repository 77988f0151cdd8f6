"""Audit log integrity against a compromised app role or a database writer without the key
(issue 17, item 4): the head moves only through the chain, the server stamps the time,
a role names only its own actors, and anchors catch a full re-hash."""

from __future__ import annotations

import base64
import json
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from securetag.kernel.errors import DatabaseError
from securetag.store.audit import AuditEvent, parse_anchor, read_head, record, take_anchor, verify
from securetag.store.db import API_ROLE, WORKER_ROLE, Database, with_user
from tests.support.settings import make_settings
from tests.support.workers import ROOT, ThreadWorker, wait_for

TENANT = uuid.UUID("11111111-2222-4333-8444-555555555555")
KEY_ID = "Ab3dEf6hIj9L"  # what the API names as actor: the caller's key id
AUDIT_KEY = bytes(range(32, 80))  # 48 bytes, a test-only key


def event(i: int, actor: str = "cli", tenant_id: uuid.UUID | None = None) -> AuditEvent:
    return AuditEvent(actor, "scan.create", "success", f"scan:{i}", tenant_id, details={"i": i})


def record_events(db: Database, n: int) -> None:
    for i in range(1, n + 1):
        with db.transaction() as conn:
            record(conn, event(i))


def superuser_sql(db: Database, sql: str) -> None:
    """As a superuser with the triggers off (replica mode), as someone with full write access."""
    with db.transaction() as conn:
        conn.script(f"SET LOCAL session_replication_role = replica; {sql}")


# Edit row `seq`, then recompute every later hash with the chain's own (unkeyed) formula,
# and move the head to match: a tamperer who knows how the chain is built.
REHASH_AFTER_EDIT = """
UPDATE audit_log SET actor = 'mallory' WHERE seq = {seq};
DO $$
DECLARE
    r audit_log%ROWTYPE;
    prev bytea;
BEGIN
    SELECT hash INTO prev FROM audit_log WHERE seq = {seq} - 1;
    IF prev IS NULL THEN
        prev := '\\x' || repeat('00', 32);
    END IF;
    FOR r IN SELECT * FROM audit_log WHERE seq >= {seq} ORDER BY seq LOOP
        UPDATE audit_log
        SET prev_hash = prev,
            hash = sha256(prev || convert_to(audit_canonical(r.seq, r.at, r.tenant_id, r.actor,
                   r.action, r.target, r.outcome, r.request_id, r.client_addr, r.details), 'UTF8'))
        WHERE seq = r.seq
        RETURNING hash INTO prev;
    END LOOP;
    UPDATE audit_head SET hash = prev;
END
$$;
"""


@pytest.fixture
def api_db(db_url: str) -> Iterator[Database]:
    with Database(with_user(db_url, API_ROLE), max_size=2) as database:
        yield database


@pytest.fixture
def worker_db(db_url: str) -> Iterator[Database]:
    with Database(with_user(db_url, WORKER_ROLE), max_size=4) as database:
        yield database


# ----------------------------------------------------------------------------- the head


@pytest.mark.parametrize("role", ["api", "worker"])
def test_the_app_roles_cannot_move_the_chains_head(
    db: Database, api_db: Database, worker_db: Database, role: str
) -> None:
    record_events(db, 3)
    app_db = api_db if role == "api" else worker_db
    for sql in [
        "UPDATE audit_head SET seq = 0",  # a rewind: every later audited write would fail
        "UPDATE audit_head SET hash = sha256(hash)",  # a fork
        "DELETE FROM audit_head",
        "INSERT INTO audit_head (only_row, seq, hash) VALUES (true, 0, '\\x00')",
    ]:
        with pytest.raises(DatabaseError) as refused, app_db.transaction() as conn:
            conn.script(sql)
        assert refused.value.sqlstate == "42501", sql
        assert "permission denied" in refused.value.message, sql

    # The chain still moves the head for them: the trigger runs as the schema's owner.
    actor = KEY_ID if role == "api" else "worker:1"
    with app_db.transaction() as conn:
        record(conn, event(4, actor=actor))
    result = verify(db)
    assert result.ok and result.head_seq == 4, result


def test_the_chain_function_runs_as_its_owner_with_a_fixed_search_path(db: Database) -> None:
    row = db.one("audit_chain_function_for_test")
    assert row is not None
    assert row["prosecdef"] is True
    assert row["proconfig"] == ["search_path=pg_catalog, pg_temp"]


# ----------------------------------------------------------------------------- time and actor


@pytest.mark.parametrize("role", ["api", "worker"])
def test_a_supplied_time_is_replaced_by_the_servers(
    db: Database, api_db: Database, worker_db: Database, role: str
) -> None:
    app_db, actor = (api_db, KEY_ID) if role == "api" else (worker_db, "worker")
    before = datetime.now(UTC) - timedelta(seconds=5)
    with app_db.transaction() as conn:
        conn.script(
            "INSERT INTO audit_log (actor, action, outcome, at) "
            f"VALUES ('{actor}', 'scan.create', 'success', '2001-01-01 00:00:00+00')"
        )
    (row,) = db.all("test_audit_times")
    assert row["at"] > before, f"the row kept a backdated time: {row['at']}"
    assert row["at"] < datetime.now(UTC) + timedelta(seconds=5)
    assert verify(db).ok


@pytest.mark.parametrize(
    ("role", "actor"),
    [
        ("api", "cli"),
        ("api", "worker:1"),
        ("api", "reaper"),
        ("api", "system"),
        ("api", "key:Ab3dEf6hIj9L"),
        ("worker", "cli"),
        ("worker", KEY_ID),
        ("worker", "workers"),
    ],
)
def test_a_role_may_not_name_another_roles_actor(
    db: Database, api_db: Database, worker_db: Database, role: str, actor: str
) -> None:
    app_db = api_db if role == "api" else worker_db
    with pytest.raises(DatabaseError) as refused, app_db.transaction() as conn:
        record(conn, event(1, actor=actor))
    assert refused.value.sqlstate == "42501"
    assert f"may not record audit events as actor {actor}" in refused.value.message
    result = verify(db)
    assert result.ok and result.head_seq == 0  # a refused row never moved the head


def test_each_role_names_the_actors_it_speaks_for(
    db: Database, api_db: Database, worker_db: Database
) -> None:
    with api_db.transaction(tenant_id=TENANT) as conn:
        for actor in (KEY_ID, "webhooks"):
            record(conn, event(1, actor=actor, tenant_id=TENANT))
    with worker_db.transaction() as conn:
        for actor in ("worker", f"worker:{uuid.uuid4()}", "reaper", "system", "webhooks"):
            record(conn, event(2, actor=actor))
    with db.transaction() as conn:  # the owner (the admin CLI)
        record(conn, event(3, actor="cli"))
    result = verify(db)
    assert result.ok and result.head_seq == 8


# ----------------------------------------------------------------------------- anchors


def test_a_full_rehash_after_an_edit_is_caught_by_an_anchor_kept_outside(db: Database) -> None:
    record_events(db, 20)
    outside = parse_anchor(read_head(db).text, "the anchor kept outside")
    record_events(db, 3)

    superuser_sql(db, REHASH_AFTER_EDIT.format(seq=9))
    # What the chain alone cannot see: every hash is consistent again.
    assert verify(db).ok

    result = verify(db, anchors=[outside])
    assert (result.ok, result.first_bad_seq, result.rows) == (False, 20, 19)
    assert result.problem is not None
    assert result.problem.startswith("row 20 does not have the hash the anchor kept outside")
    assert "re-hashed after the anchor was taken" in result.problem


def test_a_full_rehash_after_an_edit_is_caught_by_a_signed_stored_anchor(db: Database) -> None:
    record_events(db, 20)
    anchor, stored = take_anchor(db, AUDIT_KEY)
    assert stored and anchor.seq == 20 and anchor.mac is not None
    record_events(db, 2)
    assert verify(db, key=AUDIT_KEY).anchors == 1

    superuser_sql(db, REHASH_AFTER_EDIT.format(seq=5))
    result = verify(db, key=AUDIT_KEY)
    assert (result.ok, result.first_bad_seq) == (False, 20)
    assert result.problem is not None and "stored anchor 1" in result.problem

    # Re-pointing the stored anchor at the new hash needs the key to sign it.
    superuser_sql(db, "UPDATE audit_anchor SET hash = (SELECT hash FROM audit_log WHERE seq = 20)")
    result = verify(db, key=AUDIT_KEY)
    assert (result.ok, result.first_bad_seq) == (False, 20)
    assert result.problem == (
        "stored anchor 1 (row 20) has a bad signature: it was forged or altered, "
        "or it was signed with another audit key"
    )

    # Deleting the stored anchors is seen only against a copy kept outside the database.
    superuser_sql(db, "DELETE FROM audit_anchor")
    assert verify(db, key=AUDIT_KEY).ok
    assert not verify(db, anchors=[anchor], key=AUDIT_KEY).ok


def test_cutting_the_end_and_rewinding_the_head_is_caught_by_an_anchor(db: Database) -> None:
    record_events(db, 10)
    outside = read_head(db)
    superuser_sql(
        db,
        "DELETE FROM audit_log WHERE seq > 6; "
        "UPDATE audit_head SET seq = 6, hash = (SELECT hash FROM audit_log WHERE seq = 6)",
    )
    assert verify(db).ok
    result = verify(db, anchors=[outside])
    assert (result.ok, result.first_bad_seq) == (False, 7)
    assert result.problem is not None and "chain ends at 6" in result.problem


def test_anchors_are_append_only(db: Database) -> None:
    take_anchor(db, AUDIT_KEY)
    for sql in ["UPDATE audit_anchor SET seq = 1", "DELETE FROM audit_anchor"]:
        with (
            pytest.raises(DatabaseError, match="audit_anchor is append-only"),
            db.connection() as c,
        ):
            c.script(sql)


def test_without_a_key_an_anchor_is_taken_but_not_stored(db: Database) -> None:
    record_events(db, 2)
    anchor, stored = take_anchor(db, None)
    assert (anchor.seq, anchor.mac, stored) == (2, None, False)
    assert db.all("audit_anchors") == []


# ----------------------------------------------------------------------------- the command


def securetag(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SECURETAG_") and k != "DATABASE_URL"
    }
    return subprocess.run(
        [sys.executable, "-m", "securetag", *args],
        env={**base, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_anchor_and_verify_commands_catch_a_full_rehash(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    key_file = tmp_path / "audit_key"
    key_file.write_text(base64.b64encode(AUDIT_KEY).decode() + "\n")
    env = {"DATABASE_URL": db_url, "SECURETAG_AUDIT_KEY_FILE": str(key_file)}
    anchors = tmp_path / "anchors.jsonl"
    record_events(db, 12)

    taken = securetag("audit", "anchor", "--file", str(anchors), env=env)
    assert taken.returncode == 0, taken.stderr
    line = json.loads(taken.stdout)
    assert line["anchor"] == f"12:{line['hash']}" and line["stored"] is True
    assert json.loads(anchors.read_text().splitlines()[0])["anchor"] == line["anchor"]
    record_events(db, 2)

    ok = securetag("audit", "verify", "--anchor", line["anchor"], env=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    verified = json.loads(ok.stdout)
    assert verified["ok"] and verified["anchors_checked"] == 2 and verified["signatures_checked"]

    superuser_sql(db, REHASH_AFTER_EDIT.format(seq=3) + "DELETE FROM audit_anchor;")
    # The stored anchor is gone and the chain is consistent: only the copies outside tell.
    assert securetag("audit", "verify", env=env).returncode == 0
    for outside in (["--anchor", line["anchor"]], ["--anchor-file", str(anchors)]):
        caught = securetag("audit", "verify", *outside, env=env)
        assert caught.returncode == 1, caught.stdout + caught.stderr
        report = json.loads(caught.stdout)
        assert (report["ok"], report["first_bad_seq"]) == (False, 12)

    bad = securetag("audit", "verify", "--anchor", "12:nothex", env=env)
    assert bad.returncode == 3 and "is not SEQ:HASH" in bad.stderr


# ----------------------------------------------------------------------------- periodic anchors


def test_workers_log_the_head_as_a_periodic_anchor(
    db: Database, worker_db: Database, db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    record_events(db, 4)
    settings = make_settings(db_url, audit_anchor_interval_s=0.3)
    caplog.set_level(logging.INFO, logger="securetag.queue.worker")

    def anchors_logged() -> list[str]:
        return [r.anchor for r in caplog.records if r.getMessage() == "audit anchor"]  # type: ignore[attr-defined]

    with ThreadWorker(settings, worker_db, types=["noop"]):
        wait_for(lambda: len(anchors_logged()) >= 1)
        record_events(db, 1)
        wait_for(lambda: len(set(anchors_logged())) >= 2)

    logged = [parse_anchor(text) for text in dict.fromkeys(anchors_logged())]
    assert [a.seq for a in logged] == [4, 5]
    assert verify(db, anchors=logged).ok


def test_an_anchor_goes_to_the_alert_webhook_signed(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    from tests.support.receiver import Receiver, signature_valid

    secret_file = tmp_path / "alert_secret"
    secret_file.write_bytes(b"alert-secret-for-tests")
    record_events(db, 3)
    with Receiver() as receiver:
        env = {
            "DATABASE_URL": db_url,
            "SECURETAG_ALERT_WEBHOOK_URL": receiver.url,
            "SECURETAG_ALERT_WEBHOOK_SECRET_FILE": str(secret_file),
        }
        sent = securetag("audit", "anchor", "--alert", env=env)
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert "no audit key" in sent.stderr  # no key configured: printed and posted, not stored
    line = json.loads(sent.stdout)
    assert line["alert_error"] is None and line["stored"] is False
    assert signature_valid(receiver.received[0], b"alert-secret-for-tests")
    [posted] = receiver.json(0)["events"]
    assert posted["kind"] == "audit_anchor" and posted["subject"] == line["anchor"]
    assert verify(db, anchors=[parse_anchor(posted["subject"])]).ok
