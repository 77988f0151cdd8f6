"""Key management jobs: rotate, rewrap, status, retire, and crypto-shredding a tenant.

Rotation never stops the service:

1. `rotate` makes a new master key version active (appending one to the key
   file when the ring comes from a file; with SECURETAG_MASTER_KEYS the
   operator adds it first), gives every tenant a new data key under it, and
   rewraps the tenant's older data keys under it too. Old ciphertext keeps
   opening (its data key still exists); new data is sealed under the new key.
   The old master version protects nothing any more and can be retired.
2. `rewrap` re-seals stored data under each tenant's newest data key in
   bounded batches of rows locked FOR UPDATE SKIP LOCKED, each batch its own
   transaction: resumable after a crash, and safe from cron on two hosts at once.
3. `status` says what each master version and data-key version still protects.

Processes that read their ring from the same key file pick up a new master
version by themselves (the ring reloads when it meets an unknown version).
With keys in the environment, roll the new version out to every process
before rotating.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from securetag.kernel.errors import Conflict, InvalidRequest, NotFound
from securetag.security.crypto import (
    MasterKeyRing,
    append_new_version,
    new_data_key,
    remove_version,
)
from securetag.store import audit
from securetag.store.db import Connection, Database
from securetag.store.vault import (
    CONTEXT_VALUE,
    FEEDBACK_NOTE,
    FINDING_DETAIL,
    SCAN_TARGET_URL,
    TOOL_OUTPUT,
    TRIAGE_DETAIL,
    UPLOAD_CONTENT,
    WEBHOOK_CONFIG,
    Vault,
)

log = logging.getLogger("securetag.ops.keys")

# Only one rotation at a time across all hosts (pg_try_advisory_xact_lock key).
ROTATION_LOCK = 0x5EC7_0001
ROTATION_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class SealedColumn:
    """A sealed column the rewrap and status jobs know; its queries live in sql/queries/keys.sql."""

    table: str
    purpose: str


SEALED_COLUMNS = (
    SealedColumn("upload", UPLOAD_CONTENT),
    SealedColumn("scan", SCAN_TARGET_URL),
    SealedColumn("context_entry", CONTEXT_VALUE),
    SealedColumn("finding", FINDING_DETAIL),
    SealedColumn("tool_execution", TOOL_OUTPUT),
    SealedColumn("finding_triage", TRIAGE_DETAIL),
    SealedColumn("finding_feedback", FEEDBACK_NOTE),
    SealedColumn("tenant_webhook", WEBHOOK_CONFIG),
)


@dataclass
class RotationReport:
    master_version: str
    master_version_created: bool
    tenants: int = 0
    data_keys_created: int = 0
    data_keys_rewrapped: int = 0


@dataclass
class RewrapReport:
    rows: dict[str, int] = field(default_factory=dict)
    batches: int = 0
    done: bool = False  # nothing stale was left when the run ended

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def rotate(db: Database, ring: MasterKeyRing, *, new_master: bool = True) -> RotationReport:
    """New active master version (file rings), a new data key per tenant, old keys rewrapped."""
    # Held on its own connection for the whole run; closing it releases the lock.
    with db.dedicated() as lock:
        if not lock.scalar("keys_try_lock", key=ROTATION_LOCK):
            raise Conflict("another key rotation is running; try again when it has finished")
        created = False
        if new_master and ring.key_file is not None:
            append_new_version(ring.key_file)
            ring.reload()
            created = True
        return _rotate_all(db, ring, RotationReport(ring.active_version, created))


def _rotate_all(db: Database, ring: MasterKeyRing, report: RotationReport) -> RotationReport:
    tenant_ids = [row["id"] for row in db.all("tenants_with_keys_or_data")]
    for tenant_id in tenant_ids:
        # One transaction per tenant: a crash leaves every tenant either rotated
        # or not, and running rotate again finishes the job.
        for _ in range(ROTATION_ATTEMPTS):
            with db.transaction() as conn:
                outcome = _rotate_tenant(conn, ring, tenant_id)
            if outcome is not None:
                break
        else:
            raise Conflict(f"tenant {tenant_id}: its keys kept changing during rotation; rerun")
        report.tenants += 1
        report.data_keys_created += 1
        report.data_keys_rewrapped += outcome
    with db.transaction() as conn:
        audit.record_cli_action(conn, "keys.rotate", "master_keys", details=report.__dict__)
    return report


def _rotate_tenant(conn: Connection, ring: MasterKeyRing, tenant_id: UUID) -> int | None:
    """Rewrap the tenant's keys under the active master and add a new one; None: retry.

    The keys are read FOR UPDATE, but a first key another process is inserting
    right now is invisible until it commits; the new version then collides
    with it, and the whole tenant is tried again.
    """
    keys = conn.all("tenant_keys_for_rotation", tenant_id=tenant_id)
    rewrapped = 0
    for key in keys:
        if key["master_version"] == ring.active_version:
            continue
        data_key = ring.unwrap(
            bytes(key["wrapped"]),
            master_version=key["master_version"],
            tenant_id=tenant_id,
            key_version=key["version"],
        )
        wrapped = ring.wrap(data_key, tenant_id=tenant_id, key_version=key["version"])
        conn.run(
            "tenant_key_rewrapped",
            tenant_id=tenant_id,
            version=key["version"],
            master_version=wrapped.master_version,
            wrapped=wrapped.blob,
        )
        rewrapped += 1
    version = (keys[-1]["version"] + 1) if keys else 1
    wrapped = ring.wrap(new_data_key(), tenant_id=tenant_id, key_version=version)
    inserted = conn.one(
        "tenant_key_insert",
        tenant_id=tenant_id,
        version=version,
        master_version=wrapped.master_version,
        wrapped=wrapped.blob,
    )
    # The rewraps above may commit either way: a key under the active master is
    # what the retry would produce too.
    return None if inserted is None else rewrapped


def rewrap(
    db: Database, vault: Vault, *, batch: int = 100, max_batches: int | None = None
) -> RewrapReport:
    """Re-seal stale rows under their tenant's newest data key, `batch` rows per transaction."""
    if batch < 1:
        raise InvalidRequest("--batch must be at least 1")
    report = RewrapReport(rows={column.table: 0 for column in SEALED_COLUMNS})
    for column in SEALED_COLUMNS:
        while max_batches is None or report.batches < max_batches:
            moved = _rewrap_batch(db, vault, column, batch)
            if moved == 0:
                break
            report.rows[column.table] += moved
            report.batches += 1
    report.done = stale_rows(db) == 0
    with db.transaction() as conn:
        audit.record_cli_action(
            conn,
            "keys.rewrap",
            "tenant_data",
            details={"rows": report.rows, "batches": report.batches, "done": report.done},
        )
    return report


def _rewrap_batch(db: Database, vault: Vault, column: SealedColumn, batch: int) -> int:
    with db.transaction() as conn:
        rows = conn.all(f"rewrap_candidates_{column.table}", limit=batch)
        for row in rows:
            # One value in memory at a time: uploads may be tens of MiB each.
            stored = conn.one(f"rewrap_load_{column.table}", **row)
            tenant_id, row_id = row["tenant_id"], str(row["id"])
            plaintext = vault.open(
                tenant_id, column.purpose, row_id, stored["sealed"], row["key_version"], conn=conn
            )
            sealed = vault.seal(tenant_id, column.purpose, row_id, plaintext, conn=conn, fresh=True)
            conn.run(
                f"rewrap_store_{column.table}",
                **{**row, "sealed": sealed.ciphertext, "key_version": sealed.key_version},
            )
        return len(rows)


def status(db: Database, ring: MasterKeyRing) -> dict[str, Any]:
    """What each master version and data-key version still protects."""
    master = {row["master_version"]: row["data_keys"] for row in db.all("master_versions_in_use")}
    return {
        "active_master_version": ring.active_version,
        "configured_master_versions": list(ring.versions),
        "master_versions": [
            {
                "version": version,
                "data_keys": master.get(version, 0),
                "active": version == ring.active_version,
                "retirable": version != ring.active_version and master.get(version, 0) == 0,
            }
            for version in sorted(set(ring.versions) | set(master), key=_version_number)
        ],
        "data_key_versions": [
            {"version": row["version"], "tenants": row["tenants"]}
            for row in db.all("data_key_versions_in_use")
        ],
        "sealed_data": {
            column.table: [
                {"key_version": row["key_version"], "rows": row["rows"], "bytes": row["bytes"]}
                for row in db.all(f"sealed_status_{column.table}")
            ]
            for column in SEALED_COLUMNS
        },
        "stale_rows": stale_rows(db),
    }


def stale_rows(db: Database) -> int:
    """Rows still sealed under an older data key (or still plain) than their tenant's newest."""
    return sum(db.scalar(f"stale_rows_{column.table}") for column in SEALED_COLUMNS)


def retire(db: Database, ring: MasterKeyRing, version: str) -> str:
    """Retire a master version that protects nothing; returns what was done."""
    if version not in ring.versions:
        raise NotFound(f"master key {version} is not configured")
    if version == ring.active_version:
        raise Conflict(f"master key {version} is the active version; rotate first")
    in_use = {row["master_version"]: row["data_keys"] for row in db.all("master_versions_in_use")}
    if in_use.get(version, 0):
        raise Conflict(
            f"master key {version} still wraps {in_use[version]} data keys; "
            "run `securetag keys rotate` (which rewraps them) before retiring it"
        )
    with db.transaction() as conn:
        audit.record_cli_action(conn, "keys.retire", version)
    if ring.key_file is None:
        return f"{version} protects nothing; remove it from SECURETAG_MASTER_KEYS"
    remove_version(ring.key_file, version)
    ring.reload()
    return f"{version} removed from {ring.key_file}"


def shred_tenant(db: Database, vault: Vault, tenant_ref: str) -> dict[str, Any]:
    """Destroy the tenant's data keys (committed first), then delete its rows.

    Once the keys are gone, every copy of the tenant's ciphertext (backups, WAL
    archives, replicas) is unreadable, even if deleting the rows is interrupted.
    """
    with db.transaction() as conn:
        tenant = conn.one("find_tenant", ref=tenant_ref)
        if tenant is None:
            raise NotFound(f"no tenant named or with id {tenant_ref!r}")
        keys = conn.run("shred_tenant_keys", tenant_id=tenant["id"])
        audit.record_cli_action(
            conn,
            "tenant.shred_keys",
            str(tenant["id"]),
            tenant_id=tenant["id"],
            details={"data_keys": keys},
        )
    vault.forget(tenant["id"])
    with db.transaction() as conn:
        tasks = conn.run("delete_tenant_tasks", tenant_id=tenant["id"])
        conn.one("delete_tenant", tenant_id=tenant["id"])
        audit.record_cli_action(
            conn,
            "tenant.delete",
            str(tenant["id"]),
            details={"name": tenant["name"], "tasks": tasks, "shredded": True},
        )
    return {
        "id": str(tenant["id"]),
        "name": tenant["name"],
        "data_keys_destroyed": keys,
        "tasks_deleted": tasks,
    }


def _version_number(label: str) -> int:
    return int(label[1:]) if label[1:].isdigit() else 0
