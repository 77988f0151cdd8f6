"""securetag.scanning.scan_dirs: private scan directories whose leftovers only a dead owner leaves.

Owners are real processes holding real flocks; "dead" is SIGKILL.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from securetag.kernel.errors import ConfigError
from securetag.scanning.scan_dirs import LeftoverReport, ScanDirectories
from tests.support.workers import ROOT

HOLDER = """
import sys
import threading
import time
from pathlib import Path
from securetag.scanning.scan_dirs import ScanDirectories
with ScanDirectories(Path(sys.argv[1])).scan_dir() as directory:
    (directory / "code.py").write_text("SECRET = 1")
    print(directory, flush=True)
    sys.stdin.read()  # hold it until told to go (stdin closed) or killed
"""


class Holder:
    """Another process that holds a scan directory, like a worker mid-scan."""

    def __init__(self, root: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(root)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.directory = Path(self.proc.stdout.readline().strip())
        assert self.directory.is_dir()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()

    def finish(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        assert self.proc.wait(timeout=30) == 0


@pytest.fixture
def holders() -> Iterator[list[Holder]]:
    started: list[Holder] = []
    yield started
    for holder in started:
        if holder.proc.poll() is None:
            holder.kill()


def test_only_the_directories_of_dead_owners_are_removed(
    tmp_path: Path, holders: list[Holder]
) -> None:
    root = tmp_path / "scans"
    live, killed = Holder(root), Holder(root)
    holders += [live, killed]
    killed.kill()
    assert (killed.directory / "code.py").exists()  # a crash leaves it behind

    report = ScanDirectories(root).remove_leftovers()

    assert report == LeftoverReport(removed=1, kept=1)
    assert not killed.directory.exists()
    assert not Path(f"{killed.directory}.lock").exists()
    assert (live.directory / "code.py").read_text() == "SECRET = 1"
    # A second sweep finds nothing more; the live owner still ends cleanly.
    assert ScanDirectories(root).remove_leftovers() == LeftoverReport(removed=0, kept=1)
    live.finish()
    assert sorted(root.iterdir()) == []


def test_a_scan_dir_is_private_and_gone_when_the_block_ends(tmp_path: Path) -> None:
    root = tmp_path / "state" / "scans"
    with ScanDirectories(root).scan_dir() as directory:
        assert directory.parent == root
        assert stat.S_IMODE(root.stat().st_mode) == 0o700
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700
        # This process holds it: a sweep, even by itself, leaves it.
        assert ScanDirectories(root).remove_leftovers() == LeftoverReport(removed=0, kept=1)
        assert directory.is_dir()
    assert sorted(root.iterdir()) == []


def test_an_existing_root_is_tightened_and_a_stranger_s_refused(tmp_path: Path) -> None:
    root = tmp_path / "scans"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    ScanDirectories(root).prepare()
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    if os.geteuid() == 0:
        os.chown(root, 65534, 65534)
        with pytest.raises(ConfigError, match="belongs to uid 65534"):
            ScanDirectories(root).prepare()


def test_a_directory_without_its_lock_and_a_dead_new_lock_are_leftovers(tmp_path: Path) -> None:
    root = tmp_path / "scans"
    ScanDirectories(root).prepare()
    (root / "123-abc").mkdir()  # its remover died between the directory and the lock
    (root / ".new-124-def.lock").write_bytes(b"")  # its creator died before locking it
    (root / "notes.txt").write_text("an operator's file")

    report = ScanDirectories(root).remove_leftovers()

    assert report.removed == 1
    assert sorted(p.name for p in root.iterdir()) == ["notes.txt"]


def test_sweeps_racing_with_new_scans_never_remove_a_live_one(tmp_path: Path) -> None:
    # A sweep can meet a scan directory at any step of its creation: a new lock file not
    # yet locked, a locked one not yet renamed, a lock without its directory yet.
    root = tmp_path / "scans"
    dirs = ScanDirectories(root)
    dirs.prepare()
    done = threading.Event()
    lost: list[str] = []

    def scans() -> None:
        for _ in range(150):
            with dirs.scan_dir() as directory:
                try:
                    (directory / "code.py").write_text("x")
                    time.sleep(0.0005)
                    (directory / "code.py").read_text()
                except FileNotFoundError as exc:
                    lost.append(str(exc))

    def sweeps() -> None:
        while not done.is_set():
            ScanDirectories(root).remove_leftovers()

    sweeper = threading.Thread(target=sweeps)
    sweeper.start()
    workers = [threading.Thread(target=scans) for _ in range(4)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    done.set()
    sweeper.join()
    assert lost == []
    assert sorted(root.iterdir()) == []
