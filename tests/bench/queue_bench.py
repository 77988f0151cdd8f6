"""Queue benchmark (`make bench`): drain throughput, batch enqueue rate, idle pickup latency.

Each number is the median of 3 runs against PostgreSQL on this host: the
embedded server in a temporary directory, or SECURETAG_BENCH_DATABASE_URL (a
database that this script may fill and empty).

Drain counts a task as done only when its completion is committed: the clock
stops when no noop task is left queued or running, as seen by a separate
connection.
"""

from __future__ import annotations

import argparse
import base64
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from securetag.kernel.config import Settings
from securetag.kernel.models import NewTask
from securetag.queue.tasks import TaskQueue
from securetag.store.db import Database, connect_admin
from securetag.store.embedded import EmbeddedPostgres
from securetag.store.migrate import migrate
from tests.support.queries import TEST_QUERIES
from tests.support.settings import settings_env

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def bench_database():
    url = os.environ.get("SECURETAG_BENCH_DATABASE_URL")
    if url:
        yield url
        return
    with tempfile.TemporaryDirectory(prefix="securetag-bench-") as tmp:
        server = EmbeddedPostgres(Path(tmp) / "pgdata")
        server.start()
        try:
            with connect_admin(server.url("postgres")) as conn:
                conn.create_database("bench")
            yield server.url("bench")
        finally:
            server.stop()


def reset(db: Database) -> None:
    with db.connection() as conn:
        conn.script("TRUNCATE task, worker")
        conn.script("VACUUM ANALYZE task")


def bench_settings(url: str) -> Settings:
    """The service's defaults, with a master key of this run's own (the database is scratch)."""
    master_key = base64.b64encode(secrets.token_bytes(32)).decode()
    return Settings(database_url=url, master_keys=f"v1:{master_key}", log_level="WARNING")


def start_workers(settings: Settings, processes: int, concurrency: int) -> list[subprocess.Popen]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURETAG_")}
    env.update(settings_env(settings))
    return [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "securetag",
                "worker",
                "--types",
                "noop",
                "--concurrency",
                str(concurrency),
            ],
            env=env,
            cwd=ROOT,
        )
        for _ in range(processes)
    ]


def stop_workers(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        proc.terminate()
    for proc in procs:
        proc.wait(timeout=60)


def wait_for_workers(db: Database, n: int) -> None:
    deadline = time.monotonic() + 30
    while db.scalar("bench_live_workers", type="noop") < n:
        if time.monotonic() > deadline:
            raise RuntimeError("workers did not register")
        time.sleep(0.05)
    time.sleep(0.3)  # let every slot reach its idle wait


def drain_once(
    db: Database, queue: TaskQueue, settings: Settings, n: int, processes: int, concurrency: int
) -> float:
    reset(db)
    procs = start_workers(settings, processes, concurrency)
    try:
        wait_for_workers(db, processes)
        tasks = [NewTask(type="noop") for _ in range(n)]
        queue.enqueue_many(tasks)
        start = time.perf_counter()  # committed: workers were woken by NOTIFY
        with db.connection() as conn:
            while conn.scalar("bench_unfinished_exists", type="noop"):
                time.sleep(0.005)
        return n / (time.perf_counter() - start)
    finally:
        stop_workers(procs)


def enqueue_once(db: Database, queue: TaskQueue, n: int) -> tuple[float, float]:
    """(rate of the enqueue_many call, rate including building the NewTask objects)."""
    reset(db)
    start = time.perf_counter()
    tasks = [NewTask(type="noop", payload={"i": i}) for i in range(n)]
    built = time.perf_counter()
    queue.enqueue_many(tasks)  # one transaction, committed when it returns
    done = time.perf_counter()
    return n / (done - built), n / (done - start)


def latency_once(
    db: Database, queue: TaskQueue, settings: Settings, samples: int
) -> tuple[float, float]:
    reset(db)
    procs = start_workers(settings, 1, 4)
    try:
        wait_for_workers(db, 1)
        latencies = []
        for _ in range(samples):
            task_id = queue.enqueue(NewTask(type="noop")).task_id
            while (row := db.one("bench_pickup_latency", id=task_id)) is None:
                time.sleep(0.001)
            latencies.append(float(row["pickup_ms"]))
            time.sleep(0.01)  # idle again before the next sample
        latencies.sort()
        p50 = statistics.median(latencies)
        p99 = latencies[min(len(latencies) - 1, round(0.99 * len(latencies)) - 1)]
        return p50, p99
    finally:
        stop_workers(procs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=20_000)
    parser.add_argument("--enqueue-tasks", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()

    with bench_database() as url:
        with Database(url, queries=TEST_QUERIES) as db:
            migrate(db)
        settings = bench_settings(url)
        with Database(url, max_size=4, queries=TEST_QUERIES) as db:
            queue = TaskQueue(db, settings)
            drains = [
                drain_once(db, queue, settings, args.tasks, args.processes, args.concurrency)
                for _ in range(args.runs)
            ]
            enqueues = [enqueue_once(db, queue, args.enqueue_tasks) for _ in range(args.runs)]
            lats = [latency_once(db, queue, settings, args.samples) for _ in range(args.runs)]

    rows = [
        (
            f"no-op drain ({args.tasks:,} tasks, {args.processes} proc x {args.concurrency} slots)",
            f"{statistics.median(drains):,.0f} tasks/s",
            ">= 20,000 tasks/s",
            ", ".join(f"{d:,.0f}" for d in drains),
        ),
        (
            f"batch enqueue ({args.enqueue_tasks:,} tasks, one enqueue_many call)",
            f"{statistics.median(call for call, _ in enqueues):,.0f} tasks/s",
            ">= 100,000 tasks/s",
            ", ".join(f"{call:,.0f}" for call, _ in enqueues),
        ),
        (
            "  the same, including building the NewTask objects",
            f"{statistics.median(total for _, total in enqueues):,.0f} tasks/s",
            "",
            ", ".join(f"{total:,.0f}" for _, total in enqueues),
        ),
        (
            f"idle enqueue->start p50 ({args.samples} samples)",
            f"{statistics.median(p50 for p50, _ in lats):.2f} ms",
            "",
            ", ".join(f"{p50:.2f}" for p50, _ in lats),
        ),
        (
            f"idle enqueue->start p99 ({args.samples} samples)",
            f"{statistics.median(p99 for _, p99 in lats):.2f} ms",
            "<= 4 ms",
            ", ".join(f"{p99:.2f}" for _, p99 in lats),
        ),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\n{'measure':<{width}}  {f'median of {args.runs}':>18}  {'target':>18}  runs")
    for name, value, target, runs in rows:
        print(f"{name:<{width}}  {value:>18}  {target:>18}  {runs}")


if __name__ == "__main__":
    main()
