"""`securetag scan`, the CI client, starts without loading the server's modules."""

from __future__ import annotations

import subprocess
import sys

from tests.support.workers import ROOT

SERVER_MODULES = ("psycopg", "securetag.queue.worker", "securetag.scanning.task", "flask")


def test_securetag_scan_starts_without_the_server() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "securetag", "scan", "--help"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: securetag scan")
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert not imported & set(SERVER_MODULES), sorted(imported & set(SERVER_MODULES))


def test_other_commands_still_reach_the_full_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "securetag", "--help"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert "worker" in done.stdout and "scan" in done.stdout
