"""Bandit under a newer interpreter: files written for it are scanned, not skipped.

Bandit parses with the Python it runs under, so under the worker's 3.11 a PEP 701
f-string is a syntax error and the file goes unscanned. Where the host has a newer
interpreter (this machine's pyenv does), the agent runs Bandit under it.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from securetag.kernel.errors import ConfigError
from securetag.kernel.models import ScanType
from securetag.scanning.agent import AgentInput, SkipReason
from securetag.scanning.agents import bandit, bandit_python
from securetag.scanning.registry import AgentRegistry
from securetag.scanning.sandbox.run import run_sandboxed

IS_ROOT = os.geteuid() == 0
TEST_UID = 63000 + os.getpid() % 1000

# Valid Python 3.12 (PEP 701: the inner quotes repeat the outer ones) next to a
# command injection in the same file.
MODERN_VIEW = """import subprocess


def ping(request):
    host = request.args["host"]
    label = f"{'ping' if host else "none"}"
    return subprocess.check_output("ping -c 1 " + host, shell=True), label
"""


@pytest.fixture(scope="module")
def newer() -> bandit_python.BanditPython:
    chosen = bandit_python.choose(bandit_python.AUTO)
    if chosen.interpreter is None:
        pytest.skip("no interpreter newer than the worker's Python is installed here")
    return chosen


def fake_interpreter(directory: Path, name: str, body: str) -> Path:
    directory.mkdir(exist_ok=True)
    program = directory / name
    program.write_text(f"#!/bin/sh\n{body}\n")
    program.chmod(0o755)
    return program


def test_worker_setting_keeps_the_workers_own_bandit() -> None:
    chosen = bandit_python.choose("worker")
    assert chosen.interpreter is None and chosen.executable == "bandit"
    assert chosen.version == sys.version_info[:2]
    assert bandit.build_argv("/input", python=chosen)[0] == "bandit"


def test_auto_picks_a_newer_interpreter_on_path(
    newer: bandit_python.BanditPython, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A python3.15 on PATH that is really the newer interpreter: found by name, and
    # recorded by its real path (the sandbox binds that, not the wrapper).
    fake_interpreter(tmp_path / "bin", "python3.15", f'exec {newer.interpreter} "$@"')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    monkeypatch.setattr(bandit_python, "INSTALLED_GLOBS", ())

    chosen = bandit_python.choose("auto")

    assert chosen.interpreter == newer.interpreter and chosen.version == newer.version
    assert chosen.runtime_dirs == [newer.prefix]


def test_auto_passes_over_an_interpreter_that_cannot_run_bandit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Claims to be Python 3.99 but fails to start Bandit: the worker's Bandit runs.
    fake_interpreter(
        tmp_path / "bin",
        "python3.15",
        'case "$*" in *--version*) exit 1;; esac\n'
        'echo \'{"executable": "/bin/false", "version": [3, 99], "prefix": "/"}\'',
    )
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    monkeypatch.setattr(bandit_python, "INSTALLED_GLOBS", ())

    assert bandit_python.choose("auto") == bandit_python.WORKER_PYTHON


def test_a_named_interpreter_that_cannot_run_bandit_stops_start_up(tmp_path: Path) -> None:
    broken = fake_interpreter(tmp_path / "bin", "python3", "exit 3")
    with pytest.raises(ConfigError, match="SECURETAG_BANDIT_PYTHON"):
        bandit_python.choose(str(broken))


@pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap not installed")
def test_newer_syntax_is_scanned_by_bandit_in_the_sandbox(
    newer: bandit_python.BanditPython, tmp_path: Path
) -> None:
    source = tmp_path / "input"
    (source / "app").mkdir(parents=True)
    (source / "app/views.py").write_text(MODERN_VIEW)
    for path in [source, *source.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    agent = bandit.declare(newer)
    registry = AgentRegistry([agent])
    agent_input = AgentInput(scan_type=ScanType.CODE_AUDIT, source_dir=source)

    result = run_sandboxed(
        agent.argv(agent_input),
        registry.profile(agent),
        input_dir=source,
        cwd=agent.cwd,
        **({"uid": TEST_UID} if IS_ROOT else {}),
    )
    run = agent.outcome(result, agent_input)

    assert result.violations == [] and not result.timed_out, result.reason
    assert run.failure is None
    assert "bandit.B602" in {f.rule_id for f in run.findings if f.path == "app/views.py"}
    assert [s for s in run.coverage.skipped if s.reason == SkipReason.PARSE_ERROR] == []
    assert run.coverage.examined == 1
