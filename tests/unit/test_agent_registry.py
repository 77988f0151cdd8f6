"""Agents declare themselves: the registry finds every `AGENT`, builds its profile, and the
scan task names no tool, so adding a tool is one module."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from securetag.kernel.errors import ConfigError
from securetag.kernel.models import ScanType
from securetag.scanning import agents
from securetag.scanning.agent import Agent, AgentRun
from securetag.scanning.registry import AgentRegistry, discover
from securetag.scanning.sandbox.run import SandboxResult

REPO = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024

FOURTH_TOOL = '''
"""A hypothetical fourth code-audit tool: one module, its profile declared in it."""

from securetag.kernel.models import ScanType
from securetag.scanning.agent import SANDBOX_INPUT, Agent, AgentRun

AGENT = Agent(
    name="fourth",
    scan_type=ScanType.CODE_AUDIT,
    argv=lambda agent_input: ["true", SANDBOX_INPUT],
    parse=lambda result, agent_input: AgentRun(),
    order=40,
    profile={
        "executable": "true",
        "timeout_s": 60,
        "cpu_s": 60,
        "memory_bytes": 64 * 1024 * 1024,
        "file_size_bytes": 1024 * 1024,
        "open_files": 64,
        "processes": 8,
        "tmpfs_bytes": 1024 * 1024,
        "output_cap_bytes": 1024 * 1024,
    },
)
'''


def result(
    exit_code: int, stdout: bytes = b"", stderr: bytes = b"", signal: str | None = None
) -> SandboxResult:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    return SandboxResult(
        argv=["tool"],
        profile="tool",
        sandboxed=True,
        exit_code=exit_code,
        signal_name=signal,
        stdout=stdout,
        stderr=stderr,
        stdout_truncated=False,
        stderr_truncated=False,
        timed_out=False,
        violations=[],
        reason="",
        started_at=now,
        finished_at=now,
        duration_s=0.0,
        cpu_time_s=0.0,
        peak_rss_bytes=0,
    )


def declared(name: str, **changes) -> Agent:
    fields = {
        "name": name,
        "scan_type": ScanType.CODE_AUDIT,
        "argv": lambda agent_input: [name],
        "parse": lambda result, agent_input: AgentRun(),
        "profile": {
            "executable": "true",
            "timeout_s": 60,
            "cpu_s": 60,
            "memory_bytes": 64 * MIB,
            "file_size_bytes": MIB,
            "open_files": 64,
            "processes": 8,
            "tmpfs_bytes": MIB,
            "output_cap_bytes": MIB,
        },
    }
    return Agent(**(fields | changes))


def test_the_shipped_agents_per_scan_type_in_their_order() -> None:
    registry = AgentRegistry.load()

    assert [a.name for a in registry.for_scan(ScanType.CODE_AUDIT)] == [
        "semgrep",
        "bandit",
        "secrets",
    ]
    assert [a.name for a in registry.for_scan(ScanType.WEB_SCAN)] == ["web"]
    assert registry.scan_types() == [ScanType.CODE_AUDIT, ScanType.WEB_SCAN]
    assert [a.name for a in registry.for_scan(ScanType.CODE_AUDIT) if a.reports_secrets] == [
        "secrets"
    ]


def test_shipped_profiles_are_built_with_resolved_executables() -> None:
    profiles = AgentRegistry.load().profiles()

    assert set(profiles) == {"semgrep", "bandit", "secrets", "web"}
    assert [name for name, profile in profiles.items() if profile.network] == ["web"]
    for profile in profiles.values():
        assert os.path.isabs(profile.executable) and os.access(profile.executable, os.X_OK)
    assert profiles["semgrep"].memory_bytes > 2 * 1024 * MIB


def test_a_fourth_tool_is_one_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fourth.py").write_text(FOURTH_TOOL)
    monkeypatch.setattr(agents, "__path__", [*agents.__path__, str(tmp_path)])
    try:
        registry = AgentRegistry(discover())
    finally:
        sys.modules.pop(f"{agents.__name__}.fourth", None)

    assert [a.name for a in registry.for_scan(ScanType.CODE_AUDIT)] == [
        "semgrep",
        "bandit",
        "secrets",
        "fourth",
    ]
    assert registry.profile(registry.for_scan(ScanType.CODE_AUDIT)[-1]).executable.endswith("/true")


def test_a_profile_naming_a_missing_tool_stops_the_worker_at_start() -> None:
    ghost = declared("ghost", profile={**declared("x").profile, "executable": "no-such-tool"})

    with pytest.raises(ConfigError, match="no-such-tool"):
        AgentRegistry([ghost])


def test_a_bad_limit_is_refused_naming_the_agent() -> None:
    broken = declared("broken", profile={**declared("x").profile, "timeout_s": -1})

    with pytest.raises(ConfigError, match="'broken'"):
        AgentRegistry([broken])


def test_two_agents_of_one_name_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bandit_again.py").write_text(FOURTH_TOOL.replace('name="fourth"', 'name="bandit"'))
    monkeypatch.setattr(agents, "__path__", [*agents.__path__, str(tmp_path)])
    try:
        with pytest.raises(ConfigError, match="two agents are named 'bandit'"):
            discover()
    finally:
        sys.modules.pop(f"{agents.__name__}.bandit_again", None)


def test_an_exit_code_outside_the_policy_is_a_failure_a_tenant_may_read() -> None:
    agent = declared("tool", report_exit_codes=frozenset({0, 1}))
    crash = (
        b'Traceback (most recent call last):\n  File "/work/main/.venv/lib/python3.11/'
        b'site-packages/tool/cli.py", line 3, in main\nMemoryError\n'
    )

    assert agent.outcome(result(1), None).failure is None
    failed = agent.outcome(result(2, stderr=crash), None)
    assert failed.failure == "tool exited with 2"
    assert failed.findings == []


def test_the_scan_task_names_no_tool() -> None:
    source = (REPO / "securetag" / "scanning" / "task.py").read_text()
    names = [agent.name for agent in discover()] + ["detect-secrets", "webscan"]
    for name in names:
        # As a string, or as a module it imports or calls into.
        spelled = rf"[\"']{re.escape(name)}[\"']|\b{re.escape(name)}\.|import {re.escape(name)}\b"
        assert not re.search(spelled, source), f"task.py names {name!r}"
    assert "scanning.agents import" not in source


def test_a_tool_killed_by_a_signal_says_so() -> None:
    failed = declared("tool").outcome(result(-9, signal="SIGKILL"), None)
    assert failed.failure == "tool was killed by SIGKILL"
