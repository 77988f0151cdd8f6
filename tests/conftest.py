"""Fixtures: a real PostgreSQL for every integration test.

Server, in order of preference: SECURETAG_TEST_DATABASE_URL (a maintenance
database on a server where tests may CREATE DATABASE), testcontainers when a
Docker engine answers, else the embedded server in a temporary directory.
One database is migrated per session and used as a template; each test gets
its own copy (CREATE DATABASE ... TEMPLATE), so tests never see each other.
"""

from __future__ import annotations

import os

# Bandit runs under the worker's own Python in the suite, wherever the machine has a
# newer one: the cases about files Bandit cannot parse need that older interpreter.
# tests/unit/test_bandit_python.py runs the automatic choice (before any test imports
# the Bandit agent, which reads this once).
os.environ.setdefault("SECURETAG_BANDIT_PYTHON", "worker")
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from securetag.kernel.config import Settings
from securetag.queue.tasks import TaskQueue
from securetag.store.connect import api_url, worker_url
from securetag.store.db import Database, connect_admin, with_database
from securetag.store.embedded import EmbeddedPostgres
from securetag.store.migrate import migrate
from tests.support.queries import TEST_QUERIES
from tests.support.settings import make_settings


@contextmanager
def scratch_database(server_url: str, prefix: str, *, template: str | None = None) -> Iterator[str]:
    """A database of its own (a copy of `template` if given), dropped afterwards."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with connect_admin(server_url) as conn:
        conn.create_database(name, template=template)
    try:
        yield with_database(server_url, name)
    finally:
        with connect_admin(server_url) as conn:
            conn.drop_database(name)


def _docker_answers() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@contextmanager
def server_directory(prefix: str) -> Iterator[Path]:
    """A directory for an embedded server, outside pytest's numbered temp dirs.

    pytest deletes all but its three newest basetemp directories when a session
    starts, so a second pytest run on the machine would pull the data directory
    from under a server this session is still using.
    """
    with tempfile.TemporaryDirectory(prefix=prefix) as directory:
        yield Path(directory)


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    url = os.environ.get("SECURETAG_TEST_DATABASE_URL")
    if url:
        yield url
        return
    if _docker_answers():
        from testcontainers.postgres import PostgresContainer

        with PostgresContainer("postgres:16-alpine", driver=None) as container:
            yield container.get_connection_url()
        return
    with server_directory("securetag-test-pg-") as directory:
        server = EmbeddedPostgres(directory / "pgdata")
        server.start()
        try:
            yield server.url("postgres")
        finally:
            server.stop(mode="immediate")


@pytest.fixture(scope="session")
def template_db(pg_server_url: str) -> Iterator[str]:
    name = f"securetag_tpl_{uuid.uuid4().hex[:8]}"
    with connect_admin(pg_server_url) as conn:
        conn.create_database(name)
    with Database(with_database(pg_server_url, name), min_size=0, max_size=2) as db:
        migrate(db)
    yield name
    with connect_admin(pg_server_url) as conn:
        conn.drop_database(name)


@pytest.fixture
def private_server() -> Iterator[EmbeddedPostgres]:
    """A server of this test's own, which it may stop and start, with a database `restart`."""
    with server_directory("securetag-private-pg-") as directory:
        server = EmbeddedPostgres(directory / "pgdata")
        server.start()
        with connect_admin(server.url("postgres")) as conn:
            conn.create_database("restart")
        try:
            yield server
        finally:
            server.stop(mode="immediate")


@pytest.fixture
def fresh_database(pg_server_url: str) -> Iterator[str]:
    """An empty database (no migrations applied), dropped afterwards."""
    with scratch_database(pg_server_url, "securetag_empty") as url:
        yield url


@pytest.fixture
def db_url(pg_server_url: str, template_db: str) -> Iterator[str]:
    """A migrated database of this test's own."""
    with scratch_database(pg_server_url, "securetag_test", template=template_db) as url:
        yield url


@pytest.fixture
def settings(db_url: str) -> Settings:
    return make_settings(db_url)


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    with Database(settings.database_url, max_size=8, queries=TEST_QUERIES) as database:
        yield database


@pytest.fixture
def queue(db: Database, settings: Settings) -> TaskQueue:
    return TaskQueue(db, settings)


@pytest.fixture
def api_db(settings: Settings) -> Iterator[Database]:
    """The same database as the API connects to it (securetag_api, row-level security)."""
    with Database(api_url(settings), max_size=4, queries=TEST_QUERIES) as database:
        yield database


@pytest.fixture
def worker_db(settings: Settings) -> Iterator[Database]:
    """The same database as workers connect to it (securetag_worker)."""
    with Database(worker_url(settings), max_size=8, queries=TEST_QUERIES) as database:
        yield database


@pytest.fixture(scope="module")
def module_db_url(pg_server_url: str, template_db: str) -> Iterator[str]:
    """A migrated database shared by one test module (for a live server's lifetime)."""
    with scratch_database(pg_server_url, "securetag_mod", template=template_db) as url:
        yield url
