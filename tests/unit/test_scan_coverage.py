"""A scan's coverage document: partial whenever an agent failed or skipped anything."""

from __future__ import annotations

from securetag.scanning.agent import AgentRun, Coverage, Skipped, SkipReason
from securetag.scanning.agents import bandit, secrets, semgrep
from securetag.scanning.agents.web import agent as web
from securetag.scanning.coverage import ScanCoverage


def skipped(path: str, reason: SkipReason = SkipReason.PARSE_ERROR) -> Skipped:
    return Skipped(path, reason, "why")


def test_agents_that_examined_everything_make_a_complete_scan() -> None:
    coverage = ScanCoverage()
    coverage.add(semgrep.AGENT, AgentRun(coverage=Coverage(examined=12)))
    coverage.add(secrets.AGENT, AgentRun())  # cannot tell what it examined: no gap known

    document = coverage.document()

    assert document == {
        "state": "complete",
        "agents": {
            "semgrep": {
                "examined": 12,
                "unit": "files",
                "languages": list(semgrep.LANGUAGES),
                "skipped": 0,
                "by_reason": {},
                "examples": [],
                "failure": None,
            },
            "secrets": {
                "examined": None,
                "unit": "files",
                "languages": [],
                "skipped": 0,
                "by_reason": {},
                "examples": [],
                "failure": None,
            },
        },
        "reasons": [],
    }
    assert not coverage.partial and not coverage.covered_nothing


def test_one_skipped_file_makes_the_scan_partial_and_says_which_engine_and_why() -> None:
    coverage = ScanCoverage()
    coverage.add(semgrep.AGENT, AgentRun(coverage=Coverage(examined=2)))
    coverage.add(bandit.AGENT, AgentRun(coverage=Coverage(examined=1, skipped=[skipped("a.py")])))

    document = coverage.document()

    assert document["state"] == "partial"
    entry = document["agents"]["bandit"]
    assert (entry["skipped"], entry["by_reason"], entry["languages"]) == (
        1,
        {"parse_error": 1},
        ["python"],
    )
    assert entry["examples"] == [{"path": "a.py", "reason": "parse_error", "detail": "why"}]
    assert document["reasons"] == ["bandit skipped 1 file: parse_error 1"]
    assert not coverage.covered_nothing


def test_a_failed_agent_makes_the_scan_partial() -> None:
    coverage = ScanCoverage()
    coverage.add(semgrep.AGENT, AgentRun(coverage=Coverage(examined=2)))
    coverage.add(secrets.AGENT, AgentRun(failure="detect-secrets exited with 1: RecursionError"))
    coverage.not_run(bandit.AGENT, "not run (the task was stopped)")

    document = coverage.document()

    assert document["state"] == "partial"
    assert document["agents"]["secrets"]["failure"].startswith("detect-secrets exited")
    assert document["reasons"] == [
        "secrets failed: detect-secrets exited with 1: RecursionError",
        "bandit failed: not run (the task was stopped)",
    ]


def test_examples_are_at_most_five_and_show_every_reason_first() -> None:
    many = [skipped(f"big/{n:02}.js", SkipReason.TOO_LARGE) for n in range(30)]
    many += [skipped("z/bin.py", SkipReason.BINARY), skipped("zz/t.py", SkipReason.TIMEOUT)]
    coverage = ScanCoverage()
    coverage.add(semgrep.AGENT, AgentRun(coverage=Coverage(examined=3, skipped=many)))

    entry = coverage.document()["agents"]["semgrep"]

    assert entry["skipped"] == 32
    assert entry["by_reason"] == {"binary": 1, "timeout": 1, "too_large": 30}
    assert [e["path"] for e in entry["examples"]] == [
        "big/00.js",
        "big/01.js",
        "big/02.js",
        "z/bin.py",
        "zz/t.py",
    ]


def test_a_scan_whose_agents_covered_nothing_covered_nothing() -> None:
    coverage = ScanCoverage()
    coverage.add(semgrep.AGENT, AgentRun(failure="stopped by the sandbox: timeout"))
    coverage.add(bandit.AGENT, AgentRun(coverage=Coverage(examined=0, skipped=[skipped("a.py")])))
    assert coverage.covered_nothing

    # An agent that examined nothing because there was nothing for it is no failure.
    coverage.add(secrets.AGENT, AgentRun(coverage=Coverage(examined=0)))
    assert not coverage.covered_nothing
    assert not ScanCoverage().covered_nothing


def test_a_pages_url_is_stored_without_credentials_query_or_fragment() -> None:
    page = "https://user:pw@shop.example/account?token=s3cr3t#top"
    coverage = ScanCoverage()
    run = AgentRun(
        coverage=Coverage(
            examined=4, skipped=[Skipped(page, SkipReason.UNREACHABLE, "timeout")], unit="pages"
        )
    )
    coverage.add(web.AGENT, run)

    [example] = coverage.document()["agents"]["web"]["examples"]

    assert example["path"] == "https://shop.example/account"
    assert coverage.document()["reasons"] == ["web skipped 1 page: unreachable 1"]
