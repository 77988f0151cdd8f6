"""The encrypted context store: what agents hand each other within a task or a scan.

An entry is bytes under (tenant, scope, key), with an optional time to live.
Scopes name what the entry belongs to, ``task:<id>`` or ``scan:<uuid>`` (see
`task_scope` and `scan_scope`); keys are short names chosen by the agents
("semgrep.findings"). Values are sealed with the tenant's data key
(securetag/store/vault.py), bound to the row id ``<scope>/<key>``: a value copied to
another key, scope or tenant fails to open instead of decrypting. The SQL is in
sql/queries/context.sql.

Expired entries are absent for every reader as soon as the database clock
passes their expiry; `purge_expired` deletes them later, in bounded batches.

Caching and processes: each ContextStore keeps recently read plaintexts in
memory (see `ContextStore`). A write in this process invalidates its own cache
at once. A write or delete in another process is seen here only when the
cached copy ends, after at most ``cache_ttl_s`` (or the entry's own expiry,
whichever comes first). Missing keys are never cached, so a value another
process writes for the first time is seen at once; only an overwrite or a
delete by another process can be read stale. Pass ``cache_entries=0`` where
that matters.
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from securetag.kernel.errors import InvalidRequest, PayloadTooLarge
from securetag.security.crypto import SEAL_OVERHEAD
from securetag.store.db import Database
from securetag.store.vault import CONTEXT_VALUE, Vault

# Mirrors the CHECK constraints of context_entry (migration 0004), so a bad
# scope or key is refused with a clear message before any round trip.
SCOPE_PATTERN = re.compile(r"(task|scan):[A-Za-z0-9-]{1,64}")
MAX_KEY_CHARS = 200
# Context is agent output handed to the next agent, not bulk storage; the cap
# keeps one entry from filling a worker's memory (it is held decrypted).
MAX_VALUE_BYTES = 32 * 1024 * 1024
# Entries belong to a task or a scan; a year is past any of their lifetimes and
# keeps now() + ttl far inside PostgreSQL's timestamp range.
MAX_TTL_S = 366 * 24 * 3600.0

DEFAULT_CACHE_ENTRIES = 1024
DEFAULT_CACHE_TTL_S = 30.0
DEFAULT_CACHE_MAX_BYTES = 16 * 1024 * 1024
# One large value must not flush everything else out of the cache.
CACHE_ENTRY_SHARE = 8

CacheKey = tuple[UUID, str, str]


@dataclass(frozen=True, slots=True)
class ContextEntryInfo:
    """One live entry as `ContextStore.list` shows it (never its value)."""

    key: str
    size: int  # bytes of the plaintext value
    expires_at: datetime | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ContextCacheStats:
    """What the decrypted-value cache of one ContextStore holds and how it has served."""

    entries: int
    bytes: int
    hits: int
    misses: int
    evictions: int


# --------------------------------------------------------------------------- scopes


def task_scope(task_id: int) -> str:
    """The scope of entries that belong to one task (its queue id)."""
    if isinstance(task_id, bool) or not isinstance(task_id, int) or task_id < 1:
        raise InvalidRequest(
            f"a task id is a positive integer, not {task_id!r}", details={"field": "task_id"}
        )
    return f"task:{task_id}"


def scan_scope(scan_id: UUID) -> str:
    """The scope of entries that belong to one scan (all of its tasks)."""
    if not isinstance(scan_id, UUID):
        raise InvalidRequest(f"a scan id is a UUID, not {scan_id!r}", details={"field": "scan_id"})
    return f"scan:{scan_id}"


def context_row_id(scope: str, key: str) -> str:
    """The row id a value is sealed to; `securetag keys rewrap` rebuilds the same string."""
    return f"{scope}/{key}"


# --------------------------------------------------------------------------- validation


def _check_tenant(tenant_id: UUID) -> None:
    if not isinstance(tenant_id, UUID):
        raise InvalidRequest(
            f"a tenant id is a UUID, not {tenant_id!r}", details={"field": "tenant_id"}
        )


def _check_scope(scope: str) -> None:
    if not isinstance(scope, str) or not SCOPE_PATTERN.fullmatch(scope):
        raise InvalidRequest(
            f"invalid context scope {scope!r}: expected 'task:<id>' or 'scan:<id>', the id "
            "1-64 letters, digits or '-' (use task_scope() or scan_scope())",
            details={"field": "scope"},
        )


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not 1 <= len(key) <= MAX_KEY_CHARS:
        raise InvalidRequest(
            f"invalid context key {key!r}: expected a string of 1-{MAX_KEY_CHARS} characters",
            details={"field": "key"},
        )
    # Control characters and lone surrogates cannot be stored as text (NUL) or
    # would make keys that print identically differ.
    if not key.isprintable():
        raise InvalidRequest(
            f"invalid context key {key!r}: control or unprintable characters are not allowed",
            details={"field": "key"},
        )


def _check_value(value: bytes) -> bytes:
    if not isinstance(value, bytes | bytearray | memoryview):
        raise InvalidRequest(
            f"a context value is bytes, not {type(value).__name__} (use put_json for objects)",
            details={"field": "value"},
        )
    value = bytes(value)
    if len(value) > MAX_VALUE_BYTES:
        raise PayloadTooLarge(
            f"context value of {len(value):,} bytes is over the {MAX_VALUE_BYTES:,}-byte limit",
            details={"field": "value", "size": len(value), "limit": MAX_VALUE_BYTES},
        )
    return value


def _check_ttl(ttl_s: float | None) -> None:
    if ttl_s is None:
        return
    if (
        isinstance(ttl_s, bool)
        or not isinstance(ttl_s, int | float)
        or not math.isfinite(ttl_s)
        or not 0 < ttl_s <= MAX_TTL_S
    ):
        raise InvalidRequest(
            f"invalid ttl_s {ttl_s!r}: expected seconds > 0 and <= {MAX_TTL_S:.0f}, "
            "or None for an entry that lives until deleted",
            details={"field": "ttl_s"},
        )


def _entry_key(tenant_id: UUID, scope: str, key: str) -> CacheKey:
    _check_tenant(tenant_id)
    _check_scope(scope)
    _check_key(key)
    return (tenant_id, scope, key)


# --------------------------------------------------------------------------- cache


@dataclass(slots=True)
class _Cached:
    value: bytes
    fresh_until: float  # time.monotonic()


class _DecryptedValueCache:
    """A thread-safe LRU of plaintexts, bounded by entry count and by total bytes.

    Every invalidation bumps `generation`. A reader notes the generation before
    it queries the database and stores its result only if no invalidation came
    in between: otherwise a read that raced a put could cache the value the put
    just replaced.
    """

    def __init__(self, max_entries: int, max_bytes: int, ttl_s: float) -> None:
        self._max_entries = max_entries
        self._max_bytes = max_bytes
        self._max_entry_bytes = max_bytes // CACHE_ENTRY_SHARE
        self._ttl_s = ttl_s
        self._enabled = max_entries > 0 and max_bytes > 0 and ttl_s > 0
        self._lock = threading.Lock()
        self._entries: OrderedDict[CacheKey, _Cached] = OrderedDict()
        self._bytes = 0
        self._generation = 0
        self._hits = 0
        self._misses = 0
        self._evictions = 0

    @property
    def generation(self) -> int:
        with self._lock:
            return self._generation

    def lookup(self, key: CacheKey) -> bytes | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry.fresh_until <= time.monotonic():
                self._drop(key)
                entry = None
            if entry is None:
                self._misses += 1
                return None
            self._entries.move_to_end(key)
            self._hits += 1
            return entry.value

    def store(
        self,
        key: CacheKey,
        value: bytes,
        *,
        asked_at: float,
        entry_ttl_left_s: float | None,
        seen_generation: int,
    ) -> None:
        """Keep `value` until the sooner of the cache's TTL and the entry's own expiry.

        Both count from `asked_at`, taken before the query, so the cached copy
        never outlives the row on the database clock.
        """
        if not self._enabled or len(value) > self._max_entry_bytes:
            return
        lifetime = self._ttl_s if entry_ttl_left_s is None else min(self._ttl_s, entry_ttl_left_s)
        fresh_until = asked_at + lifetime
        with self._lock:
            if self._generation != seen_generation or fresh_until <= time.monotonic():
                return
            self._drop(key)
            self._entries[key] = _Cached(value, fresh_until)
            self._bytes += len(value)
            while len(self._entries) > self._max_entries or self._bytes > self._max_bytes:
                oldest = next(iter(self._entries))
                self._drop(oldest)
                self._evictions += 1

    def invalidate(self, key: CacheKey) -> None:
        with self._lock:
            self._generation += 1
            self._drop(key)

    def invalidate_scope(self, tenant_id: UUID, scope: str) -> None:
        with self._lock:
            self._generation += 1
            for key in [k for k in self._entries if k[0] == tenant_id and k[1] == scope]:
                self._drop(key)

    def stats(self) -> ContextCacheStats:
        with self._lock:
            return ContextCacheStats(
                len(self._entries), self._bytes, self._hits, self._misses, self._evictions
            )

    def _drop(self, key: CacheKey) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry.value)


# --------------------------------------------------------------------------- store


class ContextStore:
    """Sealed context entries of every tenant; one per process, shared by its threads.

    Reads keep the decrypted value in an in-process LRU (at most
    `cache_entries` values and `cache_max_bytes` bytes, a value larger than an
    eighth of that is not cached) for the sooner of `cache_ttl_s` and the
    entry's own expiry. Puts and deletes through this store invalidate it at
    once; writes by other processes are seen after at most `cache_ttl_s`
    (see the module docstring). The default suits the scan task: an entry is
    written once by one agent and read by the next, usually in the same task,
    and missing keys are never cached. `cache_entries=0` or `cache_ttl_s=0`
    turns the cache off.
    """

    def __init__(
        self,
        db: Database,
        vault: Vault,
        *,
        cache_entries: int = DEFAULT_CACHE_ENTRIES,
        cache_ttl_s: float = DEFAULT_CACHE_TTL_S,
        cache_max_bytes: int = DEFAULT_CACHE_MAX_BYTES,
    ) -> None:
        if cache_entries < 0 or cache_max_bytes < 0 or not 0 <= cache_ttl_s < math.inf:
            raise ValueError(
                "cache_entries and cache_max_bytes must be >= 0 and cache_ttl_s finite and >= 0"
            )
        self._db = db
        self._vault = vault
        self._cache = _DecryptedValueCache(cache_entries, cache_max_bytes, cache_ttl_s)

    # ------------------------------------------------------------------ bytes

    def put(
        self,
        tenant_id: UUID,
        scope: str,
        key: str,
        value: bytes,
        *,
        ttl_s: float | None = None,
    ) -> None:
        """Store `value` under (scope, key), replacing any entry there and its expiry.

        With `ttl_s` the entry is absent to readers that many seconds after the
        write (database clock); without it, it lives until deleted.
        """
        entry = _entry_key(tenant_id, scope, key)
        plaintext = _check_value(value)
        _check_ttl(ttl_s)
        try:
            # The seal joins this transaction so a tenant's first data key
            # commits (or rolls back) with the first value sealed under it.
            with self._db.transaction(tenant_id=tenant_id) as conn:
                sealed = self._vault.seal(
                    tenant_id, CONTEXT_VALUE, context_row_id(scope, key), plaintext, conn=conn
                )
                conn.run(
                    "context_upsert",
                    scope=scope,
                    key=key,
                    value=sealed.ciphertext,
                    key_version=sealed.key_version,
                    ttl_s=None if ttl_s is None else float(ttl_s),
                )
        finally:
            # After the commit: invalidating earlier would let a concurrent get
            # cache the old value between the invalidation and the commit.
            self._cache.invalidate(entry)

    def put_many(
        self,
        tenant_id: UUID,
        scope: str,
        entries: Sequence[tuple[str, bytes]],
        *,
        ttl_s: float | None = None,
    ) -> None:
        """`put` of each (key, value) of one scope, in one transaction and one batch.

        What a loop of `put` would leave, the same key twice included (the later
        value wins), at the cost of about one round trip however many entries.
        """
        checked = [
            (_entry_key(tenant_id, scope, key), key, _check_value(value)) for key, value in entries
        ]
        _check_ttl(ttl_s)
        if not checked:
            return
        ttl = None if ttl_s is None else float(ttl_s)
        try:
            with self._db.transaction(tenant_id=tenant_id) as conn:
                sealed = self._vault.seal_many(
                    tenant_id,
                    CONTEXT_VALUE,
                    ((context_row_id(scope, key), value) for _, key, value in checked),
                    conn=conn,
                )
                conn.many(
                    "context_upsert",
                    [
                        {
                            "scope": scope,
                            "key": key,
                            "value": one.ciphertext,
                            "key_version": one.key_version,
                            "ttl_s": ttl,
                        }
                        for (_, key, _), one in zip(checked, sealed, strict=True)
                    ],
                )
        finally:
            self._cache.invalidate_scope(tenant_id, scope)

    def get(self, tenant_id: UUID, scope: str, key: str) -> bytes | None:
        """The value under (scope, key), or None when there is none or it has expired.

        Raises securetag.security.crypto.IntegrityError when the stored value does not
        open under this tenant, scope and key (a tampered or copied row).
        """
        entry = _entry_key(tenant_id, scope, key)
        cached = self._cache.lookup(entry)
        if cached is not None:
            return cached
        generation = self._cache.generation
        asked_at = time.monotonic()
        rows = self._db.scoped_all(tenant_id, "context_get", scope=scope, key=key)
        if not rows:
            return None
        row = rows[0]
        value = self._vault.open(
            tenant_id, CONTEXT_VALUE, context_row_id(scope, key), row["value"], row["key_version"]
        )
        self._cache.store(
            entry,
            value,
            asked_at=asked_at,
            entry_ttl_left_s=row["ttl_left_s"],
            seen_generation=generation,
        )
        return value

    def delete(self, tenant_id: UUID, scope: str, key: str) -> bool:
        """Remove one entry; True if a live (unexpired) entry was there."""
        entry = _entry_key(tenant_id, scope, key)
        try:
            with self._db.transaction(tenant_id=tenant_id) as conn:
                row = conn.one("context_delete", scope=scope, key=key)
        finally:
            self._cache.invalidate(entry)
        return row is not None and bool(row["live"])

    def list(self, tenant_id: UUID, scope: str) -> list[ContextEntryInfo]:
        """The live entries of one scope, by key, without their values."""
        _check_tenant(tenant_id)
        _check_scope(scope)
        rows = self._db.scoped_all(tenant_id, "context_list", scope=scope)
        return [
            ContextEntryInfo(
                key=row["key"],
                size=row["sealed_bytes"] - SEAL_OVERHEAD,
                expires_at=row["expires_at"],
                updated_at=row["updated_at"],
            )
            for row in rows
        ]

    def delete_scope(self, tenant_id: UUID, scope: str) -> int:
        """Remove every entry of one scope (when its task or scan is done); the number live."""
        _check_tenant(tenant_id)
        _check_scope(scope)
        try:
            with self._db.transaction(tenant_id=tenant_id) as conn:
                live = conn.scalar("context_delete_scope", scope=scope)
        finally:
            self._cache.invalidate_scope(tenant_id, scope)
        return int(live)

    def purge_expired(self, limit: int = 1000) -> int:
        """Delete up to `limit` expired entries of any tenant; the number deleted.

        For the cleanup job: call it until it returns less than `limit`. Needs
        the admin role; the API and worker roles see entries only inside a
        tenant's scope, so for them this deletes nothing.
        """
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise InvalidRequest(
                f"limit is a positive integer, not {limit!r}", details={"field": "limit"}
            )
        return self._db.run("context_purge_expired", limit=limit)

    # ------------------------------------------------------------------ JSON

    def put_json(
        self, tenant_id: UUID, scope: str, key: str, value: Any, *, ttl_s: float | None = None
    ) -> None:
        """`put` of a JSON document (UTF-8, compact; NaN and Infinity refused)."""
        try:
            encoded = json.dumps(
                value, separators=(",", ":"), ensure_ascii=False, allow_nan=False
            ).encode("utf-8")
        except (TypeError, ValueError) as exc:
            raise InvalidRequest(
                f"context value is not JSON-serializable: {exc}", details={"field": "value"}
            ) from exc
        self.put(tenant_id, scope, key, encoded, ttl_s=ttl_s)

    def get_json(self, tenant_id: UUID, scope: str, key: str) -> Any:
        """The JSON document under (scope, key), or None (also what a stored JSON null reads as)."""
        value = self.get(tenant_id, scope, key)
        return None if value is None else json.loads(value)

    # ------------------------------------------------------------------ observation

    def cache_stats(self) -> ContextCacheStats:
        """Entries, bytes, hits, misses and evictions of this store's decrypted-value cache."""
        return self._cache.stats()
