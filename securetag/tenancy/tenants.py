"""Tenant and API key administration (the `securetag tenant` and `apikey` commands).

Runs as the owner role; every change is audited with actor "cli" in the same
transaction as the change itself.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from securetag.kernel.errors import Conflict, NotFound
from securetag.kernel.models import Row
from securetag.store.audit import record_cli_action
from securetag.store.db import Connection, Database
from securetag.tenancy.auth import new_key, parse_token, secret_hmac, validate_scopes

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


def _check_limit(rate_limit_per_minute: int | None, rate_limit_burst: int | None) -> None:
    if rate_limit_per_minute is not None and rate_limit_per_minute < 1:
        raise ValueError("a rate limit is at least 1 request per minute")
    if rate_limit_burst is not None and rate_limit_burst < 1:
        raise ValueError("a burst is at least 1 request")
    if rate_limit_burst is not None and rate_limit_per_minute is None:
        # A burst scales a rate; without one of its own there is nothing to scale.
        raise ValueError("a burst needs a rate limit of its own (--rate-limit N)")


def create_tenant(
    db: Database,
    name: str,
    *,
    rate_limit_per_minute: int | None = None,
    rate_limit_burst: int | None = None,
    max_running_scans: int | None = None,
    max_queued_scans: int | None = None,
) -> Row:
    """A tenant; its rate limit, if any, holds across all of its keys together, and its
    caps on running and queued scans (None: the service's defaults)."""
    if not _TENANT_NAME.match(name):
        raise ValueError(
            "tenant names are 1-63 characters: lower-case letters, digits, '-' and '_'"
        )
    _check_limit(rate_limit_per_minute, rate_limit_burst)
    with db.transaction() as conn:
        try:
            with conn.transaction():
                tenant = conn.one(
                    "create_tenant",
                    name=name,
                    rate_limit_per_minute=rate_limit_per_minute,
                    rate_limit_burst=rate_limit_burst,
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
    rate_limit_burst: int | None = None,
    clear_rate_limit: bool = False,
    max_running_scans: int | None = None,
    max_queued_scans: int | None = None,
) -> Row:
    """Change a tenant's limits; they apply from the next request or claim on.

    Unset arguments keep what the tenant has. `clear_rate_limit` removes its rate limit
    and burst (the keys' own limits, else the service default, then apply to each key
    alone). A cap of 0 puts it back to the service default.
    """
    caps = {"max_running_scans": max_running_scans, "max_queued_scans": max_queued_scans}
    if any(value is not None and value < 0 for value in caps.values()):
        raise ValueError("caps are positive numbers, or 0 for the service default")
    with db.transaction() as conn:
        tenant = _find_tenant(conn, ref)
        if clear_rate_limit:
            if rate_limit_per_minute is not None or rate_limit_burst is not None:
                raise ValueError("--no-rate-limit takes no --rate-limit or --burst")
            per_minute, burst = None, None
        else:
            per_minute = rate_limit_per_minute or tenant["rate_limit_per_minute"]
            burst = rate_limit_burst or tenant["rate_limit_burst"]
        _check_limit(per_minute, burst)
        limits = {
            "rate_limit_per_minute": per_minute,
            "rate_limit_burst": burst,
            **{
                name: tenant[name] if value is None else (value or None)
                for name, value in caps.items()
            },
        }
        row = conn.one("update_tenant_limits", id=tenant["id"], **limits)
        assert row is not None
        record_cli_action(
            conn,
            "tenant.update",
            f"tenant:{tenant['id']}",
            tenant_id=tenant["id"],
            details=limits,
        )
    return row


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
    rate_limit_burst: int | None = None,
) -> IssuedKey:
    scopes = validate_scopes(scopes)
    _check_limit(rate_limit_per_minute, rate_limit_burst)
    with db.transaction() as conn:
        return _insert_api_key(
            conn,
            pepper,
            _find_tenant(conn, tenant_ref),
            scopes=scopes,
            name=name,
            expires_at=expires_at,
            rate_limit_per_minute=rate_limit_per_minute,
            rate_limit_burst=rate_limit_burst,
        )


def replace_api_keys(
    db: Database, pepper: bytes, tenant_ref: str, *, scopes: list[str], name: str
) -> IssuedKey:
    """A new key named `name`, and the tenant's other active keys of that name revoked,
    in one transaction: a key that is handed out again and again never piles up."""
    scopes = validate_scopes(scopes)
    with db.transaction() as conn:
        tenant = _find_tenant(conn, tenant_ref)
        issued = _insert_api_key(conn, pepper, tenant, scopes=scopes, name=name)
        for row in conn.all(
            "revoke_named_api_keys", tenant_id=tenant["id"], name=name, keep=issued.key_id
        ):
            record_cli_action(conn, "apikey.revoke", f"apikey:{row['id']}", tenant_id=tenant["id"])
    return issued


def api_key_is_active(
    db: Database, pepper: bytes, token: str, *, tenant: str, scopes: Sequence[str]
) -> bool:
    """Whether `token` is a key of the tenant named `tenant` that authenticates under this
    pepper now (not revoked, not expired) and holds exactly `scopes`."""
    parsed = parse_token(token)
    if parsed is None:
        return False
    key_id, secret = parsed
    row = db.one("find_api_key", id=key_id)
    if row is None or row["tenant"] != tenant or row["revoked_at"] is not None:
        return False
    if row["expires_at"] is not None and row["expires_at"] <= datetime.now(UTC):
        return False
    if sorted(row["scopes"]) != sorted(scopes):
        return False
    return hmac.compare_digest(bytes(row["secret_hmac"]), secret_hmac(pepper, secret))


def _insert_api_key(
    conn: Connection,
    pepper: bytes,
    tenant: Row,
    *,
    scopes: list[str],
    name: str,
    expires_at: datetime | None = None,
    rate_limit_per_minute: int | None = None,
    rate_limit_burst: int | None = None,
) -> IssuedKey:
    key_id, secret, token = new_key()
    row = conn.one(
        "create_api_key",
        id=key_id,
        tenant_id=tenant["id"],
        name=name,
        secret_hmac=secret_hmac(pepper, secret),
        scopes=scopes,
        expires_at=expires_at,
        rate_limit_per_minute=rate_limit_per_minute,
        rate_limit_burst=rate_limit_burst,
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
