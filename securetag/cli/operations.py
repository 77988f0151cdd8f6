"""`securetag task|workers|reap|db-url|cleanup|alerts`: running the service day to day."""

from __future__ import annotations

import argparse
import json

from securetag.cli.plumbing import EXIT_ERROR, EXIT_OK, print_json
from securetag.kernel.config import Settings
from securetag.kernel.errors import ConfigError
from securetag.kernel.models import NewTask
from securetag.ops import alerts
from securetag.ops.cleanup import Cleanup
from securetag.queue.tasks import TaskQueue
from securetag.store import audit
from securetag.store.connect import admin_url, open_database


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
        results = TaskQueue(db, settings).enqueue_many(tasks, actor=audit.CLI_ACTOR)
    created = [r.task_id for r in results if r.created]
    print_json({"enqueued": len(created), "task_ids": [r.task_id for r in results][:100]})
    return EXIT_OK


def cmd_task_show(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        task = TaskQueue(db, settings).get(args.id)
    print(task.model_dump_json(indent=2))
    return EXIT_OK


def cmd_task_cancel(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        previous = TaskQueue(db, settings).cancel(
            args.id, reason="cancelled from the CLI", actor=audit.CLI_ACTOR
        )
    print_json({"task_id": args.id, "cancelled": previous is not None, "previous_state": previous})
    return EXIT_OK if previous is not None else EXIT_ERROR


def cmd_task_counts(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        print_json(TaskQueue(db, settings).counts())
    return EXIT_OK


def cmd_workers(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        rows = db.all("list_workers", include_stopped=args.all)
    for row in rows:
        print_json(row)
    return EXIT_OK


def cmd_reap(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        result = TaskQueue(db, settings).reap(limit=args.limit)
    print_json(
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


def cmd_cleanup(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=2) as db:
        summary = Cleanup(settings, db).run_job(
            args.job, batch=args.batch, max_batches=args.max_batches
        )
    print_json(summary.as_dict())
    return EXIT_OK


def cmd_alerts_check(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=2) as db:
        report = alerts.check(db, settings.alert_webhook_url, settings.alert_secret())
    print_json(report.as_dict())
    return EXIT_OK if report.error is None else EXIT_ERROR
