"""The scan task in-process against a real PostgreSQL: failing agents, bad payloads, cancels."""

from __future__ import annotations

import dataclasses
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from securetag.kernel.config import Settings
from securetag.kernel.errors import PermanentTaskError
from securetag.kernel.models import ClaimedTask
from securetag.queue.handlers import TaskContext
from securetag.queue.tasks import TaskQueue
from securetag.scanning.registry import AgentRegistry, discover
from securetag.scanning.service import RequestInfo, ScanService
from securetag.scanning.task import ScanRunner
from securetag.security.crypto import MasterKeyRing
from securetag.store.db import API_ROLE, WORKER_ROLE, Database, with_user
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant
from tests.support import hostile_repository as hostile
from tests.support import vulnerable_project as project
from tests.support.archives import tar_gz

ARCHIVE = tar_gz(
    {
        "app/views.py": project.FLASK_APP.encode(),
        "app/settings.py": project.SETTINGS_WITH_A_KEY.encode(),
    }
)

# The Flask app with one PEP 701 f-string (Python 3.12: the inner quotes repeat the outer
# ones), which the worker's Bandit, under an older Python, cannot parse.
NAME_LINE = '    name = request.args.get("name", "")\n'
PEP_701_LINE = """    label = f"{'user' if name else "anonymous"}"\n"""
MODERN_ARCHIVE = tar_gz(
    {
        "app/views.py": project.FLASK_APP.replace(NAME_LINE, NAME_LINE + PEP_701_LINE).encode(),
        "app/settings.py": project.SETTINGS_WITH_A_KEY.encode(),
    }
)


class Harness:
    def __init__(self, db_url: str, settings: Settings, tenant_id: uuid.UUID) -> None:
        ring = MasterKeyRing.from_settings(settings)
        self.api_db = Database(with_user(db_url, API_ROLE), max_size=2).open(wait=True)
        self.worker_db = Database(with_user(db_url, WORKER_ROLE), max_size=4).open(wait=True)
        self.scans = ScanService(
            self.api_db, TaskQueue(self.api_db, settings), Vault(self.api_db, ring)
        )
        self.settings = settings
        self.vault = Vault(self.worker_db, ring)
        self.principal = Principal("testkey00001", tenant_id, frozenset(SCOPES), 600)

    def runner(self, **profile_changes: dict) -> ScanRunner:
        agents = [
            dataclasses.replace(agent, profile={**agent.profile, **profile_changes[agent.name]})
            if agent.name in profile_changes
            else agent
            for agent in discover()
        ]
        return ScanRunner(self.settings, self.worker_db, self.vault, agents=AgentRegistry(agents))

    def submit(self, archive: bytes = ARCHIVE) -> dict:
        return self.scans.submit_code_audit(
            self.principal,
            RequestInfo(),
            project="shop",
            filename="src.tgz",
            archive_format="tar.gz",
            content=archive,
        )

    @staticmethod
    def task(scan: dict, payload: dict | None = None) -> ClaimedTask:
        return ClaimedTask(
            id=scan["task_id"],
            type="code_audit",
            tenant_id=None,
            payload=payload if payload is not None else {"scan_id": str(scan["id"])},
            priority=0,
            attempts=1,
            max_attempts=3,
            timeout_s=900,
            claim_token=uuid.uuid4(),
            started_at=datetime.now(UTC),
        )

    @staticmethod
    def context(task: ClaimedTask) -> TaskContext:
        return TaskContext(task, time.monotonic() + 900, threading.Event())


@pytest.fixture
def harness(db: Database, db_url: str, settings: Settings) -> Iterator[Harness]:
    tenant = create_tenant(db, "acme")["id"]
    built = Harness(db_url, settings, tenant)
    yield built
    built.api_db.close()
    built.worker_db.close()


def test_an_agent_stopped_by_the_sandbox_is_recorded_and_the_others_results_kept(
    harness: Harness, db: Database
) -> None:
    # Semgrep's core cannot start in 64 MiB of address space: the sandbox stops it.
    runner = harness.runner(semgrep={"memory_bytes": 64 * 1024 * 1024})
    scan = harness.submit()
    task = harness.task(scan)

    runner.run(task, harness.context(task))

    result = harness.scans.get(harness.principal, scan["id"])
    assert result["state"] == "succeeded"
    assert result["error"].startswith("semgrep: ")
    assert result["progress"]["semgrep"]["state"] == "failed"
    assert result["progress"]["bandit"]["state"] == "succeeded"
    # Still a success for old clients, but not a complete one.
    assert result["coverage"]["state"] == "partial"
    assert result["coverage"]["agents"]["semgrep"]["failure"] == result["error"][len("semgrep: ") :]
    assert result["coverage"]["reasons"][0].startswith("semgrep failed: ")
    tools = {
        f["tool"]
        for f in harness.scans.findings(harness.principal, scan["id"], after=0, limit=None)
    }
    assert tools >= {"bandit", "detect-secrets"} and "semgrep" not in tools
    runs = {r["agent"]: r for r in db.all("test_tool_executions", scan_id=scan["id"])}
    assert runs["semgrep"]["outcome"] in ("stopped", "failed")
    assert runs["semgrep"]["reason"]
    assert runs["bandit"]["outcome"] == "ok"
    # What the tenant reads is short and clean, with the reference an operator looks up;
    # the tool's stderr (a traceback, the worker's paths) stays sealed in that run.
    assert result["error"].endswith(f"(tool run {runs['semgrep']['id']})")
    assert "Traceback" not in result["error"] and "/" not in result["error"]
    assert "Traceback" not in result["progress"]["semgrep"]["error"]


def test_what_a_failed_engine_did_not_look_at_is_not_called_fixed(harness: Harness) -> None:
    first = harness.submit()
    harness.runner().run(harness.task(first), harness.context(harness.task(first)))
    before = harness.scans.findings(harness.principal, first["id"], after=0, limit=None)
    bandit_only = {f["fingerprint"] for f in before if f["reported_by"] == ["bandit"]}
    assert bandit_only, [(f["tool"], f["reported_by"]) for f in before]

    # The same code again, but Bandit cannot start: its issues were not looked for.
    second = harness.submit()
    failing = harness.runner(bandit={"timeout_s": 0.01})
    failing.run(harness.task(second), harness.context(harness.task(second)))

    result = harness.scans.get(harness.principal, second["id"])
    assert result["progress"]["bandit"]["state"] == "failed"
    assert result["coverage"]["state"] == "partial"
    after = harness.scans.findings(harness.principal, second["id"], after=0, limit=None)
    fixed = {f["fingerprint"] for f in after if f["status"] == "fixed"}
    assert fixed.isdisjoint(bandit_only)


def test_a_complete_scan_says_so_and_names_each_engines_languages(harness: Harness) -> None:
    scan = harness.submit()
    task = harness.task(scan)

    harness.runner().run(task, harness.context(task))

    result = harness.scans.get(harness.principal, scan["id"])
    assert result["state"] == "succeeded"
    coverage = result["coverage"]
    assert coverage["state"] == "complete" and coverage["reasons"] == []
    assert set(coverage["agents"]) == {"semgrep", "bandit", "secrets"}
    bandit = coverage["agents"]["bandit"]
    assert (bandit["examined"], bandit["skipped"], bandit["languages"]) == (2, 0, ["python"])
    assert "python" in coverage["agents"]["semgrep"]["languages"]


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="this Python parses PEP 701; the case needs an older one"
)
def test_a_file_bandit_cannot_parse_is_skipped_by_it_and_still_scanned_by_semgrep(
    harness: Harness,
) -> None:
    scan = harness.submit(MODERN_ARCHIVE)
    task = harness.task(scan)

    harness.runner().run(task, harness.context(task))

    result = harness.scans.get(harness.principal, scan["id"])
    # Old clients keep reading `succeeded`; the coverage says what was not looked at.
    assert result["state"] == "succeeded"
    found = harness.scans.findings(harness.principal, scan["id"], after=0, limit=None)
    sqli = [f for f in found if f["rule_id"] == "securetag.python.web.sqli"]
    assert [(f["path"], f["tool"]) for f in sqli] == [("app/views.py", "semgrep")]
    assert not [f for f in found if f["tool"] == "bandit" and f["path"] == "app/views.py"]

    coverage = result["coverage"]
    assert coverage["state"] == "partial"
    bandit = coverage["agents"]["bandit"]
    assert (bandit["skipped"], bandit["by_reason"], bandit["failure"]) == (
        1,
        {"parse_error": 1},
        None,
    )
    [example] = bandit["examples"]
    assert (example["path"], example["reason"]) == ("app/views.py", "parse_error")
    assert "/input" not in example["detail"] and "/tmp" not in example["detail"]
    assert bandit["examined"] == 1  # app/settings.py
    assert coverage["agents"]["semgrep"]["skipped"] == 0
    assert coverage["reasons"] == ["bandit skipped 1 file: parse_error 1"]
    assert result["progress"]["bandit"]["skipped"] == 1


def test_an_invalid_payload_fails_the_task_for_good(harness: Harness) -> None:
    scan = harness.submit()
    runner = harness.runner()
    for payload in ({}, {"scan_id": "not-a-uuid"}, {"scan_id": str(uuid.uuid4())}):
        task = harness.task(scan, payload)
        with pytest.raises(PermanentTaskError):
            runner.run(task, harness.context(task))


def test_a_cancelled_scan_is_not_run(harness: Harness, db: Database) -> None:
    scan = harness.submit()
    harness.scans.cancel(harness.principal, RequestInfo(), scan["id"])
    task = harness.task(scan)

    harness.runner().run(task, harness.context(task))

    assert harness.scans.get(harness.principal, scan["id"])["state"] == "cancelled"
    assert db.all("test_tool_executions", scan_id=scan["id"]) == []


def test_a_hostile_repository_costs_only_its_bad_files(harness: Harness) -> None:
    """Every real finding of the hostile repository is reported; every file an engine
    could not examine is listed in the scan's coverage, with why."""
    scan = harness.submit(tar_gz(hostile.TREE))
    task = harness.task(scan)

    started = time.monotonic()
    harness.runner().run(task, harness.context(task))
    elapsed = time.monotonic() - started

    result = harness.scans.get(harness.principal, scan["id"])
    assert result["state"] == "succeeded" and result["error"] is None
    found = harness.scans.findings(harness.principal, scan["id"], after=0, limit=None)
    reporters = {(f["rule_id"], f["path"], f["start_line"]): f["reported_by"] for f in found}
    for finding, engines in hostile.EXPECTED_FINDINGS.items():
        assert engines <= set(reporters.get(finding, ())), (finding, reporters)

    coverage = result["coverage"]
    assert coverage["state"] == "partial"
    for agent, expected in hostile.expected_skips().items():
        entry = coverage["agents"][agent]
        assert entry["failure"] is None
        listed = {example["path"]: example["reason"] for example in entry["examples"]}
        assert entry["skipped"] == len(listed) == len(expected), (agent, listed)
        for path, reasons in expected.items():
            assert listed.get(path) in reasons, (agent, path, listed)
    # Each agent runs under a 600 s (Semgrep 900 s) wall clock; the alias bomb costs
    # detect-secrets its per-file limit, not the agent.
    assert elapsed < 300
