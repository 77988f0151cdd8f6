"""The demo tenant and its API key, which `securetag run` (`make run`) prints at every start.

The key's token is kept, mode 0600, in data_dir, so that every start prints the same key:
a development machine does not collect a new full-scope, never-expiring key per start.
A stored key is reused only while it still works (not revoked or expired, its tenant there,
the pepper the same, the default scopes) and while only its owner could read the file;
otherwise a new one replaces it and the earlier `make run` keys are revoked. The token is
written nowhere else: the banner on the terminal is the only place it is shown.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from securetag.kernel.config import Settings
from securetag.store.db import Database
from securetag.tenancy import tenants
from securetag.tenancy.auth import DEFAULT_SCOPES

DEMO_TENANT = "demo"
DEMO_KEY_NAME = "make run"


def demo_key_file(settings: Settings) -> Path:
    return settings.data_dir / "demo-api-key"


def demo_key(db: Database, settings: Settings) -> str:
    """The demo tenant's working API key: the stored one, or a new one that replaces it."""
    pepper = settings.pepper()
    if not any(t["name"] == DEMO_TENANT for t in tenants.list_tenants(db)):
        tenants.create_tenant(db, DEMO_TENANT)
    path = demo_key_file(settings)
    stored = _read_private(path)
    if stored is not None and tenants.api_key_is_active(
        db, pepper, stored, tenant=DEMO_TENANT, scopes=DEFAULT_SCOPES
    ):
        return stored
    issued = tenants.replace_api_keys(
        db, pepper, DEMO_TENANT, scopes=list(DEFAULT_SCOPES), name=DEMO_KEY_NAME
    )
    _write_private(path, issued.token)
    return issued.token


def _read_private(path: Path) -> str | None:
    """The file's text, or None when it is missing, unreadable, or others could read it
    (then the key may have been read by someone else, so it is not handed out again)."""
    try:
        with path.open() as handle:
            if stat.S_IMODE(os.fstat(handle.fileno()).st_mode) & 0o077:
                return None
            return handle.read().strip() or None
    except OSError:
        return None


def _write_private(path: Path, text: str) -> None:
    """Replace the file at once with one only its owner can read (never half written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
