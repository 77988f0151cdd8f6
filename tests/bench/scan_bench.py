"""Scan benchmark (`make bench`): per-stage times of a code audit, orchestrated vs direct.

For each size of generated repository (tests/bench/repos.py: `small` ~1,000 lines,
`10k`, `100k`, or a number of lines), one table: each stage's median over N runs,
direct beside orchestrated, their ratio, and the N samples.

"Orchestrated" is the whole code_audit task as a worker runs it, from the scan's start
to its findings stored: open the sealed upload, unpack it safely, run the agents in
the bubblewrap sandbox, record each run, normalize, compare and store the findings.
Its stages are what the service recorded (the scan's stamps and progress, each
tool_execution row), not a clock held around it. "Direct" unpacks the same archive
and runs each agent's own argv bare on the tree, one after another, without sandbox
or database. tests/bench/stages.py says which clock each figure is read on.

Runs alternate (direct, orchestrated, direct, ...) after one unmeasured pair (before
the first size only: it warms what every size shares; --warmups sets it per size). Below
each table: the orchestrated total over the slowest direct tool (target <= 1.15x once
agents run concurrently) and over the sum of the direct tools.

N per size (--runs overrides it for every size): 5 for `small` and for sizes under
10,000 lines, 3 for `10k` and for `100k`. On the 2-core development VM under a load of
about 10 (other jobs running) a pair took 45 s at `small` and 150 s at `100k`, so the
scan part of `make bench` takes about 15 minutes there; far less on an idle machine,
where the tools' times dominate (issue 18 measured 3.3 s for a whole 10k scan).
"""

from __future__ import annotations

import argparse
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from uuid import UUID

from securetag.kernel.models import ClaimedTask
from securetag.queue.handlers import TaskContext
from securetag.queue.tasks import TaskQueue
from securetag.scanning.registry import AgentRegistry
from securetag.scanning.service import RequestInfo, ScanService
from securetag.scanning.task import ScanRunner
from securetag.security.crypto import MasterKeyRing
from securetag.store.db import API_ROLE, WORKER_ROLE, Database, with_user
from securetag.store.migrate import migrate
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant
from tests.bench import repos, stages
from tests.bench.queue_bench import bench_database
from tests.support.queries import TEST_QUERIES
from tests.support.settings import make_settings

DEFAULT_SIZES = ("small", "10k", "100k")
RUNS = {"small": 5, "10k": 3, "100k": 3}
TASK_TIMEOUT_S = 1800

# Kept for callers of the earlier module: the generator lives in tests/bench/repos.py.
repository = repos.repository


def runs_for(size: str, override: int | None) -> int:
    if override is not None:
        return override
    return RUNS.get(size, 5 if repos.lines_of(size) < 10_000 else 3)


class ScanTask:
    """Code audits run the way a worker runs them, on a migrated database of this host."""

    def __init__(self, url: str) -> None:
        self._url = url

    @contextmanager
    def open(self) -> Iterator[Callable[[bytes], stages.Stages]]:
        settings = make_settings(self._url, worker_concurrency=1, log_level="WARNING")
        ring = MasterKeyRing.from_settings(settings)
        with Database(self._url, max_size=2, queries=TEST_QUERIES) as admin:
            migrate(admin)
            tenant = create_tenant(admin, f"bench-{uuid.uuid4().hex[:6]}")["id"]
            stages.check_one_clock(lambda: admin.one("bench_clock")["now"])
            with (
                Database(with_user(self._url, API_ROLE), max_size=2) as api_db,
                Database(with_user(self._url, WORKER_ROLE), max_size=4) as worker_db,
            ):
                scans = ScanService(api_db, TaskQueue(api_db, settings), Vault(api_db, ring))
                runner = ScanRunner(settings, worker_db, Vault(worker_db, ring))
                principal = Principal("benchkey0001", tenant, frozenset(SCOPES), 600)

                def orchestrated(archive: bytes) -> stages.Stages:
                    scan_id = run_scan(scans, runner, principal, archive)
                    return recorded_stages(admin, tenant, scan_id)

                yield orchestrated


def run_scan(scans: ScanService, runner: ScanRunner, principal: Principal, archive: bytes) -> UUID:
    """Submit the archive and run its code_audit task here, as a worker's slot would."""
    scan = scans.submit_code_audit(
        principal,
        RequestInfo(),
        project=f"bench-{uuid.uuid4().hex[:8]}",  # no previous scan to compare with
        filename="repo.tgz",
        archive_format="tar.gz",
        content=archive,
    )
    task = ClaimedTask(
        id=scan["task_id"],
        type="code_audit",
        tenant_id=principal.tenant_id,
        payload={"scan_id": str(scan["id"])},
        priority=0,
        attempts=1,
        max_attempts=1,
        timeout_s=TASK_TIMEOUT_S,
        claim_token=uuid.uuid4(),
        started_at=datetime.now(UTC),
    )
    runner.run(task, TaskContext(task, time.monotonic() + TASK_TIMEOUT_S, threading.Event()))
    state = scans.get(principal, scan["id"])
    if state["state"] != "succeeded" or state["error"]:
        raise stages.BenchmarkError(f"the benchmark scan did not succeed cleanly: {state['error']}")
    return scan["id"]


def recorded_stages(admin: Database, tenant: UUID, scan_id: UUID) -> stages.Stages:
    [scan] = admin.scoped_all(tenant, "bench_scan_times", scan_id=scan_id)
    tools = admin.scoped_all(tenant, "bench_tool_times", scan_id=scan_id)
    return stages.orchestrated_stages(scan, tools)


def measure(
    orchestrated: Callable[[bytes], stages.Stages], size: str, runs: int, warmups: int = 1
) -> tuple[int, stages.Samples]:
    """One size: (its line count, the interleaved samples)."""
    archive, lines = repos.repository(repos.lines_of(size))
    registry = AgentRegistry.load()
    samples = stages.interleaved(
        runs,
        lambda: stages.direct_stages(archive, "tar.gz", registry),
        lambda: orchestrated(archive),
        warmups=warmups,
    )
    return lines, samples


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default=",".join(DEFAULT_SIZES),
        help="comma-separated: small, 10k, 100k or a number of lines (default: all three)",
    )
    parser.add_argument("--runs", type=int, help="measured runs per size (default: per size)")
    parser.add_argument(
        "--warmups",
        type=int,
        help="unmeasured pairs per size (default: 1 before the first size, 0 after it)",
    )
    args = parser.parse_args(argv)
    args.sizes = [size.strip() for size in args.sizes.split(",") if size.strip()]
    for size in args.sizes:
        try:
            repos.lines_of(size)
        except ValueError as exc:
            parser.error(str(exc))
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    with bench_database() as url, ScanTask(url).open() as orchestrated:
        for number, size in enumerate(args.sizes):
            runs = runs_for(size, args.runs)
            # The first size's warm-up pair warms what later sizes share (imports, the
            # tools' start-up, the rule pack); 100k's pair alone is a minute or more.
            warmups = args.warmups if args.warmups is not None else int(number == 0)
            lines, samples = measure(orchestrated, size, runs, warmups)
            title = f"scan benchmark, {size} repository ({lines:,} lines)"
            print(stages.render(title, samples), flush=True)


if __name__ == "__main__":
    main()
