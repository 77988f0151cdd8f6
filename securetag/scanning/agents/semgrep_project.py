"""The semgrep agent's program in the sandbox: Semgrep in two passes, so taint crosses functions.

    python -I -m securetag.scanning.agents.semgrep_project --semgrep PATH -- \\
        scan --config RULES_DIR --json ... -- TARGET

It takes Semgrep's own command line (`semgrep.build_argv` writes it) and prints one
Semgrep JSON report, so the agent's parser reads it as it reads Semgrep's.

1. Pass 1 runs Semgrep once with the rule pack *and* the summary rules that
   `semgrep_summaries.summary_rules` generates from the pack's taint rules: the
   pack's findings and the facts about the scanned code's functions come from one
   parse of the tree.
2. Pass 2 runs only the taint rules that the summaries extend
   (`semgrep_summaries.augmented_rules`: same ids, with the helpers that return
   request data as sources, the helpers that sanitize as sanitizers, and calls of
   helpers whose parameter reaches a sink as sinks), and only over the files where
   that can change a result: files with a pass-1 finding of such a rule (a new
   sanitizer can only remove one) and files that name a summarized source or sink
   helper (a new source or sink can only add one there). Their findings replace
   pass 1's for those rules in those files.

Every argument of the command line is kept for both passes (offline flags,
`--disable-nosem`, `--x-ignore-semgrepignore-files`, `--exclude .git`, timeouts,
memory); only `--config` and, for pass 2, the targets change. The generated rules
are written under $TMPDIR (the sandbox's writable /work/tmp).

The report is pass 1's (its `paths`, its errors: a summary rule timing out on a file
marks that file, as any rule would; any other error of a summary rule is only counted,
as `summary_errors`, since the pack's own rules still examined the file) with the merged
results and pass 2's errors added, plus `securetag_summaries`: how many helpers were
summarized, how many files pass 2 read, and `failure`, a reason when the cross-function
part could not be done. That never costs the pack's own results: when pass 1 fails as a
whole (Semgrep crashed on the generated rules, say) the pack runs alone, and when pass 2
fails pass 1's results stand; the agent reports the reason as a failure, so the scan's
coverage says partial. `SECURETAG_SEMGREP_SUMMARIES=off` runs the pack alone, in one
pass (the benchmark measures what summaries add with it).

Nothing here imports Securetag beyond this package's light `__init__` and
`semgrep_summaries`: the program runs with the standard library and PyYAML.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from securetag.scanning.agents.semgrep_summaries import (
    EXTENSIONS,
    SUMMARY_RULE_PREFIX,
    Summaries,
    augmented_rules,
    called_functions,
    read_summaries,
    summary_rules,
)

SWITCH_ENV = "SECURETAG_SEMGREP_SUMMARIES"
REPORT_KEY = "securetag_summaries"
# Semgrep's `paths.skipped` reason for a file whose analysis an internal error ended.
ANALYSIS_FAILED = "analysis_failed_parser_or_internal_error"
# Exit codes after which Semgrep's report is whole (0 clean, 1 findings, 2 some errors).
REPORT_EXIT_CODES = frozenset({0, 1, 2})
# Files above Semgrep's default --max-target-bytes are not scanned, so not searched.
MAX_SEARCHED_BYTES = 1_000_000
# Past this many files pass 2 is given the whole target rather than a file list.
MAX_LISTED_TARGETS = 5_000


# LibYAML's safe loader where PyYAML was built with it: the pack (400 kB of YAML) loads
# five times faster than with the pure-Python one, and every scan loads it.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# osemgrep, Semgrep's OCaml command line, for every run: plain `semgrep scan` hands the
# scan to Semgrep's Python command line, whose start-up and rule loading cost 1.5 to 2 s
# of CPU per run (more than scanning a small tree), paid again by each pass. osemgrep
# reads the same flags and writes the same JSON report; it refuses the pack's top-level
# `x-` keys (they hold YAML anchors), so it is given the pack as loaded here, anchors
# resolved, as one JSON file.
OCAML_CLI_FLAG = "--experimental"


class SemgrepRunFailed(Exception):
    """A Semgrep run that left no readable report."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="semgrep_project")
    parser.add_argument("--semgrep", required=True, help="the semgrep executable")
    parser.add_argument("semgrep_args", nargs=argparse.REMAINDER)
    args = parser.parse_args(list(argv) if argv is not None else None)
    semgrep_args = list(args.semgrep_args)
    if semgrep_args[:1] == ["--"]:
        semgrep_args = semgrep_args[1:]
    try:
        config_at = semgrep_args.index("--config") + 1
        rules_dir = semgrep_args[config_at]
        targets_at = semgrep_args.index("--") + 1
    except (ValueError, IndexError):
        # Not a scan of a tree with a rule pack (`--version`, say): Semgrep as is.
        return subprocess.run([args.semgrep, *semgrep_args], check=False).returncode
    runner = TwoPassScan(args.semgrep, semgrep_args, config_at, targets_at, Path(rules_dir))
    code, report = runner.run()
    if report is None:
        return code
    sys.stdout.write(json.dumps(report))
    sys.stdout.write("\n")
    return code


class TwoPassScan:
    def __init__(
        self,
        semgrep: str,
        semgrep_args: list[str],
        config_at: int,
        targets_at: int,
        rules_dir: Path,
    ) -> None:
        # Absolute: pass 2 runs in another directory.
        self.semgrep = os.path.abspath(semgrep) if os.sep in semgrep else semgrep
        self.args = semgrep_args
        self.config_at = config_at
        self.targets_at = targets_at
        self.rules_dir = rules_dir
        self.facts: dict[str, Any] = {"failure": None}

    def run(self) -> tuple[int, dict[str, Any] | None]:
        try:
            pack = load_rules(self.rules_dir)
        except (OSError, yaml.YAMLError, ValueError, TypeError, KeyError) as exc:
            # Semgrep's Python command line, given the pack as it is, says what is wrong.
            return self._plain(f"could not read the rule pack: {type(exc).__name__}: {exc}")
        with tempfile.TemporaryDirectory(prefix="securetag-summaries-") as workdir:
            self._use_ocaml_cli(Path(workdir), pack)
            return self._run(Path(workdir), pack)

    def _use_ocaml_cli(self, workdir: Path, pack: list[dict[str, Any]]) -> None:
        """Every later run: osemgrep (see OCAML_CLI_FLAG), the pack as one JSON file."""
        pack_file = workdir / "pack.json"
        pack_file.write_text(json.dumps({"rules": pack}), encoding="utf-8")
        args = list(self.args)
        args[self.config_at] = str(pack_file)
        if args[:1] == ["scan"]:
            args.insert(1, OCAML_CLI_FLAG)
            self.config_at += 1
            self.targets_at += 1
        self.args = args

    def _run(self, workdir: Path, pack: list[dict[str, Any]]) -> tuple[int, dict[str, Any] | None]:
        if os.environ.get(SWITCH_ENV, "").lower() in ("off", "0", "false", "no"):
            return self._plain(None)
        try:
            plan = summary_rules(
                pack, called_functions(_source_files(self.args[self.targets_at :]))
            )
        except (OSError, ValueError, TypeError, KeyError) as exc:
            return self._plain(f"could not read the rule pack: {type(exc).__name__}: {exc}")
        if not plan.rules:
            return self._plain(None)
        pass1_config = workdir / "summaries.yaml"
        pass1_config.write_text(json.dumps({"rules": plan.rules}), encoding="utf-8")
        started = time.monotonic()
        try:
            code, report = self._semgrep(
                [*self.args[: self.config_at + 1], "--config", str(pass1_config),
                 *self.args[self.config_at + 1 :]]
            )  # fmt: skip
        except SemgrepRunFailed as exc:
            return self._plain(f"pass 1 (summaries) failed: {exc}")
        self.facts["pass1_s"] = round(time.monotonic() - started, 2)
        results = report["results"]
        summaries = read_summaries(plan, results)
        report["results"] = [
            result for result in results if not _is_summary(result.get("check_id"))
        ]
        report["errors"] = self._pack_errors(report.get("errors") or [])
        if self.facts.get("summary_errors"):
            self._pack_alone_where_analysis_failed(report)
        self.facts.update(summaries.counts())
        code = self._second_pass(workdir, pack, summaries, report, code)
        report[REPORT_KEY] = self.facts
        return code, report

    def _pack_errors(self, errors: list[Any]) -> list[Any]:
        """The errors that say something about the pack's own look at a file.

        A summary rule that Semgrep's engine fails on (an "Internal matching error",
        say) costs only the cross-function part on that file: the pack's rules still
        examined it, so it is no gap in coverage; it is counted under `summary_errors`.
        A summary rule timing out stays: Semgrep's --timeout-threshold counts it, and
        past the threshold it skips the pack's remaining rules on that file too.
        """
        kept, dropped = [], []
        for error in errors:
            from_summary = isinstance(error, dict) and _is_summary(error.get("rule_id"))
            timed_out = isinstance(error, dict) and "timeout" in str(error.get("type")).lower()
            (dropped if from_summary and not timed_out else kept).append(error)
        if dropped:
            self.facts["summary_errors"] = len(dropped)
        return kept

    def _pack_alone_where_analysis_failed(self, report: dict[str, Any]) -> None:
        """Rescan with the pack alone the files pass 1 could not analyse.

        Semgrep abandons a file's analysis on an internal error in any rule, a summary
        rule's included, and lists it in `paths.skipped`; the pack alone usually gets
        through. Where it does, its results and errors for that file replace pass 1's
        and the file is no longer skipped; where it does not, the file stays skipped.
        """
        paths = report.get("paths") if isinstance(report.get("paths"), dict) else {}
        skipped = [entry for entry in paths.get("skipped") or [] if isinstance(entry, dict)]
        failed = [str(entry["path"]) for entry in skipped if entry.get("reason") == ANALYSIS_FAILED]
        if not failed:
            return
        argv = [*self.args[: self.targets_at], *failed]
        try:
            _, rerun = self._semgrep(argv)
        except SemgrepRunFailed:
            return
        rerun_paths = rerun.get("paths") if isinstance(rerun.get("paths"), dict) else {}
        still = {
            str(entry.get("path"))
            for entry in rerun_paths.get("skipped") or []
            if isinstance(entry, dict)
        }
        recovered = set(failed) - still
        if not recovered:
            return
        paths["skipped"] = [entry for entry in skipped if str(entry.get("path")) not in recovered]
        report["results"] = [
            result for result in report["results"] if result.get("path") not in recovered
        ] + [result for result in rerun["results"] if result.get("path") in recovered]
        report["errors"] = list(report.get("errors") or []) + [
            error
            for error in rerun.get("errors") or []
            if isinstance(error, dict) and error.get("path") in recovered
        ]
        self.facts["rescanned_after_internal_error"] = len(recovered)

    def _second_pass(
        self,
        workdir: Path,
        pack: list[dict[str, Any]],
        summaries: Summaries,
        report: dict[str, Any],
        code: int,
    ) -> int:
        rules = augmented_rules(pack, summaries)
        targets = self._rescan_targets(report, rules, summaries)
        self.facts["rescanned_files"] = len(targets)
        if not rules or not targets:
            return code
        pass2_config = workdir / "augmented.yaml"
        pass2_config.write_text(json.dumps({"rules": rules}), encoding="utf-8")
        argv = list(self.args)
        argv[self.config_at] = str(pass2_config)
        # Pass 2 runs in the directory that holds its targets: given files outside the
        # directory it runs in, Semgrep 1.187 took ten times as long over the same files
        # (measured: 2 s from the tree's root, 20 s from a sibling directory). The paths
        # it reports are put back as pass 1 reported them.
        as_reported = {os.path.abspath(path): path for path in targets}
        argv[self.targets_at :] = (
            list(as_reported)
            if len(targets) <= MAX_LISTED_TARGETS
            else [os.path.abspath(path) for path in self.args[self.targets_at :]]
        )
        started = time.monotonic()
        try:
            code2, report2 = self._semgrep(argv, cwd=_holding_directory(argv[self.targets_at :]))
        except SemgrepRunFailed as exc:
            self.facts["failure"] = f"pass 2 (the pack with summaries) failed: {exc}"
            return code
        self.facts["pass2_s"] = round(time.monotonic() - started, 2)
        for entry in [*report2["results"], *(report2.get("errors") or [])]:
            if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                entry["path"] = as_reported.get(entry["path"], entry["path"])
        rescanned_rules = {rule["id"] for rule in rules}
        rescanned = set(targets) if len(targets) <= MAX_LISTED_TARGETS else None
        report["results"] = [
            result
            for result in report["results"]
            if result.get("check_id") not in rescanned_rules
            or (rescanned is not None and result.get("path") not in rescanned)
        ] + list(report2["results"])
        seen = {_error_key(error) for error in report.get("errors") or []}
        report["errors"] = list(report.get("errors") or []) + [
            error for error in report2.get("errors") or [] if _error_key(error) not in seen
        ]
        return max(code, code2)

    def _rescan_targets(
        self, report: dict[str, Any], rules: list[dict[str, Any]], summaries: Summaries
    ) -> list[str]:
        """Files where pass 2 can change a result (see the module doc), as Semgrep named them."""
        rule_ids = {rule["id"] for rule in rules}
        if not rule_ids:
            return []
        paths = report.get("paths") if isinstance(report.get("paths"), dict) else {}
        scanned = [str(path) for path in paths.get("scanned") or []]
        if not scanned:
            return list(self.args[self.targets_at :])
        chosen = {
            str(result.get("path"))
            for result in report["results"]
            if result.get("check_id") in rule_ids
        }
        names = sorted({name for rule_id in rule_ids for name in summaries.call_names(rule_id)})
        if names:
            calls = re.compile(
                rb"\b(?:" + b"|".join(re.escape(n.encode()) for n in names) + rb")\s*\("
            )
            chosen |= {path for path in scanned if path not in chosen and _mentions(path, calls)}
        return sorted(path for path in chosen if path in set(scanned))

    def _plain(self, failure: str | None) -> tuple[int, dict[str, Any] | None]:
        """The pack alone, one pass (summaries switched off, or impossible)."""
        self.facts["failure"] = failure
        try:
            code, report = self._semgrep(self.args)
        except SemgrepRunFailed as exc:
            print(f"semgrep failed: {exc}", file=sys.stderr)
            return exc.args[1] if len(exc.args) > 1 else 2, None
        if failure is not None:
            report[REPORT_KEY] = self.facts
        return code, report

    def _semgrep(self, args: list[str], cwd: str | None = None) -> tuple[int, dict[str, Any]]:
        try:
            done = subprocess.run(
                [self.semgrep, *args],
                stdout=subprocess.PIPE,
                stderr=sys.stderr,
                check=False,
                cwd=cwd,
            )
        except OSError as exc:
            raise SemgrepRunFailed(f"semgrep could not be started ({exc.strerror})", 2) from exc
        if done.returncode not in REPORT_EXIT_CODES:
            raise SemgrepRunFailed(f"semgrep exited with {done.returncode}", done.returncode)
        try:
            report = json.loads(done.stdout)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SemgrepRunFailed(f"semgrep printed no JSON report ({exc})", 2) from exc
        if not isinstance(report, dict) or not isinstance(report.get("results"), list):
            raise SemgrepRunFailed("semgrep's report has no results list", 2)
        return done.returncode, report


def load_rules(rules_dir: Path) -> list[dict[str, Any]]:
    """Every rule of the pack (YAML anchors resolved, top-level `x-` keys ignored)."""
    if rules_dir.is_file():
        files = [rules_dir]
    else:
        files = sorted(
            path
            for path in rules_dir.rglob("*")
            if path.suffix in (".yaml", ".yml")
            and not any(part.startswith(".") for part in path.relative_to(rules_dir).parts)
        )
    rules = []
    for path in files:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
        if isinstance(document, dict) and isinstance(document.get("rules"), list):
            rules += [rule for rule in document["rules"] if isinstance(rule, dict)]
    return rules


def _source_files(targets: list[str]) -> Iterator[tuple[str, str]]:
    """(language, text) of the files under `targets` that summaries are written for."""
    for target in targets:
        for path in _walk(Path(target)):
            language = EXTENSIONS.get(path.suffix)
            if language is None:
                continue
            try:
                with path.open("rb") as handle:
                    data = handle.read(MAX_SEARCHED_BYTES + 1)
            except OSError:
                continue
            if len(data) <= MAX_SEARCHED_BYTES:
                yield language, data.decode("utf-8", "replace")


def _walk(target: Path) -> Iterator[Path]:
    if target.is_file():
        yield target
        return
    for directory, subdirectories, files in os.walk(target):
        subdirectories[:] = [name for name in subdirectories if name != ".git"]
        for name in files:
            path = Path(directory) / name
            if not path.is_symlink():
                yield path


def _holding_directory(paths: list[str]) -> str:
    """The deepest directory that holds every one of `paths` (absolute)."""
    common = os.path.commonpath(paths)
    return common if os.path.isdir(common) else os.path.dirname(common)


def _is_summary(check_id: Any) -> bool:
    return isinstance(check_id, str) and check_id.startswith(SUMMARY_RULE_PREFIX)


def _mentions(path: str, calls: re.Pattern[bytes]) -> bool:
    try:
        with open(path, "rb") as handle:
            return calls.search(handle.read(MAX_SEARCHED_BYTES)) is not None
    except OSError:
        return False


def _error_key(error: Any) -> str:
    if not isinstance(error, dict):
        return json.dumps(error, sort_keys=True, default=str)
    return json.dumps([error.get(k) for k in ("type", "path", "rule_id", "message")], default=str)


if __name__ == "__main__":
    sys.exit(main())
