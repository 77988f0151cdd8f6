"""Fairness benchmark (`make bench`): one tenant floods the queue, others submit steadily.

A flood tenant enqueues --flood tasks at once; then --victims other tenants each
submit one task every --every seconds for --seconds. Every task sleeps --task-s in
one `securetag worker` process with --concurrency slots. Printed: the victims'
p50/p99 queue wait (enqueue to start) beside the flood size and the flood's own
waits. With fair claiming a victim waits about one task length, whatever the
flood size; with first-come claiming it waits for the whole flood ahead of it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import uuid

from securetag.kernel.config import Settings, TaskTypeSettings
from securetag.kernel.models import NewTask
from securetag.queue.tasks import TaskQueue
from securetag.store.db import Database
from securetag.store.migrate import migrate
from tests.bench.queue_bench import ROOT, bench_database, bench_settings, reset
from tests.support.queries import TEST_QUERIES
from tests.support.settings import settings_env

TASK_TYPE = "test.sleep"


def start_worker(settings: Settings, concurrency: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURETAG_")}
    env.update(settings_env(settings))
    return subprocess.Popen(
        [sys.executable, "-m", "securetag", "worker", "--handlers", "tests.support.handlers",
         "--types", TASK_TYPE, "--concurrency", str(concurrency)],
        env=env, cwd=ROOT,
    )  # fmt: skip


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def run(args: argparse.Namespace, url: str) -> tuple[list[float], list[float]]:
    settings = bench_settings(url).model_copy(
        update={"task_types": {TASK_TYPE: TaskTypeSettings(timeout_s=60, claim_batch=1)}}
    )
    with Database(url, max_size=2, queries=TEST_QUERIES) as db:
        reset(db)
        queue = TaskQueue(db, settings)
        payload = {"seconds": args.task_s}
        worker = start_worker(settings, args.concurrency)
        try:
            deadline = time.monotonic() + 30
            while db.scalar("bench_live_workers", type=TASK_TYPE) < 1:
                if time.monotonic() > deadline:
                    raise RuntimeError("the worker did not register")
                time.sleep(0.05)
            flood = uuid.uuid4()
            queue.enqueue_many(
                [NewTask(type=TASK_TYPE, tenant_id=flood, payload=payload)] * args.flood
            )
            victims = [uuid.uuid4() for _ in range(args.victims)]
            submitted = 0
            end = time.monotonic() + args.seconds
            while time.monotonic() < end:
                queue.enqueue_many(
                    [NewTask(type=TASK_TYPE, tenant_id=v, payload=payload) for v in victims]
                )
                submitted += len(victims)
                time.sleep(args.every)
            # Until every victim task has started (the flood may still be draining).
            deadline = time.monotonic() + args.flood * args.task_s + 60
            while time.monotonic() < deadline:
                rows = db.all("bench_queue_waits", type=TASK_TYPE)
                if sum(1 for r in rows if r["tenant_id"] in victims) >= submitted:
                    break
                time.sleep(0.1)
        finally:
            worker.terminate()
            worker.wait(timeout=60)
        rows = db.all("bench_queue_waits", type=TASK_TYPE)
    victim_waits = [r["wait_s"] for r in rows if r["tenant_id"] in victims]
    flood_waits = [r["wait_s"] for r in rows if r["tenant_id"] == flood]
    return victim_waits, flood_waits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--flood", type=int, default=400, help="tasks the flood tenant queues")
    parser.add_argument("--victims", type=int, default=3, help="other tenants")
    parser.add_argument("--every", type=float, default=0.5, help="seconds between submissions")
    parser.add_argument("--seconds", type=float, default=10.0, help="how long victims submit")
    parser.add_argument("--task-s", type=float, default=0.1, help="what each task takes")
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    with bench_database() as url:
        with Database(url, queries=TEST_QUERIES) as db:
            migrate(db)
        victim_waits, flood_waits = run(args, url)

    rows = [
        ("flood size (one tenant's tasks queued at once)", f"{args.flood:,}", ""),
        (
            f"victims' queue wait p50 ({len(victim_waits)} tasks, {args.victims} tenants)",
            f"{statistics.median(victim_waits) * 1000:,.0f} ms" if victim_waits else "-",
            "",
        ),
        (
            "victims' queue wait p99",
            f"{percentile(victim_waits, 0.99) * 1000:,.0f} ms" if victim_waits else "-",
            f"~ {args.task_s * 1000:,.0f} ms (one task)",
        ),
        (
            f"flood's queue wait p50 ({len(flood_waits)} started)",
            f"{statistics.median(flood_waits) * 1000:,.0f} ms" if flood_waits else "-",
            "",
        ),
    ]
    width = max(len(r[0]) for r in rows)
    print(
        f"\nfairness: {args.concurrency} slots, tasks of {args.task_s:g} s, "
        f"victims submit every {args.every:g} s"
    )
    print(f"{'measure':<{width}}  {'value':>12}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>12}  {target}")


if __name__ == "__main__":
    main()
