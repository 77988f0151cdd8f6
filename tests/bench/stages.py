"""Per-stage times of a code audit: what the service recorded beside the bare tools.

Shared by the scan benchmark (tests/bench/scan_bench.py) and the detection benchmark's
timing (tests/detection/score.py), so both report scan time the same way.

Orchestrated stages come from what the service itself records for a scan, never from
a clock the benchmark holds around it:

    open upload      scan.started_at -> progress.unpack.started_at  (reading and opening the upload)
    unpack           progress.unpack.started_at -> .finished_at
    <agent>          tool_execution.duration_ms of each scanner
    agents (wall)    progress.unpack.finished_at -> the last tool's finished_at
    post-processing  the last tool's finished_at -> scan.finished_at
    total            scan.started_at -> scan.finished_at

Direct stages time the same work without the service: unpacking the archive with the
same code, then each agent's own argv (paths mapped as the sandbox-off runner maps
them), one after another, as a bare subprocess: no sandbox, no database.

One clock per figure. `total` is the database's alone (both stamps are written by the
server; finished_at is its clock_timestamp() when the finishing transaction writes it,
after the findings). `unpack` is the worker's wall clock alone, each agent its
monotonic clock alone. The three spans that cross from a worker stamp to a scan stamp
need the worker and the database to read one clock: the benchmark runs both on one
host, and `check_one_clock` refuses to go on when they disagree (a remote database
with a drifting clock), rather than print figures that mix two clocks. A negative
span is refused the same way, never printed.

Samples are interleaved (direct, orchestrated, direct, ...) after warm-up runs, so a
busy machine slows both alike; every figure is the median of its samples, and the
samples are printed beside it.
"""

from __future__ import annotations

import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from securetag.kernel.models import ScanType
from securetag.scanning.agent import Agent, AgentInput
from securetag.scanning.registry import AgentRegistry
from securetag.scanning.sandbox.host_paths import host_arg, host_path, mapped_root
from securetag.scanning.sandbox.request import allowed_env, check_argv
from securetag.scanning.unpack.extract import unpack_archive
from securetag.scanning.unpack.limits import UnpackLimits

OPEN = "open upload"
UNPACK = "unpack"
AGENTS = "agents (wall)"
POST = "post-processing"
TOTAL = "total"

# How far the database's clock may sit outside the worker's bracket around reading it.
CLOCK_TOLERANCE_S = 0.005

Stages = dict[str, float]  # stage -> seconds


class BenchmarkError(RuntimeError):
    """A measurement that would lie (mixed clocks, a failed tool): stop, say why."""


# --------------------------------------------------------------------- orchestrated


def orchestrated_stages(scan: Mapping[str, Any], tools: Sequence[Mapping[str, Any]]) -> Stages:
    """The stages of one finished scan from its row and its scanner rows.

    `scan`: started_at and finished_at (epoch seconds), progress (the scan's document,
    stamps as ISO 8601). `tools`: agent, duration_ms, finished_at (epoch seconds).
    """
    if not tools:
        raise BenchmarkError("the scan recorded no scanner run")
    unpack = scan["progress"].get(UNPACK) or {}
    if "started_at" not in unpack or "finished_at" not in unpack:
        raise BenchmarkError(f"the scan recorded no whole unpack stage: {unpack}")
    unpack_started = _epoch(unpack["started_at"])
    unpack_finished = _epoch(unpack["finished_at"])
    last_tool = max(float(tool["finished_at"]) for tool in tools)
    per_agent: Stages = {}
    for tool in tools:  # an agent recorded twice (never in a benchmark run) adds up
        per_agent[tool["agent"]] = per_agent.get(tool["agent"], 0.0) + tool["duration_ms"] / 1000
    stages = {
        OPEN: unpack_started - scan["started_at"],
        UNPACK: unpack_finished - unpack_started,
        **per_agent,
        AGENTS: last_tool - unpack_finished,
        POST: scan["finished_at"] - last_tool,
        TOTAL: scan["finished_at"] - scan["started_at"],
    }
    negative = {name: round(seconds, 4) for name, seconds in stages.items() if seconds < 0}
    if negative:
        raise BenchmarkError(
            f"negative stage times {negative}: the scan's stamps were not written on one clock"
        )
    return stages


def _epoch(stamp: str | float) -> float:
    return (
        float(stamp)
        if isinstance(stamp, int | float)
        else datetime.fromisoformat(stamp).timestamp()
    )


def check_one_clock(database_now: Callable[[], float], attempts: int = 5) -> float:
    """The database's clock minus this process's (seconds, best of `attempts`); raises
    BenchmarkError when it falls outside the bracket of two local reads by more than
    CLOCK_TOLERANCE_S: the spans that cross from worker stamps to scan stamps would lie."""
    best = None
    for _ in range(attempts):
        before = time.time()
        now = database_now()
        after = time.time()
        outside = max(before - now, now - after, 0.0)
        if best is None or outside < best[0]:
            best = (outside, now - (before + after) / 2)
    assert best is not None
    if best[0] > CLOCK_TOLERANCE_S:
        raise BenchmarkError(
            f"the database's clock is {best[1] * 1000:+.1f} ms off this host's: run the "
            "benchmark against a database on this host (stage times would mix two clocks)"
        )
    return best[1]


# --------------------------------------------------------------------------- direct


@dataclass(frozen=True)
class DirectCommand:
    """One agent's command as the sandbox-off runner would start it, minus the runner."""

    agent: str
    argv: list[str]
    env: dict[str, str]
    cwd: str
    exit_codes: frozenset[int]


def direct_command(
    registry: AgentRegistry, agent: Agent, tree: Path, work_dir: Path
) -> DirectCommand:
    """The agent's argv, environment and working directory on the host: the sandbox
    paths (/input, /work) mapped to `tree` and `work_dir`, as the sandbox-off runner maps them."""
    profile = registry.profile(agent)
    argv = check_argv(agent.argv(AgentInput(ScanType.CODE_AUDIT, source_dir=tree)), profile)
    env = allowed_env(profile, None)
    return DirectCommand(
        agent=agent.name,
        argv=[argv[0], *(host_arg(arg, tree, work_dir) for arg in argv[1:])],
        env={name: host_path(value, tree, work_dir) for name, value in env.items()},
        cwd=mapped_root(agent.cwd, tree, work_dir),
        exit_codes=agent.report_exit_codes,
    )


def direct_stages(archive: bytes, archive_format: str, registry: AgentRegistry) -> Stages:
    """Unpack `archive` and run each agent's tool on it bare, one after another; each
    stage on the monotonic clock around it. Raises BenchmarkError when a tool fails
    (a tool that failed fast would pass for a fast tool)."""
    stages: Stages = {}
    with tempfile.TemporaryDirectory(prefix="securetag-bench-direct-") as tmp:
        tree = Path(tmp) / "src"
        started = time.perf_counter()
        unpack_archive(archive, archive_format, tree, UnpackLimits())
        stages[UNPACK] = time.perf_counter() - started
        tools = 0.0
        for agent in registry.for_scan(ScanType.CODE_AUDIT):
            work_dir = Path(tmp) / f"work-{agent.name}"  # its own, as each sandboxed run has
            (work_dir / "home").mkdir(parents=True)
            (work_dir / "tmp").mkdir()
            command = direct_command(registry, agent, tree, work_dir)
            started = time.perf_counter()
            done = subprocess.run(
                command.argv, env=command.env, cwd=command.cwd, capture_output=True, check=False
            )
            stages[agent.name] = time.perf_counter() - started
            tools += stages[agent.name]
            if done.returncode not in command.exit_codes:
                tail = done.stderr.decode(errors="replace")[-500:]
                raise BenchmarkError(f"{agent.name} exited with {done.returncode}: {tail}")
    stages[AGENTS] = tools
    stages[TOTAL] = stages[UNPACK] + tools
    return stages


# ------------------------------------------------------------------------- sampling


@dataclass
class Samples:
    """The stages of each measured run, direct and orchestrated, in the order run."""

    direct: list[Stages] = field(default_factory=list)
    orchestrated: list[Stages] = field(default_factory=list)


def interleaved(
    runs: int,
    direct: Callable[[], Stages],
    orchestrated: Callable[[], Stages],
    *,
    warmups: int = 1,
) -> Samples:
    """`runs` pairs (direct, then orchestrated) after `warmups` unrecorded pairs: page
    cache, imports and the tools' own caches warm for both alike."""
    samples = Samples()
    for index in range(warmups + runs):
        measured_direct, measured_orchestrated = direct(), orchestrated()
        if index >= warmups:
            samples.direct.append(measured_direct)
            samples.orchestrated.append(measured_orchestrated)
    return samples


def values(samples: Sequence[Stages], stage: str) -> list[float]:
    return [sample[stage] for sample in samples if stage in sample]


def median(samples: Sequence[Stages], stage: str) -> float | None:
    found = values(samples, stage)
    return statistics.median(found) if found else None


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def agent_names(samples: Samples) -> list[str]:
    """The agents' stages in the order they were first seen, direct runs first."""
    fixed = {OPEN, UNPACK, AGENTS, POST, TOTAL}
    names: list[str] = []
    for sample in [*samples.direct, *samples.orchestrated]:
        names += [name for name in sample if name not in fixed and name not in names]
    return names


def stage_names(samples: Samples) -> list[str]:
    return [OPEN, UNPACK, *agent_names(samples), AGENTS, POST, TOTAL]


@dataclass(frozen=True)
class Headline:
    """The orchestrated total against the direct tools' medians."""

    total: float
    slowest_agent: str
    slowest: float
    tools_sum: float

    @property
    def over_slowest(self) -> float:
        return self.total / self.slowest

    @property
    def over_sum(self) -> float:
        return self.total / self.tools_sum


def headline(samples: Samples) -> Headline:
    direct = {name: median(samples.direct, name) for name in agent_names(samples)}
    measured = {name: seconds for name, seconds in direct.items() if seconds is not None}
    total = median(samples.orchestrated, TOTAL)
    if not measured or total is None:
        raise BenchmarkError("no direct tool run or no orchestrated scan was measured")
    slowest = max(measured, key=lambda name: measured[name])
    return Headline(total, slowest, measured[slowest], sum(measured.values()))


def summary(samples: Samples) -> dict[str, Any]:
    """The medians as data (the detection benchmark's --json)."""
    top = headline(samples)
    return {
        "runs": len(samples.orchestrated),
        "stages": {
            name: {
                "direct": median(samples.direct, name),
                "orchestrated": median(samples.orchestrated, name),
            }
            for name in stage_names(samples)
        },
        "orchestrated_over_slowest_tool": top.over_slowest,
        "orchestrated_over_tools_sum": top.over_sum,
    }


# ------------------------------------------------------------------------- printing


def render(title: str, samples: Samples, *, target: float = 1.15) -> str:
    """One size's table: stage, direct median, orchestrated median, ratio, the samples."""
    lines = [
        f"\n{title}: median of {len(samples.orchestrated)} interleaved runs, seconds",
        f"{'stage':<18} {'direct':>8} {'orchestrated':>13} {'ratio':>7}   "
        "samples (direct | orchestrated)",
    ]
    for name in stage_names(samples):
        direct, orchestrated = median(samples.direct, name), median(samples.orchestrated, name)
        share = ratio(orchestrated, direct)
        lines.append(
            f"{name:<18} {_cell(direct):>8} {_cell(orchestrated):>13} "
            f"{(f'{share:.2f}x' if share is not None else '-'):>7}   "
            f"{_series(values(samples.direct, name))} | "
            f"{_series(values(samples.orchestrated, name))}"
        )
    top = headline(samples)
    lines.append(
        f"orchestrated total / slowest direct tool ({top.slowest_agent}): "
        f"{top.over_slowest:.2f}x  (target <= {target:.2f}x)"
    )
    lines.append(f"orchestrated total / sum of direct tools: {top.over_sum:.2f}x")
    return "\n".join(lines)


def _cell(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.3f}"


def _series(found: list[float]) -> str:
    return " ".join(f"{seconds:.3f}" for seconds in found) or "-"
