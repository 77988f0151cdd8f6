"""Tenant and API key administration (the `securetag tenant` and `apikey` commands).

Runs as the owner role; every change is audited with actor "cli" in the same
transaction as the change itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from securetag.kernel.errors import Conflict, NotFound
from securetag.kernel.models import Row
from securetag.store.audit import record_cli_action
from securetag.store.db import Connection, Database
from securetag.tenancy.auth import new_key, secret_hmac, validate_scopes

_TENANT_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


@dataclass(frozen=True, slots=True)
class IssuedKey:
    key_id: str
    tenant_id: UUID
    token: str  # shown once, never stored
    scopes: list[str]
    expires_at: datetime | None


def _find_tenant(conn: Connection, ref: str) -> Row:
    row = conn.one("find_tenant", ref=ref)
    if row is None:
        raise NotFound(f"no tenant named or with id {ref!r}")
    return row


def tenant_id_of(db: Database, ref: str) -> UUID:
    """The id of the tenant named `ref` (or with that id); NotFound otherwise."""
    with db.connection() as conn:
        return _find_tenant(conn, ref)["id"]


def create_tenant(
    db: Database,
    name: str,
    *,
    rate_limit_per_minute: int | None = None,
    max_running_scans: int | None = None,
    max_queued_scans: int | None = None,
) -> Row:
    if not _TENANT_NAME.match(name):
        raise ValueError(
            "tenant names are 1-63 characters: lower-case letters, digits, '-' and '_'"
        )
    with db.transaction() as conn:
        try:
            with conn.transaction():
                tenant = conn.one(
                    "create_tenant",
                    name=name,
                    rate_limit_per_minute=rate_limit_per_minute,
                    max_running_scans=max_running_scans,
                    max_queued_scans=max_queued_scans,
                )
        except Conflict:
            raise Conflict(f"a tenant named {name!r} already exists") from None
        assert tenant is not None
        record_cli_action(
            conn,
            "tenant.create",
            f"tenant:{tenant['id']}",
            tenant_id=tenant["id"],
            details={"name": name},
        )
    return tenant


def update_tenant_limits(
    db: Database,
    ref: str,
    *,
    rate_limit_per_minute: int | None = None,
    max_running_scans: int | None = None,
    max_queued_scans: int | None = None,
) -> Row:
    """Change a tenant's limits: None leaves one as it is, 0 puts it back to the service default."""
    limits = {
        "rate_limit_per_minute": rate_limit_per_minute,
        "max_running_scans": max_running_scans,
        "max_queued_scans": max_queued_scans,
    }
    if any(value is not None and value < 0 for value in limits.values()):
        raise ValueError("limits are positive numbers, or 0 for the service default")
    with db.transaction() as conn:
        tenant_id = _find_tenant(conn, ref)["id"]
        tenant = conn.one("update_tenant_limits", id=tenant_id, **limits)
        assert tenant is not None
        record_cli_action(
            conn,
            "tenant.update",
            f"tenant:{tenant_id}",
            tenant_id=tenant_id,
            details={name: value for name, value in limits.items() if value is not None},
        )
    return tenant


def list_tenants(db: Database) -> list[Row]:
    return db.all("list_tenants")


def create_api_key(
    db: Database,
    pepper: bytes,
    tenant_ref: str,
    *,
    scopes: list[str],
    name: str = "",
    expires_at: datetime | None = None,
    rate_limit_per_minute: int | None = None,
) -> IssuedKey:
    scopes = validate_scopes(scopes)
    key_id, secret, token = new_key()
    with db.transaction() as conn:
        tenant = _find_tenant(conn, tenant_ref)
        row = conn.one(
            "create_api_key",
            id=key_id,
            tenant_id=tenant["id"],
            name=name,
            secret_hmac=secret_hmac(pepper, secret),
            scopes=scopes,
            expires_at=expires_at,
            rate_limit_per_minute=rate_limit_per_minute,
        )
        assert row is not None
        record_cli_action(
            conn,
            "apikey.create",
            f"apikey:{key_id}",
            tenant_id=tenant["id"],
            details={"scopes": scopes, "name": name, "expires_at": expires_at},
        )
    return IssuedKey(key_id, tenant["id"], token, scopes, expires_at)


def list_api_keys(db: Database, tenant_ref: str | None = None) -> list[Row]:
    with db.transaction() as conn:
        tenant_id = _find_tenant(conn, tenant_ref)["id"] if tenant_ref else None
        return conn.all("list_api_keys", tenant_id=tenant_id)


def revoke_api_key(db: Database, key_id: str) -> dict[str, Any]:
    with db.transaction() as conn:
        row = conn.one("revoke_api_key", id=key_id)
        if row is None:
            raise NotFound(f"no active API key {key_id!r}")
        record_cli_action(conn, "apikey.revoke", f"apikey:{key_id}", tenant_id=row["tenant_id"])
    return row
