"""Encryption at rest against a real PostgreSQL: sealed rows, tampering, rotation, shredding."""

from __future__ import annotations

import secrets
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from securetag.ops import keys
from securetag.queue.tasks import TaskQueue
from securetag.scanning.service import RequestInfo, ScanService
from securetag.security.crypto import IntegrityError, MasterKeyRing, write_new_key_file
from securetag.store.db import API_ROLE, Database, with_user
from securetag.store.vault import SCAN_TARGET_URL, UPLOAD_CONTENT, KeyShredded, Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant
from tests.support.archives import tar
from tests.support.settings import make_settings


class Env:
    """Scan submissions as the API role, with a vault over a key file of the test's own."""

    def __init__(self, db_url: str, key_file: Path) -> None:
        self.ring = MasterKeyRing.from_file(key_file)
        self.api_db = Database(with_user(db_url, API_ROLE), max_size=8).open(wait=True)
        self.vault = Vault(self.api_db, self.ring)
        settings = make_settings(db_url)
        self.scans = ScanService(self.api_db, TaskQueue(self.api_db, settings), self.vault)

    def principal(self, tenant_id: uuid.UUID) -> Principal:
        return Principal("testkey00001", tenant_id, frozenset(SCOPES), 600)

    def upload(self, tenant_id: uuid.UUID, content: bytes) -> dict:
        return self.scans.submit_code_audit(
            self.principal(tenant_id),
            RequestInfo(),
            project="p",
            filename="src.tar",
            archive_format="tar",
            content=content,
        )

    def web(self, tenant_id: uuid.UUID, url: str) -> dict:
        return self.scans.submit_web_scan(
            self.principal(tenant_id), RequestInfo(), project="p", url=url, profile="quick"
        )


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "master.keys"
    write_new_key_file(path)
    return path


@pytest.fixture
def env(db_url: str, key_file: Path) -> Iterator[Env]:
    environment = Env(db_url, key_file)
    yield environment
    environment.api_db.close()


def upload_row(db: Database, scan_id: uuid.UUID) -> dict:
    return db.one("test_upload_of_scan", scan_id=scan_id)


# ------------------------------------------------------------------ sealed rows


def test_an_upload_is_stored_sealed_and_opens_to_what_was_sent(env: Env, db: Database) -> None:
    tenant = create_tenant(db, "acme")["id"]
    content = tar({"app.py": b"password = 'hunter2-" + secrets.token_hex(8).encode() + b"'"})

    scan = env.upload(tenant, content)
    row = upload_row(db, scan["id"])

    assert content not in bytes(row["content"]) and b"hunter2" not in bytes(row["content"])
    assert row["key_version"] == 1
    opened = env.vault.open(tenant, UPLOAD_CONTENT, str(row["id"]), row["content"], 1)
    assert opened == content


def test_a_web_target_is_sealed_and_read_back_through_the_api_service(
    env: Env, db: Database
) -> None:
    tenant = create_tenant(db, "acme")["id"]
    url = "https://user:s3cret-pass@example.com/app?token=abc123"

    scan = env.web(tenant, url)

    stored = db.one("test_scan_target", id=scan["id"])
    assert b"s3cret-pass" not in bytes(stored["target_url"])
    assert env.scans.get(env.principal(tenant), scan["id"])["target_url"] == url
    assert scan["target_url"] == url
    # The audit log (plain by design) keeps the scheme and host only.
    details = [row["details"] for row in db.all("test_audit_log")]
    assert not any("s3cret" in str(d) or "token=" in str(d) for d in details)


@pytest.mark.parametrize("tamper", ["flip a byte", "another row", "another tenant"])
def test_tampered_ciphertext_fails_with_an_integrity_error(
    env: Env, db: Database, tamper: str
) -> None:
    alice = create_tenant(db, "alice")["id"]
    bob = create_tenant(db, "bob")["id"]
    first = upload_row(db, env.upload(alice, tar({"a.py": b"a = 1"}))["id"])
    second = upload_row(db, env.upload(alice, tar({"b.py": b"b = 2"}))["id"])
    bobs = upload_row(db, env.upload(bob, tar({"c.py": b"c = 3"}))["id"])
    sealed = bytearray(first["content"])

    if tamper == "flip a byte":
        sealed[len(sealed) // 2] ^= 0x01
        target_tenant, target_row = alice, first["id"]
    elif tamper == "another row":
        target_tenant, target_row = alice, second["id"]
    else:
        target_tenant, target_row = bob, bobs["id"]

    with pytest.raises(IntegrityError):
        env.vault.open(target_tenant, UPLOAD_CONTENT, str(target_row), bytes(sealed), 1)


def test_a_wrong_master_key_is_a_clear_error_naming_the_version(
    env: Env, db: Database, tmp_path: Path
) -> None:
    tenant = create_tenant(db, "acme")["id"]
    row = upload_row(db, env.upload(tenant, tar({"a.py": b"a = 1"}))["id"])
    other_file = tmp_path / "other.keys"
    write_new_key_file(other_file)  # also "v1", but another key
    stranger = Vault(env.api_db, MasterKeyRing.from_file(other_file))

    with pytest.raises(IntegrityError, match="v1"):
        stranger.open(tenant, UPLOAD_CONTENT, str(row["id"]), row["content"], 1)


# ------------------------------------------------------------------ rotation


def test_rotation_and_rewrap_under_traffic_lose_nothing(
    env: Env, db: Database, key_file: Path
) -> None:
    tenants = [create_tenant(db, f"t{i}")["id"] for i in range(3)]
    written: list[tuple[uuid.UUID, uuid.UUID, str]] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def traffic(tenant: uuid.UUID) -> None:
        n = 0
        while not stop.is_set() or n < 5:
            try:
                url = f"https://example.com/{tenant}/{n}"
                scan = env.web(tenant, url)
                written.append((tenant, scan["id"], url))
                # Read back something written earlier, under whatever key sealed it.
                old_tenant, old_id, old_url = written[len(written) // 2]
                assert env.scans.get(env.principal(old_tenant), old_id)["target_url"] == old_url
            except BaseException as exc:  # any failure: reported by the assertion below
                errors.append(exc)
                return
            n += 1

    workers = [threading.Thread(target=traffic, args=(t,)) for t in tenants for _ in range(2)]
    for worker in workers:
        worker.start()
    admin_ring = MasterKeyRing.from_file(key_file)
    with Database(db.url, max_size=4) as admin:
        rotated = keys.rotate(admin, admin_ring)
        first_pass = keys.rewrap(admin, Vault(admin, admin_ring), batch=7)
    stop.set()
    for worker in workers:
        worker.join(timeout=60)

    assert not errors, errors
    assert rotated.master_version == "v2" and rotated.tenants == 3
    assert first_pass.total > 0
    with Database(db.url, max_size=4) as admin:
        keys.rewrap(admin, Vault(admin, admin_ring), batch=50)  # what arrived after the pass
        status = keys.status(admin, admin_ring)
        assert status["stale_rows"] == 0
        assert {v["version"]: v["data_keys"] for v in status["master_versions"]} == {
            "v1": 0,
            "v2": 6,
        }
        # Nothing is wrapped under v1 any more: it can go, and everything still opens.
        keys.retire(admin, admin_ring, "v1")
    assert "v1:" not in key_file.read_text()
    fresh = Env(db.url, key_file)
    try:
        for tenant, scan_id, url in written:
            assert fresh.scans.get(fresh.principal(tenant), scan_id)["target_url"] == url
    finally:
        fresh.api_db.close()


def test_a_version_still_in_use_cannot_be_retired(env: Env, db: Database, key_file: Path) -> None:
    tenant = create_tenant(db, "acme")["id"]
    env.web(tenant, "https://example.com/")
    with Database(db.url, max_size=2) as admin:
        from securetag.security.crypto import append_new_version

        append_new_version(key_file)  # v2 exists but nothing was rotated onto it
        ring = MasterKeyRing.from_file(key_file)
        with pytest.raises(Exception, match="still wraps 1 data keys"):
            keys.retire(admin, ring, "v1")
        with pytest.raises(Exception, match="active"):
            keys.retire(admin, ring, "v2")


# ------------------------------------------------------------------ shredding


def test_shredding_makes_every_copy_unreadable_and_removes_the_rows(env: Env, db: Database) -> None:
    doomed = create_tenant(db, "doomed")["id"]
    survivor = create_tenant(db, "survivor")["id"]
    backup = upload_row(db, env.upload(doomed, tar({"a.py": b"secret = 'x'"}))["id"])
    kept = env.web(survivor, "https://example.com/kept")

    with Database(db.url, max_size=2) as admin:
        report = keys.shred_tenant(admin, Vault(admin, env.ring), "doomed")

    assert report["data_keys_destroyed"] == 1
    env.vault.forget(doomed)
    with pytest.raises(KeyShredded):
        env.vault.open(doomed, UPLOAD_CONTENT, str(backup["id"]), backup["content"], 1)
    assert db.scalar("test_rows_of_tenant", tenant_id=doomed) == 0
    assert env.scans.get(env.principal(survivor), kept["id"])["target_url"].endswith("/kept")
    actions = [row["action"] for row in db.all("test_audit_log")]
    assert actions.index("tenant.shred_keys") < actions.index("tenant.delete")


def test_the_scan_target_row_binding_covers_the_url_too(env: Env, db: Database) -> None:
    tenant = create_tenant(db, "acme")["id"]
    one = env.web(tenant, "https://one.example.com/")
    two = env.web(tenant, "https://two.example.com/")
    sealed = db.one("test_scan_target", id=one["id"])["target_url"]

    with pytest.raises(IntegrityError):
        env.vault.open(tenant, SCAN_TARGET_URL, str(two["id"]), sealed, 1)


def test_rewrap_moves_context_entries_and_uploads_to_the_newest_key(
    env: Env, db: Database, db_url: str, key_file: Path
) -> None:
    from securetag.store.context_store import ContextStore, scan_scope
    from securetag.store.db import WORKER_ROLE

    tenant = create_tenant(db, "acme")["id"]
    scan = env.upload(tenant, tar({"a.py": b"a = 1"}))
    with Database(with_user(db_url, WORKER_ROLE), max_size=2) as worker_db:
        store = ContextStore(
            worker_db, Vault(worker_db, MasterKeyRing.from_file(key_file)), cache_entries=0
        )
        store.put(tenant, scan_scope(scan["id"]), "semgrep.output", b'{"results": []}')
        with Database(db.url, max_size=2) as admin:
            ring = MasterKeyRing.from_file(key_file)
            keys.rotate(admin, ring)
            assert keys.stale_rows(admin) == 2
            report = keys.rewrap(admin, Vault(admin, ring), batch=1)
            moved = {table: rows for table, rows in report.rows.items() if rows}
            assert moved == {"upload": 1, "context_entry": 1} and report.done
            sealed = admin.all("sealed_status_context_entry")
        assert [(row["key_version"], row["rows"]) for row in sealed] == [(2, 1)]
        assert store.get(tenant, scan_scope(scan["id"]), "semgrep.output") == b'{"results": []}'
    row = upload_row(db, scan["id"])
    assert row["key_version"] == 2
    assert env.vault.open(tenant, UPLOAD_CONTENT, str(row["id"]), row["content"], 2).startswith(
        b"a.py"
    )


def test_two_rewraps_at_once_share_the_work_and_lose_nothing(
    env: Env, db: Database, key_file: Path
) -> None:
    tenant = create_tenant(db, "acme")["id"]
    urls = {
        env.web(tenant, f"https://example.com/{i}")["id"]: f"https://example.com/{i}"
        for i in range(40)
    }
    ring = MasterKeyRing.from_file(key_file)
    with Database(db.url, max_size=6) as admin:
        keys.rotate(admin, ring)
        reports: list[keys.RewrapReport] = []
        runners = [
            threading.Thread(
                target=lambda: reports.append(keys.rewrap(admin, Vault(admin, ring), batch=3))
            )
            for _ in range(2)
        ]
        for runner in runners:
            runner.start()
        for runner in runners:
            runner.join(timeout=60)
        assert sum(report.rows["scan"] for report in reports) == len(urls)
        assert keys.stale_rows(admin) == 0
    for scan_id, url in urls.items():
        assert env.scans.get(env.principal(tenant), scan_id)["target_url"] == url
