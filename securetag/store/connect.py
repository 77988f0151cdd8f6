"""Which database URL each entry point uses, and opening a pool on it.

DATABASE_URL (or the embedded server) is the owner's URL: migrations and the
admin CLI use it. The API and the workers connect as their own non-owner roles
so that row-level security applies to them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from securetag.kernel.config import Settings
from securetag.kernel.errors import ConfigError, DatabaseUnavailable
from securetag.store.db import API_ROLE, WORKER_ROLE, Database, with_user
from securetag.store.embedded import EmbeddedPostgres

log = logging.getLogger(__name__)


def admin_url(settings: Settings) -> str:
    """DATABASE_URL when set, else the embedded server under data_dir (which must be running)."""
    if settings.database_url:
        return settings.database_url
    embedded = EmbeddedPostgres(settings.embedded_pgdata)
    if not embedded.is_running():
        raise ConfigError(
            "DATABASE_URL is not set and the embedded PostgreSQL under "
            f"{settings.data_dir} is not running: start it with `securetag run` (or `make run`), "
            "or set DATABASE_URL=postgresql://..."
        )
    return embedded.url()


def api_url(settings: Settings) -> str:
    return settings.api_database_url or with_user(admin_url(settings), API_ROLE)


def worker_url(settings: Settings) -> str:
    return settings.worker_database_url or with_user(admin_url(settings), WORKER_ROLE)


@contextmanager
def open_database(
    settings: Settings,
    url: str,
    *,
    max_size: int | None = None,
    wait_until: threading.Event | None = None,
) -> Iterator[Database]:
    """Open a pool after one direct connection proves the server answers.

    With `wait_until`, an unreachable server is waited for (logging why) until
    it answers or the event is set; without, the server's own reason is raised.
    """
    db = Database(
        url,
        min_size=min(settings.db_pool_min, max_size or settings.db_pool_max),
        max_size=max_size or settings.db_pool_max,
        connect_timeout_s=settings.db_connect_timeout_s,
        statement_timeout_s=settings.db_statement_timeout_s,
    )
    delay = 0.5
    while True:
        try:
            db.check()
            break
        except DatabaseUnavailable as exc:
            if wait_until is None:
                raise
            log.warning("waiting for the database", extra={"reason": exc.details.get("reason")})
            if wait_until.wait(delay):
                raise
            delay = min(delay * 2, settings.db_retry_max_s)
    db.open()
    try:
        yield db
    finally:
        db.close()
