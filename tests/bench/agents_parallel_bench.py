"""Agents side by side (`make bench`): a code audit against its slowest single tool.

On one generated repository, interleaved run by run (median of --runs after one
unmeasured warm-up):

- each code-audit agent alone, in its sandbox, with the command line the scan task gives
  it (what the slowest of them costs is the floor for a scan that runs them together);
- the whole code_audit task (unpack, agents, records, findings) with the CPU budget
  this machine's default gives one scan (SECURETAG_SCAN_CPUS unset, worker concurrency
  from --worker-concurrency), and again with one CPU, agents one after another.

Target: the task <= 1.15x its slowest single tool.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from securetag.kernel.models import ScanType
from securetag.queue.tasks import TaskQueue
from securetag.scanning.agent import AgentInput
from securetag.scanning.agent_slots import cpu_shares
from securetag.scanning.registry import AgentRegistry
from securetag.scanning.sandbox.limits import sandbox_uid
from securetag.scanning.sandbox.run import run_sandboxed
from securetag.scanning.service import ScanService
from securetag.scanning.task import ScanRunner
from securetag.scanning.unpack.extract import unpack_archive
from securetag.scanning.unpack.limits import UnpackLimits
from securetag.scanning.unpack.tree import TreeAccess
from securetag.security.crypto import MasterKeyRing
from securetag.store.db import API_ROLE, WORKER_ROLE, Database, with_user
from securetag.store.migrate import migrate
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant
from tests.bench.queue_bench import bench_database
from tests.bench.scan_bench import repository, through_the_scan_task
from tests.support.settings import make_settings


def alone(registry: AgentRegistry, tree: Path, jobs: int) -> dict[str, float]:
    """Seconds each code-audit agent takes alone in its sandbox (Semgrep with `jobs`)."""
    seconds = {}
    for agent in registry.for_scan(ScanType.CODE_AUDIT):
        agent_input = AgentInput(ScanType.CODE_AUDIT, source_dir=tree, jobs=jobs)
        started = time.perf_counter()
        result = run_sandboxed(
            agent.argv(agent_input), registry.profile(agent), input_dir=tree, cwd=agent.cwd
        )
        seconds[agent.name] = time.perf_counter() - started
        if agent.outcome(result, agent_input).failure:
            raise RuntimeError(f"{agent.name} failed alone: {result.reason}")
    return seconds


def time_agents(runner: ScanRunner) -> list[float]:
    """The seconds each scan of `runner` spends in its agents stage (first start to last end)."""
    spent: list[float] = []
    inner = runner._run_agents

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - started)

    runner._run_agents = timed  # type: ignore[method-assign]
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--worker-concurrency", type=int, default=1)
    args = parser.parse_args()

    archive, lines = repository(args.lines)
    registry = AgentRegistry.load()
    agents = registry.for_scan(ScanType.CODE_AUDIT)
    with bench_database() as url, tempfile.TemporaryDirectory() as tmp:
        settings = make_settings(
            url, worker_concurrency=args.worker_concurrency, log_level="WARNING"
        )
        one_cpu = settings.model_copy(update={"scan_cpus": 1})
        budget = settings.scan_cpu_budget
        semgrep_jobs = max(cpu_shares(agents, budget))
        tree = Path(tmp) / "tree"
        # Readable by the sandbox's default uid the way a scan's tree is by its group.
        unpack_archive(archive, "tar.gz", tree, UnpackLimits(), TreeAccess(sandbox_uid(None)[1]))
        ring = MasterKeyRing.from_settings(settings)
        with Database(url, max_size=2) as admin:
            migrate(admin)
            tenant = create_tenant(admin, f"bench-{uuid.uuid4().hex[:6]}")["id"]
        with (
            Database(with_user(url, API_ROLE), max_size=2) as api_db,
            Database(with_user(url, WORKER_ROLE), max_size=4) as worker_db,
        ):
            scans = ScanService(api_db, TaskQueue(api_db, settings), Vault(api_db, ring))
            together = ScanRunner(settings, worker_db, Vault(worker_db, ring), agents=registry)
            serial = ScanRunner(one_cpu, worker_db, Vault(worker_db, ring), agents=registry)
            stage_s = time_agents(together)
            principal = Principal("benchkey0001", tenant, frozenset(SCOPES), 600)
            tools: dict[str, list[float]] = defaultdict(list)
            task_s: list[float] = []
            serial_s: list[float] = []
            for run in range(args.runs + 1):  # the first is the warm-up
                each = alone(registry, tree, semgrep_jobs)
                parallel_task = through_the_scan_task(scans, together, principal, archive)
                serial_task = through_the_scan_task(scans, serial, principal, archive)
                if run:
                    for name, seconds in each.items():
                        tools[name].append(seconds)
                    task_s.append(parallel_task)
                    serial_s.append(serial_task)

    medians = {name: statistics.median(values) for name, values in tools.items()}
    slowest = max(medians, key=medians.__getitem__)
    med_task, med_serial = statistics.median(task_s), statistics.median(serial_s)
    med_stage = statistics.median(stage_s[1:])  # without the warm-up
    load = os.getloadavg()[0]
    print(
        f"\nagents side by side: {lines:,} lines, median of {args.runs} runs, "
        f"{os.cpu_count()} CPUs, scan CPU budget {budget} (semgrep --jobs {semgrep_jobs}), "
        f"load {load:.2f}"
    )
    for name, seconds in medians.items():
        print(f"{f'{name} alone (sandboxed)':<56} {seconds:7.2f} s")
    print(f"{f'slowest single tool ({slowest})':<56} {medians[slowest]:7.2f} s")
    print(f"{'code_audit task, agents one at a time (1 CPU)':<56} {med_serial:7.2f} s")
    print(f"{f'code_audit task, agents side by side ({budget} CPUs)':<56} {med_task:7.2f} s")
    print(f"{'  of which the agents stage (side by side)':<56} {med_stage:7.2f} s")
    print(f"{'agents stage / slowest tool':<56} {med_stage / medians[slowest]:7.2f}x")
    print(
        f"{'ratio to the slowest tool':<56} {med_task / medians[slowest]:7.2f}x  (target <= 1.15x)"
    )


if __name__ == "__main__":
    main()
