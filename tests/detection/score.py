"""Detection benchmark (`make detect-bench`): scan the labelled cases, score per category.

By default each language's tree goes through the real pipeline: uploaded as an archive
to the HTTP API (gunicorn), scanned by a real `securetag worker` (Semgrep, Bandit and
detect-secrets in the bubblewrap sandbox), its findings read back from the API. The
database is SECURETAG_TEST_DATABASE_URL's server when set, else an embedded one.
`--direct` runs the same tools bare on the tree instead (no sandbox, no database),
through the same post-processing, for quick iteration on rules (`--rules DIR`).

Prints, per language, TPR, FPR and Youden per category, overall and per tool, their
averages, and the scan time; then (unless --no-timing) Semgrep's time with this rule pack
against the pack before issue 15, and the scan benchmark's per-stage table on its
10,000-line repository (the code audit beside the bare tools, tests/bench/stages.py);
`--json FILE` writes the same numbers.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from securetag.kernel.models import Finding, ScanProfile
from securetag.scanning import ranking, rule_pack
from securetag.scanning.agents import bandit, bandit_python, secrets, semgrep
from securetag.store.db import Database, connect_admin, with_database
from securetag.store.embedded import EmbeddedPostgres
from securetag.store.migrate import migrate
from tests.bench import repos, scan_bench, stages
from tests.detection import benchmark
from tests.detection.benchmark import Case, Reported, Score
from tests.support.api import LiveApi, live_api, new_tenant
from tests.support.archives import tar_gz
from tests.support.workers import WorkerProcess

TOOLS = ("semgrep", "bandit", "detect-secrets")
# The rule pack before issue 15 rewrote it around taint: the scan-time yardstick (the
# richer pack may cost at most 1.5x its Semgrep time on the 10,000-line repository).
BASELINE_RULES_REV = "8c54bc9"
TIMING_RUNS = 3
FINAL = frozenset({"succeeded", "failed", "timed_out", "cancelled"})
SCAN_TIMEOUT_S = 1800


@dataclass
class LanguageRun:
    language: str
    cases: list[Case]
    reported: dict[str, list[Reported]]
    seconds: float
    coverage: str | None = None
    state: str = "succeeded"


# What the tree holds to write or lint the cases, not code a scan should see: the CSV,
# lint settings, and the generators (top-level Python files and casegen/).
NOT_SCANNED = ("expected.csv", "ruff.toml", "casegen/", "__pycache__/")


def tree_files(language: str, chosen: Iterable[Case]) -> dict[str, bytes]:
    """The language's tree: every file that is not a case, plus the chosen cases."""
    root = benchmark.ROOT / language
    all_case_paths = {case.path for case in benchmark.cases(language)}
    wanted = {case.path for case in chosen}
    files = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if not path.is_file() or relative.startswith(NOT_SCANNED) or "/__pycache__/" in relative:
            continue
        if "/" not in relative and relative.endswith(".py"):
            continue
        if relative in all_case_paths and relative not in wanted:
            continue
        files[relative] = path.read_bytes()
    return files


@contextmanager
def written_tree(files: dict[str, bytes]) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="securetag-detect-") as tmp:
        root = Path(tmp) / "tree"
        for relative, data in files.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        yield root


def reported_by_file(findings: Iterable[Finding | dict]) -> dict[str, list[Reported]]:
    by_file: dict[str, list[Reported]] = {}
    for finding in findings:
        item = finding.model_dump() if isinstance(finding, Finding) else finding
        # The API lists the reporting tools by name; a Finding's extra, as dicts.
        reporters = item.get("reported_by") or (item.get("extra") or {}).get("reported_by") or []
        tools = {str(r["tool"] if isinstance(r, dict) else r) for r in reporters}
        tools.add(str(item["tool"]))
        by_file.setdefault(item["path"], []).append(
            Reported(frozenset(item.get("cwe") or []), frozenset(tools))
        )
    return by_file


# --- direct: the tools bare on the tree ------------------------------------------------


def scan_direct(tree: Path, rules: Path, tools: set[str], profile: ScanProfile) -> list[Finding]:
    home = tempfile.mkdtemp(prefix="securetag-detect-home-")
    env = {**os.environ, **semgrep.environment(home)}
    bin_dir = Path(sys.executable).parent
    found: list[Finding] = []
    try:
        if "semgrep" in tools:
            # The agent's own runner (pass 1: the pack and the function summaries, pass 2:
            # the taint rules they extend); SECURETAG_SEMGREP_SUMMARIES=off in the
            # environment runs the pack alone, to measure what the summaries add.
            argv = semgrep.runner_argv(
                str(tree), rules_dir=str(rules), semgrep=str(bin_dir / "semgrep")
            )
            found += semgrep.parse(_run(argv, env, None), source_root=tree).findings
        if "bandit" in tools:
            argv = bandit.build_argv(str(tree), python=bandit_python.configured())
            if argv[0] == "bandit":
                argv[0] = str(bin_dir / "bandit")
            found += bandit.parse(_run(argv, env, None), source_root=str(tree))
        if "detect-secrets" in tools:
            out = _run(secrets.build_argv(str(tree)), env, str(tree))
            found += secrets.parse(out, source_root=tree, scan_root=str(tree))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return ranking.settle(
        found, secret_tools={secrets.TOOL}, pack=rule_pack.load(rules), profile=profile
    )


def _run(argv: list[str], env: dict[str, str], cwd: str | None) -> bytes:
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, check=False)
    return done.stdout


def run_direct(
    language: str, chosen: list[Case], rules: Path, tools: set[str], profile: ScanProfile
) -> LanguageRun:
    with written_tree(tree_files(language, chosen)) as tree:
        started = time.perf_counter()
        found = scan_direct(tree, rules, tools, profile)
        seconds = time.perf_counter() - started
    return LanguageRun(language, chosen, reported_by_file(found), seconds)


# --- pipeline: API -> worker -> sandbox -> findings -------------------------------------


def scan_through_api(
    api: LiveApi, key: str, language: str, chosen: list[Case], profile: ScanProfile
) -> LanguageRun:
    """Upload the tree, wait for the scan, read every finding back from the API."""
    archive = tar_gz(tree_files(language, chosen))
    answer = api.post(
        f"/codeaudit/upload?project=detect-{language}&profile={profile}",
        key,
        files={"file": (f"{language}.tar.gz", archive)},
    )
    if answer.status_code != 202:
        raise RuntimeError(f"upload of {language} refused: {answer.status_code} {answer.text}")
    scan_id = answer.json()["scan_id"]
    deadline = time.monotonic() + SCAN_TIMEOUT_S
    while True:
        body = api.get(f"/scans/{scan_id}?findings_limit=1", key).json()
        if body["state"] in FINAL:
            break
        if time.monotonic() > deadline:
            raise RuntimeError(f"scan of {language} did not end in {SCAN_TIMEOUT_S} s")
        time.sleep(0.5)
    items: list[dict] = []
    cursor = None
    while True:
        query = "findings_limit=500" + (f"&findings_cursor={cursor}" if cursor else "")
        page = api.get(f"/scans/{scan_id}?{query}", key).json()["findings"]
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    started = _timestamp(body["started_at"])
    finished = _timestamp(body["finished_at"])
    seconds = finished - started if started and finished else float("nan")
    coverage = (body.get("coverage") or {}).get("state")
    return LanguageRun(
        language, chosen, reported_by_file(items), seconds, coverage=coverage, state=body["state"]
    )


def _timestamp(value: str | None) -> float | None:
    return datetime.fromisoformat(value).timestamp() if value else None


@contextmanager
def pipeline(admin_url: str, tmp: Path) -> Iterator[tuple[LiveApi, str]]:
    """A live API and one worker on `admin_url`'s (migrated) database, and a tenant's key."""
    with live_api(
        admin_url,
        tmp,
        workers=1,
        log_level="WARNING",
        rate_limit_per_minute=1_000_000,
        rate_limit_burst=100_000,
    ) as api:
        with Database(admin_url, max_size=2) as admin:
            keys = new_tenant(admin, api.settings, f"detect-{os.getpid()}")
        worker = WorkerProcess(
            api.settings, types=["code_audit"], concurrency=1, log_path=tmp / "worker.log"
        )
        try:
            yield api, keys.key
        finally:
            worker.terminate(timeout_s=60)


@contextmanager
def scratch_server() -> Iterator[str]:
    """An admin URL of a fresh, migrated database (on the test server, else embedded)."""
    name = f"detect_{os.getpid()}"
    with tempfile.TemporaryDirectory(prefix="securetag-detect-pg-") as tmp:
        server = None
        base = os.environ.get("SECURETAG_TEST_DATABASE_URL")
        if not base:
            server = EmbeddedPostgres(Path(tmp) / "pgdata")
            server.start()
            base = server.url("postgres")
        try:
            with connect_admin(base) as conn:
                conn.create_database(name)
            url = with_database(base, name)
            with Database(url, max_size=2) as admin:
                migrate(admin)
            yield url
            with connect_admin(base) as conn:
                conn.drop_database(name)
        finally:
            if server is not None:
                server.stop(mode="immediate")


# --- scan time of the rule pack -------------------------------------------------------


def semgrep_seconds(tree: Path, rules: Path, *, runner: bool = True) -> float:
    """Seconds Semgrep takes on `tree`: through the agent's runner (the pack with function
    summaries, as the worker runs it), or bare (the old pack, as the worker ran it)."""
    home = tempfile.mkdtemp(prefix="securetag-detect-home-")
    semgrep_path = str(Path(sys.executable).parent / "semgrep")
    try:
        if runner:
            argv = semgrep.runner_argv(str(tree), rules_dir=str(rules), semgrep=semgrep_path)
        else:
            # The command line as the worker ran it before the rewrite: no flag since.
            argv = [
                semgrep_path,
                *(
                    arg
                    for arg in semgrep.build_argv(str(tree), rules_dir=str(rules))[1:]
                    if arg != semgrep.RULE_VALIDATION_OFF
                ),
            ]
        started = time.perf_counter()
        subprocess.run(
            argv, env={**os.environ, **semgrep.environment(home)}, capture_output=True, check=True
        )
        return time.perf_counter() - started
    finally:
        shutil.rmtree(home, ignore_errors=True)


def rules_at(rev: str, into: Path) -> Path | None:
    """The rule pack as it was at git revision `rev`, or None outside a git checkout."""
    archive = subprocess.run(
        ["git", "-C", str(benchmark.ROOT.parents[1]), "archive", rev, "securetag/scanning/rules"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        return None
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as bundle:
        bundle.extractall(into, filter="data")
    return into / "securetag/scanning/rules"


def time_rule_pack(rules: Path, baseline_rev: str) -> dict:
    """Semgrep's time on the scan benchmark's 10,000-line repository, this pack and then."""
    archive, lines = repos.repository(repos.SIZES["10k"])
    with tempfile.TemporaryDirectory(prefix="securetag-detect-time-") as tmp:
        tree = Path(tmp) / "tree"
        with tarfile.open(fileobj=io.BytesIO(archive)) as bundle:
            bundle.extractall(tree, filter="data")
        old_rules = rules_at(baseline_rev, Path(tmp) / "baseline")
        semgrep_seconds(tree, rules)  # warm-up: page cache, Semgrep's own caches
        # Alternating runs, median of each: a busy machine slows both alike.
        nows, thens = [], []
        for _ in range(TIMING_RUNS):
            nows.append(semgrep_seconds(tree, rules))
            if old_rules:
                thens.append(semgrep_seconds(tree, old_rules, runner=False))
        now = statistics.median(nows)
        then = statistics.median(thens) if thens else None
    ratio = f"{now / then:.2f}x" if then else "n/a"
    then_text = f"{then:.1f} s" if then else "unavailable (not a git checkout)"
    print(
        f"\nSemgrep on the {lines:,}-line repository: {now:.1f} s with this rule pack, "
        f"{then_text} with the pack at {baseline_rev} ({ratio}; target <= 1.5x)"
    )
    return {"lines": lines, "seconds": now, "baseline_seconds": then, "baseline_rev": baseline_rev}


def time_stages(admin_url: str, size: str = "10k", runs: int = TIMING_RUNS) -> dict:
    """The scan benchmark's stage table on its `size` repository: the whole code audit
    (the shipped rule pack) beside the same tools run bare, by the same code as `make
    bench` (tests/bench/stages.py), so richer rules and faster plumbing show side by side."""
    with scan_bench.ScanTask(admin_url).open() as orchestrated:
        lines, samples = scan_bench.measure(orchestrated, size, runs)
    print(stages.render(f"scan time by stage, the {lines:,}-line repository", samples))
    return {"lines": lines, **stages.summary(samples)}


# --- report ---------------------------------------------------------------------------


def tool_scores(run: LanguageRun, tools: Iterable[str]) -> dict[str, dict[str, Score]]:
    return {tool: benchmark.score(run.cases, run.reported, tool) for tool in tools}


def report(run: LanguageRun, tools: list[str], *, show_misses: bool = False) -> dict:
    overall = benchmark.score(run.cases, run.reported)
    per_tool = tool_scores(run, tools)
    trues = sum(c.vulnerable for c in run.cases)
    print(
        f"\n== {run.language}: {len(run.cases)} cases ({trues} true, {len(run.cases) - trues} "
        f"false), scan {run.seconds:.1f} s, state {run.state}, coverage {run.coverage or '-'}"
    )
    header = f"{'category':<16} {'cwe':<9} {'T/F':>7} {'TPR':>6} {'FPR':>6} {'Youden':>7}"
    print(header + "".join(f" {tool[:8]:>8}" for tool in tools))
    known = benchmark.categories()
    for key, entry in overall.items():
        counts = f"{entry.true_cases}/{entry.false_cases}"
        line = f"{key:<16} {known[key].cwe:<9} {counts:>7} {entry.tpr:>6.2f} {entry.fpr:>6.2f}"
        line += f" {entry.youden:>+7.2f}"
        line += "".join(f" {per_tool[tool][key].youden:>+8.2f}" for tool in tools)
        print(line)
        if show_misses:
            for path in entry.missed:
                print(f"    missed       {path}")
            for path in entry.false_alarms:
                print(f"    false alarm  {path}")
    tpr, fpr, youden = benchmark.average(overall)
    line = f"{'average':<16} {'':<9} {'':>7} {tpr:>6.2f} {fpr:>6.2f} {youden:>+7.2f}"
    line += "".join(f" {benchmark.average(per_tool[tool])[2]:>+8.2f}" for tool in tools)
    print(line)
    return {
        "language": run.language,
        "cases": len(run.cases),
        "scan_seconds": run.seconds,
        "state": run.state,
        "coverage": run.coverage,
        "average": {"tpr": tpr, "fpr": fpr, "youden": youden},
        "categories": {
            key: {
                "tpr": entry.tpr,
                "fpr": entry.fpr,
                "youden": entry.youden,
                "true": entry.true_cases,
                "false": entry.false_cases,
                "by_tool": {tool: per_tool[tool][key].youden for tool in tools},
            }
            for key, entry in overall.items()
        },
        "tools": {tool: benchmark.average(per_tool[tool])[2] for tool in tools},
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", action="append", choices=benchmark.LANGUAGES)
    parser.add_argument("--direct", action="store_true", help="run the tools bare on the tree")
    parser.add_argument("--tools", default=",".join(TOOLS), help="with --direct: which tools")
    parser.add_argument("--rules", type=Path, help="with --direct: another rule pack directory")
    parser.add_argument(
        "--profile", choices=[p.value for p in ScanProfile], default=ScanProfile.DEFAULT.value
    )
    parser.add_argument(
        "--sample", type=int, default=0, help="only the first N true and N false cases per category"
    )
    parser.add_argument("--misses", action="store_true", help="list missed and false-alarm files")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    parser.add_argument(
        "--no-timing",
        action="store_true",
        help="skip timing the pack and the stages on the 10,000-line repo",
    )
    return parser.parse_args(argv)


def chosen_cases(language: str, per_verdict: int) -> list[Case]:
    found = benchmark.cases(language)
    return benchmark.sample(found, per_verdict) if per_verdict else found


def main(argv: list[str] | None = None, *, admin_url: str | None = None) -> list[dict]:
    args = parse_args(argv)
    languages = [lang for lang in (args.lang or benchmark.LANGUAGES) if benchmark.cases(lang)]
    tools = [tool for tool in TOOLS if tool in args.tools.split(",")]
    results = []
    if args.direct:
        rules = (args.rules or rule_pack.rules_dir()).resolve()
        for language in languages:
            chosen = chosen_cases(language, args.sample)
            run = run_direct(language, chosen, rules, set(tools), ScanProfile(args.profile))
            results.append(report(run, tools, show_misses=args.misses))
    else:
        with (
            database_url(admin_url) as url,
            tempfile.TemporaryDirectory() as tmp,
            pipeline(url, Path(tmp)) as (api, key),
        ):
            for language in languages:
                chosen = chosen_cases(language, args.sample)
                run = scan_through_api(api, key, language, chosen, ScanProfile(args.profile))
                results.append(report(run, tools, show_misses=args.misses))
    if not args.no_timing:
        timing = time_rule_pack((args.rules or rule_pack.rules_dir()).resolve(), BASELINE_RULES_REV)
        with database_url(admin_url) as url:
            timing["stages"] = time_stages(url)
        results.append({"timing": timing})
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return results


@contextmanager
def database_url(admin_url: str | None) -> Iterator[str]:
    """`admin_url` when given (tests pass their own database), else a scratch one."""
    if admin_url is not None:
        yield admin_url
        return
    with scratch_server() as url:
        yield url


if __name__ == "__main__":
    main()
