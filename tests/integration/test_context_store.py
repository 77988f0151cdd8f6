"""The encrypted context store on a real PostgreSQL, as the worker role the scan task uses."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from uuid import UUID

import pytest

from securetag.kernel.config import Settings
from securetag.kernel.errors import InvalidRequest, PayloadTooLarge
from securetag.security.crypto import SEAL_OVERHEAD, IntegrityError, MasterKeyRing
from securetag.store.context_store import (
    MAX_VALUE_BYTES,
    ContextStore,
    scan_scope,
    task_scope,
)
from securetag.store.db import WORKER_ROLE, Database, with_user
from securetag.store.vault import Vault
from securetag.tenancy.tenants import create_tenant
from tests.support.settings import make_settings

SCOPE = "task:101"
KIB = 1024
MIB = 1024 * KIB


@pytest.fixture
def worker_db(db_url: str) -> Iterator[Database]:
    with Database(with_user(db_url, WORKER_ROLE), max_size=4) as database:
        yield database


@pytest.fixture
def vault(worker_db: Database, settings: Settings) -> Vault:
    return Vault(worker_db, MasterKeyRing.from_settings(settings))


@pytest.fixture
def make_store(worker_db: Database, vault: Vault) -> Callable[..., ContextStore]:
    """A store of the worker role; each call is a new process's view (its own cache)."""

    def make(**cache: float) -> ContextStore:
        return ContextStore(worker_db, vault, **cache)

    return make


@pytest.fixture
def uncached(make_store) -> ContextStore:
    """Every read goes to the database."""
    return make_store(cache_entries=0)


@pytest.fixture
def tenant(db: Database) -> UUID:
    return create_tenant(db, "acme")["id"]


def wait_until(condition: Callable[[], bool], timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout_s} s")
        time.sleep(0.02)


def raw_value(db: Database, tenant_id: UUID, scope: str, key: str) -> bytes:
    """The stored column as the admin sees it (the same read `keys rewrap` does)."""
    row = db.one("rewrap_load_context_entry", tenant_id=tenant_id, scope=scope, key=key)
    assert row is not None
    return bytes(row["sealed"])


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("size", [0, 11, 4 * KIB, 1 * MIB])
def test_values_round_trip(make_store, uncached: ContextStore, tenant: UUID, size: int) -> None:
    value = os.urandom(size)
    writer = make_store()
    writer.put(tenant, SCOPE, "blob", value)
    assert uncached.get(tenant, SCOPE, "blob") == value  # from the database
    assert writer.get(tenant, SCOPE, "blob") == value
    assert [(e.key, e.size) for e in uncached.list(tenant, SCOPE)] == [("blob", size)]


def test_keys_may_hold_quotes_slashes_percent_signs_and_unicode(
    uncached: ContextStore, tenant: UUID
) -> None:
    keys = ["k" * 200, "semgrep/it's 100%s \\ done", "schlüssel 🔑"]
    for key in keys:
        uncached.put(tenant, SCOPE, key, key.encode())
    assert sorted(e.key for e in uncached.list(tenant, SCOPE)) == sorted(keys)
    for key in keys:
        assert uncached.get(tenant, SCOPE, key) == key.encode()


def test_a_put_overwrites_value_and_expiry(uncached: ContextStore, tenant: UUID) -> None:
    uncached.put(tenant, SCOPE, "k", b"first, the longer value", ttl_s=600)
    [before] = uncached.list(tenant, SCOPE)
    assert before.expires_at is not None
    uncached.put(tenant, SCOPE, "k", b"second")
    assert uncached.get(tenant, SCOPE, "k") == b"second"
    [after] = uncached.list(tenant, SCOPE)
    assert (after.size, after.expires_at) == (6, None)
    assert after.updated_at > before.updated_at


def test_json_helpers_round_trip(uncached: ContextStore, tenant: UUID) -> None:
    doc = {"findings": [{"rule": "sqli", "line": 3}], "note": "ünïcode"}
    uncached.put_json(tenant, SCOPE, "doc", doc)
    assert uncached.get_json(tenant, SCOPE, "doc") == doc
    assert uncached.get_json(tenant, SCOPE, "missing") is None
    with pytest.raises(InvalidRequest, match="JSON"):
        uncached.put_json(tenant, SCOPE, "bad", {"x": float("nan")})


def test_scope_helpers_make_scopes_the_database_accepts(
    uncached: ContextStore, tenant: UUID
) -> None:
    scan_id = uuid.uuid4()
    assert task_scope(42) == "task:42"
    assert scan_scope(scan_id) == f"scan:{scan_id}"
    for scope in (task_scope(42), scan_scope(scan_id)):
        uncached.put(tenant, scope, "k", scope.encode())
        assert uncached.get(tenant, scope, "k") == scope.encode()
    for bad in (0, -1, True, "42"):
        with pytest.raises(InvalidRequest, match="task id"):
            task_scope(bad)
    with pytest.raises(InvalidRequest, match="scan id"):
        scan_scope(str(scan_id))


# --------------------------------------------------------------------------- expiry


def test_an_entry_expires_on_the_database_clock(make_store, tenant: UUID) -> None:
    fresh_view = make_store(cache_entries=0)
    cached = make_store(cache_ttl_s=60.0)
    cached.put(tenant, SCOPE, "short", b"soon gone", ttl_s=0.5)
    cached.put(tenant, SCOPE, "long", b"stays", ttl_s=600)
    assert cached.get(tenant, SCOPE, "short") == b"soon gone"
    hits = cached.cache_stats().hits
    assert cached.get(tenant, SCOPE, "short") == b"soon gone"
    assert cached.cache_stats().hits == hits + 1  # served from the cache

    wait_until(lambda: fresh_view.get(tenant, SCOPE, "short") is None)
    # The cache held it for 60 s, but not past the entry's own expiry.
    assert cached.get(tenant, SCOPE, "short") is None
    assert make_store().get(tenant, SCOPE, "short") is None
    assert [e.key for e in fresh_view.list(tenant, SCOPE)] == ["long"]
    assert fresh_view.delete(tenant, SCOPE, "short") is False  # expired counts as absent
    assert cached.get(tenant, SCOPE, "long") == b"stays"


def test_purge_removes_only_expired_rows_in_bounded_batches(
    make_store, db: Database, tenant: UUID, settings: Settings
) -> None:
    other = create_tenant(db, "globex")["id"]
    store = make_store(cache_entries=0)
    for owner in (tenant, other):
        for i in range(3):
            store.put(owner, SCOPE, f"old-{i}", b"x", ttl_s=0.2)
        store.put(owner, SCOPE, "later", b"y", ttl_s=600)
        store.put(owner, SCOPE, "forever", b"z")
    # Listing filters on the database clock: two entries each means six have expired.
    wait_until(lambda: len(store.list(tenant, SCOPE)) == len(store.list(other, SCOPE)) == 2)

    # The cleanup job runs as the admin: workers see entries only in a tenant's scope.
    cleaner = ContextStore(db, Vault(db, MasterKeyRing.from_settings(settings)), cache_entries=0)
    assert store.purge_expired(limit=4) == 0
    assert cleaner.purge_expired(limit=4) == 4
    assert cleaner.purge_expired(limit=4) == 2
    assert cleaner.purge_expired(limit=4) == 0
    for owner in (tenant, other):
        assert [e.key for e in store.list(owner, SCOPE)] == ["forever", "later"]
        assert store.get(owner, SCOPE, "later") == b"y"
    with pytest.raises(InvalidRequest, match="limit"):
        store.purge_expired(limit=0)


# --------------------------------------------------------------------------- delete and list


def test_delete_list_and_delete_scope(uncached: ContextStore, tenant: UUID) -> None:
    other_scope = "scan:abc-123"
    uncached.put(tenant, SCOPE, "b", b"22", ttl_s=600)
    uncached.put(tenant, SCOPE, "a", b"1")
    uncached.put(tenant, SCOPE, "c", b"333")
    uncached.put(tenant, other_scope, "a", b"elsewhere")

    listed = uncached.list(tenant, SCOPE)
    assert [(e.key, e.size) for e in listed] == [("a", 1), ("b", 2), ("c", 3)]
    assert listed[0].expires_at is None and listed[1].expires_at is not None
    assert all(e.updated_at is not None for e in listed)

    assert uncached.delete(tenant, SCOPE, "b") is True
    assert uncached.delete(tenant, SCOPE, "b") is False
    assert uncached.get(tenant, SCOPE, "b") is None
    assert [e.key for e in uncached.list(tenant, SCOPE)] == ["a", "c"]

    assert uncached.delete_scope(tenant, SCOPE) == 2
    assert uncached.delete_scope(tenant, SCOPE) == 0
    assert uncached.list(tenant, SCOPE) == []
    assert uncached.get(tenant, other_scope, "a") == b"elsewhere"


# --------------------------------------------------------------------------- isolation and sealing


def test_tenants_cannot_see_each_others_entries(make_store, db: Database, tenant: UUID) -> None:
    other = create_tenant(db, "globex")["id"]
    store = make_store()  # one process serving both tenants, cache on
    store.put(tenant, SCOPE, "shared-name", b"acme's value")
    store.put(other, SCOPE, "shared-name", b"globex's value")
    store.put(tenant, SCOPE, "only-acme", b"secret")
    assert store.get(tenant, SCOPE, "shared-name") == b"acme's value"
    assert store.get(other, SCOPE, "shared-name") == b"globex's value"

    assert store.get(other, SCOPE, "only-acme") is None
    assert [e.key for e in store.list(other, SCOPE)] == ["shared-name"]
    assert store.delete(other, SCOPE, "only-acme") is False
    assert store.delete_scope(other, SCOPE) == 1
    assert store.get(tenant, SCOPE, "only-acme") == b"secret"
    assert make_store(cache_entries=0).get(tenant, SCOPE, "shared-name") == b"acme's value"


def test_the_stored_column_never_holds_the_plaintext(
    uncached: ContextStore, db: Database, tenant: UUID
) -> None:
    plaintext = b"AKIA-very-recognisable-secret " * 8
    uncached.put(tenant, SCOPE, "creds", plaintext)
    stored = raw_value(db, tenant, SCOPE, "creds")
    assert plaintext not in stored and b"AKIA" not in stored
    assert len(stored) == len(plaintext) + SEAL_OVERHEAD
    # The tenant's first data key was created and committed with the value.
    assert db.one("tenant_key_current", tenant_id=tenant) is not None


def test_a_value_copied_to_another_key_fails_to_open(
    make_store, db: Database, tenant: UUID
) -> None:
    writer = make_store()
    writer.put(tenant, SCOPE, "approved", b"the real verdict")
    writer.put(tenant, SCOPE, "pending", b"something else")
    stolen = raw_value(db, tenant, SCOPE, "approved")
    db.run(
        "rewrap_store_context_entry",
        tenant_id=tenant, scope=SCOPE, key="pending", sealed=stolen, key_version=1,
    )  # fmt: skip
    with pytest.raises(IntegrityError, match="pending"):
        make_store(cache_entries=0).get(tenant, SCOPE, "pending")
    assert make_store().get(tenant, SCOPE, "approved") == b"the real verdict"


# --------------------------------------------------------------------------- cache


def test_the_cache_is_invalidated_by_this_stores_writes(make_store, tenant: UUID) -> None:
    cached = make_store(cache_ttl_s=60.0)
    another_process = make_store(cache_entries=0)
    cached.put(tenant, SCOPE, "k", b"v1")
    cached.put(tenant, "scan:s1", "k", b"in another scope")
    assert cached.get(tenant, SCOPE, "k") == b"v1"
    assert cached.get(tenant, "scan:s1", "k") == b"in another scope"

    # Proof that reads are cached: another process's overwrite is not seen yet.
    another_process.put(tenant, SCOPE, "k", b"from elsewhere")
    assert cached.get(tenant, SCOPE, "k") == b"v1"

    cached.put(tenant, SCOPE, "k", b"v2")
    assert cached.get(tenant, SCOPE, "k") == b"v2"
    assert cached.delete(tenant, SCOPE, "k") is True
    assert cached.get(tenant, SCOPE, "k") is None

    cached.put(tenant, SCOPE, "k", b"v3")
    assert cached.get(tenant, SCOPE, "k") == b"v3"
    another_process.put(tenant, SCOPE, "k", b"v4")
    cached.delete_scope(tenant, SCOPE)
    assert cached.get(tenant, SCOPE, "k") is None
    assert cached.get(tenant, "scan:s1", "k") == b"in another scope"


def test_missing_keys_are_not_cached(make_store, tenant: UUID) -> None:
    reader = make_store(cache_ttl_s=60.0)
    assert reader.get(tenant, SCOPE, "later") is None
    make_store().put(tenant, SCOPE, "later", b"written by another process")
    assert reader.cache_stats().entries == 0
    assert reader.get(tenant, SCOPE, "later") == b"written by another process"


def test_another_process_write_is_seen_after_cache_ttl(make_store, tenant: UUID) -> None:
    reader = make_store(cache_ttl_s=0.3)
    reader.put(tenant, SCOPE, "k", b"old")
    assert reader.get(tenant, SCOPE, "k") == b"old"
    make_store().put(tenant, SCOPE, "k", b"new")
    wait_until(lambda: reader.get(tenant, SCOPE, "k") == b"new", timeout_s=3.0)


def test_the_cache_evicts_the_least_recently_used_entry(make_store, tenant: UUID) -> None:
    cached = make_store(cache_entries=3, cache_ttl_s=60.0)
    for key in ("k0", "k1", "k2"):
        cached.put(tenant, SCOPE, key, key.encode())
        cached.get(tenant, SCOPE, key)
    cached.get(tenant, SCOPE, "k0")  # k1 is now the least recently used
    cached.put(tenant, SCOPE, "k3", b"k3")
    cached.get(tenant, SCOPE, "k3")
    stats = cached.cache_stats()
    assert (stats.entries, stats.evictions) == (3, 1)

    # Overwrite everything behind the cache's back: cached keys still read old.
    elsewhere = make_store(cache_entries=0)
    for key in ("k0", "k1", "k2", "k3"):
        elsewhere.put(tenant, SCOPE, key, b"new")
    assert cached.get(tenant, SCOPE, "k0") == b"k0"
    assert cached.get(tenant, SCOPE, "k2") == b"k2"
    assert cached.get(tenant, SCOPE, "k3") == b"k3"
    assert cached.get(tenant, SCOPE, "k1") == b"new"  # evicted, so read afresh


def test_the_cache_is_bounded_by_bytes(make_store, tenant: UUID) -> None:
    bound = 80 * KIB  # twenty 4 KiB values; no single value over bound / 8 is cached
    cached = make_store(cache_max_bytes=bound, cache_ttl_s=60.0)
    for i in range(40):
        cached.put(tenant, SCOPE, f"k{i}", os.urandom(4 * KIB))
        cached.get(tenant, SCOPE, f"k{i}")
        assert cached.cache_stats().bytes <= bound
    stats = cached.cache_stats()
    assert stats.entries == bound // (4 * KIB)
    assert stats.evictions == 40 - stats.entries

    big = os.urandom(bound // 8 + 1)  # one value may not flush the whole cache
    cached.put(tenant, SCOPE, "big", big)
    assert cached.get(tenant, SCOPE, "big") == big
    assert cached.cache_stats().entries == stats.entries


class PausingVault(Vault):
    """A vault whose next `open` waits for the test: a read held between query and cache."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.opening = threading.Event()
        self.resume = threading.Event()

    def open(self, *args, **kwargs) -> bytes:
        self.opening.set()
        assert self.resume.wait(10), "the test never resumed the read"
        return super().open(*args, **kwargs)


def test_a_read_racing_a_put_does_not_cache_the_old_value(
    worker_db: Database, settings: Settings, tenant: UUID
) -> None:
    vault = PausingVault(worker_db, MasterKeyRing.from_settings(settings))
    store = ContextStore(worker_db, vault, cache_ttl_s=60.0)
    store.put(tenant, SCOPE, "k", b"old")
    read: list[bytes | None] = []
    reader = threading.Thread(target=lambda: read.append(store.get(tenant, SCOPE, "k")))
    reader.start()
    assert vault.opening.wait(10)  # the reader has fetched b"old" from the database
    store.put(tenant, SCOPE, "k", b"new")
    vault.resume.set()
    reader.join()
    assert read == [b"old"]  # it read before the put; it must not keep that copy
    assert store.get(tenant, SCOPE, "k") == b"new"


def test_threads_share_one_store(make_store, tenant: UUID) -> None:
    store = make_store(cache_entries=8, cache_ttl_s=60.0)
    failures: list[str] = []

    def work(n: int) -> None:
        for i in range(25):
            key = f"t{n}-{i % 10}"
            value = f"{n}:{i}".encode()
            store.put(tenant, SCOPE, key, value)
            got = store.get(tenant, SCOPE, key)
            if got != value:
                failures.append(f"{key}: wrote {value!r}, read {got!r}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    stats = store.cache_stats()
    assert stats.entries <= 8 and stats.hits + stats.misses == 100


# --------------------------------------------------------------------------- validation


@pytest.fixture
def offline_store() -> ContextStore:
    """A store whose database was never opened: any round trip would fail loudly."""
    closed = Database("postgresql://securetag@127.0.0.1:9/nowhere", min_size=0)
    return ContextStore(closed, Vault(closed, MasterKeyRing.from_settings(make_settings(None))))


@pytest.mark.parametrize(
    ("scope", "key", "field"),
    [
        ("task:1/2", "k", "scope"),
        ("job:1", "k", "scope"),
        ("task:", "k", "scope"),
        ("task:" + "a" * 65, "k", "scope"),
        ("TASK:1", "k", "scope"),
        (None, "k", "scope"),
        (SCOPE, "", "key"),
        (SCOPE, "k" * 201, "key"),
        (SCOPE, "nul\x00byte", "key"),
        (SCOPE, "line\nbreak", "key"),
        (SCOPE, 7, "key"),
    ],
)
def test_bad_scopes_and_keys_are_refused_before_the_database(
    offline_store: ContextStore, scope, key, field: str
) -> None:
    tenant_id = uuid.uuid4()
    calls = [
        lambda: offline_store.put(tenant_id, scope, key, b"v"),
        lambda: offline_store.get(tenant_id, scope, key),
        lambda: offline_store.delete(tenant_id, scope, key),
    ]
    if field == "scope":
        calls += [
            lambda: offline_store.list(tenant_id, scope),
            lambda: offline_store.delete_scope(tenant_id, scope),
        ]
    for call in calls:
        with pytest.raises(InvalidRequest) as caught:
            call()
        assert caught.value.details["field"] == field
        assert field in caught.value.message


def test_bad_values_and_tenants_are_refused_before_the_database(
    offline_store: ContextStore,
) -> None:
    tenant_id = uuid.uuid4()
    with pytest.raises(InvalidRequest, match="bytes, not str"):
        offline_store.put(tenant_id, SCOPE, "k", "text")
    with pytest.raises(PayloadTooLarge, match="limit"):
        offline_store.put(tenant_id, SCOPE, "k", bytes(MAX_VALUE_BYTES + 1))
    with pytest.raises(InvalidRequest, match="tenant id"):
        offline_store.get(str(tenant_id), SCOPE, "k")


@pytest.mark.parametrize("ttl_s", [0, -1, float("inf"), float("nan"), 10**9, "5", True])
def test_invalid_ttls_are_refused_before_the_database(offline_store: ContextStore, ttl_s) -> None:
    with pytest.raises(InvalidRequest, match="ttl_s") as caught:
        offline_store.put(uuid.uuid4(), SCOPE, "k", b"v", ttl_s=ttl_s)
    assert caught.value.details["field"] == "ttl_s"
