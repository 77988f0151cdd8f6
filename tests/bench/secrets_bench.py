"""Secrets detection against Semgrep on the same tree (issue 18, item 2: target <= 0.3x).

    python -m tests.bench.secrets_bench [--runs 3] [--python-files 1250] [--java-files 2760]

Each tree is the detection benchmark's tree of that language (tests/detection/<lang>),
copied over and over until it has the number of files asked for. On each tree, one run
after another (interleaved, so that load on the machine hits them alike), each timed from
process start to exit as the agents run them (bare, without the sandbox):

- Semgrep: the Semgrep agent's runner (`semgrep.runner_argv`, its own pack, one job);
- secrets: the secrets agent's program (`secrets.build_argv`, one job): the screened scan;
- secrets, unscreened: the same program with `--unscreened` (every plugin on every line,
  as detect-secrets runs them): what it cost before the screen.

Prints the medians and secrets/Semgrep, and checks that the screened report has exactly
the unscreened one's results and coverage (it exits 1 otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from securetag.scanning.agents import secrets, semgrep
from tests.detection import benchmark

TARGET_RATIO = 0.3
SKIPPED_SOURCES = ("__pycache__",)


def copied_tree(language: str, files: int, into: Path) -> Path:
    """`files` files made of the language's detection tree, copied as often as it takes."""
    source = benchmark.ROOT / language
    originals = [
        path
        for path in sorted(source.rglob("*"))
        if path.is_file() and not set(path.parts) & set(SKIPPED_SOURCES)
    ]
    root = into / language
    written, copy = 0, 0
    while written < files:
        for path in originals[: files - written]:
            target = root / f"copy{copy}" / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            written += 1
        copy += 1
    return root


def timed(argv: list[str], env: dict[str, str], cwd: str | None = None) -> tuple[float, bytes]:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, check=False)
    return time.perf_counter() - started, done.stdout


def comparable(report: bytes) -> dict:
    """What a secrets report says about the tree (not when it was made)."""
    document = json.loads(report)
    return {key: document.get(key) for key in ("results", "examined", "skipped")}


def measure(tree: Path, runs: int, *, unscreened: bool) -> dict[str, float | bool]:
    home = tempfile.mkdtemp(prefix="securetag-bench-home-")
    env = {**os.environ, **semgrep.environment(home)}
    semgrep_argv = semgrep.runner_argv(str(tree), rules_dir=str(semgrep.rules_dir()))
    screened_argv = secrets.build_argv(str(tree))
    unscreened_argv = secrets.build_argv(str(tree), unscreened=True)
    times: dict[str, list[float]] = {"semgrep": [], "secrets": [], "unscreened": []}
    same = True
    try:
        timed(semgrep_argv, env)  # warm-up: page cache, Semgrep's own caches
        for _ in range(runs):
            seconds, _out = timed(semgrep_argv, env)
            times["semgrep"].append(seconds)
            seconds, screened = timed(screened_argv, env, str(tree))
            times["secrets"].append(seconds)
            if unscreened:
                seconds, full = timed(unscreened_argv, env, str(tree))
                times["unscreened"].append(seconds)
                same = same and comparable(screened) == comparable(full)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    medians: dict[str, float | bool] = {
        name: statistics.median(values) for name, values in times.items() if values
    }
    medians["same_report"] = same
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--python-files", type=int, default=1250)
    parser.add_argument("--java-files", type=int, default=2760)
    parser.add_argument(
        "--no-unscreened", action="store_true", help="skip the slow unscreened runs"
    )
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each row as it is measured
    load = os.getloadavg()[0]
    print(f"secrets vs Semgrep, median of {args.runs} interleaved runs (load {load:.1f})")
    failed = False
    with tempfile.TemporaryDirectory(prefix="securetag-secrets-bench-") as tmp:
        for language, files in (("python", args.python_files), ("java", args.java_files)):
            tree = copied_tree(language, files, Path(tmp))
            result = measure(tree, args.runs, unscreened=not args.no_unscreened)
            ratio = float(result["secrets"]) / float(result["semgrep"])
            label = f"{language}, {files} files"
            print(f"{label + ': Semgrep':<50} {result['semgrep']:7.2f} s")
            print(f"{label + ': secrets':<50} {result['secrets']:7.2f} s")
            if "unscreened" in result:
                print(
                    f"{label + ': secrets, unscreened (before)':<50} {result['unscreened']:7.2f} s"
                )
                print(f"{label + ': same report screened/unscreened':<50} {result['same_report']}")
                failed = failed or not result["same_report"]
            print(
                f"{label + ': ratio secrets/Semgrep':<50} {ratio:7.2f}x"
                f"  (target <= {TARGET_RATIO}x)"
            )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
