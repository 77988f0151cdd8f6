"""The only module that talks to psycopg.

It owns the connection pool, runs the named SQL blocks from `sql/queries/`,
and turns driver errors into Securetag errors at this one boundary, so the rest
of the code reasons about `DatabaseUnavailable` and `Conflict`, never about
SQLSTATEs or psycopg classes.
"""

from __future__ import annotations

import logging
import re
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any
from uuid import UUID

import psycopg
import psycopg.errors
from psycopg import conninfo
from psycopg import sql as pgsql
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from securetag.kernel.errors import Conflict, DatabaseError, DatabaseUnavailable
from securetag.kernel.models import Read, Row

log = logging.getLogger(__name__)

API_ROLE = "securetag_api"
WORKER_ROLE = "securetag_worker"


class CopyRefused(DatabaseError):
    """COPY FROM is not allowed here (row-level security applies to this role)."""


# Pooled connections idle longer than this are pinged before reuse.
IDLE_CHECK_AFTER_S = 1.0

_NAME_LINE = re.compile(r"^--\s*name:\s*([a-z_][a-z0-9_]*)\s*$")


# --------------------------------------------------------------------------- named queries


class Queries:
    """Named SQL blocks (`-- name: claim_tasks`) read once from `sql/queries/*.sql`.

    Blocks use psycopg's `%(param)s` placeholders, so a literal percent sign is `%%`.
    """

    def __init__(self, blocks: dict[str, str], sources: Sequence[str] = ("sql/queries/",)) -> None:
        self._blocks = blocks
        self._sources = tuple(sources)

    @classmethod
    def load(cls, *extra_folders: Path) -> Queries:
        """The production queries, plus the `*.sql` files of `extra_folders` (the tests' own).

        A name defined twice, in one folder or across them, is refused.
        """
        folders: list[Traversable] = [resources.files("securetag.sql").joinpath("queries")]
        folders.extend(extra_folders)
        blocks: dict[str, str] = {}
        for folder in folders:
            for entry in sorted(folder.iterdir(), key=lambda e: e.name):
                if entry.name.endswith(".sql"):
                    for name, text in parse_named_blocks(entry.read_text("utf-8"), entry.name):
                        if name in blocks:
                            raise ValueError(
                                f"query {name!r} is defined twice (second in {entry.name})"
                            )
                        blocks[name] = text
        return cls(blocks, ["sql/queries/", *(str(folder) for folder in extra_folders)])

    def __getitem__(self, name: str) -> str:
        try:
            return self._blocks[name]
        except KeyError:
            raise KeyError(f"no SQL block named {name!r} in {' or '.join(self._sources)}") from None

    def __contains__(self, name: str) -> bool:
        return name in self._blocks

    def names(self) -> list[str]:
        return sorted(self._blocks)


def parse_named_blocks(text: str, source: str = "<sql>") -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    name: str | None = None
    lines: list[str] = []

    def close() -> None:
        if name is None:
            return
        body = "\n".join(lines).strip()
        if not body or all(line.strip().startswith("--") for line in body.splitlines()):
            raise ValueError(f"{source}: block {name!r} has no SQL")
        blocks.append((name, body))

    for line in text.splitlines():
        match = _NAME_LINE.match(line.strip())
        if match:
            close()
            name, lines = match.group(1), []
        elif name is not None:
            lines.append(line)
        elif line.strip() and not line.strip().startswith("--"):
            raise ValueError(f"{source}: SQL before the first '-- name:' line")
    close()
    return blocks


COPY_NULL = "\\N"
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_text_field(value: str | None) -> str:
    """One field in COPY's text format: backslash, tab, newline and CR escaped; None is NULL."""
    if value is None:
        return COPY_NULL
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_COPY_ESCAPES)
    return value


# --------------------------------------------------------------------------- error mapping


@contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except PoolTimeout as exc:
        raise DatabaseUnavailable(
            "no database connection available (PostgreSQL unreachable or pool exhausted)",
            details={"reason": str(exc)},
        ) from exc
    except psycopg.errors.QueryCanceled as exc:
        raise DatabaseUnavailable(
            "the database did not answer in time (statement timeout)",
            details={"sqlstate": exc.sqlstate},
        ) from exc
    except psycopg.errors.UniqueViolation as exc:
        raise Conflict(
            "a row with the same unique key already exists",
            details={"sqlstate": exc.sqlstate, "constraint": exc.diag.constraint_name},
        ) from exc
    except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
        # Connection refused, server restarting (57P01/57P03), socket closed mid-query.
        raise DatabaseUnavailable(
            "lost or could not open the database connection",
            details={"reason": _first_line(exc), "sqlstate": getattr(exc, "sqlstate", None)},
        ) from exc
    except psycopg.Error as exc:
        raise DatabaseError(
            _first_line(exc) or "database error", sqlstate=getattr(exc, "sqlstate", None)
        ) from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# --------------------------------------------------------------------------- connections


# Told the name of each round trip a connection makes (see `Database(on_round_trip=...)`).
RoundTripObserver = Callable[[str], None]


def _unobserved(name: str) -> None:
    pass


class Connection:
    """One checked-out connection. Statements run in autocommit unless inside `transaction()`."""

    def __init__(
        self,
        raw: psycopg.Connection[Row],
        queries: Queries,
        on_round_trip: RoundTripObserver | None = None,
    ) -> None:
        self._raw = raw
        self._queries = queries
        self._observe = on_round_trip or _unobserved

    def _cursor_execute(self, query: str, params: dict[str, Any]) -> psycopg.Cursor[Row]:
        text = self._queries[query]
        self._observe(query)
        with _translated_errors():
            return self._raw.execute(text, params or None)

    def all(self, query: str, /, **params: Any) -> list[Row]:
        with _translated_errors():
            return self._cursor_execute(query, params).fetchall()

    def one(self, query: str, /, **params: Any) -> Row | None:
        with _translated_errors():
            return self._cursor_execute(query, params).fetchone()

    def scoped_all(self, tenant_id: UUID, query: str, /, **params: Any) -> list[Row]:
        """Rows of one named read under `tenant_id`'s row-level-security scope (one round trip)."""
        scope = {"scope_tenant_id": str(tenant_id), "scope_key_id": ""}
        return self.gated_reads("set_scope", scope, [Read(query, params)])[1][0]

    def gated_reads(
        self, gate: str, gate_params: Mapping[str, Any], reads: Sequence[Read]
    ) -> tuple[Row | None, list[list[Row]]]:
        """The `gate` statement's first row and each read's rows, in one round trip.

        The gate sets (or clears) the transaction-local tenant scope that the
        reads run under (`set_scope`, or `admit_api_request_scoped`, which
        opens it only for an admitted caller). The statements are pipelined
        with no Sync between them, so PostgreSQL runs them as one implicit
        transaction in autocommit: the scope holds for exactly these reads and
        ends with them, without the round trips of BEGIN, SET and COMMIT. Unlike
        a multi-statement simple-protocol message, each one is a prepared
        statement after a few uses, which spares the server planning every
        read (with row-level security, most of a small read's cost) again.
        A failing statement aborts the ones after it and the transaction.
        """
        # Names are looked up first: a typo must not leave the gate sent on its own.
        gate_text = self._queries[gate]
        texts = [(self._queries[read.query], read.params or None) for read in reads]
        self._observe(gate)
        with _translated_errors():
            with self._raw.pipeline():
                gated = self._raw.execute(gate_text, gate_params)
                cursors = [self._raw.execute(text, params) for text, params in texts]
            return gated.fetchone(), [cursor.fetchall() for cursor in cursors]

    def scalar(self, query: str, /, **params: Any) -> Any:
        row = self.one(query, **params)
        return None if row is None else next(iter(row.values()))

    def run(self, query: str, /, **params: Any) -> int:
        """Execute a statement and return the number of rows it touched."""
        return self._cursor_execute(query, params).rowcount

    def many(self, query: str, rows: Sequence[Mapping[str, Any]]) -> int:
        """Run one named statement once per parameter set, pipelined; the rows touched.

        psycopg sends every execution without waiting for the one before (pipeline
        mode) and reads the results at the end, so a batch of any size costs about
        one round trip, where a loop of `run` costs one per row. Each row is its own
        statement, so an upsert may name the same key twice, as a loop could.
        """
        if not rows:
            return 0
        text = self._queries[query]
        self._observe(query)
        with _translated_errors(), self._raw.cursor() as cur:
            cur.executemany(text, rows)
            return cur.rowcount

    def copy_text(self, query: str, chunks: Iterable[str]) -> None:
        """Stream pre-formatted COPY text (see `copy_text_field`) into a named COPY statement.

        Formatting rows as text in large chunks is several times cheaper in
        Python than per-row adaptation, which is what batch enqueue needs.
        """
        self._observe(query)
        try:
            with (
                _translated_errors(),
                self._raw.cursor() as cur,
                cur.copy(self._queries[query]) as copy,
            ):
                for chunk in chunks:
                    copy.write(chunk)
        except DatabaseError as exc:
            if exc.sqlstate == "0A000":  # COPY FROM is refused under row-level security
                raise CopyRefused(str(exc), sqlstate=exc.sqlstate) from exc
            raise

    def script(self, text: str) -> None:
        """Run a multi-statement SQL text (a migration). No parameters, simple protocol."""
        self._observe("script")
        with _translated_errors():
            self._raw.execute(text.encode("utf-8"), prepare=False)

    @contextmanager
    def transaction(
        self, *, tenant_id: UUID | None = None, presented_key_id: str | None = None
    ) -> Iterator[Connection]:
        """A transaction (a savepoint when nested), optionally scoped to one tenant.

        The scope is what row-level security checks for the non-owner roles:
        with `tenant_id`, only that tenant's rows exist; with
        `presented_key_id`, the API may read that one key to authenticate it.
        """
        self._observe("BEGIN")
        with _translated_errors(), self._raw.transaction():
            if tenant_id is not None or presented_key_id is not None:
                self.one(
                    "set_scope",
                    scope_tenant_id=str(tenant_id) if tenant_id is not None else "",
                    scope_key_id=presented_key_id or "",
                )
            yield self
            self._observe("COMMIT")

    def create_database(self, name: str, *, template: str | None = None) -> None:
        """CREATE DATABASE (identifiers quoted here, never glued by callers)."""
        stmt = pgsql.SQL("CREATE DATABASE {}").format(pgsql.Identifier(name))
        if template:
            stmt = pgsql.SQL("{} TEMPLATE {}").format(stmt, pgsql.Identifier(template))
        with _translated_errors():
            self._raw.execute(stmt)

    def drop_database(self, name: str) -> None:
        stmt = pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(pgsql.Identifier(name))
        with _translated_errors():
            self._raw.execute(stmt)


@dataclass(frozen=True, slots=True)
class Notification:
    channel: str
    payload: str


class Listener:
    """A dedicated connection that LISTENs; kept out of the pool so it never serves queries."""

    def __init__(self, raw: psycopg.Connection[Row], channels: Sequence[str]) -> None:
        self._raw = raw
        with _translated_errors():
            for channel in channels:
                raw.execute(pgsql.SQL("LISTEN {}").format(pgsql.Identifier(channel)))

    def wait(self, timeout_s: float) -> list[Notification]:
        """Block up to timeout_s for notifications; return every one that arrived."""
        got: list[Notification] = []
        with _translated_errors():
            for note in self._raw.notifies(timeout=timeout_s, stop_after=1):
                got.append(Notification(note.channel, note.payload))
            # Drain whatever else is already buffered without blocking again.
            for note in self._raw.notifies(timeout=0):
                got.append(Notification(note.channel, note.payload))
        return got

    def close(self) -> None:
        self._raw.close()


# --------------------------------------------------------------------------- database


class Database:
    """A pool of autocommit connections plus the named queries they run."""

    def __init__(
        self,
        url: str,
        *,
        queries: Queries | None = None,
        min_size: int = 1,
        max_size: int = 10,
        connect_timeout_s: float = 5.0,
        statement_timeout_s: float | None = 30.0,
        application_name: str = "securetag",
        on_round_trip: RoundTripObserver | None = None,
    ) -> None:
        """`on_round_trip` is told the name of each round trip (named query, BEGIN,
        COMMIT) its connections make: a count of them shows what a change costs."""
        self.url = url
        self._on_round_trip = on_round_trip
        self.queries = queries or Queries.load()
        self._connect_timeout_s = connect_timeout_s
        self._conn_kwargs: dict[str, Any] = {
            "autocommit": True,
            "row_factory": dict_row,
            "application_name": application_name,
            "connect_timeout": max(1, int(connect_timeout_s)),
        }
        if statement_timeout_s:
            self._conn_kwargs["options"] = f"-c statement_timeout={int(statement_timeout_s * 1000)}"
        self._last_used: weakref.WeakKeyDictionary[psycopg.Connection[Row], float] = (
            weakref.WeakKeyDictionary()
        )
        self._pool = ConnectionPool(
            url,
            min_size=min_size,
            max_size=max_size,
            kwargs=self._conn_kwargs,
            open=False,
            timeout=connect_timeout_s,
            check=self._check_if_idle,
            reconnect_timeout=0,  # keep trying forever; callers see PoolTimeout meanwhile
            name=application_name,
        )

    def _check_if_idle(self, raw: psycopg.Connection[Row]) -> None:
        """Ping a pooled connection on checkout only if it sat idle.

        An idle connection may have died with a restarted server, and the ping
        spares the next caller that error; one used a moment ago is alive, and a
        ping per checkout would cost a round trip on the queue's hot path.
        """
        if time.monotonic() - self._last_used.get(raw, 0.0) > IDLE_CHECK_AFTER_S:
            ConnectionPool.check_connection(raw)

    def open(self, *, wait: bool = False) -> Database:
        with _translated_errors():
            self._pool.open(wait=wait, timeout=self._connect_timeout_s)
        return self

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> Database:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        with _translated_errors(), self._pool.connection() as raw:
            try:
                yield Connection(raw, self.queries, self._on_round_trip)
            finally:
                self._last_used[raw] = time.monotonic()

    @contextmanager
    def transaction(
        self, *, tenant_id: UUID | None = None, presented_key_id: str | None = None
    ) -> Iterator[Connection]:
        with (
            self.connection() as conn,
            conn.transaction(tenant_id=tenant_id, presented_key_id=presented_key_id),
        ):
            yield conn

    # Single statements: one pooled connection, autocommit, no BEGIN/COMMIT round trips.
    def all(self, query: str, /, **params: Any) -> list[Row]:
        with self.connection() as conn:
            return conn.all(query, **params)

    def one(self, query: str, /, **params: Any) -> Row | None:
        with self.connection() as conn:
            return conn.one(query, **params)

    def scoped_all(self, tenant_id: UUID, query: str, /, **params: Any) -> list[Row]:
        with self.connection() as conn:
            return conn.scoped_all(tenant_id, query, **params)

    def gated_reads(
        self, gate: str, gate_params: Mapping[str, Any], reads: Sequence[Read]
    ) -> tuple[Row | None, list[list[Row]]]:
        with self.connection() as conn:
            return conn.gated_reads(gate, gate_params, reads)

    def scalar(self, query: str, /, **params: Any) -> Any:
        with self.connection() as conn:
            return conn.scalar(query, **params)

    def run(self, query: str, /, **params: Any) -> int:
        with self.connection() as conn:
            return conn.run(query, **params)

    @contextmanager
    def dedicated(self) -> Iterator[Connection]:
        """A connection outside the pool, for session state (advisory locks across transactions)."""
        with _translated_errors():
            raw = psycopg.connect(self.url, **self._conn_kwargs)
        try:
            yield Connection(raw, self.queries, self._on_round_trip)
        finally:
            raw.close()

    def listener(self, channels: Sequence[str]) -> Listener:
        with _translated_errors():
            raw = psycopg.connect(self.url, **self._conn_kwargs)
        try:
            return Listener(raw, channels)
        except BaseException:
            raw.close()
            raise

    def check(self) -> None:
        """Open one fresh connection; raise DatabaseUnavailable carrying the server's own reason."""
        with _translated_errors(), psycopg.connect(self.url, **self._conn_kwargs) as raw:
            raw.execute("SELECT 1")

    def ping(self, timeout_s: float = 2.0) -> bool:
        """True when a fresh connection answers SELECT 1 within timeout_s."""
        kwargs = dict(self._conn_kwargs, connect_timeout=max(1, int(timeout_s)))
        kwargs["options"] = f"-c statement_timeout={int(timeout_s * 1000)}"
        try:
            with psycopg.connect(self.url, **kwargs) as raw:
                raw.execute("SELECT 1")
            return True
        except psycopg.Error:
            return False


def connect_admin(url: str) -> AbstractContextManager[Connection]:
    """A plain autocommit connection for setup work (test fixtures, embedded bootstrap)."""
    return Database(url, min_size=0, max_size=1, statement_timeout_s=None).dedicated()


def with_user(url: str, user: str) -> str:
    """The same server and database, as another role (its password, if any, dropped)."""
    params = conninfo.conninfo_to_dict(url)
    params.pop("password", None)
    params["user"] = user
    return conninfo.make_conninfo(**params)


def with_database(url: str, dbname: str) -> str:
    """The same connection settings, pointed at another database (as a libpq conninfo string)."""
    return conninfo.make_conninfo(url, dbname=dbname)


def server_version(url: str) -> int:
    with _translated_errors(), psycopg.connect(url, autocommit=True) as raw:
        return raw.info.server_version
