"""`make bench` and `make soak` keep working: each runs end to end at a tiny size.

The numbers are not checked here (speed targets live in the benchmarks, which
print them); what is checked is that every benchmark still starts its servers
and workers, measures, and prints its table. A benchmark that broke with the
service around it (a setting the workers came to require, say) fails here.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.workers import ROOT

TINY = {
    "queue_bench": (
        ["--tasks", "200", "--enqueue-tasks", "1000", "--samples", "5", "--runs", "1"],
        ["no-op drain", "batch enqueue", "idle enqueue->start p99"],
    ),
    "fairness_bench": (
        ["--flood", "40", "--victims", "2", "--seconds", "1", "--every", "0.3", "--task-s", "0.02"],
        ["flood size", "victims' queue wait p50", "victims' queue wait p99"],
    ),
    "api_bench": (
        ["--runs", "1", "--seconds", "1", "--clients", "2", "--rate", "20"],
        ["bare Flask GET /ping", "one SELECT 1", "GET /scans/{id}", "POST /scans/web"],
    ),
    "context_bench": (
        ["--n", "20", "--warmup", "5"],
        ["put (upsert, one transaction)", "get, cache warm"],
    ),
    "secrets_bench": (
        ["--runs", "1", "--python-files", "40", "--java-files", "40"],
        ["python, 40 files: Semgrep", "secrets, unscreened (before)", "ratio secrets/Semgrep"],
    ),
    "store_bench": (
        ["--sizes", "40", "--runs", "1", "--per-file", "10", "--lines", "200"],
        ["first (all new)", "second (half fixed, 1.5N rows)"],
    ),
    "agents_parallel_bench": (
        ["--runs", "1", "--lines", "300"],
        ["slowest single tool", "agents one at a time", "agents side by side", "ratio"],
    ),
    "scan_bench": (
        ["--sizes", "300", "--runs", "1", "--warmups", "0"],
        ["unpack", "semgrep", "post-processing", "total", "orchestrated total / slowest direct"],
    ),
    "small_scan_bench": (
        ["--runs", "1", "--lines", "200", "--scans", "2", "--processes", "1", "--slots"],
        ["upload -> result p50", "client notice", "1 worker process x"],
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("bench", sorted(TINY))
def test_the_benchmark_runs_and_prints_its_table(bench: str, db_url: str) -> None:
    args, rows = TINY[bench]
    env = dict(os.environ, SECURETAG_BENCH_DATABASE_URL=db_url)
    done = subprocess.run(
        [sys.executable, "-m", f"tests.bench.{bench}", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    for row in rows:
        assert row in done.stdout, done.stdout


@pytest.mark.slow
def test_a_short_soak_passes_every_check() -> None:
    # Its own embedded server (the soak stops and starts it); two SIGKILLs and one
    # outage in 20 s of load. The full soak runs ten minutes.
    args = ["--seconds", "20", "--kill-every", "8", "--outage-s", "2", "--submit-every", "6",
            "--clients-per-tenant", "1", "--drain-s", "180"]  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "tests.soak.soak", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=420,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FAIL" not in done.stdout
    assert "killed with SIGKILL" in done.stdout and "scans accepted" in done.stdout
