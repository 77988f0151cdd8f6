"""The `securetag` command."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from securetag.cli import admin, audit, demo, operations, training
from securetag.cli.admin import write_secret_file
from securetag.cli.ci_client import command as ci_command
from securetag.cli.ci_client import options as ci_options
from securetag.cli.plumbing import (
    EXIT_CONFIG,
    EXIT_DB_UNAVAILABLE,
    EXIT_ERROR,
    EXIT_OK,
    print_json,
    split_list,
)
from securetag.kernel.config import Settings
from securetag.kernel.errors import ConfigError, DatabaseUnavailable, SecuretagError
from securetag.kernel.logs import configure_logging
from securetag.kernel.metrics import WorkerMetrics
from securetag.ops import cleanup
from securetag.queue.handlers import builtin_registry, load_handler_modules
from securetag.queue.worker import Worker
from securetag.scanning.task import ScanRunner
from securetag.security import crypto
from securetag.security.crypto import MasterKeyRing
from securetag.store import migrate as migrations
from securetag.store.connect import admin_url, open_database, worker_url
from securetag.store.embedded import EmbeddedPostgres
from securetag.store.vault import Vault
from securetag.tenancy.auth import DEFAULT_SCOPES, SCOPES
from securetag.triage.task import TriageRunner
from securetag.webhooks.sender import WebhookSender

log = logging.getLogger("securetag.cli.main")

# deploy/ ships in the package as securetag.deploy, so an installed copy finds it too.
GUNICORN_CONF = Path(str(resources.files("securetag.deploy").joinpath("gunicorn.conf.py")))


# --------------------------------------------------------------------------- commands


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=2) as db:
        if args.status:
            current = migrations.status(db)
            print_json(
                {"applied": current.applied, "pending": [m.filename for m in current.pending]}
            )
            return EXIT_OK if not current.pending else EXIT_ERROR
        applied = migrations.migrate(db)
    print_json({"applied": [m.filename for m in applied]})
    return EXIT_OK


def cmd_worker(settings: Settings, args: argparse.Namespace) -> int:
    # Workers open tenant data: without a master key they must not start.
    MasterKeyRing.from_settings(settings)
    registry = builtin_registry()
    load_handler_modules(registry, split_list(args.handlers))
    types = split_list(args.types) or None
    concurrency = args.concurrency or settings.worker_concurrency
    stop_waiting = threading.Event()
    _on_stop_signals(stop_waiting.set)
    # Slots + flusher + heartbeat each take a connection at times; keep one spare.
    with open_database(
        settings, worker_url(settings), max_size=concurrency + 3, wait_until=stop_waiting
    ) as db:
        migrations.ensure_current(db)
        vault = Vault(db, MasterKeyRing.from_settings(settings))
        ScanRunner(settings, db, vault).register(registry)
        TriageRunner(settings, db, vault).register(registry)
        WebhookSender(settings, db, vault).register(registry)
        metrics = None
        if settings.worker_metrics_port is not None:
            metrics = WorkerMetrics(
                read_depth=lambda: [
                    (row["type"], row["state"], row["tasks"]) for row in db.all("queue_depth")
                ]
            )
            metrics.serve(settings.worker_metrics_port, settings.worker_metrics_host)
        worker = Worker(
            settings, db, registry, types=types, concurrency=concurrency, metrics=metrics
        )
        _on_stop_signals(worker.request_stop)
        if stop_waiting.is_set():
            return EXIT_OK
        worker.run()
    return EXIT_OK


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """Development all-in-one: embedded PostgreSQL, migrations, the API and workers."""
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
        env = dict(os.environ, DATABASE_URL=url)
        settings = _with_development_secrets(settings)
        # The API and the workers get DATABASE_URL, so they are told where the secrets are.
        for setting in _DEVELOPMENT_SECRET_MAKERS:
            path = getattr(settings, setting)
            if path is not None:
                env[f"SECURETAG_{setting.upper()}"] = str(path.resolve())
        if not settings.database_url and settings.audit_hmac_key() is None:
            # Not passed to the API and workers: only `audit anchor|verify` read it, and they
            # find it themselves when no DATABASE_URL is set (securetag/cli/audit.py).
            audit.development_audit_key(settings)
        with open_database(settings, url, max_size=2) as db:
            applied = migrations.migrate(db)
            demo_key = demo.demo_key(db, settings)
        # Own sessions: Ctrl-C reaches only us, and we stop the children in order.
        children.append(
            subprocess.Popen(
                [sys.executable, "-m", "securetag", "serve"], env=env, start_new_session=True
            )
        )
        for _ in range(settings.run_worker_processes):
            children.append(
                subprocess.Popen(
                    [sys.executable, "-m", "securetag", "worker"], env=env, start_new_session=True
                )
            )
        _print_banner(url, applied, settings, demo_key)
        while not stop.wait(0.5):
            dead = [c for c in children if c.poll() is not None]
            if dead:
                which = "the API" if dead[0] is children[0] else "a worker"
                print(f"{which} exited with code {dead[0].returncode}; stopping", file=sys.stderr)
                return EXIT_ERROR
        print("stopping (waiting for in-flight tasks) ...", flush=True)
        return EXIT_OK
    finally:
        _stop_children(children, settings.shutdown_grace_s + 10)
        if embedded is not None:
            embedded.stop()
            print("embedded PostgreSQL stopped; data kept in", embedded.pgdata, flush=True)


def _with_development_secrets(settings: Settings) -> Settings:
    """Settings naming a development file for every secret not configured, made if missing."""
    files = settings.development_secret_files()
    for setting, path in files.items():
        _DEVELOPMENT_SECRET_MAKERS[setting](path)
    return settings.model_copy(update=files) if files else settings


def _development_pepper(path: Path) -> None:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_secret_file(path)
        print(
            f"created a development API key pepper in {path} (mode 0600); in production set "
            "SECURETAG_API_KEY_PEPPER_FILE to a secret of your own",
            flush=True,
        )


def _development_master_key(path: Path) -> None:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        crypto.write_new_key_file(path)
        print(
            f"created a development master key in {path} (mode 0600); it encrypts tenant data "
            "at rest: back it up, and in production set SECURETAG_MASTER_KEY_FILE to a key "
            "of your own (`securetag keys generate --out FILE`)",
            flush=True,
        )


def _tenant_cap_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-running-scans",
        type=int,
        help="scans of each type running at once (default: SECURETAG_TENANT_MAX_RUNNING_SCANS)",
    )
    parser.add_argument(
        "--max-queued-scans",
        type=int,
        help="scans waiting to run before submissions get 429 queue_full "
        "(default: SECURETAG_TENANT_MAX_QUEUED_SCANS)",
    )


def _print_banner(
    url: str,
    applied: Sequence[migrations.Migration],
    settings: Settings,
    demo_key: str,
) -> None:
    api = f"http://{settings.api_host}:{settings.api_port}"
    lines = [
        "",
        "Securetag is running.",
        f"  API        {api}   (OpenAPI: {api}/openapi.json)",
        f"  tenant     {demo.DEMO_TENANT}",
        f"  API key    {demo_key}",
        f"  database   {url}",
        f"  psql       psql '{url}'",
        f"  migrations {len(applied)} applied now",
        f"  workers    {settings.run_worker_processes} process(es)"
        f" x {settings.worker_concurrency} slots",
        f"  try it     curl -H 'X-API-Key: {demo_key}' {api}/scans",
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


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    """Run the API under gunicorn with deploy/gunicorn.conf.py (replaces this process)."""
    config = Path(args.config) if args.config else GUNICORN_CONF
    if not config.is_file():
        raise ConfigError(f"gunicorn config {config} not found; pass --config PATH")
    # Refuse to start without a pepper or a master key, with the message that says how.
    settings.pepper()
    MasterKeyRing.from_settings(settings)
    env = dict(os.environ)
    for name, value in (("HOST", args.host), ("PORT", args.port), ("WORKERS", args.workers)):
        if value is not None:
            env[f"SECURETAG_API_{name}"] = str(value)
    argv = [sys.executable, "-m", "gunicorn", "-c", str(config), "securetag.api:create_app()"]
    os.execve(sys.executable, argv, env)
    return EXIT_OK  # not reached


def cmd_scan(settings: Settings, args: argparse.Namespace) -> int:
    """The CI client: it talks to a server over HTTP and needs no server settings."""
    return ci_command.run(args)


# How `securetag run` makes each development secret file (Settings.development_secret_files).
_DEVELOPMENT_SECRET_MAKERS: dict[str, Callable[[Path], None]] = {
    "api_key_pepper_file": _development_pepper,
    "master_key_file": _development_master_key,
}


# --------------------------------------------------------------------------- entry point


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
    p.set_defaults(func=operations.cmd_task_enqueue)
    p = task.add_parser("show", help="show one task")
    p.add_argument("id", type=int)
    p.set_defaults(func=operations.cmd_task_show)
    p = task.add_parser("cancel", help="cancel a queued or running task")
    p.add_argument("id", type=int)
    p.set_defaults(func=operations.cmd_task_cancel)
    p = task.add_parser("counts", help="tasks by type and state")
    p.set_defaults(func=operations.cmd_task_counts)

    p = sub.add_parser("workers", help="list workers")
    p.add_argument("--all", action="store_true", help="include stopped and lost workers")
    p.set_defaults(func=operations.cmd_workers)

    p = sub.add_parser("reap", help="rescue tasks whose lease or timeout expired (cron-safe)")
    p.add_argument("--limit", type=int, default=1000)
    p.set_defaults(func=operations.cmd_reap)

    p = sub.add_parser("db-url", help="print the database URL in use")
    p.set_defaults(func=operations.cmd_db_url)

    p = sub.add_parser("serve", help="run the HTTP API under gunicorn")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--workers", type=int)
    p.add_argument("--config", help="gunicorn config file (default deploy/gunicorn.conf.py)")
    p.set_defaults(func=cmd_serve)

    tenant = sub.add_parser("tenant", help="manage tenants").add_subparsers(
        dest="tenant_command", required=True, metavar="ACTION"
    )
    p = tenant.add_parser("create", help="create a tenant")
    p.add_argument("name")
    p.add_argument(
        "--rate-limit",
        type=int,
        help="requests per minute, all of its keys together (default: none)",
    )
    p.add_argument("--burst", type=int, help="requests at once (default: scaled from the rate)")
    _tenant_cap_options(p)
    p.set_defaults(func=admin.cmd_tenant_create)
    p = tenant.add_parser(
        "update", help="change a tenant's limits (caps: 0 puts one back to the service default)"
    )
    p.add_argument("tenant", help="tenant name or id")
    p.add_argument("--rate-limit", type=int, help="requests per minute, all of its keys together")
    p.add_argument("--burst", type=int, help="requests at once (default: scaled from the rate)")
    p.add_argument(
        "--no-rate-limit", action="store_true", help="remove the tenant-wide limit (and burst)"
    )
    _tenant_cap_options(p)
    p.set_defaults(func=admin.cmd_tenant_update)
    p = tenant.add_parser("list", help="list tenants")
    p.set_defaults(func=admin.cmd_tenant_list)
    p = tenant.add_parser(
        "delete", help="crypto-shred a tenant: destroy its data keys, then delete its rows"
    )
    p.add_argument("tenant", help="tenant name or id")
    p.add_argument("--shred", action="store_true", help="required: destroy the data keys first")
    p.set_defaults(func=admin.cmd_tenant_delete)

    p = tenant.add_parser("training", help="keep a tenant's data out of (or in) training sets")
    p.add_argument("tenant", help="tenant name or id")
    opt = p.add_mutually_exclusive_group(required=True)
    opt.add_argument("--opt-out", dest="opt_out", action="store_true")
    opt.add_argument("--opt-in", dest="opt_out", action="store_false")
    p.set_defaults(func=admin.cmd_tenant_training)

    alerts_cmd = sub.add_parser("alerts", help="security monitoring").add_subparsers(
        dest="alerts_command", required=True
    )
    p = alerts_cmd.add_parser(
        "check", help="post new ops.security_events to the alert webhook (cron; signed)"
    )
    p.set_defaults(func=operations.cmd_alerts_check)

    p = sub.add_parser("scan", help="CI client: scan a directory, archive or URL on a server")
    ci_options.add_arguments(p)
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser(
        "cleanup", help="a cron cleanup job: one JSON line, safe on several hosts at once"
    )
    p.add_argument("job", choices=cleanup.JOBS)
    p.add_argument("--batch", type=int, default=1000, help="rows per transaction")
    p.add_argument("--max-batches", type=int, default=1000, help="stop after this many")
    p.set_defaults(func=operations.cmd_cleanup)

    data = sub.add_parser("dataset", help="fine-tuning datasets").add_subparsers(
        dest="dataset_command", required=True
    )
    p = data.add_parser("export", help="triage records as chat or alpaca JSON Lines")
    p.add_argument("--format", choices=["chat", "alpaca"], required=True)
    p.add_argument("--out", required=True, help="train file; validation goes to NAME.val.EXT")
    p.add_argument("--since", help="only triages from this ISO date or time on")
    p.add_argument("--only-labeled", action="store_true", help="only human-labeled findings")
    p.add_argument("--tenant", help="only this tenant (name or id)")
    p.add_argument("--validation-ratio", type=float, default=0.1)
    p.add_argument("--pii-pattern", action="append", help="a regex to redact (repeatable)")
    p.set_defaults(func=training.cmd_dataset_export)
    p = data.add_parser("validate", help="check a dataset file; exit 1 on any bad line")
    p.add_argument("file")
    p.add_argument("--format", choices=["chat", "alpaca"], default=None)
    p.set_defaults(func=training.cmd_dataset_validate)
    p = data.add_parser("from-cwe", help="instruction pairs from MITRE's CWE XML catalog")
    p.add_argument("catalog", help="cwec_v4.x.xml (or the .xml.zip)")
    p.add_argument("--format", choices=["chat", "alpaca"], required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--validation-ratio", type=float, default=0.1)
    p.set_defaults(func=training.cmd_dataset_from_cwe)
    training.add_label_commands(data)

    triage_cmd = sub.add_parser("triage", help="the triage model").add_subparsers(
        dest="triage_command", required=True
    )
    p = triage_cmd.add_parser("eval", help="the configured model over labeled findings")
    p.add_argument("--labels", required=True, help="JSON Lines of labeled findings")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=training.cmd_triage_eval)

    keys_cmd = sub.add_parser("keys", help="encryption keys: rotation and rewrap").add_subparsers(
        dest="keys_command", required=True
    )
    p = keys_cmd.add_parser("generate", help="write a new master key file (mode 0600)")
    p.add_argument("--out", required=True, help="path of the new key file (must not exist)")
    p.set_defaults(func=admin.cmd_keys_generate)
    p = keys_cmd.add_parser(
        "rotate", help="new active master key, a new data key per tenant, old keys rewrapped"
    )
    p.set_defaults(func=admin.cmd_keys_rotate)
    p = keys_cmd.add_parser(
        "rewrap", help="re-seal stored data under current keys in resumable batches (cron-safe)"
    )
    p.add_argument("--batch", type=int, default=100, help="rows per transaction (default 100)")
    p.add_argument("--max-batches", type=int, default=None, help="stop after this many batches")
    p.set_defaults(func=admin.cmd_keys_rewrap)
    p = keys_cmd.add_parser("status", help="what each key version still protects")
    p.set_defaults(func=admin.cmd_keys_status)
    p = keys_cmd.add_parser("retire", help="remove a master key version that protects nothing")
    p.add_argument("version", help="e.g. v1")
    p.set_defaults(func=admin.cmd_keys_retire)

    apikey = sub.add_parser("apikey", help="manage API keys").add_subparsers(
        dest="apikey_command", required=True, metavar="ACTION"
    )
    p = apikey.add_parser("create", help="create an API key (shown once)")
    p.add_argument("--tenant", required=True, help="tenant name or id")
    p.add_argument(
        "--scopes",
        help=f"comma-separated, from {', '.join(SCOPES)} (default: {', '.join(DEFAULT_SCOPES)})",
    )
    p.add_argument("--expires", help=f"when the key stops working: {admin.EXPIRES_FORMS}")
    p.add_argument("--name", default="", help="a label, e.g. the CI pipeline that uses it")
    p.add_argument(
        "--rate-limit", type=int, help="requests per minute for this key (its tenant's applies too)"
    )
    p.add_argument("--burst", type=int, help="requests at once (default: scaled from the rate)")
    p.set_defaults(func=admin.cmd_apikey_create)
    p = apikey.add_parser("list", help="list API keys (never their secrets)")
    p.add_argument("--tenant", help="tenant name or id")
    p.set_defaults(func=admin.cmd_apikey_list)
    p = apikey.add_parser("revoke", help="revoke an API key at once")
    p.add_argument("key_id")
    p.set_defaults(func=admin.cmd_apikey_revoke)

    audit.add_commands(sub)

    p = sub.add_parser("gen-secret", help="write a new random secret file (mode 0600)")
    p.add_argument("path")
    p.set_defaults(func=admin.cmd_gen_secret)
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
