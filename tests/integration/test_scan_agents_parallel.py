"""A code audit's agents run side by side within the scan's CPU budget (SECURETAG_SCAN_CPUS).

Real Semgrep, Bandit and detect-secrets in the real sandbox against a real PostgreSQL:
what a tenant reads (findings, coverage, progress) is the same whether the agents ran
one after another (one CPU) or together; only the wall clock differs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from securetag.kernel.config import Settings
from securetag.queue.handlers import TaskContext
from securetag.scanning.agent_slots import cpu_shares
from securetag.scanning.registry import discover
from securetag.store.db import Database
from securetag.tenancy.tenants import create_tenant
from tests.integration.test_scan_task import Harness


@pytest.fixture
def harness(db: Database, db_url: str, settings: Settings) -> Iterator[Harness]:
    built = Harness(db_url, settings, create_tenant(db, "acme")["id"])
    yield built
    built.api_db.close()
    built.worker_db.close()


def scan_with(harness: Harness, cpus: int, db: Database) -> dict[str, Any]:
    harness.settings = harness.settings.model_copy(update={"scan_cpus": cpus})
    scan = harness.submit()
    task = harness.task(scan)
    harness.runner().run(task, harness.context(task))
    result = harness.scans.get(harness.principal, scan["id"])
    found = harness.scans.findings(harness.principal, scan["id"], after=0, limit=None)
    return {
        "state": result["state"],
        "error": result["error"],
        "coverage": result["coverage"],
        "progress": {name: entry["state"] for name, entry in result["progress"].items()},
        # In the order the API returns them, which follows the order they were merged in.
        "findings": [
            (f["tool"], f["rule_id"], f["path"], f["start_line"], f["severity"], f["fingerprint"])
            for f in found
        ],
        "runs": db.all("test_tool_execution_times", scan_id=scan["id"]),
    }


def overlaps(runs: list[dict[str, Any]]) -> set[frozenset[str]]:
    """The pairs of agents whose runs overlapped in time."""
    pairs: set[frozenset[str]] = set()
    for i, first in enumerate(runs):
        for second in runs[i + 1 :]:
            start: datetime = max(first["started_at"], second["started_at"])
            if start < min(first["finished_at"], second["finished_at"]):
                pairs.add(frozenset((first["agent"], second["agent"])))
    return pairs


def semgrep_jobs(runs: list[dict[str, Any]]) -> int:
    [argv] = [run["argv"] for run in runs if run["agent"] == "semgrep"]
    return int(argv[argv.index("--jobs") + 1])


def test_agents_run_side_by_side_and_report_what_they_report_one_at_a_time(
    harness: Harness, db: Database
) -> None:
    alone = scan_with(harness, 1, db)
    together = scan_with(harness, 2, db)

    # With one CPU each agent waits for the one before it ...
    assert overlaps(alone["runs"]) == set(), alone["runs"]
    # ... with two, Semgrep runs beside Bandit and then detect-secrets (one CPU each),
    # while Bandit and detect-secrets take turns on the other.
    assert overlaps(together["runs"]) == {
        frozenset(("semgrep", "bandit")),
        frozenset(("semgrep", "secrets")),
    }, together["runs"]
    assert semgrep_jobs(together["runs"]) == 1
    # What the tenant reads is the same, findings in the same order.
    assert together["state"] == alone["state"] == "succeeded"
    assert together["error"] is alone["error"] is None
    assert together["coverage"] == alone["coverage"]
    assert together["coverage"]["state"] == "complete"
    assert together["progress"] == alone["progress"]
    assert set(together["progress"]) >= {"semgrep", "bandit", "secrets"}
    assert together["findings"] == alone["findings"]
    assert {finding[0] for finding in together["findings"]} >= {
        "semgrep",
        "bandit",
        "detect-secrets",
    }


def test_cpus_the_others_leave_go_to_semgreps_jobs(harness: Harness, db: Database) -> None:
    wide = scan_with(harness, 4, db)

    # Bandit and detect-secrets hold one CPU each, Semgrep the other two: all at once.
    assert semgrep_jobs(wide["runs"]) == 2
    assert overlaps(wide["runs"]) == {
        frozenset(pair)
        for pair in (("semgrep", "bandit"), ("semgrep", "secrets"), ("bandit", "secrets"))
    }
    assert wide["state"] == "succeeded" and wide["coverage"]["state"] == "complete"


def test_an_agent_not_started_because_the_task_was_stopped_is_reported_not_run(
    harness: Harness, db: Database
) -> None:
    # One CPU: Bandit and detect-secrets wait for Semgrep; the worker's shutdown grace
    # ends while Semgrep runs, so they never start.
    harness.settings = harness.settings.model_copy(update={"scan_cpus": 1})
    scan = harness.submit()
    task = harness.task(scan)
    grace_over = threading.Event()
    runner = harness.runner()
    real_store_progress = runner._store.progress

    def stop_once_semgrep_starts(scan_record: Any, stage: str, state: str, **extra: Any) -> None:
        real_store_progress(scan_record, stage, state, **extra)
        if (stage, state) == ("semgrep", "running"):
            grace_over.set()

    runner._store.progress = stop_once_semgrep_starts  # type: ignore[method-assign]
    runner.run(task, TaskContext(task, time.monotonic() + 900, grace_over))

    result = harness.scans.get(harness.principal, scan["id"])
    assert [run["agent"] for run in db.all("test_tool_execution_times", scan_id=scan["id"])] == [
        "semgrep"
    ]
    agents = result["coverage"]["agents"]
    assert (
        agents["bandit"]["failure"]
        == agents["secrets"]["failure"]
        == "not run (the task was stopped)"
    )
    assert result["coverage"]["state"] == "partial"


def test_the_cpu_budget_splits_between_agents_as_documented() -> None:
    code_audit = [agent for agent in discover() if agent.scan_type == "code_audit"]
    names = [agent.name for agent in code_audit]
    assert names == ["semgrep", "bandit", "secrets"]
    assert cpu_shares(code_audit, 1) == [1, 1, 1]
    assert cpu_shares(code_audit, 2) == [1, 1, 1]
    assert cpu_shares(code_audit, 4) == [2, 1, 1]
    assert cpu_shares(code_audit, 16) == [14, 1, 1]
    web = [agent for agent in discover() if agent.scan_type == "web_scan"]
    assert cpu_shares(web, 1) == [0] * len(web)
