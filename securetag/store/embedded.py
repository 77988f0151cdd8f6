"""Embedded PostgreSQL for the zero-config default (`make run` without DATABASE_URL).

Uses the PostgreSQL binaries shipped in the `pgserver` wheel but drives
`initdb`/`pg_ctl` itself, so start and stop are explicit (the worker tests
restart the server under a running worker) and data persists under
`<data_dir>/pgdata` between runs. The server listens on a Unix socket inside the
data directory only: nothing on the network can reach it.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import pwd
import shutil
import subprocess
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from securetag.kernel.errors import ConfigError

log = logging.getLogger(__name__)

# postgres refuses to run as root; when we are root it runs as this system user.
SERVER_OS_USER = "securetag-pg"
SUPERUSER = "postgres"
DEFAULT_DATABASE = "securetag"
_SOCKET_PATH_MAX = 100  # sun_path is 108 bytes; leave room for ".s.PGSQL.5432"


def _bin_dir() -> Path:
    # Imported here: pgserver probes XDG runtime directories at import time and
    # warns about them, which every CLI call would otherwise print.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver
    return Path(pgserver.__file__).parent / "pginstall" / "bin"


class EmbeddedPostgres:
    def __init__(self, pgdata: Path, *, port: int = 5432) -> None:
        self.pgdata = pgdata.resolve()
        self.port = port
        self.log_path = self.pgdata.parent / "postgres.log"
        self._os_user = SERVER_OS_USER if os.geteuid() == 0 else None
        self._socket_dir = self._choose_socket_dir()

    # ------------------------------------------------------------------ paths and urls

    def _choose_socket_dir(self) -> Path:
        candidate = self.pgdata.parent / "run"
        if len(str(candidate / f".s.PGSQL.{self.port}")) <= _SOCKET_PATH_MAX:
            return candidate
        # Deep data directories cannot hold a socket; use a short one derived from
        # the path, so every process finds the same place.
        digest = hashlib.sha256(str(self.pgdata).encode()).hexdigest()[:12]
        return Path(tempfile.gettempdir()) / f"securetag-pg-{digest}"

    @property
    def socket_dir(self) -> Path:
        return self._socket_dir

    def url(self, database: str = DEFAULT_DATABASE) -> str:
        return (
            f"postgresql://{SUPERUSER}@/{quote(database)}"
            f"?host={quote(str(self._socket_dir))}&port={self.port}"
        )

    # ------------------------------------------------------------------ lifecycle

    def _run(
        self, exe: str, args: list[str], *, timeout: float = 60
    ) -> subprocess.CompletedProcess:
        cmd = [str(_bin_dir() / exe), *args]
        kwargs: dict = {}
        if self._os_user:
            kwargs["user"] = self._os_user
            kwargs["group"] = pwd.getpwnam(self._os_user).pw_gid
        return subprocess.run(
            cmd,
            check=False,
            capture_output=True,
            text=True,
            timeout=timeout,
            # Own session: a Ctrl-C in the terminal must reach our processes, which
            # then stop the server in order, not the server directly.
            start_new_session=True,
            cwd="/",
            **kwargs,
        )

    def _ensure_os_user(self) -> None:
        if not self._os_user:
            return
        try:
            pwd.getpwnam(self._os_user)
        except KeyError:
            result = subprocess.run(
                [
                    "useradd",
                    "--system",
                    "--no-create-home",
                    "--shell",
                    "/usr/sbin/nologin",
                    self._os_user,
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode not in (0, 9):  # 9: created meanwhile by another process
                raise ConfigError(
                    f"cannot create the system user {self._os_user!r} that runs the embedded "
                    f"PostgreSQL: {result.stderr.strip()}"
                ) from None

    def _prepare_dirs(self) -> None:
        self.pgdata.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._socket_dir.mkdir(parents=True, exist_ok=True)
        if self._os_user:
            entry = pwd.getpwnam(self._os_user)
            for path in (self.pgdata, self._socket_dir):
                os.chown(path, entry.pw_uid, entry.pw_gid)
            # The server user must be able to walk down to its data directory.
            for parent in self.pgdata.parents:
                mode = parent.stat().st_mode
                if not mode & 0o001:
                    parent.chmod(mode | 0o001)
            if not self.log_path.exists():
                self.log_path.touch()
            os.chown(self.log_path, entry.pw_uid, entry.pw_gid)
        self.pgdata.chmod(0o700)

    @contextmanager
    def _lock(self) -> Iterator[None]:
        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        with open(self.pgdata.parent / ".embedded.lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def is_initialized(self) -> bool:
        return (self.pgdata / "PG_VERSION").exists()

    def is_running(self) -> bool:
        if not self.is_initialized():
            return False
        return self._run("pg_ctl", ["status", "-D", str(self.pgdata)]).returncode == 0

    def start(self) -> bool:
        """Initialise on first use and start the server. False when it was already running."""
        with self._lock():
            self._ensure_os_user()
            self._prepare_dirs()
            if not self.is_initialized():
                log.info("initialising embedded PostgreSQL", extra={"pgdata": str(self.pgdata)})
                result = self._run(
                    "initdb",
                    [
                        "-D",
                        str(self.pgdata),
                        "-U",
                        SUPERUSER,
                        "--auth=trust",
                        "--encoding=UTF8",
                        "--locale=C",
                    ],
                    timeout=120,
                )
                if result.returncode != 0:
                    raise ConfigError(f"initdb failed: {result.stderr.strip() or result.stdout}")
            if self.is_running():
                return False
            options = (
                f"-h '' -k {self._socket_dir} -p {self.port} -c max_connections=200 "
                "-c shared_buffers=256MB"
            )
            result = self._run(
                "pg_ctl",
                [
                    "start",
                    "-w",
                    "-t",
                    "60",
                    "-D",
                    str(self.pgdata),
                    "-l",
                    str(self.log_path),
                    "-o",
                    options,
                ],
                timeout=90,
            )
            if result.returncode != 0:
                raise ConfigError(
                    "the embedded PostgreSQL did not start; its log "
                    f"({self.log_path}) ends with:\n{self._log_tail()}"
                )
            return True

    def stop(self, mode: str = "fast") -> None:
        if not self.is_running():
            return
        self._run(
            "pg_ctl", ["stop", "-w", "-t", "60", "-m", mode, "-D", str(self.pgdata)], timeout=90
        )

    def ensure_database(self, name: str = DEFAULT_DATABASE) -> None:
        from securetag.store.db import connect_admin

        with connect_admin(self.url("postgres")) as conn:
            if not conn.scalar("database_exists", name=name):
                conn.create_database(name)

    def destroy(self) -> None:
        self.stop(mode="immediate")
        shutil.rmtree(self.pgdata, ignore_errors=True)

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"
