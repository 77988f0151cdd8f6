"""What an agent is: the declaration every module under `scanning/agents/` exports as `AGENT`.

An agent wraps one tool. Its declaration says everything the scan task needs to
run it, so the scan task names no tool: which scan type it serves, the command
line, the sandbox profile it runs under, its working directory, which exit codes
mean "the report is whole", and how its output becomes findings. Adding a tool
is one module (see docs/agents.md); `securetag.scanning.registry` finds it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from securetag.kernel.models import Finding, ScanType
from securetag.scanning.sandbox.run import SandboxResult


@dataclass(frozen=True, slots=True)
class AgentInput:
    """What an agent is pointed at: the unpacked tree (code audits) or the URL (web scans).

    Paths inside the sandbox are fixed (`/input` is the tree, read-only); `source_dir`
    is the same tree on the worker's side, for parsers that read a flagged line back.
    """

    scan_type: ScanType
    source_dir: Path | None = None
    target_url: str | None = None
    allow: tuple[Any, ...] = ()  # networks a web scan may reach besides public ones
    jobs: int = 1  # CPUs a `parallel` agent may spread over (the scan task decides)


class SkipReason(enum.StrEnum):
    """Why an agent did not examine a file (or, for a web scan, a page)."""

    PARSE_ERROR = "parse_error"  # the tool could not read it (syntax it does not know)
    TOO_LARGE = "too_large"
    BINARY = "binary"
    TIMEOUT = "timeout"  # the tool's own per-file limit
    TOOL_CRASH = "tool_crash"  # the tool failed on it; the rest was scanned without it
    NOT_REACHED = "not_reached"  # the run stopped (budget, deadline) before getting to it
    UNREACHABLE = "unreachable"  # a web target or page that could not be fetched
    EXCLUDED = "excluded"  # left out by the service's own rules (documented), not the tenant's


@dataclass(frozen=True, slots=True)
class Skipped:
    """One thing an agent did not examine; `detail` is short and safe to show a tenant."""

    path: str  # relative to the tree, or a URL for web scans
    reason: SkipReason
    detail: str = ""


@dataclass
class Coverage:
    """What an agent examined and what it did not.

    `examined` counts files (code audits) or pages (web scans); `skipped` lists what
    was left out, with why. An agent that cannot tell leaves `examined` None.
    """

    examined: int | None = None
    skipped: list[Skipped] = field(default_factory=list)
    unit: str = "files"

    @property
    def complete(self) -> bool:
        return not self.skipped


@dataclass
class AgentRun:
    """What one agent produced: its findings, what it covered, and how its run went."""

    findings: list[Finding] = field(default_factory=list)
    # The tool's own words on what it survived (a file it could not parse, a page it could
    # not fetch): they may quote the tenant's code or URLs, so they are kept only in the
    # sealed tool output. `error_kinds` names each one's kind (no tenant text in it) for
    # the plain metrics.
    errors: list[str] = field(default_factory=list)
    failure: str | None = None  # why the agent's results are missing or incomplete
    coverage: Coverage = field(default_factory=Coverage)
    error_kinds: list[str] = field(default_factory=list)


# The tree the sandbox mounts read-only for code audits.
SANDBOX_INPUT = "/input"


@dataclass(frozen=True, slots=True)
class Agent:
    """One tool's declaration.

    `profile` holds the fields of a `securetag.scanning.sandbox.SandboxProfile` (the
    registry builds and checks it at start-up, resolving the executable then).
    `report_exit_codes` are the exit codes after which the tool's report is whole;
    any other is a failure of the agent, with the tail of its stderr as the reason.
    `order` sorts agents of one scan type (lowest first): when two tools report the
    same issue, the first one's finding leads the merged one. `languages` are the
    source languages the tool parses (a scan's coverage names them, so a reader sees
    which engine looked at which language); empty for a tool that reads every file
    as text, or pages. `cpu_heavy`: the tool keeps a CPU busy while it runs, so it
    holds one of the scan's CPUs (SECURETAG_SCAN_CPUS) and waits for a free one; a
    tool that mostly waits (on the network) takes none. `parallel`: the tool spreads
    over several CPUs when `AgentInput.jobs` says so, and holds that many.
    """

    name: str  # also its sandbox profile's name and tool_execution.agent
    scan_type: ScanType
    argv: Callable[[AgentInput], list[str]]
    parse: Callable[[SandboxResult, AgentInput], AgentRun]
    profile: Mapping[str, Any]
    report_exit_codes: frozenset[int] = frozenset({0})
    cwd: str = "/work"
    order: int = 100
    reports_secrets: bool = False  # its findings are secrets: other findings' lines get redacted
    languages: tuple[str, ...] = ()
    tool: str | None = None  # the `tool` its findings carry, when not its name
    cpu_heavy: bool = True
    parallel: bool = False

    @property
    def finding_tool(self) -> str:
        return self.tool or self.name

    def outcome(self, result: SandboxResult, agent_input: AgentInput) -> AgentRun:
        """The run's findings, or why there are none (an exit code outside the policy).

        The reason is what a tenant reads, so it names the exit status only: the tool's
        stderr (tracebacks, host paths) stays sealed in its tool_execution row.
        """
        if result.exit_code not in self.report_exit_codes:
            return AgentRun(failure=f"{self.name} {_ending(result)}")
        return self.parse(result, agent_input)


def _ending(result: SandboxResult) -> str:
    if result.signal_name:
        return f"was killed by {result.signal_name}"
    return f"exited with {result.exit_code}"
