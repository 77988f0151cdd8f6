"""The `securetag` command."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence

from securetag import migrate as migrations
from securetag.config import Settings
from securetag.embedded import EmbeddedPostgres
from securetag.errors import ConfigError, DatabaseUnavailable, SecuretagError
from securetag.handlers import builtin_registry, load_handler_modules
from securetag.logs import configure_logging
from securetag.models import NewTask
from securetag.queue import TaskQueue
from securetag.runtime import admin_url, open_database, worker_url
from securetag.worker import Worker

log = logging.getLogger("securetag.cli")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_DB_UNAVAILABLE = 4


# --------------------------------------------------------------------------- plumbing


def _print_json(value: object) -> None:
    print(json.dumps(value, default=str, indent=None))


# --------------------------------------------------------------------------- commands


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=2) as db:
        if args.status:
            current = migrations.status(db)
            _print_json(
                {"applied": current.applied, "pending": [m.filename for m in current.pending]}
            )
            return EXIT_OK if not current.pending else EXIT_ERROR
        applied = migrations.migrate(db)
    _print_json({"applied": [m.filename for m in applied]})
    return EXIT_OK


def cmd_worker(settings: Settings, args: argparse.Namespace) -> int:
    registry = builtin_registry()
    load_handler_modules(registry, _split(args.handlers))
    types = _split(args.types) or None
    concurrency = args.concurrency or settings.worker_concurrency
    stop_waiting = threading.Event()
    _on_stop_signals(stop_waiting.set)
    # Slots + flusher + heartbeat each take a connection at times; keep one spare.
    with open_database(
        settings, worker_url(settings), max_size=concurrency + 3, wait_until=stop_waiting
    ) as db:
        migrations.ensure_current(db)
        worker = Worker(settings, db, registry, types=types, concurrency=concurrency)
        _on_stop_signals(worker.request_stop)
        if stop_waiting.is_set():
            return EXIT_OK
        worker.run()
    return EXIT_OK


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """Development all-in-one: embedded PostgreSQL (unless DATABASE_URL), migrations, workers."""
    embedded: EmbeddedPostgres | None = None
    if settings.database_url:
        url = settings.database_url
    else:
        # The server under data_dir belongs to this command: one left running by a
        # crashed earlier run is adopted, and stopped with us.
        embedded = EmbeddedPostgres(settings.embedded_pgdata)
        first_run = not embedded.is_initialized()
        started = embedded.start()
        embedded.ensure_database()
        url = embedded.url()
        how = "created" if first_run else "started" if started else "adopted (was running)"
        print(f"embedded PostgreSQL {how}: data in {embedded.pgdata}", flush=True)
    stop = threading.Event()
    _on_stop_signals(stop.set)
    children: list[subprocess.Popen] = []
    try:
        with open_database(settings, url, max_size=2) as db:
            applied = migrations.migrate(db)
        env = dict(os.environ, DATABASE_URL=url)
        for _ in range(settings.run_worker_processes):
            children.append(
                subprocess.Popen(
                    [sys.executable, "-m", "securetag", "worker"],
                    env=env,
                    # Own session: Ctrl-C reaches only us, and we stop the children in order.
                    start_new_session=True,
                )
            )
        _print_banner(url, applied, settings)
        while not stop.wait(0.5):
            dead = [c for c in children if c.poll() is not None]
            if dead:
                print(f"a worker exited with code {dead[0].returncode}; stopping", file=sys.stderr)
                return EXIT_ERROR
        print("stopping (waiting for in-flight tasks) ...", flush=True)
        return EXIT_OK
    finally:
        _stop_children(children, settings.shutdown_grace_s + 10)
        if embedded is not None:
            embedded.stop()
            print("embedded PostgreSQL stopped; data kept in", embedded.pgdata, flush=True)


def _print_banner(url: str, applied: Sequence[migrations.Migration], settings: Settings) -> None:
    lines = [
        "",
        "Securetag is running.",
        f"  database   {url}",
        f"  psql       psql '{url}'",
        f"  migrations {len(applied)} applied now",
        f"  workers    {settings.run_worker_processes} process(es)"
        f" x {settings.worker_concurrency} slots",
        "  try it     .venv/bin/securetag task enqueue noop --count 1000   (in another terminal)",
        "Press Ctrl-C to stop.",
        "",
    ]
    print("\n".join(lines), flush=True)


def _stop_children(children: Sequence[subprocess.Popen], timeout_s: float) -> None:
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    for child in children:
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def cmd_task_enqueue(settings: Settings, args: argparse.Namespace) -> int:
    try:
        payload = json.loads(args.payload)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"--payload is not valid JSON: {exc}") from None
    if not isinstance(payload, dict):
        raise ConfigError("--payload must be a JSON object")
    tasks = [
        NewTask(
            type=args.type,
            payload=payload,
            priority=args.priority,
            delay_s=args.delay,
            dedup_key=args.dedup_key,
        )
        for _ in range(args.count)
    ]
    with open_database(settings, admin_url(settings), max_size=1) as db:
        results = TaskQueue(db, settings).enqueue_many(tasks)
    created = [r.task_id for r in results if r.created]
    _print_json({"enqueued": len(created), "task_ids": [r.task_id for r in results][:100]})
    return EXIT_OK


def cmd_task_show(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        task = TaskQueue(db, settings).get(args.id)
    print(task.model_dump_json(indent=2))
    return EXIT_OK


def cmd_task_cancel(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        previous = TaskQueue(db, settings).cancel(args.id, reason="cancelled from the CLI")
    _print_json({"task_id": args.id, "cancelled": previous is not None, "previous_state": previous})
    return EXIT_OK if previous is not None else EXIT_ERROR


def cmd_task_counts(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        _print_json(TaskQueue(db, settings).counts())
    return EXIT_OK


def cmd_workers(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        rows = db.all("list_workers", include_stopped=args.all)
    for row in rows:
        _print_json(row)
    return EXIT_OK


def cmd_reap(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        result = TaskQueue(db, settings).reap(limit=args.limit)
    _print_json(
        {
            "job": "reap",
            "retried": result.retried,
            "failed": result.failed,
            "timed_out": result.timed_out,
            "workers_lost": result.workers_lost,
        }
    )
    return EXIT_OK


def cmd_db_url(settings: Settings, args: argparse.Namespace) -> int:
    print(admin_url(settings))
    return EXIT_OK


# --------------------------------------------------------------------------- entry point


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _on_stop_signals(callback: Callable[[], None]) -> None:
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: callback())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="securetag", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "run", help="run everything locally (embedded PostgreSQL unless DATABASE_URL)"
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("migrate", help="apply pending schema migrations")
    p.add_argument("--status", action="store_true", help="only report applied and pending files")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("worker", help="run a worker process")
    p.add_argument("--types", help="comma-separated task types (default: every registered type)")
    p.add_argument(
        "--concurrency", type=int, help="tasks run at once (default SECURETAG_WORKER_CONCURRENCY)"
    )
    p.add_argument("--handlers", help="comma-separated modules exposing register(registry)")
    p.set_defaults(func=cmd_worker)

    task = sub.add_parser("task", help="inspect and control tasks").add_subparsers(
        dest="task_command", required=True, metavar="ACTION"
    )
    p = task.add_parser("enqueue", help="enqueue tasks")
    p.add_argument("type")
    p.add_argument("--payload", default="{}", help="JSON object")
    p.add_argument("--count", type=int, default=1)
    p.add_argument("--priority", type=int, default=0)
    p.add_argument("--delay", type=float, default=0.0, help="seconds before it may run")
    p.add_argument("--dedup-key")
    p.set_defaults(func=cmd_task_enqueue)
    p = task.add_parser("show", help="show one task")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_task_show)
    p = task.add_parser("cancel", help="cancel a queued or running task")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_task_cancel)
    p = task.add_parser("counts", help="tasks by type and state")
    p.set_defaults(func=cmd_task_counts)

    p = sub.add_parser("workers", help="list workers")
    p.add_argument("--all", action="store_true", help="include stopped and lost workers")
    p.set_defaults(func=cmd_workers)

    p = sub.add_parser("reap", help="rescue tasks whose lease or timeout expired (cron-safe)")
    p.add_argument("--limit", type=int, default=1000)
    p.set_defaults(func=cmd_reap)

    p = sub.add_parser("db-url", help="print the database URL in use")
    p.set_defaults(func=cmd_db_url)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"securetag: {exc.message}", file=sys.stderr)
        return EXIT_CONFIG
    configure_logging(settings.log_level, settings.log_format)
    try:
        return args.func(settings, args)
    except ConfigError as exc:
        print(f"securetag: {exc.message}", file=sys.stderr)
        return EXIT_CONFIG
    except DatabaseUnavailable as exc:
        print(
            f"securetag: database unavailable: {exc.message} {exc.details or ''}", file=sys.stderr
        )
        return EXIT_DB_UNAVAILABLE
    except SecuretagError as exc:
        print(f"securetag: {exc.message}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
