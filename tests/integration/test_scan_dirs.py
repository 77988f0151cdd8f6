"""Where a scan's decrypted source lives: private, under the state directory, never left behind.

Real scans (real tools in the real sandbox) and real `securetag worker` processes, one of
them SIGKILLed mid-scan; the reader "nobody" is a real other uid (tests run as root).
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from securetag.kernel.config import Settings
from securetag.scanning import task as scan_task
from securetag.scanning.sandbox.limits import DEFAULT_SANDBOX_UID
from securetag.store.db import Database
from securetag.tenancy.tenants import create_tenant
from tests.integration.test_scan_task import Harness
from tests.support.settings import make_settings, settings_env
from tests.support.workers import ROOT, WorkerProcess, wait_for

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="reading as another uid needs root")

NOBODY = DEFAULT_SANDBOX_UID  # 65534: a local user that is not the scan's sandbox uid


@pytest.fixture
def state_dir() -> Iterator[Path]:
    # Every directory above the state directory is open to all (0755), as /var/lib is: only
    # what Securetag itself does keeps other users out.
    parent = Path(tempfile.mkdtemp(prefix="securetag-state-test-"))
    parent.chmod(0o755)
    yield parent / "state"
    subprocess.run(["rm", "-rf", str(parent)], check=False)


@pytest.fixture
def scan_settings(db_url: str, state_dir: Path) -> Settings:
    return make_settings(db_url, data_dir=state_dir)


@pytest.fixture
def harness(db: Database, db_url: str, scan_settings: Settings) -> Iterator[Harness]:
    built = Harness(db_url, scan_settings, create_tenant(db, "acme")["id"])
    yield built
    built.api_db.close()
    built.worker_db.close()


def read_as(uid: int, path: Path) -> subprocess.CompletedProcess[str]:
    """List `path` (a directory) or read it (a file) as another user, with no other group.

    System tools: that user cannot run the test's own interpreter (under /root).
    """
    return subprocess.run(
        ["/bin/ls", "-A", str(path)] if path.is_dir() else ["/bin/cat", str(path)],
        user=uid,
        group=uid,
        extra_groups=[],
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_a_scanned_tree_is_readable_by_its_sandbox_uid_alone_and_lives_in_the_state_dir(
    harness: Harness, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, Any]] = []
    real_run_sandboxed = scan_task.run_sandboxed

    def observe_then_run(*args: Any, **kwargs: Any) -> Any:
        tree: Path | None = kwargs["input_dir"]
        if tree is not None:  # while the agent is about to read it: the live tree
            entries = [tree, *tree.rglob("*")]
            seen.append(
                {
                    "tree": tree,
                    "uid": kwargs["uid"],
                    "gid": kwargs["gid"],
                    "modes": {p: stat.S_IMODE(p.lstat().st_mode) for p in entries},
                    "groups": {p.lstat().st_gid for p in entries},
                    "scan_dir_mode": stat.S_IMODE(tree.parent.lstat().st_mode),
                    "nobody": [read_as(NOBODY, p) for p in (tree, tree / "app" / "views.py")],
                }
            )
        return real_run_sandboxed(*args, **kwargs)

    monkeypatch.setattr(scan_task, "run_sandboxed", observe_then_run)
    scan = harness.submit()
    task = harness.task(scan)

    harness.runner().run(task, harness.context(task))

    result = harness.scans.get(harness.principal, scan["id"])
    # The tools still read the tree: every agent succeeded and found what it finds.
    assert result["state"] == "succeeded", result
    assert result["coverage"]["state"] == "complete", result["coverage"]
    tools = {
        f["tool"]
        for f in harness.scans.findings(harness.principal, scan["id"], after=0, limit=None)
    }
    assert {"bandit", "semgrep", "detect-secrets"} <= tools
    assert seen, "no agent was given the source tree"
    # Agents run side by side, each as a uid of its own (its own RLIMIT_NPROC count),
    # all in the scan's one group.
    assert len({look["uid"] for look in seen}) == len(seen) == 3, seen
    assert len({look["gid"] for look in seen}) == 1
    for look in seen:
        tree = look["tree"]
        # Another local user really cannot read the code ...
        for attempt in look["nobody"]:
            assert attempt.returncode != 0 and "Permission denied" in attempt.stderr, attempt
        # nothing in it is readable, writable or enterable by others,
        world = {str(p): oct(mode) for p, mode in look["modes"].items() if mode & 0o007}
        assert not world, f"open to every local user: {world}"
        # the one group that may read it is the scan's sandbox group, its agents' ...
        assert look["groups"] == {look["gid"]}
        assert {p: m for p, m in look["modes"].items() if m not in (0o640, 0o750)} == {}
        # ... and it is under the service's own state directory, not /tmp/securetag-scan-*.
        assert tree.is_relative_to(state_dir.absolute() / "scans"), tree
        assert look["scan_dir_mode"] == 0o700
    # Gone when the scan is over.
    assert not any((state_dir / "scans").iterdir())


# ------------------------------------------------------------------- crashes

ARCHIVE_FILE = "app/views.py"


def scan_dirs(settings: Settings) -> set[Path]:
    root = settings.scan_root
    return {p for p in root.iterdir() if p.is_dir()} if root.is_dir() else set()


def started_scan_dir(settings: Settings, known: set[Path]) -> Path:
    """The first scan directory not in `known` whose tree is being scanned."""
    return wait_for(
        lambda: next(
            (d for d in scan_dirs(settings) - known if (d / "src" / ARCHIVE_FILE).exists()),
            None,
        ),
        timeout_s=60,
        interval_s=0.01,
    )


def cleanup_scan_dirs(settings: Settings) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURETAG_")}
    env.update(settings_env(settings))
    result = subprocess.run(
        [sys.executable, "-m", "securetag", "cleanup", "scan-dirs"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_killed_workers_scan_dir_is_removed_by_cleanup_and_the_next_worker_not_a_live_ones(
    harness: Harness, scan_settings: Settings, tmp_path: Path
) -> None:
    def worker(name: str) -> WorkerProcess:
        return WorkerProcess(
            scan_settings, types=["code_audit"], concurrency=1, log_path=tmp_path / f"{name}.log"
        )

    with worker("live") as live:
        # A live worker mid-scan, frozen there so that its scan outlasts everything below.
        harness.submit()
        live_dir = started_scan_dir(scan_settings, set())
        os.kill(live.pid, signal.SIGSTOP)
        try:
            # A worker killed mid-scan leaves its directory behind ...
            harness.submit()
            with worker("killed") as killed:
                leftover = started_scan_dir(scan_settings, {live_dir})
                killed.kill9()
            assert (leftover / "src" / ARCHIVE_FILE).exists()

            # ... which `securetag cleanup scan-dirs` removes, and only it.
            summary = cleanup_scan_dirs(scan_settings)
            assert not leftover.exists()
            assert (live_dir / "src" / ARCHIVE_FILE).exists()
            assert (summary["done"], summary["kept"]) == (1, 1), summary
            assert not Path(f"{leftover}.lock").exists()

            # Another crash; the next worker to start removes what it left.
            harness.submit()
            with worker("killed-again") as killed:
                leftover = started_scan_dir(scan_settings, {live_dir})
                killed.kill9()
            assert leftover.exists()
            with worker("next"):
                wait_for(lambda: not leftover.exists(), timeout_s=60)
                assert (live_dir / "src" / ARCHIVE_FILE).exists()
        finally:
            os.kill(live.pid, signal.SIGCONT)


def test_with_the_sandbox_off_the_tree_and_tool_work_dirs_are_the_workers_alone(
    db: Database, db_url: str, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tools then run as the worker itself: nobody else, not even a group, reads the tree,
    # and what the tools write goes under the scan's directory, not /tmp.
    settings = make_settings(db_url, data_dir=state_dir, sandbox=False)
    harness = Harness(db_url, settings, create_tenant(db, "acme")["id"])
    seen: list[dict[str, Any]] = []
    real_run_sandboxed = scan_task.run_sandboxed

    def observe_then_run(*args: Any, **kwargs: Any) -> Any:
        tree: Path = kwargs["input_dir"]
        seen.append(
            {
                "modes": {stat.S_IMODE(p.lstat().st_mode) for p in [tree, *tree.rglob("*")]},
                "work_parent": kwargs["host_work_parent"],
                "scan_dir": tree.parent,
            }
        )
        return real_run_sandboxed(*args, **kwargs)

    monkeypatch.setattr(scan_task, "run_sandboxed", observe_then_run)
    try:
        scan = harness.submit()
        task = harness.task(scan)
        harness.runner().run(task, harness.context(task))
        assert harness.scans.get(harness.principal, scan["id"])["state"] == "succeeded"
    finally:
        harness.api_db.close()
        harness.worker_db.close()
    assert seen
    for look in seen:
        assert look["modes"] == {0o700, 0o600}
        assert look["work_parent"] == look["scan_dir"]
        assert look["scan_dir"].is_relative_to(state_dir.absolute() / "scans")
