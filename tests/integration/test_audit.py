"""The hash-chained audit log on a real PostgreSQL: recording, roles, append-only, tampering."""

from __future__ import annotations

import itertools
import json
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from securetag.kernel.errors import DatabaseError
from securetag.kernel.models import Row
from securetag.store.audit import (
    GENESIS_HASH,
    AuditEvent,
    VerifyResult,
    canonical_form,
    chain_hash,
    details_json,
    record,
    verify,
)
from securetag.store.db import API_ROLE, Database, with_user

TENANT = uuid.UUID("11111111-2222-4333-8444-555555555555")
OTHER_TENANT = uuid.UUID("99999999-8888-4777-8666-555555555555")
# The API records events under the caller's key id (12 letters or digits).
KEY_ID = "Ab3dEf6hIj9L"


def event(i: int, **overrides: object) -> AuditEvent:
    fields: dict[str, object] = {
        "actor": "cli",
        "action": "scan.create",
        "outcome": "success",
        "target": f"scan:{i}",
        "details": {"i": i},
    }
    fields.update(overrides)
    return AuditEvent(**fields)  # type: ignore[arg-type]


def record_events(db: Database, n: int) -> None:
    for i in range(1, n + 1):
        with db.transaction() as conn:
            record(conn, event(i, tenant_id=TENANT if i % 2 else None))


def all_rows(db: Database) -> list[Row]:
    return db.all("audit_rows_after", after=0, limit=100_000)


def tamper(db: Database, sql: str) -> None:
    """Change audit_log behind the triggers' back, as a superuser could.

    SET LOCAL keeps replica mode from leaking into the pooled connection's next user.
    """
    with db.transaction() as conn:
        conn.script(f"SET LOCAL session_replication_role = replica; {sql}")


@pytest.fixture
def api_db(db_url: str) -> Iterator[Database]:
    with Database(with_user(db_url, API_ROLE), max_size=2) as database:
        yield database


@pytest.fixture
def chain_of_20(db: Database) -> Database:
    record_events(db, 20)
    result = verify(db)
    assert result.ok and result.rows == 20, result
    return db


# ----------------------------------------------------------------------------- recording


def test_an_empty_log_verifies_at_the_genesis_head(db: Database) -> None:
    assert verify(db) == VerifyResult(
        ok=True, rows=0, head_seq=0, head_hash=GENESIS_HASH.hex(), first_bad_seq=None, problem=None
    )


def test_recorded_events_form_a_chain_numbered_from_one(db: Database) -> None:
    record_events(db, 12)
    rows = all_rows(db)
    assert [r["seq"] for r in rows] == list(range(1, 13))
    assert bytes(rows[0]["prev_hash"]) == GENESIS_HASH
    for before, after in itertools.pairwise(rows):
        assert bytes(after["prev_hash"]) == bytes(before["hash"])
    assert rows[0]["tenant_id"] == TENANT and rows[1]["tenant_id"] is None
    assert (rows[4]["actor"], rows[4]["action"], rows[4]["target"]) == (
        "cli",
        "scan.create",
        "scan:5",
    )

    result = verify(db, batch=5)  # several batches, one ending exactly on the last row
    assert result.ok and result.problem is None and result.first_bad_seq is None
    assert result.rows == 12 and result.head_seq == 12
    assert result.head_hash == bytes(rows[-1]["hash"]).hex()


def test_awkward_values_round_trip_and_hash_the_same_in_python_and_sql(db: Database) -> None:
    details = {
        "unicode": "naïve ☃ 日本 🙂",
        "quotes": "\"double\" 'single' `back`",
        "separators": "3:abc|4:defg|",
        "control": "tab\tnewline\ncr\rbackslash\\",
        "nested": {"list": [1, 2.5, None, True, {"deep": ["x"]}], "empty": {}},
        "when": datetime(2024, 2, 29, 12, 0, tzinfo=UTC),  # not JSON: stored via str()
    }
    awkward = AuditEvent(
        actor="worker:4b7d",
        action="task.claim",
        outcome="failure",
        target="ünïcode|target:with:colons",
        tenant_id=TENANT,
        request_id="req-🙂",
        client_addr="2001:db8::1",
        details=details,
    )
    with db.transaction() as conn:
        record(conn, awkward)
        record(conn, event(2, details={"b": '☃ "q"', "a": [1, {"z": None}]}))

    row, simple = all_rows(db)
    # Canonical JSON: sorted keys, no spaces, non-ASCII kept as is.
    assert simple["details"] == '{"a":[1,{"z":null}],"b":"☃ \\"q\\""}'
    assert row["details"] == details_json(details)
    assert json.loads(row["details"]) == {**details, "when": "2024-02-29 12:00:00+00:00"}
    assert (row["target"], row["request_id"], row["client_addr"]) == (
        awkward.target,
        awkward.request_id,
        awkward.client_addr,
    )
    # Python's canonical form is the server's, character for character, on every row.
    server = {r["seq"]: r["canonical"] for r in db.all("audit_canonical_rows")}
    for stored in all_rows(db):
        assert canonical_form(stored) == server[stored["seq"]]
        assert chain_hash(bytes(stored["prev_hash"]), server[stored["seq"]]) == bytes(
            stored["hash"]
        )
    assert verify(db).ok


def test_verify_does_not_depend_on_the_session_time_zone(db: Database, db_url: str) -> None:
    record_events(db, 3)
    with db.connection() as conn:
        conn.script(
            "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET timezone = %L', "
            "current_database(), 'Asia/Kathmandu'); END $$"
        )
    with Database(db_url, max_size=1) as kathmandu:
        record_events(kathmandu, 2)
        result = verify(kathmandu)
    assert result.ok and result.rows == 5, result


def test_an_event_in_a_rolled_back_transaction_leaves_no_row(db: Database) -> None:
    record_events(db, 2)
    with pytest.raises(RuntimeError), db.transaction() as conn:
        record(conn, event(99, action="apikey.revoke"))
        raise RuntimeError("the audited action failed")
    record_events(db, 1)

    rows = all_rows(db)
    assert [r["seq"] for r in rows] == [1, 2, 3]
    assert all(r["action"] == "scan.create" for r in rows)
    result = verify(db)
    assert result.ok and result.head_seq == 3


def test_an_event_needs_an_actor_an_action_and_an_outcome() -> None:
    with pytest.raises(ValueError, match="actor"):
        AuditEvent(actor="", action="scan.create", outcome="success")
    with pytest.raises(ValueError, match="outcome"):
        AuditEvent(actor="cli", action="scan.create", outcome="")


def test_concurrent_recorders_make_one_unbroken_chain(db: Database) -> None:
    threads_n, per_thread = 8, 25
    start = threading.Barrier(threads_n)
    errors: list[BaseException] = []

    def recorder(t: int) -> None:
        try:
            start.wait()
            for i in range(per_thread):
                with db.transaction() as conn:
                    record(conn, event(i, actor=f"worker:{t}", details={"t": t, "i": i}))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=recorder, args=(t,)) for t in range(threads_n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []

    result = verify(db, batch=64)
    assert result.ok, result
    assert result.rows == result.head_seq == threads_n * per_thread
    rows = all_rows(db)
    assert [r["seq"] for r in rows] == list(range(1, threads_n * per_thread + 1))
    for t in range(threads_n):
        mine = [json.loads(r["details"])["i"] for r in rows if r["actor"] == f"worker:{t}"]
        assert mine == list(range(per_thread))  # each recorder's commits in its own order


# ----------------------------------------------------------------------------- roles


def test_the_api_role_records_its_own_tenant_and_tenantless_events(
    db: Database, api_db: Database
) -> None:
    with api_db.transaction(tenant_id=TENANT) as conn:
        record(conn, event(1, tenant_id=TENANT, actor=KEY_ID))
        record(conn, event(2, tenant_id=TENANT, action="scan.cancel", actor=KEY_ID))
    with api_db.transaction() as conn:  # before authentication there is no tenant
        record(conn, event(3, action="auth.failure", outcome="denied", actor=KEY_ID))

    rows = all_rows(db)
    assert [(r["tenant_id"], r["action"]) for r in rows] == [
        (TENANT, "scan.create"),
        (TENANT, "scan.cancel"),
        (None, "auth.failure"),
    ]
    assert verify(db).ok


def test_the_api_role_cannot_record_outside_its_tenant_scope(
    db: Database, api_db: Database
) -> None:
    attempts = [
        (TENANT, OTHER_TENANT),
        (None, OTHER_TENANT),  # no scope is no licence to write for anyone
        (TENANT, None),  # a tenant's request cannot write outside its tenant either
    ]
    for scope, written_for in attempts:
        with (
            pytest.raises(DatabaseError, match="row-level security"),
            api_db.transaction(tenant_id=scope) as conn,
        ):
            record(conn, event(1, tenant_id=written_for, actor=KEY_ID))

    assert all_rows(db) == []
    result = verify(db)
    assert result.ok and result.head_seq == 0  # the refused inserts did not move the head


def test_the_api_role_cannot_read_or_change_the_log(db: Database, api_db: Database) -> None:
    record_events(db, 2)
    for sql in [
        "SELECT * FROM audit_log",
        "UPDATE audit_log SET actor = 'mallory'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ]:
        with pytest.raises(DatabaseError) as raised, api_db.transaction(tenant_id=TENANT) as conn:
            conn.script(sql)
        assert raised.value.sqlstate == "42501", sql
        assert "permission denied" in raised.value.message, sql
    with pytest.raises(DatabaseError, match="permission denied"):
        all_rows(api_db)
    assert verify(db).rows == 2


def test_the_log_is_append_only_even_for_the_superuser(db: Database) -> None:
    record_events(db, 3)
    for sql, operation in [
        ("UPDATE audit_log SET outcome = 'success' WHERE seq = 2", "UPDATE"),
        ("DELETE FROM audit_log WHERE seq = 3", "DELETE"),
        ("TRUNCATE audit_log", "TRUNCATE"),
    ]:
        with db.connection() as conn, pytest.raises(DatabaseError) as raised:
            conn.script(sql)
        assert raised.value.sqlstate == "42501", sql
        assert f"append-only ({operation} refused)" in raised.value.message
    result = verify(db)
    assert result.ok and result.rows == 3


# ----------------------------------------------------------------------------- tampering


def test_an_untouched_chain_reports_its_count_and_head(chain_of_20: Database) -> None:
    last = all_rows(chain_of_20)[-1]
    assert verify(chain_of_20, batch=7) == VerifyResult(
        ok=True,
        rows=20,
        head_seq=20,
        head_hash=bytes(last["hash"]).hex(),
        first_bad_seq=None,
        problem=None,
    )


def test_editing_one_field_of_a_middle_row_is_reported_at_that_row(chain_of_20: Database) -> None:
    edits_and_undos = [
        ("actor = 'mallory'", "actor = 'cli'"),
        ("outcome = 'denied'", "outcome = 'success'"),
        ("details = '{\"i\":99}'", "details = '{\"i\":9}'"),
        ("tenant_id = NULL", f"tenant_id = '{TENANT}'"),
        ("at = at + interval '1 microsecond'", "at = at - interval '1 microsecond'"),
    ]
    for edit, undo in edits_and_undos:
        tamper(chain_of_20, f"UPDATE audit_log SET {edit} WHERE seq = 9")
        result = verify(chain_of_20, batch=7)
        assert (result.ok, result.first_bad_seq, result.rows) == (False, 9, 8), edit
        assert result.problem == "row 9 was edited: its fields no longer match its hash"

        tamper(chain_of_20, f"UPDATE audit_log SET {undo} WHERE seq = 9")
        assert verify(chain_of_20).ok, f"undoing {edit!r} restores the chain"


def test_rewriting_a_row_with_a_fresh_hash_breaks_the_next_link(chain_of_20: Database) -> None:
    tamper(
        chain_of_20,
        "UPDATE audit_log SET actor = 'mallory', hash = sha256(prev_hash || convert_to("
        "audit_canonical(seq, at, tenant_id, 'mallory', action, target, outcome, request_id, "
        "client_addr, details), 'UTF8')) WHERE seq = 9",
    )
    result = verify(chain_of_20)
    assert not result.ok and result.first_bad_seq == 10
    assert result.problem is not None and "breaks at row 10" in result.problem
    assert "row 9" in result.problem


def test_deleting_a_middle_row_is_reported(chain_of_20: Database) -> None:
    tamper(chain_of_20, "DELETE FROM audit_log WHERE seq = 7")
    result = verify(chain_of_20, batch=7)  # the gap falls on a batch boundary
    assert not result.ok
    assert (result.first_bad_seq, result.problem) == (7, "row 7 is missing")
    assert result.rows == 6


def test_deleting_several_rows_names_the_range(chain_of_20: Database) -> None:
    tamper(chain_of_20, "DELETE FROM audit_log WHERE seq BETWEEN 1 AND 3")
    result = verify(chain_of_20)
    assert (result.first_bad_seq, result.problem) == (1, "rows 1 to 3 are missing")


def test_swapping_two_rows_is_reported_as_out_of_order(chain_of_20: Database) -> None:
    tamper(
        chain_of_20,
        "UPDATE audit_log SET seq = -5 WHERE seq = 5; "
        "UPDATE audit_log SET seq = 5 WHERE seq = 12; "
        "UPDATE audit_log SET seq = 12 WHERE seq = -5",
    )
    result = verify(chain_of_20, batch=4)
    assert not result.ok and result.first_bad_seq == 5
    assert result.problem == "rows out of order at 5: the row stored as 5 was written as 12"


def test_swapping_the_first_row_is_reported_as_out_of_order(chain_of_20: Database) -> None:
    tamper(
        chain_of_20,
        "UPDATE audit_log SET seq = -1 WHERE seq = 1; "
        "UPDATE audit_log SET seq = 1 WHERE seq = 2; "
        "UPDATE audit_log SET seq = 2 WHERE seq = -1",
    )
    result = verify(chain_of_20)
    assert (result.first_bad_seq, result.problem) == (
        1,
        "rows out of order at 1: the row stored as 1 was written as 2",
    )


def test_deleting_the_last_rows_without_the_head_is_reported(chain_of_20: Database) -> None:
    tamper(chain_of_20, "DELETE FROM audit_log WHERE seq > 18")
    result = verify(chain_of_20, batch=6)  # the shortened chain ends on a batch boundary
    assert not result.ok
    assert result.rows == 18 and result.head_seq == 20 and result.first_bad_seq == 19
    assert result.problem == (
        "the chain ends at 18 but the head says 20: rows were deleted from the end"
    )


def test_emptying_the_log_without_the_head_is_reported(chain_of_20: Database) -> None:
    tamper(chain_of_20, "DELETE FROM audit_log")
    result = verify(chain_of_20)
    assert (result.ok, result.first_bad_seq) == (False, 1)
    assert (
        result.problem == "the chain is empty but the head says 20: rows were deleted from the end"
    )


def test_rows_forged_past_the_head_are_reported(chain_of_20: Database) -> None:
    tamper(
        chain_of_20,
        "UPDATE audit_head SET seq = 17, hash = (SELECT hash FROM audit_log WHERE seq = 17)",
    )
    result = verify(chain_of_20)
    assert (result.ok, result.first_bad_seq, result.head_seq) == (False, 18, 17)
    assert result.problem is not None and "runs to 20 but the head says 17" in result.problem


def test_a_rewritten_head_hash_is_reported(chain_of_20: Database) -> None:
    tamper(chain_of_20, "UPDATE audit_head SET hash = sha256(hash)")
    result = verify(chain_of_20)
    assert (result.ok, result.rows, result.first_bad_seq) == (False, 20, 20)
    assert result.problem is not None and "head" in result.problem


def test_a_deleted_head_is_reported(chain_of_20: Database) -> None:
    tamper(chain_of_20, "DELETE FROM audit_head")
    result = verify(chain_of_20)
    assert (result.ok, result.rows, result.first_bad_seq) == (False, 20, 20)
    assert result.problem == "audit_head has no row: the head was deleted"
