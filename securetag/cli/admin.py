"""`securetag tenant|apikey|keys|gen-secret`: tenants, their API keys, and encryption keys."""

from __future__ import annotations

import argparse
import base64
import os
import re
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

from securetag.cli.plumbing import EXIT_OK, print_json, split_list
from securetag.kernel.config import Settings
from securetag.kernel.errors import ConfigError, NotFound
from securetag.ops import keys
from securetag.security import crypto
from securetag.security.crypto import MasterKeyRing
from securetag.store import audit
from securetag.store.connect import admin_url, open_database
from securetag.store.vault import Vault
from securetag.tenancy import tenants
from securetag.tenancy.auth import DEFAULT_SCOPES


def cmd_tenant_create(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        tenant = tenants.create_tenant(
            db,
            args.name,
            rate_limit_per_minute=args.rate_limit,
            rate_limit_burst=args.burst,
            max_running_scans=args.max_running_scans,
            max_queued_scans=args.max_queued_scans,
        )
    print_json(tenant)
    return EXIT_OK


def cmd_tenant_update(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        tenant = tenants.update_tenant_limits(
            db,
            args.tenant,
            rate_limit_per_minute=args.rate_limit,
            rate_limit_burst=args.burst,
            clear_rate_limit=args.no_rate_limit,
            max_running_scans=args.max_running_scans,
            max_queued_scans=args.max_queued_scans,
        )
    print_json(tenant)
    return EXIT_OK


def cmd_tenant_list(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        for row in tenants.list_tenants(db):
            print_json(row)
    return EXIT_OK


def cmd_apikey_create(settings: Settings, args: argparse.Namespace) -> int:
    pepper = settings.pepper()
    with open_database(settings, admin_url(settings), max_size=1) as db:
        issued = tenants.create_api_key(
            db,
            pepper,
            args.tenant,
            scopes=split_list(args.scopes) or list(DEFAULT_SCOPES),
            name=args.name,
            expires_at=expiry(args.expires),
            rate_limit_per_minute=args.rate_limit,
            rate_limit_burst=args.burst,
        )
    print_json(
        {
            "key_id": issued.key_id,
            "tenant_id": issued.tenant_id,
            "api_key": issued.token,
            "scopes": issued.scopes,
            "expires_at": issued.expires_at,
            "note": "the api_key is shown only now; store it in your CI secrets",
        }
    )
    return EXIT_OK


def cmd_apikey_list(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        for row in tenants.list_api_keys(db, args.tenant):
            print_json(row)
    return EXIT_OK


def cmd_apikey_revoke(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        tenants.revoke_api_key(db, args.key_id)
    print_json({"key_id": args.key_id, "revoked": True})
    return EXIT_OK


def cmd_tenant_delete(settings: Settings, args: argparse.Namespace) -> int:
    if not args.shred:
        raise ConfigError(
            "tenant delete needs --shred: it destroys the tenant's data keys first, so every "
            "copy of its data (backups included) becomes unreadable, then deletes its rows"
        )
    ring = MasterKeyRing.from_settings(settings)
    with open_database(settings, admin_url(settings), max_size=2) as db:
        print_json(keys.shred_tenant(db, Vault(db, ring), args.tenant))
    return EXIT_OK


def cmd_keys_generate(settings: Settings, args: argparse.Namespace) -> int:
    version = crypto.write_new_key_file(Path(args.out))
    print(
        f"wrote master key {version} to {args.out} (mode 0600); "
        f"set SECURETAG_MASTER_KEY_FILE={Path(args.out).resolve()}"
    )
    return EXIT_OK


def cmd_keys_rotate(settings: Settings, args: argparse.Namespace) -> int:
    ring = MasterKeyRing.from_settings(settings)
    with open_database(settings, admin_url(settings), max_size=2) as db:
        report = keys.rotate(db, ring)
    print_json(report.__dict__)
    return EXIT_OK


def cmd_keys_rewrap(settings: Settings, args: argparse.Namespace) -> int:
    ring = MasterKeyRing.from_settings(settings)
    with open_database(settings, admin_url(settings), max_size=2) as db:
        report = keys.rewrap(db, Vault(db, ring), batch=args.batch, max_batches=args.max_batches)
    print_json(
        {"rows": report.rows, "total": report.total, "batches": report.batches, "done": report.done}
    )
    return EXIT_OK


def cmd_keys_status(settings: Settings, args: argparse.Namespace) -> int:
    ring = MasterKeyRing.from_settings(settings)
    with open_database(settings, admin_url(settings), max_size=1) as db:
        print_json(keys.status(db, ring))
    return EXIT_OK


def cmd_keys_retire(settings: Settings, args: argparse.Namespace) -> int:
    ring = MasterKeyRing.from_settings(settings)
    with open_database(settings, admin_url(settings), max_size=1) as db:
        print(keys.retire(db, ring, args.version))
    return EXIT_OK


def cmd_tenant_training(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db, db.transaction() as conn:
        row = conn.one("set_training_opt_out", ref=args.tenant, opt_out=args.opt_out)
        if row is None:
            raise NotFound(f"no tenant named or with id {args.tenant!r}")
        audit.record_cli_action(
            conn,
            "tenant.training",
            str(row["id"]),
            tenant_id=row["id"],
            details={"opt_out": args.opt_out},
        )
    print_json(row)
    return EXIT_OK


def cmd_gen_secret(settings: Settings, args: argparse.Namespace) -> int:
    write_secret_file(Path(args.path))
    print(f"wrote 48 random bytes (base64) to {args.path} with mode 0600")
    return EXIT_OK


def write_secret_file(path: Path) -> None:
    """A new random secret in a file only its owner can read; never overwrites one."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ConfigError(f"{path} already exists; refusing to overwrite a secret") from None
    with os.fdopen(fd, "w") as handle:
        handle.write(base64.b64encode(secrets.token_bytes(48)).decode() + "\n")


# What --expires accepts, said in its help and in its error.
EXPIRES_FORMS = (
    "a duration from now: a whole number of seconds (90s), minutes (15m), hours (12h), "
    "days (30d) or weeks (2w); or an ISO 8601 time such as 2030-01-31 or "
    "2030-01-31T12:00:00+00:00 (UTC when it names no zone)"
)
_DURATION = re.compile(r"(\d+)([smhdw])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def expiry(value: str | None, *, now: datetime | None = None) -> datetime | None:
    """When a key given `--expires value` expires: None for no value, else a future time."""
    if not value:
        return None
    now = now or datetime.now(UTC)
    text = value.strip()
    match = _DURATION.fullmatch(text)
    if match:
        try:
            at = now + timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
        except OverflowError:
            raise ConfigError(f"--expires {value!r} is too far in the future") from None
    else:
        try:
            at = datetime.fromisoformat(text)
        except ValueError:
            raise ConfigError(f"--expires {value!r} is not {EXPIRES_FORMS}") from None
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
    if at <= now:
        raise ConfigError(f"--expires {value!r} is not in the future; use {EXPIRES_FORMS}")
    return at
