"""The scan benchmark's arithmetic (tests/bench/stages.py): a stage table read from a
scan's records, medians of samples, the ratios printed under each table, and the
refusals that keep a benchmark from printing a figure that mixes clocks."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from securetag.kernel.models import ScanType
from securetag.scanning.registry import AgentRegistry
from securetag.scanning.unpack.extract import unpack_archive
from securetag.scanning.unpack.limits import UnpackLimits
from tests.bench import repos, stages
from tests.bench.stages import AGENTS, OPEN, POST, TOTAL, UNPACK, BenchmarkError, Samples

T0 = 1_800_000_000.0  # the scan's started_at, epoch seconds


def stamp(offset: float) -> str:
    """The worker's progress stamp `offset` seconds after T0, as the service writes it."""
    return datetime.fromtimestamp(T0 + offset, UTC).isoformat()


def scan_row(finished: float, *, unpack: tuple[float, float] = (0.5, 1.5)) -> dict:
    return {
        "started_at": T0,
        "finished_at": T0 + finished,
        "progress": {
            "unpack": {"state": "succeeded", "started_at": stamp(unpack[0]),
                       "finished_at": stamp(unpack[1])},
            "semgrep": {"state": "succeeded", "finished_at": stamp(9.0)},
        },
    }  # fmt: skip


TOOLS = [  # concurrent agents: their durations overlap
    {"agent": "semgrep", "duration_ms": 7_000.0, "finished_at": T0 + 9.0},
    {"agent": "bandit", "duration_ms": 2_000.0, "finished_at": T0 + 4.0},
    {"agent": "secrets", "duration_ms": 3_000.0, "finished_at": T0 + 5.0},
]


def test_the_stage_table_is_read_from_the_scan_and_its_tool_runs() -> None:
    got = stages.orchestrated_stages(scan_row(finished=10.0), TOOLS)

    assert got == pytest.approx(
        {OPEN: 0.5, UNPACK: 1.0, "semgrep": 7.0, "bandit": 2.0, "secrets": 3.0,
         AGENTS: 7.5, POST: 1.0, TOTAL: 10.0}
    )  # fmt: skip
    # The spans that partition the scan add up to its total, not to more.
    assert got[OPEN] + got[UNPACK] + got[AGENTS] + got[POST] == pytest.approx(got[TOTAL])


def test_a_negative_span_is_refused_not_printed() -> None:
    # The scan's finish stamped before its last tool ended: two clocks, or now() at a
    # transaction's start. Printing "-0.5 s post-processing" would be the lie.
    with pytest.raises(BenchmarkError, match="negative stage times"):
        stages.orchestrated_stages(scan_row(finished=8.5), TOOLS)


def test_a_scan_without_a_whole_unpack_stage_is_refused() -> None:
    row = scan_row(finished=10.0)
    del row["progress"]["unpack"]["started_at"]
    with pytest.raises(BenchmarkError, match="unpack"):
        stages.orchestrated_stages(row, TOOLS)


def test_a_database_clock_off_this_hosts_is_refused() -> None:
    assert abs(stages.check_one_clock(time.time)) < stages.CLOCK_TOLERANCE_S
    with pytest.raises(BenchmarkError, match="clock"):
        stages.check_one_clock(lambda: time.time() + 0.25)


def samples() -> Samples:
    direct = [
        {UNPACK: 0.1, "semgrep": 6.0, "bandit": 2.0, AGENTS: 8.0, TOTAL: 8.1},
        {UNPACK: 0.3, "semgrep": 8.0, "bandit": 1.0, AGENTS: 9.0, TOTAL: 9.3},
        {UNPACK: 0.2, "semgrep": 7.0, "bandit": 3.0, AGENTS: 10.0, TOTAL: 10.2},
    ]
    orchestrated = [
        {OPEN: 0.1, UNPACK: 0.2, "semgrep": 7.5, "bandit": 2.5, AGENTS: 7.6, POST: 0.5, TOTAL: 8.4},
        {OPEN: 0.1, UNPACK: 0.2, "semgrep": 7.0, "bandit": 2.0, AGENTS: 7.1, POST: 0.9, TOTAL: 8.0},
        {OPEN: 0.1, UNPACK: 0.2, "semgrep": 9.0, "bandit": 2.0, AGENTS: 9.1, POST: 0.7, TOTAL: 9.9},
    ]
    return Samples(direct, orchestrated)


def test_medians_ratios_and_the_headline() -> None:
    found = samples()
    assert stages.median(found.direct, "semgrep") == 7.0
    assert stages.median(found.orchestrated, TOTAL) == 8.4
    assert stages.median(found.direct, POST) is None  # the bare tools have no such stage
    assert stages.ratio(8.4, 7.0) == pytest.approx(1.2)
    assert stages.ratio(None, 7.0) is None and stages.ratio(1.0, 0.0) is None

    top = stages.headline(found)
    # Medians of the direct tools: semgrep 7.0 (the slowest), bandit 2.0.
    assert (top.slowest_agent, top.slowest, top.tools_sum) == ("semgrep", 7.0, 9.0)
    assert top.over_slowest == pytest.approx(8.4 / 7.0)
    assert top.over_sum == pytest.approx(8.4 / 9.0)


def test_the_table_prints_every_stage_its_medians_ratio_and_samples() -> None:
    text = stages.render("scan benchmark, small", samples())
    rows = {line.split("  ")[0].strip(): line for line in text.strip().splitlines()[2:9]}

    assert list(rows) == [OPEN, UNPACK, "semgrep", "bandit", AGENTS, POST, TOTAL]
    assert rows["semgrep"].split()[1:4] == ["7.000", "7.500", "1.07x"]
    assert rows["semgrep"].endswith("6.000 8.000 7.000 | 7.500 7.000 9.000")
    assert rows[POST].split()[1:4] == ["-", "0.700", "-"]
    assert "median of 3 interleaved runs" in text
    assert "orchestrated total / slowest direct tool (semgrep): 1.20x" in text
    assert "orchestrated total / sum of direct tools: 0.93x" in text


def test_runs_interleave_after_the_warm_up() -> None:
    order: list[str] = []

    def direct() -> dict[str, float]:
        order.append("direct")
        return {TOTAL: float(len(order))}

    def orchestrated() -> dict[str, float]:
        order.append("orchestrated")
        return {TOTAL: float(len(order))}

    found = stages.interleaved(2, direct, orchestrated, warmups=1)

    assert order == ["direct", "orchestrated"] * 3
    assert [s[TOTAL] for s in found.direct] == [3.0, 5.0]  # the warm-up pair is not kept
    assert [s[TOTAL] for s in found.orchestrated] == [4.0, 6.0]


def test_the_direct_commands_are_the_agents_own_on_the_host(tmp_path: Path) -> None:
    registry = AgentRegistry.load()
    tree, work = tmp_path / "src", tmp_path / "work"
    agents = registry.for_scan(ScanType.CODE_AUDIT)
    assert agents
    for agent in agents:
        command = stages.direct_command(registry, agent, tree, work)
        assert command.argv[0] == registry.profile(agent).executable
        # The sandbox's /input is the tree on the host.
        assert not any(arg == "/input" or arg.startswith("/input/") for arg in command.argv)
        assert str(tree) in " ".join(command.argv) or command.cwd.startswith(str(tree))
        assert command.exit_codes == agent.report_exit_codes


def test_sizes_are_named_or_counted() -> None:
    assert repos.lines_of("small") == 1_000 and repos.lines_of("100k") == 100_000
    assert repos.lines_of("300") == 300
    with pytest.raises(ValueError, match="unknown size"):
        repos.lines_of("huge")
    archive, lines = repos.repository(2_000)
    assert lines >= 2_000 and archive[:2] == b"\x1f\x8b"  # gzip
    assert repos.repository(2_000) == (archive, lines)  # the same size, the same code


def test_the_largest_repository_unpacks_under_the_services_limits(tmp_path: Path) -> None:
    # Filler repeated verbatim compressed past the 100:1 bomb ratio and was refused.
    archive, lines = repos.repository(repos.SIZES["100k"])
    report = unpack_archive(archive, "tar.gz", tmp_path / "src", UnpackLimits())
    assert lines >= 100_000 and len(report.files) > 200
