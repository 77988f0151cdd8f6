"""Semgrep with Securetag's own rule pack: how to run it over a tree, and how to read its JSON.

The rules live in `securetag/scanning/rules/` (package data, see its README). Each rule's
metadata carries what a finding needs beyond Semgrep's own fields:
`securetag-severity` (critical/high/medium/low/info), `confidence`, `cwe`,
`owasp`, `fix-hint` and optionally `title`.

Semgrep 1.182 no longer prints the matched source (`extra.lines` reads
"requires login"), so `parse` reads the snippet from the scanned tree itself,
from the byte offsets Semgrep reports. That read happens outside the sandbox,
on a tree a tenant sent, so it refuses any path that leaves the tree (`..`,
symlinks) and reads a bounded number of bytes.

Semgrep runs through `semgrep_project` (its program in the sandbox): pass 1 runs the
pack together with generated rules that summarize the scanned code's functions, pass 2
re-runs the taint rules that the summaries extend (helpers that return request data,
sanitize, or pass a parameter to a sink) where that can change a result. It prints one
Semgrep JSON report; `securetag_summaries.failure` in it, when set, says the
cross-function part could not be done (the pack's own results are still there), and the
agent reports it as a failure so that the scan's coverage is partial.

Coverage: the files Semgrep scanned, less those it did not wholly examine: the files
its per-file errors name (a syntax error, a rule timing out) and, where it printed
them (`--verbose`), the files in `paths.skipped` (too large, binary, ignored), each
with its reason (see PATH_SKIP_REASONS).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from securetag.kernel.errors import AgentOutputError, ConfigError
from securetag.kernel.models import Confidence, Finding, ScanType, Severity
from securetag.scanning.agent import (
    SANDBOX_INPUT,
    Agent,
    AgentInput,
    AgentRun,
    Coverage,
    Skipped,
    SkipReason,
)
from securetag.scanning.agents import load_json_report
from securetag.scanning.agents.semgrep_project import REPORT_KEY as SUMMARIES_KEY
from securetag.scanning.findings import normalize_cwe, normalize_path
from securetag.scanning.rule_pack import rules_dir
from securetag.scanning.sandbox.run import SandboxResult

MiB = 1024 * 1024
TOOL = "semgrep"
# The program that runs Semgrep inside the sandbox (its report's own facts are under
# SUMMARIES_KEY).
PROGRAM = "securetag.scanning.agents.semgrep_project"

SNIPPET_MAX_LINES = 5
SNIPPET_MAX_CHARS = 500
# Semgrep skips files above its --max-target-bytes (1 MB by default); anything
# bigger than this cannot be a file it matched in, so it is not read whole.
SNIPPET_SOURCE_MAX_BYTES = 4 * 1024 * 1024
ERROR_MAX_CHARS = 300
# Semgrep's own per-scan validation of the (expanded) rule pack, which its tests do once.
RULE_VALIDATION_OFF = "--x-rule-validation=none"
# The only paths the service leaves out (a gitignore-style pattern, any depth).
SERVICE_EXCLUDED = ".git"

# Semgrep's own levels, for a rule that lacks `securetag-severity`.
SEMGREP_SEVERITY = {
    "CRITICAL": Severity.CRITICAL,
    "ERROR": Severity.HIGH,
    "HIGH": Severity.HIGH,
    "WARNING": Severity.MEDIUM,
    "MEDIUM": Severity.MEDIUM,
    "INFO": Severity.LOW,
    "LOW": Severity.LOW,
    "INVENTORY": Severity.INFO,
    "EXPERIMENT": Severity.INFO,
}
# The languages the rule pack has rules for (a unit test holds this equal to the pack).
LANGUAGES = ("go", "java", "javascript", "python", "typescript")

# Semgrep's per-file error types (`type`, or its first element), by why the file was not
# (wholly) examined. Any other error that names a file of the tree is a tool_crash;
# errors about rules (a rule that does not parse) name no file and stay errors only.
ERROR_SKIP_REASONS = {
    "Lexical error": SkipReason.PARSE_ERROR,
    "Syntax error": SkipReason.PARSE_ERROR,
    "Other syntax error": SkipReason.PARSE_ERROR,
    "AST builder error": SkipReason.PARSE_ERROR,
    "PartialParsing": SkipReason.PARSE_ERROR,
    "Timeout": SkipReason.TIMEOUT,
    "Fixpoint timeout": SkipReason.TIMEOUT,
    "Timeout during interfile analysis": SkipReason.TIMEOUT,
}
# `paths.skipped` (Semgrep prints it with --verbose): its reason, lower-cased, as ours
# and a detail for the tenant. An unknown reason counts as a tool_crash.
PATH_SKIP_REASONS = {
    "exceeded_size_limit": (SkipReason.TOO_LARGE, "larger than Semgrep's file size limit"),
    "too_big": (SkipReason.TOO_LARGE, "larger than Semgrep's file size limit"),
    "binary": (SkipReason.BINARY, "binary content"),
    "analysis_failed_parser_or_internal_error": (
        SkipReason.PARSE_ERROR,
        "Semgrep could not parse it",
    ),
    "semgrepignore_patterns_match": (
        SkipReason.EXCLUDED,
        "matched Semgrep's ignore list (its defaults or a .semgrepignore)",
    ),
    "gitignore_patterns_match": (SkipReason.EXCLUDED, "matched a .gitignore"),
    "dotfile": (SkipReason.EXCLUDED, "a dot file, which Semgrep skips"),
    "always_skipped": (SkipReason.EXCLUDED, "a path Semgrep always skips"),
    "cli_exclude_flags_match": (SkipReason.EXCLUDED, "excluded by the scan's settings"),
    "excluded_by_config": (SkipReason.EXCLUDED, "excluded by the scan's settings"),
    # Minified-looking code is the tenant's to produce: a gap, not the service's choice.
    "minified": (SkipReason.TOO_LARGE, "minified code (very long lines), which Semgrep skips"),
    "too_many_matches": (SkipReason.TOOL_CRASH, "too many matches; Semgrep stopped reporting"),
    "insufficient_permissions": (SkipReason.TOOL_CRASH, "Semgrep could not read it"),
    "nonexistent_file": (SkipReason.TOOL_CRASH, "Semgrep could not read it"),
}
# Skip reasons that leave nothing out: no rule of the pack is for that file's language.
NOT_TARGETS = frozenset({"wrong_language", "irrelevant_rule", "cli_include_flags_do_not_match"})
# Version-control metadata is never scanned and not the tenant's code (the same
# directories Bandit excludes): Semgrep's skipping them is no gap in coverage.
VCS_DIRECTORIES = frozenset({".git", ".hg", ".svn", ".bzr", "CVS"})

_SEVERITY_BY_VALUE = {severity.value: severity for severity in Severity}
_CONFIDENCE_BY_VALUE = {confidence.value: confidence for confidence in Confidence}


@dataclass(frozen=True, slots=True)
class SemgrepOutput:
    """What one Semgrep run reported."""

    findings: list[Finding]
    errors: list[str] = field(default_factory=list)
    """Problems Semgrep reported but survived (a rule timing out on a file, a file it
    could not parse), one short line each, paths relative to the scanned tree."""
    error_kinds: list[str] = field(default_factory=list)
    """Each error's kind as Semgrep names it ("PartialParsing", "Timeout"): no tenant text."""
    scanned_paths: list[str] = field(default_factory=list)
    version: str | None = None
    coverage: Coverage = field(default_factory=Coverage)
    summaries_failure: str | None = None
    """Why flows across functions were not followed (see `semgrep_project`), or None."""


def runner_argv(
    target_dir: str,
    *,
    rules_dir: str,
    python: str = sys.executable,
    semgrep: str | None = None,
    **limits: int,
) -> list[str]:
    """The command line the agent runs: `semgrep_project` (two passes, see its doc)
    around exactly the Semgrep command line `build_argv` writes."""
    semgrep_args = build_argv(target_dir, rules_dir=rules_dir, **limits)[1:]
    return [python, "-I", "-m", PROGRAM, "--semgrep", semgrep or semgrep_executable(), "--",
            *semgrep_args]  # fmt: skip


def semgrep_executable() -> str:
    """The venv's semgrep (the version pyproject.toml pins), else `semgrep` on PATH."""
    beside = Path(sys.executable).parent / "semgrep"
    return str(beside) if beside.is_file() else "semgrep"


def build_argv(
    target_dir: str,
    *,
    rules_dir: str,
    jobs: int = 1,
    timeout_per_rule_s: int = 10,
    max_memory_mb: int = 1500,
) -> list[str]:
    """The Semgrep command line that scans every file under `target_dir` with `rules_dir`.

    Only reads `target_dir`; Semgrep writes its log and temporary rule files under
    $HOME and $TMPDIR, which the sandbox provides. Choices:

    - `--metrics=off`, `--disable-version-check`, `--oss-only`: nothing leaves the
      sandbox and no login-only engine is tried (without network both would hang
      or fail slowly).
    - `--no-rewrite-rule-ids`: rule ids come out as written in the pack, not
      prefixed with the path of the rules directory.
    - Nothing in the scanned tree decides what is scanned or reported; the tree is
      hostile input:
      - `--no-git-ignore`: files the tenant sent are scanned even if a `.gitignore`
        lists them, and Semgrep never asks git which files are tracked;
      - `--x-ignore-semgrepignore-files`: no `.semgrepignore`, at the root or nested,
        is read, and Semgrep's default ignore list (`tests/`, `test/`, `vendor/`,
        `node_modules/`, `build/`, `dist/`, `*.min.js`, …), which stands in for a
        missing root `.semgrepignore`, goes with them. The flag is internal to
        Semgrep (it warns so on stderr); the agent's tests run the real Semgrep over
        such trees, so an upgrade that drops or changes it fails them;
      - `--disable-nosem`: a `# nosemgrep` / `// nosem: <rule>` comment does not
        drop a finding on its line.
    - `--exclude .git`: the service's one exclusion, version-control metadata at any
      depth (git never tracks a path with a `.git` component).
    - `--timeout`, `--timeout-threshold 3`: a rule that runs away on one file is
      stopped, and after three such rules the file is skipped; both are reported
      as errors, not a failed scan.
    - `--max-memory` caps the OCaml core (MiB) so a huge file fails alone.
    - `--x-rule-validation=none`: the pack is ours and `make test` validates it
      (`semgrep --validate` and `--test` in tests/unit/test_semgrep_rules.py); skipping
      Semgrep's per-scan rewrite and re-validation of the expanded rules saves about a
      second of CPU per scan, most of the richer pack's extra cost. Internal to Semgrep
      like `--x-ignore-semgrepignore-files`: an upgrade that drops it fails those tests.

    Semgrep itself still skips files over 1 MB (`--max-target-bytes`), files of no
    language the rules know (by extension or shebang), and binary files whose magic
    bytes match their extension.
    """
    _require_positive(jobs=jobs, timeout_per_rule_s=timeout_per_rule_s, max_memory_mb=max_memory_mb)
    return [
        "semgrep",
        "scan",
        "--config",
        rules_dir,
        "--json",
        # --verbose (not --quiet): the report then lists the paths Semgrep skipped, and
        # why, for the scan's coverage; the chatter goes to stderr, sealed with the run.
        "--verbose",
        "--metrics=off",
        "--disable-version-check",
        "--oss-only",
        "--no-rewrite-rule-ids",
        "--no-git-ignore",
        "--x-ignore-semgrepignore-files",
        "--disable-nosem",
        "--exclude",
        SERVICE_EXCLUDED,
        "--timeout",
        str(timeout_per_rule_s),
        "--timeout-threshold",
        "3",
        "--max-memory",
        str(max_memory_mb),
        RULE_VALIDATION_OFF,
        "--jobs",
        str(jobs),
        "--",
        target_dir,
    ]


def environment(home_dir: str) -> dict[str, str]:
    """Environment variables Semgrep needs to run offline with a writable `home_dir`."""
    return {
        "HOME": home_dir,
        "SEMGREP_SEND_METRICS": "off",
        "SEMGREP_ENABLE_VERSION_CHECK": "0",
    }


def parse(stdout: bytes, *, source_root: Path, target_dir: str | None = None) -> SemgrepOutput:
    """Findings and errors from Semgrep's JSON report.

    `source_root` is where the scanned tree can be read now (snippets come from
    it); `target_dir` is the path Semgrep was given (e.g. "/input" inside the
    sandbox), stripped from every reported path. It defaults to `source_root`.
    """
    report = _load_report(stdout)
    scanned_root = target_dir if target_dir is not None else str(source_root)
    sources = _SourceFiles(source_root)
    findings = [_finding(result, scanned_root, sources) for result in report["results"]]
    paths = report.get("paths") if isinstance(report.get("paths"), dict) else {}
    scanned = [normalize_path(str(p), scanned_root) for p in paths.get("scanned") or []]
    skipped = _skipped_files(report, paths, scanned_root, source_root)
    return SemgrepOutput(
        findings=findings,
        errors=[_error_line(error, scanned_root) for error in report.get("errors") or []],
        error_kinds=[_error_kind(error) for error in report.get("errors") or []],
        scanned_paths=scanned,
        version=str(report["version"]) if report.get("version") else None,
        coverage=Coverage(
            examined=len(set(scanned) - skipped.keys()) if "scanned" in paths else None,
            skipped=list(skipped.values()),
        ),
        summaries_failure=_summaries_failure(report),
    )


def _summaries_failure(report: dict[str, Any]) -> str | None:
    facts = report.get(SUMMARIES_KEY)
    failure = facts.get("failure") if isinstance(facts, dict) else None
    if not failure:
        return None
    return _clip(f"flows across functions were not followed: {' '.join(str(failure).split())}")


def _require_positive(**values: int) -> None:
    for name, value in values.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigError(f"semgrep {name} must be a positive integer, got {value!r}")


def _load_report(stdout: bytes) -> dict[str, Any]:
    head = stdout[:200].decode("utf-8", "replace")
    if not stdout.strip():
        raise AgentOutputError(
            TOOL,
            "semgrep printed nothing on standard output; it probably crashed before "
            "scanning (see its standard error)",
            details={"stdout_head": head},
        )
    report = load_json_report(stdout, tool="semgrep", results=list)
    if not isinstance(report.get("errors", []), list):
        raise AgentOutputError(
            TOOL,
            "semgrep's JSON report has an 'errors' field that is not a list",
            details={"stdout_head": head},
        )
    return report


def _finding(result: Any, scanned_root: str, sources: _SourceFiles) -> Finding:
    rule_id = str(result.get("check_id", "?")) if isinstance(result, dict) else "?"
    try:
        return _build_finding(result, scanned_root, sources)
    except (KeyError, TypeError, ValueError, AttributeError, ValidationError) as exc:
        raise AgentOutputError(
            TOOL,
            f"semgrep result for rule {rule_id} is missing or has a malformed field: {exc}",
            details={"check_id": rule_id},
        ) from exc


def _build_finding(result: dict[str, Any], scanned_root: str, sources: _SourceFiles) -> Finding:
    rule_id = str(result["check_id"])
    extra = result["extra"]
    metadata = extra.get("metadata") or {}
    start, end = result["start"], result["end"]
    path = normalize_path(str(result["path"]), scanned_root)
    excerpt = sources.excerpt(path, start, end)
    return Finding(
        tool=TOOL,
        rule_id=rule_id,
        title=_title(metadata, rule_id),
        message=" ".join(str(extra.get("message") or rule_id).split()),
        severity=_severity(metadata, extra.get("severity")),
        confidence=_confidence(metadata.get("confidence")),
        cwe=_cwes(metadata.get("cwe")),
        owasp=_strings(metadata.get("owasp")),
        path=path,
        start_line=max(1, int(start["line"])),
        start_column=excerpt.start_column if excerpt else max(1, int(start.get("col", 1))),
        end_line=max(1, int(end["line"])),
        end_column=excerpt.end_column if excerpt else max(1, int(end.get("col", 1))),
        snippet=excerpt.snippet if excerpt else "",
        fix_hint=_fix_hint(metadata.get("fix-hint")),
        extra={"semgrep_severity": str(extra.get("severity", ""))},
    )


def _title(metadata: dict[str, Any], rule_id: str) -> str:
    title = metadata.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    readable = rule_id.rsplit(".", 1)[-1].replace("-", " ").replace("_", " ").strip()
    return readable[:1].upper() + readable[1:] if readable else rule_id


def _severity(metadata: dict[str, Any], semgrep_severity: Any) -> Severity:
    own = str(metadata.get("securetag-severity", "")).strip().lower()
    if own in _SEVERITY_BY_VALUE:
        return _SEVERITY_BY_VALUE[own]
    return SEMGREP_SEVERITY.get(str(semgrep_severity).upper(), Severity.MEDIUM)


def _confidence(value: Any) -> Confidence:
    text = str(value or "").strip().lower()
    return _CONFIDENCE_BY_VALUE.get(text, Confidence.MEDIUM)


def _cwes(value: Any) -> list[str]:
    normalized = (normalize_cwe(item) for item in _strings(value))
    return list(dict.fromkeys(cwe for cwe in normalized if cwe))


def _strings(value: Any) -> list[str]:
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [item.strip() for item in items if isinstance(item, str) and item.strip()]


def _fix_hint(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _error_kind(error: Any) -> str:
    """The kind of a Semgrep error entry, for plain metrics: a short identifier, else "error"."""
    kind = error.get("type") if isinstance(error, dict) else None
    if isinstance(kind, list):
        kind = kind[0] if kind else None
    kind = str(kind or "error")
    # Semgrep's kinds are short names ("PartialParsing", "Syntax error"); anything else
    # could be text from the scanned code, which metrics must not hold.
    return kind if len(kind) <= 40 and all(c.isalnum() or c in " _-" for c in kind) else "other"


def _error_line(error: Any, scanned_root: str) -> str:
    """One readable line for a Semgrep error entry, e.g. "warn Timeout app.py: …"."""
    if not isinstance(error, dict):
        return _clip(f"error: {error}")
    kind = error.get("type")
    if isinstance(kind, list):
        kind = kind[0] if kind else None
    parts = [str(error.get("level") or "error"), str(kind or "error")]
    if error.get("path"):
        parts.append(normalize_path(str(error["path"]), scanned_root) + ":")
    if error.get("rule_id"):
        parts.append(f"[{error['rule_id']}]")
    message = str(error.get("message") or "").replace(scanned_root.rstrip("/") + "/", "")
    parts.append(" ".join(message.split()))
    return _clip(" ".join(part for part in parts if part))


def _skipped_files(
    report: dict[str, Any], paths: dict[str, Any], scanned_root: str, source_root: Path
) -> dict[str, Skipped]:
    """Files of the tree Semgrep did not (wholly) examine, by path: its per-file errors
    first (they say the most), then `paths.skipped` where Semgrep printed it."""
    skipped: dict[str, Skipped] = {}
    for error in report.get("errors") or []:
        if isinstance(error, dict) and _in_tree(error.get("path"), scanned_root):
            path = normalize_path(str(error["path"]), scanned_root)
            skipped.setdefault(path, _error_skip(path, error))
    for entry in paths.get("skipped") or []:
        if not isinstance(entry, dict) or not _in_tree(entry.get("path"), scanned_root):
            continue
        reason = str(entry.get("reason") or "").lower()
        path = normalize_path(str(entry["path"]), scanned_root)
        if reason in NOT_TARGETS or VCS_DIRECTORIES.intersection(path.split("/")):
            continue
        ours, detail = PATH_SKIP_REASONS.get(reason, (SkipReason.TOOL_CRASH, reason or "skipped"))
        if _is_directory(source_root, path):
            detail += " (a whole directory)"
        skipped.setdefault(path, Skipped(path, ours, detail))
    return skipped


def _in_tree(path: Any, scanned_root: str) -> bool:
    if not isinstance(path, str) or not path:
        return False
    return not path.startswith("/") or path.startswith(scanned_root.rstrip("/") + "/")


def _error_skip(path: str, error: dict[str, Any]) -> Skipped:
    """One per-file error as a skipped file; its detail names no path and quotes no code."""
    kind = error.get("type")
    if isinstance(kind, list):
        kind = kind[0] if kind else None
    kind = str(kind or "error")
    detail = kind
    line = next(
        (
            span["start"]["line"]
            for span in error.get("spans") or []
            if isinstance(span, dict)
            and isinstance(span.get("start"), dict)
            and isinstance(span["start"].get("line"), int)
        ),
        None,
    )
    if line is not None:
        detail += f" at line {line}"
    if error.get("rule_id"):
        detail += f" (rule {error['rule_id']})"
    return Skipped(path, ERROR_SKIP_REASONS.get(kind, SkipReason.TOOL_CRASH), _clip(detail))


def _is_directory(source_root: Path, path: str) -> bool:
    # Only asks whether a path inside the tree is a directory; a link out of it is not.
    try:
        root = source_root.resolve()
        candidate = (root / path).resolve()
        return candidate.is_relative_to(root) and candidate.is_dir()
    except (OSError, ValueError, RuntimeError):
        return False


def _clip(text: str) -> str:
    return text if len(text) <= ERROR_MAX_CHARS else text[: ERROR_MAX_CHARS - 1] + "…"


@dataclass(frozen=True, slots=True)
class _Excerpt:
    snippet: str
    start_column: int
    end_column: int


class _SourceFiles:
    """Reads the scanned tree for snippets, each file at most once per report."""

    def __init__(self, root: Path) -> None:
        self._root = root.resolve()
        self._contents: dict[str, bytes | None] = {}

    def excerpt(self, path: str, start: dict[str, Any], end: dict[str, Any]) -> _Excerpt | None:
        """The whole lines the match spans (at most SNIPPET_MAX_LINES / SNIPPET_MAX_CHARS),
        and its columns counted in characters: Semgrep counts them in UTF-8 bytes."""
        content = self._read(path)
        if content is None:
            return None
        start_offset, end_offset = _offsets(content, start, end)
        if start_offset is None or end_offset is None or start_offset > len(content):
            return None
        line_start = content.rfind(b"\n", 0, start_offset) + 1
        # The end offset is exclusive; a match that ends with its newline stays on its line.
        last_line_end = content.find(b"\n", max(end_offset - 1, start_offset))
        if last_line_end == -1:
            last_line_end = len(content)
        last_line_start = content.rfind(b"\n", 0, max(end_offset - 1, start_offset)) + 1
        return _Excerpt(
            snippet=_clip_lines(content[line_start:last_line_end]),
            start_column=_characters(content[line_start:start_offset]) + 1,
            end_column=_characters(content[last_line_start:end_offset]) + 1,
        )

    def _read(self, path: str) -> bytes | None:
        if path not in self._contents:
            self._contents[path] = self._load(path)
        return self._contents[path]

    def _load(self, path: str) -> bytes | None:
        # resolve() follows symlinks, so a link in the tenant's tree that points
        # at a file of this host lands outside the root and is not read. A path
        # that cannot be resolved (a NUL byte, a link loop) only costs the snippet.
        try:
            candidate = (self._root / path).resolve()
            if not candidate.is_relative_to(self._root) or not candidate.is_file():
                return None
            with candidate.open("rb") as handle:
                return handle.read(SNIPPET_SOURCE_MAX_BYTES)
        except (OSError, ValueError, RuntimeError):
            return None


def _clip_lines(selected: bytes) -> str:
    lines = selected.decode("utf-8", "replace").split("\n")[:SNIPPET_MAX_LINES]
    text = "\n".join(line.removesuffix("\r") for line in lines)
    return text if len(text) <= SNIPPET_MAX_CHARS else text[: SNIPPET_MAX_CHARS - 1] + "…"


def _characters(utf8: bytes) -> int:
    return len(utf8.decode("utf-8", "replace"))


def _offsets(
    content: bytes, start: dict[str, Any], end: dict[str, Any]
) -> tuple[int | None, int | None]:
    """Byte offsets of the match; from line/column when Semgrep gave no offsets."""
    if isinstance(start.get("offset"), int) and isinstance(end.get("offset"), int):
        return start["offset"], end["offset"]
    return _line_column_offset(content, start), _line_column_offset(content, end)


def _line_column_offset(content: bytes, position: dict[str, Any]) -> int | None:
    line, column = position.get("line"), position.get("col", 1)
    if not isinstance(line, int) or line < 1 or not isinstance(column, int):
        return None
    offset = 0
    for _ in range(line - 1):
        offset = content.find(b"\n", offset) + 1
        if offset == 0:
            return None
    return offset + max(0, column - 1)


# The agent's declaration (see securetag.scanning.agent). Its OCaml core reserves address
# space up front: measured with semgrep 1.182 under RLIMIT_AS, 2 GiB kills the core even
# on a one-file scan, 2.5 GiB is enough for that, 4 GiB leaves room for real repositories.
# cpu_s is per process and the core is multi-threaded, so it is larger than timeout_s.


def _parse(result: SandboxResult, agent_input: AgentInput) -> AgentRun:
    output = parse(result.stdout, source_root=agent_input.source_dir, target_dir=SANDBOX_INPUT)
    return AgentRun(
        output.findings,
        output.errors,
        failure=output.summaries_failure,
        coverage=output.coverage,
        error_kinds=output.error_kinds,
    )


AGENT = Agent(
    name="semgrep",
    scan_type=ScanType.CODE_AUDIT,
    argv=lambda agent_input: runner_argv(
        SANDBOX_INPUT, rules_dir=str(rules_dir()), jobs=agent_input.jobs
    ),
    parse=_parse,
    # 0: clean, 1: findings, 2: some rules or files failed but the report is whole.
    report_exit_codes=frozenset({0, 1, 2}),
    order=10,
    languages=LANGUAGES,
    parallel=True,  # --jobs
    profile={
        # The runner (semgrep_project), which starts the venv's semgrep twice.
        "executable": "python",
        "network": False,
        "timeout_s": 900,
        "cpu_s": 3600,
        "memory_bytes": 4096 * MiB,
        "file_size_bytes": 256 * MiB,
        "open_files": 1024,
        "processes": 256,
        "tmpfs_bytes": 512 * MiB,
        "output_cap_bytes": 64 * MiB,
        "env_allow": [],
        "env": {"SEMGREP_SEND_METRICS": "off", "SEMGREP_ENABLE_VERSION_CHECK": "0"},
    },
)
