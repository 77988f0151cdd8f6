"""detect-secrets: committed credentials. How to run it, and how to read it without leaking.

detect-secrets reports a secret's type, file, line and SHA-1, never its value; the
runner (`secrets_scan`, in the sandbox) adds where on the line the value is. To
show a reader where the secret is, `parse` reads that line back from the tree (each
file once), cuts the secret there, checks it against the SHA-1 detect-secrets
reported, and has `securetag.security.redaction` replace it with a redacted form
such as `AKIA…(20 chars)`. That work is linear in the report and the lines it
names: it runs in the worker, outside the sandbox's limits. A Finding built here
never holds a whole secret: not in the snippet, message, title or extra. Where the
value cannot be found again (it is not written literally on its line), the snippet
is withheld entirely.

Severity: high for credentials with a known format (cloud keys, private keys,
vendor tokens, JWTs, basic-auth URLs), medium for what is only a heuristic (a
high-entropy string, a value assigned to something called "password").

Coverage: the runner (`secrets_scan`) adds to the report how many files it scanned
(`examined`) and the ones it left out with why (`skipped`: binary, unreadable, not a
regular file, or a file detect-secrets failed on or ran out of time on, which the
runner passes over so that the rest is still scanned); `coverage` turns them into the
agent's Coverage.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from securetag.kernel.errors import AgentOutputError
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
from securetag.scanning.agents.secrets_scan import DEADLINE_ENV, SPAN_KEY, read_lines
from securetag.scanning.findings import normalize_path
from securetag.scanning.sandbox.run import SandboxResult
from securetag.security.redaction import (
    redact_flagged_line,
    redact_secret,
    through_first_redaction,
    token_span,
)

MiB = 1024 * 1024
TOOL = "detect-secrets"
CWE = "CWE-798"
OWASP = "A07:2021 - Identification and Authentication Failures"

HEURISTIC_TYPES = {
    "Base64 High Entropy String": Confidence.LOW,
    "Hex High Entropy String": Confidence.LOW,
    "Secret Keyword": Confidence.MEDIUM,
}

# A public IP address in code is not a credential, and it floods reports of any
# repository with configuration files in it.
DISABLED_PLUGINS = ("IPPublicDetector",)
# Filters that let the scanned tree hide a secret without touching the secret itself.
# Like Bandit's `# nosec`, none of them gets to drop a finding here (a tenant dismisses
# one through the API, and triage can too). Those that judge the candidate value
# itself (a `${TEMPLATE}`, a UUID, `*****`) stay.
DISABLED_FILTERS = (
    # `# pragma: allowlist secret` on the line
    "detect_secrets.filters.allowlist.is_line_allowlisted",
    # any `name = call(...)` or `x[...]` anywhere on the line, a comment included,
    # drops every secret on that line, an AWS key too
    "detect_secrets.filters.heuristic.is_indirect_reference",
    # file names: `package-lock.json`, `poetry.lock`, `yarn.lock`, … are not read
    "detect_secrets.filters.heuristic.is_lock_file",
    # file names: `*.png`, `*.lock`, `*.css`, `*.svg`, `*.map`, `*.sum`, … are not read
    # (real binaries are still left out by content, see secrets_scan)
    "detect_secrets.filters.heuristic.is_non_text_file",
    # paths containing "swagger" are not read
    "detect_secrets.filters.heuristic.is_swagger_file",
)
# The program that runs detect-secrets inside the sandbox (see its docstring for why).
PROGRAM = "securetag.scanning.agents.secrets_scan"

PRIVATE_KEY_TYPE = "Private Key"
WITHHELD_SNIPPET = "[snippet withheld: the secret could not be located on this line]"


def build_argv(
    target_dir: str, *, python: str = sys.executable, jobs: int = 1, unscreened: bool = False
) -> list[str]:
    """The command line that scans every file under `target_dir` for secrets.

    It runs detect-secrets' `scan` through `secrets_scan` (one process, every file
    read whatever its name or encoding) with detect-secrets' own arguments:
    `--all-files` walks the directory instead of asking git which files are tracked
    (an uploaded archive is no git repository); `-C target_dir` makes the reported
    paths relative to the tree; `scan` without `--baseline` only prints, so nothing
    is written into the tree; `-n` stops it from sending secrets to vendors' APIs to
    verify them. The plugins and filters switched off are named above.

    Before those, the runner's own: `--jobs N` scans the files in N processes (the scan's
    CPU budget; 1 by default); `--unscreened` runs every plugin on every line as
    detect-secrets does (the benchmark's "before"; the report is the same, see
    `secrets_screen`).
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    # -I: the interpreter does not import from its working directory or PYTHON* variables.
    argv = [python, "-I", "-m", PROGRAM, "--jobs", str(jobs)]
    if unscreened:
        argv.append("--unscreened")
    argv += ["-C", target_dir, "scan", "--all-files", "-n"]
    for plugin in DISABLED_PLUGINS:
        argv += ["--disable-plugin", plugin]
    for filter_path in DISABLED_FILTERS:
        argv += ["--disable-filter", filter_path]
    return [*argv, target_dir]


def parse(stdout: bytes, *, source_root: Path, scan_root: str = "/input") -> list[Finding]:
    """Findings from detect-secrets' JSON report, with secrets redacted out of every field.

    `source_root` is where the scanned tree can be read now (to fetch the flagged
    lines); `scan_root` is the path detect-secrets saw it under, stripped from the
    reported file names.
    """
    report = _load_report(stdout)
    hits = list(_hits(report, source_root, scan_root))
    lines = _flagged_lines(hits, source_root)
    return [_finding(hit, lines.get((hit.path, hit.line_number))) for hit in hits]


@dataclass(frozen=True, slots=True)
class _Hit:
    """One detect-secrets result, its path normalized."""

    path: str
    secret_type: str
    hashed_secret: str
    line_number: int
    span: tuple[int, int] | None = None  # where the runner found the value on its line


@dataclass(frozen=True, slots=True)
class _FlaggedLine:
    """A flagged line, its secrets found again by hash, and its redacted snippet."""

    secrets_by_sha1: dict[str, str]
    snippet: str


def _load_report(stdout: bytes) -> dict[str, Any]:
    return load_json_report(stdout, tool="detect-secrets", results=dict)


def _hits(report: dict[str, Any], source_root: Path, scan_root: str) -> Iterator[_Hit]:
    for filename, results in report["results"].items():
        if not isinstance(results, list):
            raise AgentOutputError(TOOL, f"detect-secrets results for {filename!r} are not a list")
        for result in results:
            try:
                yield _Hit(
                    path=_tree_path(
                        str(result.get("filename") or filename), source_root, scan_root
                    ),
                    secret_type=str(result["type"]),
                    hashed_secret=str(result["hashed_secret"]).lower(),
                    line_number=int(result["line_number"]),
                    span=_span(result.get(SPAN_KEY)),
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise AgentOutputError(
                    TOOL,
                    f"detect-secrets result is missing or has a malformed field: {exc}",
                    details={"file": str(filename)},
                ) from exc


def _span(value: Any) -> tuple[int, int] | None:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        return value[0], value[1]
    return None


def _tree_path(filename: str, source_root: Path, scan_root: str) -> str:
    for root in (scan_root, str(source_root)):
        if filename == root or filename.startswith(root.rstrip("/") + "/"):
            return normalize_path(filename, root)
    return normalize_path(filename)


def _flagged_lines(hits: list[_Hit], source_root: Path) -> dict[tuple[str, int], _FlaggedLine]:
    """Every flagged line, redacted of all the secrets flagged on it.

    Linear in the size of the report and of the files it names: each file is read once,
    and each secret is cut from its line where the runner located it, its SHA-1 checked.
    """
    hits_by_line: dict[tuple[str, int], list[_Hit]] = {}
    for hit in hits:
        hits_by_line.setdefault((hit.path, hit.line_number), []).append(hit)
    numbers_by_path: dict[str, set[int]] = {}
    for path, line_number in hits_by_line:
        numbers_by_path.setdefault(path, set()).add(line_number)
    lines: dict[tuple[str, int], str] = {}
    for path, numbers in numbers_by_path.items():
        for number, line in _read_lines(source_root, path, numbers).items():
            lines[(path, number)] = line
    flagged = {}
    for key, line_hits in hits_by_line.items():
        hashes = {hit.hashed_secret for hit in line_hits}
        line = lines.get(key)
        secrets = _find_secrets(line, line_hits) if line else {}
        snippet = ""
        if line and secrets.keys() == hashes:
            snippet = redact_flagged_line(line, secrets.values())
            if any(hit.secret_type == PRIVATE_KEY_TYPE for hit in line_hits):
                # detect-secrets' private key value is the "BEGIN … PRIVATE KEY" header;
                # a key written on one line carries its body after it.
                snippet = through_first_redaction(snippet)
        flagged[key] = _FlaggedLine(secrets_by_sha1=secrets, snippet=snippet)
    return flagged


def _read_lines(source_root: Path, path: str, numbers: set[int]) -> dict[int, str]:
    """Lines `numbers` of `path`, read once; none when it is missing or lies outside the tree."""
    root = source_root.resolve()
    file_path = (root / path).resolve()
    if not file_path.is_relative_to(root) or not file_path.is_file():
        return {}
    return read_lines(str(file_path), numbers)


def _find_secrets(line: str, hits: list[_Hit]) -> dict[str, str]:
    """The tokens on `line` holding the values detect-secrets reported, by SHA-1.

    The runner says where each value is (`SPAN_KEY`); the span counts only if the text
    there has the reported SHA-1. A value is widened to the token around it: several
    detectors report only part of a token (the GitHub detector's value is just "ghp").
    """
    found: dict[str, str] = {}
    for hit in hits:
        if hit.span is None or hit.hashed_secret in found:
            continue
        start, end = hit.span
        if not 0 <= start < end <= len(line):
            continue
        if hashlib.sha1(line[start:end].encode("utf-8")).hexdigest() != hit.hashed_secret:
            continue
        start, end = token_span(line, start, end)
        found[hit.hashed_secret] = line[start:end]
    return found


def _finding(hit: _Hit, flagged: _FlaggedLine | None) -> Finding:
    secret = flagged.secrets_by_sha1.get(hit.hashed_secret) if flagged else None
    extra: dict[str, Any] = {"secret_type": hit.secret_type, "secret_sha1": hit.hashed_secret}
    if secret is not None:
        extra["redacted"] = redact_secret(secret)
        extra["secret_sha256"] = hashlib.sha256(secret.encode("utf-8")).hexdigest()
    severity, confidence = _rating(hit.secret_type)
    return Finding(
        tool=TOOL,
        rule_id=f"secrets.{_slug(hit.secret_type)}",
        title=f"Hard-coded secret: {hit.secret_type}",
        message=(
            f"Hard-coded credential ({hit.secret_type}): anyone who can read the code can use"
            " it. Revoke it, then load it from a secret store or the environment."
        ),
        severity=severity,
        confidence=confidence,
        cwe=[CWE],
        owasp=[OWASP],
        path=hit.path,
        start_line=max(1, hit.line_number),
        end_line=max(1, hit.line_number),
        snippet=(flagged.snippet if flagged else "") or WITHHELD_SNIPPET,
        fix_hint="Revoke and rotate the credential, remove it from the code and its history, "
        "and read it at runtime from a secret manager or an environment variable.",
        extra=extra,
    )


def _rating(secret_type: str) -> tuple[Severity, Confidence]:
    if secret_type in HEURISTIC_TYPES:
        return Severity.MEDIUM, HEURISTIC_TYPES[secret_type]
    return Severity.HIGH, Confidence.HIGH


def _slug(secret_type: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in secret_type.lower()).split())


# The runner's reasons for leaving a file out, as coverage names them, and the detail a
# tenant reads (the runner's own detail, where it gives one, is added after it).
_SKIP_REASONS = {
    "binary": (SkipReason.BINARY, "binary"),
    "unreadable": (SkipReason.PARSE_ERROR, "unreadable"),
    "not_a_file": (SkipReason.EXCLUDED, "not_a_file"),
    "timeout": (SkipReason.TIMEOUT, "detect-secrets ran out of time on it"),
    "tool_crash": (SkipReason.TOOL_CRASH, "detect-secrets failed on it"),
    "not_reached": (SkipReason.NOT_REACHED, "the scan's time ran out before this file"),
}


def coverage(stdout: bytes, *, scan_root: str = "/input") -> Coverage:
    """What the runner examined and left out, from its report (unknown for another report)."""
    report = _load_report(stdout)
    examined = report.get("examined")
    skipped = [
        _skipped(item, scan_root) for item in report.get("skipped") or [] if isinstance(item, dict)
    ]
    return Coverage(examined=examined if isinstance(examined, int) else None, skipped=skipped)


def _skipped(item: dict[str, Any], scan_root: str) -> Skipped:
    runner_reason = str(item.get("reason", ""))
    reason, detail = _SKIP_REASONS.get(runner_reason, (SkipReason.TOOL_CRASH, runner_reason))
    if item.get("detail"):
        # The runner's detail is an exception's class name or a time limit: no path, no text
        # from the file.
        detail += f" ({item['detail']})"
    return Skipped(
        path=normalize_path(str(item.get("path", "")), scan_root),
        reason=reason,
        detail=detail[:200],
    )


def _parse(result: SandboxResult, agent_input: AgentInput) -> AgentRun:
    found = parse(result.stdout, source_root=agent_input.source_dir, scan_root=SANDBOX_INPUT)
    return AgentRun(found, coverage=coverage(result.stdout, scan_root=SANDBOX_INPUT))


# Files not started by then are listed as not reached: the report arrives before the
# profile's wall clock (600 s) would kill the run with nothing to show.
SCAN_DEADLINE_S = 480

# The agent's declaration (see securetag.scanning.agent).
AGENT = Agent(
    name="secrets",
    tool=TOOL,
    scan_type=ScanType.CODE_AUDIT,
    argv=lambda agent_input: build_argv(SANDBOX_INPUT, jobs=agent_input.jobs),
    parse=_parse,
    order=30,
    reports_secrets=True,
    # Not `parallel`: screened, it costs a small fraction of Semgrep's time on the same
    # tree (tests/bench/secrets_bench.py), so a scan's spare CPUs go to Semgrep and this
    # runs on one (the task passes jobs=1); the runner can spread if that changes.
    profile={
        "executable": "python",
        "network": False,
        "timeout_s": 600,
        "cpu_s": 900,
        "memory_bytes": 1024 * MiB,
        "file_size_bytes": 64 * MiB,
        "open_files": 256,
        "processes": 64,
        "tmpfs_bytes": 128 * MiB,
        "output_cap_bytes": 32 * MiB,
        "env_allow": [],
        "env": {DEADLINE_ENV: str(SCAN_DEADLINE_S)},
    },
)
