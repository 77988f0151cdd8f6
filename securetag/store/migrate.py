"""Forward-only migration runner for `sql/migrations/NNNN_name.sql`.

Each file runs in its own transaction with its bookkeeping row inserted first;
a session advisory lock serialises concurrent migrators (two hosts starting at
once), and a checksum per applied file refuses a database whose history was
edited after the fact. Once the schema is current, every run also rewrites what
is derived from the code rather than history: the operators' dashboards and the
built-in task types (table task_type).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from importlib import resources

from securetag.kernel.config import BUILTIN_TASK_TYPES
from securetag.kernel.errors import MigrationError, SchemaNotReady
from securetag.store.db import Connection, Database

log = logging.getLogger(__name__)

_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()

    @property
    def filename(self) -> str:
        return f"{self.version:04d}_{self.name}.sql"


@dataclass(frozen=True, slots=True)
class MigrationStatus:
    applied: list[int]
    pending: list[Migration]


def load_dashboards() -> list[str]:
    """The operators' psql dashboards (sql/dashboards/*.sql), in file-name order."""
    folder = resources.files("securetag.sql").joinpath("dashboards")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    return [f.read_text(encoding="utf-8") for f in files]


def load_migrations() -> list[Migration]:
    folder = resources.files("securetag.sql").joinpath("migrations")
    found: dict[int, Migration] = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".sql"):
            continue
        match = _FILE_NAME.match(entry.name)
        if not match:
            raise MigrationError(
                f"migration file {entry.name!r} is not named NNNN_lower_case_name.sql"
            )
        version = int(match.group(1))
        if version in found:
            raise MigrationError(f"two migration files share version {version:04d}")
        found[version] = Migration(version, match.group(2), entry.read_text("utf-8"))
    versions = sorted(found)
    if versions != list(range(1, len(versions) + 1)):
        raise MigrationError(f"migration versions must be 1..N without gaps, found {versions}")
    return [found[v] for v in versions]


def _check_history(conn: Connection, migrations: list[Migration]) -> MigrationStatus:
    by_version = {m.version: m for m in migrations}
    applied_rows = conn.all("applied_migrations")
    for row in applied_rows:
        shipped = by_version.get(row["version"])
        if shipped is None:
            raise MigrationError(
                f"the database has migration {row['version']:04d}_{row['name']} applied, which "
                "this code does not ship: it is older than the schema; deploy the newer code"
            )
        if shipped.checksum != row["checksum"]:
            raise MigrationError(
                f"migration {shipped.filename} was edited after it was applied "
                f"(checksum {row['checksum'][:12]} in the database, {shipped.checksum[:12]} on "
                "disk); migrations are forward only: restore the file and add a new one"
            )
    applied = [row["version"] for row in applied_rows]
    return MigrationStatus(applied, [m for m in migrations if m.version not in set(applied)])


def migrate(db: Database, *, target: int | None = None) -> list[Migration]:
    """Apply every pending migration (up to version `target`); return those applied now.

    Stopping short of the newest version leaves the schema behind (workers and
    the API refuse it), so the dashboards and the task types are written only when
    no shipped migration is left pending: they may use anything the newest adds.
    """
    migrations = load_migrations()
    applied_now: list[Migration] = []
    with db.dedicated() as conn:
        conn.scalar("migrate_lock")
        try:
            conn.run("create_migration_table")
            status = _check_history(conn, migrations)
            for migration in status.pending:
                if target is not None and migration.version > target:
                    break
                log.info("applying migration", extra={"migration": migration.filename})
                with conn.transaction():
                    conn.run(
                        "record_migration",
                        version=migration.version,
                        name=migration.name,
                        checksum=migration.checksum,
                    )
                    conn.script(migration.sql)
                applied_now.append(migration)
            if len(applied_now) < len(status.pending):
                return applied_now
            # Views are not history: they are re-created from sql/dashboards on every
            # run, so editing a dashboard and migrating is how it changes. The same
            # goes for the task types that SQL reads (the webhook fan-out).
            with conn.transaction():
                for script in load_dashboards():
                    conn.script(script)
                _sync_task_types(conn)
        finally:
            conn.scalar("migrate_unlock")
    return applied_now


def _sync_task_types(conn: Connection) -> None:
    """Table task_type := BUILTIN_TASK_TYPES (the webhook fan-out reads its attempts there)."""
    types = sorted(BUILTIN_TASK_TYPES.items())
    conn.run(
        "sync_task_types",
        names=[str(name) for name, _ in types],
        timeouts_s=[settings.timeout_s for _, settings in types],
        max_attempts=[settings.max_attempts for _, settings in types],
        claim_batches=[settings.claim_batch for _, settings in types],
    )


def status(db: Database) -> MigrationStatus:
    migrations = load_migrations()
    with db.connection() as conn:
        if not conn.scalar("migration_table_exists"):
            return MigrationStatus([], migrations)
        return _check_history(conn, migrations)


def ensure_current(db: Database) -> None:
    """Refuse to run a worker or the API against a schema that is behind or was edited."""
    current = status(db)
    if current.pending:
        names = ", ".join(m.filename for m in current.pending)
        raise SchemaNotReady(
            f"database schema is not up to date (pending: {names}); run `securetag migrate`"
        )
