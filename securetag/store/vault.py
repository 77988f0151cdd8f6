"""Sealing tenant data with the tenant's own data keys (the database side of crypto.py).

A tenant's data keys live wrapped in `tenant_key` (migration 0004); the Vault
unwraps them with the operator's master key ring and keeps the unwrapped keys
in memory for a few minutes, so sealing and opening cost no round trip once a
key is known. New data is sealed under the tenant's newest key version; old
versions keep opening what they sealed until `securetag keys rewrap` moves it.

Every sealed value is bound to (tenant, purpose, row id): a ciphertext copied
to another tenant, column or row fails with an IntegrityError instead of
decrypting. Purposes name the column, e.g. "upload.content".
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from securetag.security.crypto import (
    IntegrityError,
    MasterKeyRing,
    new_data_key,
    open_sealed,
    seal,
    sealed_key_version,
)
from securetag.store.db import Connection, Database

UPLOAD_CONTENT = "upload.content"
SCAN_TARGET_URL = "scan.target_url"
CONTEXT_VALUE = "context_entry.value"
FINDING_DETAIL = "finding.detail"
TOOL_OUTPUT = "tool_execution.output"
TRIAGE_DETAIL = "finding_triage.detail"
FEEDBACK_NOTE = "finding_feedback.note"
WEBHOOK_CONFIG = "tenant_webhook.sealed"

# Unwrapped keys stay in memory this long; a shredded tenant's key is gone from
# every process within this time even if it is never asked for again.
KEY_CACHE_TTL_S = 300.0
# How long a process keeps sealing with a version it looked up. Sealing with a
# version one rotation old is still correct (the key exists; rewrap moves it on).
CURRENT_VERSION_TTL_S = 10.0


class KeyShredded(IntegrityError):
    """The tenant's data key no longer exists (crypto-shredded): the data cannot be opened."""

    code = "key_shredded"


@dataclass(frozen=True, slots=True)
class Sealed:
    ciphertext: bytes
    key_version: int


class Vault:
    """Seal and open tenant data; one per process, shared by its threads."""

    def __init__(self, db: Database, ring: MasterKeyRing) -> None:
        self._db = db
        self._ring = ring
        self._lock = threading.Lock()
        self._keys: dict[tuple[UUID, int], tuple[bytes, float]] = {}
        self._current: dict[UUID, tuple[int, float]] = {}

    @property
    def ring(self) -> MasterKeyRing:
        return self._ring

    def seal(
        self,
        tenant_id: UUID,
        purpose: str,
        row_id: str,
        plaintext: bytes,
        *,
        conn: Connection | None = None,
        fresh: bool = False,
    ) -> Sealed:
        """Seal under the tenant's newest data key, creating its first key if it has none.

        Pass `conn` inside a transaction so a first key commits with the data it seals.
        `fresh` looks the newest version up even if this process knew one a moment
        ago (rewrap must not re-seal a row under the version it is moving away from).
        """
        version, data_key = self._current_key(tenant_id, conn, fresh=fresh)
        ciphertext = seal(
            data_key, version, plaintext, tenant_id=tenant_id, purpose=purpose, row_id=row_id
        )
        return Sealed(ciphertext, version)

    def seal_many(
        self,
        tenant_id: UUID,
        purpose: str,
        values: Iterable[tuple[str, bytes]],
        *,
        conn: Connection | None = None,
    ) -> list[Sealed]:
        """`seal` of each (row id, plaintext), in order, all under one key looked up once.

        A scan's findings are sealed in a loop: the key is resolved (and, the first
        time, fetched and unwrapped) before it, so the loop itself is memory only.
        """
        version, data_key = self._current_key(tenant_id, conn, fresh=False)
        return [
            Sealed(
                seal(
                    data_key, version, plaintext, tenant_id=tenant_id, purpose=purpose,
                    row_id=row_id,
                ),
                version,
            )
            for row_id, plaintext in values
        ]  # fmt: skip

    def open(
        self,
        tenant_id: UUID,
        purpose: str,
        row_id: str,
        ciphertext: bytes,
        key_version: int | None,
        *,
        conn: Connection | None = None,
    ) -> bytes:
        """The plaintext of a sealed value; key_version None is a value stored before encryption."""
        if key_version is None:
            return bytes(ciphertext)
        ciphertext = bytes(ciphertext)
        if sealed_key_version(ciphertext) != key_version:
            raise IntegrityError(
                f"{purpose} of row {row_id}: the ciphertext names another key version "
                "than its row (tampered row)"
            )
        data_key = self._key(tenant_id, key_version, conn)
        return open_sealed(
            data_key, ciphertext, tenant_id=tenant_id, purpose=purpose, row_id=row_id
        )

    def forget(self, tenant_id: UUID) -> None:
        """Drop a tenant's cached keys (after shredding them in this process)."""
        with self._lock:
            for cached in [k for k in self._keys if k[0] == tenant_id]:
                del self._keys[cached]
            self._current.pop(tenant_id, None)

    # ------------------------------------------------------------------ keys

    def _current_key(
        self, tenant_id: UUID, conn: Connection | None, *, fresh: bool
    ) -> tuple[int, bytes]:
        now = time.monotonic()
        with self._lock:
            known = None if fresh else self._current.get(tenant_id)
        if known is not None and known[1] > now:
            return known[0], self._key(tenant_id, known[0], conn)
        row = self._fetch(conn, tenant_id, "tenant_key_current")
        if row is None:
            row = self._create_first_key(tenant_id, conn)
        data_key = self._remember(tenant_id, row)
        with self._lock:
            self._current[tenant_id] = (row["version"], now + CURRENT_VERSION_TTL_S)
        return row["version"], data_key

    def _create_first_key(self, tenant_id: UUID, conn: Connection | None) -> dict:
        # A rotation in another process may have added a master version to the
        # key file since this process loaded it; a new key goes under the newest.
        self._ring.reload()
        wrapped = self._ring.wrap(new_data_key(), tenant_id=tenant_id, key_version=1)
        self._fetch(
            conn,
            tenant_id,
            "tenant_key_insert",
            version=1,
            master_version=wrapped.master_version,
            wrapped=wrapped.blob,
        )
        # Ours, or the one a concurrent first use inserted a moment earlier.
        row = self._fetch(conn, tenant_id, "tenant_key_current")
        if row is None:
            raise RuntimeError(f"tenant {tenant_id}: first data key was not stored")
        return row

    def _key(self, tenant_id: UUID, version: int, conn: Connection | None) -> bytes:
        with self._lock:
            cached = self._keys.get((tenant_id, version))
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        row = self._fetch(conn, tenant_id, "tenant_key_get", version=version)
        if row is None:
            raise KeyShredded(
                f"tenant {tenant_id} has no data key version {version}: "
                "it was destroyed (crypto-shredded), so this data cannot be opened"
            )
        return self._remember(tenant_id, row)

    def _remember(self, tenant_id: UUID, row: dict) -> bytes:
        data_key = self._ring.unwrap(
            bytes(row["wrapped"]),
            master_version=row["master_version"],
            tenant_id=tenant_id,
            key_version=row["version"],
        )
        with self._lock:
            self._keys[(tenant_id, row["version"])] = (
                data_key,
                time.monotonic() + KEY_CACHE_TTL_S,
            )
        return data_key

    def _fetch(self, conn: Connection | None, tenant_id: UUID, query: str, **params: object):
        if conn is not None:
            return conn.one(query, tenant_id=tenant_id, **params)
        rows = self._db.scoped_all(tenant_id, query, tenant_id=tenant_id, **params)
        return rows[0] if rows else None
