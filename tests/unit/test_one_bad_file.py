"""One bad file costs only itself: the real tools in their real sandbox profiles.

A deeply nested YAML file used to kill detect-secrets (RecursionError) and an alias
bomb to hang it until the sandbox's wall clock: the whole agent was lost, and the AWS
key in another file with it. Bandit and Semgrep meet the same files and Python nested
deeper than the parser allows.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from securetag.kernel.models import ScanType
from securetag.scanning.agent import AgentInput, AgentRun, SkipReason
from securetag.scanning.agents import secrets as secrets_agent
from securetag.scanning.agents import secrets_scan
from securetag.scanning.registry import AgentRegistry
from securetag.scanning.sandbox.run import run_sandboxed
from tests.support.hostile_repository import ALIAS_BOMB, DEEP_PYTHON, NESTED_YAML
from tests.support.made_up_secrets import AWS_KEY
from tests.support.switch_off_attempts import (
    COMMAND_INJECTION_LINE,
    COMMAND_INJECTION_RULE,
    ping_view,
)

pytestmark = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap not installed")

IS_ROOT = os.geteuid() == 0
TEST_UID = 63000 + os.getpid() % 1000

# Deep enough for Python's parser (no brackets, so no "too many nested parentheses"),
# too deep for a recursive walk over its tree.
DEEP_UNARY = ("value = " + "-" * 100_000 + "1\n").encode()
SETTINGS = f'AWS_ACCESS_KEY_ID = "{AWS_KEY}"\n'.encode()


def write_input(input_dir: Path, files: dict[str, bytes]) -> None:
    """Files the sandbox uid can read, as an unpacked upload is."""
    input_dir.mkdir(exist_ok=True)
    for name, data in files.items():
        path = input_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for path in [input_dir, *input_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def run_agent(name: str, input_dir: Path, **profile_changes: Any) -> tuple[AgentRun, float]:
    """One agent as the scan task runs it, and how long its sandboxed run took."""
    registry = AgentRegistry.load()
    [agent] = [a for a in registry.for_scan(ScanType.CODE_AUDIT) if a.name == name]
    agent_input = AgentInput(scan_type=ScanType.CODE_AUDIT, source_dir=input_dir)
    uid = {"uid": TEST_UID} if IS_ROOT else {}
    started = time.monotonic()
    result = run_sandboxed(
        agent.argv(agent_input),
        registry.profile(agent).model_copy(update=profile_changes),
        input_dir=input_dir,
        cwd=agent.cwd,
        **uid,
    )
    elapsed = time.monotonic() - started
    assert result.violations == [] and not result.timed_out, result.reason
    return agent.outcome(result, agent_input), elapsed


def test_secrets_skips_a_nested_yaml_file_and_an_alias_bomb_and_finds_the_key(
    tmp_path: Path,
) -> None:
    write_input(
        tmp_path / "input",
        {
            "config/nested.yaml": NESTED_YAML,
            "config/bomb.yaml": ALIAS_BOMB,
            "app/settings.py": SETTINGS,
        },
    )

    run, elapsed = run_agent("secrets", tmp_path / "input")

    assert run.failure is None
    assert [(f.path, f.rule_id) for f in run.findings] == [
        ("app/settings.py", "secrets.aws-access-key")
    ]
    skipped = {s.path: s for s in run.coverage.skipped}
    assert skipped.keys() == {"config/nested.yaml", "config/bomb.yaml"}
    nested = skipped["config/nested.yaml"]
    assert (nested.reason, nested.detail) == (
        SkipReason.TOOL_CRASH,
        "detect-secrets failed on it (RecursionError)",
    )
    # The per-file time limit ends the bomb, unless the sandbox's address-space limit
    # does first (MemoryError): either way it costs that file only.
    bomb = skipped["config/bomb.yaml"]
    assert (bomb.reason, bomb.detail) in {
        (SkipReason.TIMEOUT, "detect-secrets ran out of time on it (over 5 s)"),
        (SkipReason.TOOL_CRASH, "detect-secrets failed on it (MemoryError)"),
    }
    assert run.coverage.examined == 1
    # The sandbox allows 600 s; the bomb costs its own time limit and little more.
    assert elapsed < secrets_scan.FILE_TIME_BASE_S + 30


def test_secrets_survives_a_file_that_exhausts_its_memory(tmp_path: Path) -> None:
    """With less address space the bomb ends in MemoryError first: that file only."""
    # os.walk lists a directory's files before its subdirectories': the bomb goes
    # first, and the key after it must still be found.
    write_input(tmp_path / "input", {"bomb.yaml": ALIAS_BOMB, "app/settings.py": SETTINGS})

    run, _ = run_agent("secrets", tmp_path / "input", memory_bytes=256 * 1024 * 1024)

    assert run.failure is None
    assert [f.path for f in run.findings] == ["app/settings.py"]
    # On a busy machine the file's time limit can still come first: either ends it alone.
    [bomb] = run.coverage.skipped
    assert (bomb.path, bomb.reason, bomb.detail) in {
        ("bomb.yaml", SkipReason.TOOL_CRASH, "detect-secrets failed on it (MemoryError)"),
        ("bomb.yaml", SkipReason.TIMEOUT, "detect-secrets ran out of time on it (over 5 s)"),
    }


def test_secrets_lists_the_files_its_deadline_left_unread_and_the_scan_says_partial(
    tmp_path: Path,
) -> None:
    """Many slow files end in a report of what was not reached, not in a killed run."""
    input_dir = tmp_path / "input"
    write_input(input_dir, {"a.env": f"AWS_ACCESS_KEY_ID={AWS_KEY}\n".encode(), "b.txt": b"x\n"})

    run, _ = run_agent("secrets", input_dir, env={secrets_scan.DEADLINE_ENV: "0"})

    assert run.failure is None
    assert run.coverage.examined == 0
    assert sorted((s.path, s.reason) for s in run.coverage.skipped) == [
        ("a.env", SkipReason.NOT_REACHED),
        ("b.txt", SkipReason.NOT_REACHED),
    ]


def test_the_secrets_agent_stops_starting_files_before_its_wall_clock() -> None:
    profile = AgentRegistry.load().profile(secrets_agent.AGENT)
    assert 0 < float(profile.env[secrets_scan.DEADLINE_ENV]) < profile.timeout_s


def test_secrets_time_limit_grows_with_the_files_size() -> None:
    small = secrets_scan.file_time_limit(500)
    assert small == pytest.approx(secrets_scan.FILE_TIME_BASE_S, abs=0.01)
    # A 10 MiB file gets far longer than the few seconds a tiny bomb gets.
    assert secrets_scan.file_time_limit(10 * 1024 * 1024) > 20 * small


def hostile_python_tree() -> dict[str, bytes]:
    return {
        "config/nested.yaml": NESTED_YAML,
        "config/bomb.yaml": ALIAS_BOMB,
        "app/deep.py": DEEP_PYTHON,
        "app/unary.py": DEEP_UNARY,
        "app/ping.py": ping_view().encode(),
    }


def test_bandit_lists_python_it_cannot_parse_or_walk_and_scans_the_rest(tmp_path: Path) -> None:
    """Bandit survives on its own: each bad file is an entry of its `errors`."""
    write_input(tmp_path / "input", hostile_python_tree())

    run, _ = run_agent("bandit", tmp_path / "input")

    assert run.failure is None
    assert ("bandit.B605", "app/ping.py", COMMAND_INJECTION_LINE) in {
        (f.rule_id, f.path, f.start_line) for f in run.findings
    }
    assert {(s.path, s.reason) for s in run.coverage.skipped} == {
        ("app/deep.py", SkipReason.PARSE_ERROR),  # too many nested brackets
        ("app/unary.py", SkipReason.TOOL_CRASH),  # RecursionError walking its tree
    }
    assert run.coverage.examined == 1


def test_semgrep_scans_deeply_nested_code_and_ignores_yaml(tmp_path: Path) -> None:
    """Semgrep's parsers take the nesting; its rule pack has no YAML rules to run."""
    write_input(tmp_path / "input", hostile_python_tree())

    run, _ = run_agent("semgrep", tmp_path / "input")

    assert run.failure is None
    assert {(f.rule_id, f.path, f.start_line) for f in run.findings} == {
        (COMMAND_INJECTION_RULE, "app/ping.py", COMMAND_INJECTION_LINE)
    }
    # 100,000 nested unary minuses parse, but a taint rule may run out of its time on
    # them (more so on a busy machine): then that file alone is listed, as a timeout.
    assert all(
        (s.path, s.reason) == ("app/unary.py", SkipReason.TIMEOUT) for s in run.coverage.skipped
    ), run.coverage.skipped
    assert run.coverage.examined == 3 - len(run.coverage.skipped)
