"""Bandit: Python AST checks. How to run it over a tree, and how to read its JSON.

Severity table (Bandit severity x Bandit confidence -> Securetag severity). Low
confidence takes one step off, because Bandit's low-confidence results (B608 on
any string with SELECT in it, for one) are mostly noise until triaged:

    severity \\ confidence   HIGH     MEDIUM   LOW
    HIGH                    high     high     medium
    MEDIUM                  medium   medium   low
    LOW                     low      low      info

Bandit never says "critical"; UNDEFINED in either column maps to info.
Bandit's confidence becomes the finding's confidence as it is.

Coverage: Bandit reads only Python. Every file in its `metrics` counts as examined
except those in its `errors` list, which are reported as skipped (a file its
interpreter cannot parse is a `parse_error`; Semgrep still scans it).
"""

from __future__ import annotations

import re
from typing import Any

from securetag.kernel.errors import AgentOutputError
from securetag.kernel.models import Confidence, Finding, ScanType, Severity
from securetag.scanning.agent import (
    SANDBOX_INPUT,
    Agent,
    AgentRun,
    Coverage,
    Skipped,
    SkipReason,
)
from securetag.scanning.agents import load_json_report
from securetag.scanning.agents.bandit_python import WORKER_PYTHON, BanditPython, configured
from securetag.scanning.findings import normalize_cwe, normalize_path, owasp_for_cwe

MiB = 1024 * 1024
TOOL = "bandit"

# Bandit's own defaults (bandit.core.constants.EXCLUDE), named here so a Bandit
# upgrade cannot widen them: version-control metadata, caches and build envs.
# Nothing a tenant wrote is in them.
EXCLUDED_PATHS = ".svn,CVS,.bzr,.hg,.git,__pycache__,.tox,.eggs,*.egg"

# Bandit's `errors` reason for a file its Python cannot parse (bandit.core.manager).
SYNTAX_ERROR = "syntax error while parsing AST from file"
PARSE_ERROR_DETAIL = (
    "not Python that Bandit's interpreter ({python}) parses: a syntax error, or newer "
    "syntax (such as PEP 701 f-strings under Python 3.11)"
)

SEVERITY_TABLE = {
    ("HIGH", "HIGH"): Severity.HIGH,
    ("HIGH", "MEDIUM"): Severity.HIGH,
    ("HIGH", "LOW"): Severity.MEDIUM,
    ("MEDIUM", "HIGH"): Severity.MEDIUM,
    ("MEDIUM", "MEDIUM"): Severity.MEDIUM,
    ("MEDIUM", "LOW"): Severity.LOW,
    ("LOW", "HIGH"): Severity.LOW,
    ("LOW", "MEDIUM"): Severity.LOW,
    ("LOW", "LOW"): Severity.INFO,
}
# Where Bandit's CWE is not the weakness: eval and exec are code injection (CWE-95),
# not OS commands (Bandit says CWE-78); MD5 and SHA-1 are weak hashes (CWE-328, not
# only "a broken algorithm"); an unsafe YAML load is deserialization (Bandit: CWE-20);
# its XML parser checks are about external entities (Bandit: CWE-20).
CWE_BY_TEST = {
    "B102": "CWE-95",
    "B307": "CWE-95",
    "B303": "CWE-328",
    "B324": "CWE-328",
    "B506": "CWE-502",
    **{f"B{n}": "CWE-611" for n in range(313, 321)},
}
CONFIDENCE = {"HIGH": Confidence.HIGH, "MEDIUM": Confidence.MEDIUM, "LOW": Confidence.LOW}

_BLACKLIST_ANCHOR = re.compile(r"#b\d+-([a-z0-9-]+)$")
_NUMBERED_LINE = re.compile(r"^(\d+)[ \t](.*)$", re.DOTALL)


def build_argv(target_dir: str, *, python: BanditPython = WORKER_PYTHON) -> list[str]:
    """The Bandit command line that scans every Python file under `target_dir`.

    Nothing in the scanned tree can switch checks off: `--ini /dev/null` stops
    Bandit from loading a `.bandit` file found in the tree (which may set skips,
    excludes or even the output file, and two of them abort the run), and
    `--ignore-nosec` makes `# nosec` comments report anyway. Bandit reads no other
    in-tree configuration unless told to with `-c`. `-n 1` limits `code` to the
    flagged lines, which become the finding's snippet. `python` is the interpreter
    Bandit runs under (see bandit_python): the syntax it parses is that one's.
    """
    return python.argv(
        [
            "-r",
            "-f",
            "json",
            "-q",
            "--ini",
            "/dev/null",
            "--ignore-nosec",
            "--severity-level",
            "all",
            "--confidence-level",
            "all",
            "-n",
            "1",
            "-x",
            EXCLUDED_PATHS,
            target_dir,
        ]
    )


def parse(stdout: bytes, *, source_root: str = "/input") -> list[Finding]:
    """Findings from Bandit's JSON report; `source_root` is the tree's path as Bandit saw it.

    Bandit exits 1 whenever it found something, so the exit status says nothing
    about whether this output is usable; only the output itself does.
    """
    return _findings(_load_report(stdout), source_root)


def coverage(
    stdout: bytes, *, source_root: str = "/input", python: BanditPython = WORKER_PYTHON
) -> Coverage:
    """What Bandit examined: the Python files it read, less those it could not parse."""
    return _coverage(_load_report(stdout), source_root, python)


def read_report(
    stdout: bytes, *, source_root: str = "/input", python: BanditPython = WORKER_PYTHON
) -> AgentRun:
    """Findings and coverage from one Bandit report (run under `python`)."""
    report = _load_report(stdout)
    return AgentRun(_findings(report, source_root), coverage=_coverage(report, source_root, python))


def _findings(report: dict[str, Any], source_root: str) -> list[Finding]:
    return [_finding(result, source_root) for result in report["results"]]


def _coverage(report: dict[str, Any], source_root: str, python: BanditPython) -> Coverage:
    """Bandit's `errors` (files it could not read) as skipped; `metrics` names every file.

    Bandit parses with the Python it runs under: a file using newer syntax (PEP 701
    f-strings under 3.11, say) is a syntax error to it, listed in `errors` and
    otherwise silently left out of the results. The detail names that interpreter.
    """
    skipped: dict[str, Skipped] = {}
    for error in report.get("errors") or []:
        if not isinstance(error, dict):
            continue
        path = normalize_path(str(error.get("filename", "")), source_root)
        reason = " ".join(str(error.get("reason") or "").split())
        skipped.setdefault(path, _skipped(path, reason, source_root, python))
    metrics = report.get("metrics")
    examined = None
    if isinstance(metrics, dict):
        files = {normalize_path(str(name), source_root) for name in metrics if name != "_totals"}
        examined = len(files - skipped.keys())
    return Coverage(examined=examined, skipped=list(skipped.values()))


def _skipped(path: str, reason: str, source_root: str, python: BanditPython) -> Skipped:
    if reason == SYNTAX_ERROR:
        return Skipped(path, SkipReason.PARSE_ERROR, PARSE_ERROR_DETAIL.format(python=python.label))
    # Any other reason (an I/O error, an exception inside a check): the file was not
    # analysed. Bandit's reasons name no path, but strip the tree's root in case.
    detail = reason.replace(source_root.rstrip("/") + "/", "") or "bandit could not analyse it"
    return Skipped(path, SkipReason.TOOL_CRASH, detail[:200])


def _load_report(stdout: bytes) -> dict[str, Any]:
    return load_json_report(stdout, tool="bandit", results=list)


def _finding(result: dict[str, Any], source_root: str) -> Finding:
    try:
        return _build_finding(result, source_root)
    except (KeyError, TypeError, ValueError) as exc:
        raise AgentOutputError(
            TOOL,
            f"bandit result is missing or has a malformed field: {exc}",
            details={"test_id": str(result.get("test_id", "?"))},
        ) from exc


def _build_finding(result: dict[str, Any], source_root: str) -> Finding:
    test_id = str(result["test_id"])
    start_line = int(result["line_number"])
    line_range = [int(n) for n in result.get("line_range") or [start_line]]
    snippet_lines = _code_lines(str(result.get("code") or ""), line_range)
    cwe = CWE_BY_TEST.get(test_id) or _cwe(result.get("issue_cwe"))
    severity_key = (str(result["issue_severity"]), str(result["issue_confidence"]))
    extra: dict[str, Any] = {"test_name": str(result.get("test_name", ""))}
    if result.get("more_info"):
        extra["more_info"] = str(result["more_info"])
    return Finding(
        tool=TOOL,
        rule_id=f"bandit.{test_id}",
        title=f"{test_id}: {_readable_test_name(result)}",
        message=str(result["issue_text"]),
        severity=SEVERITY_TABLE.get(severity_key, Severity.INFO),
        confidence=CONFIDENCE.get(severity_key[1], Confidence.LOW),
        cwe=[cwe] if cwe else [],
        owasp=owasp_for_cwe(cwe) if cwe else [],
        path=normalize_path(str(result["filename"]), source_root),
        start_line=max(1, start_line),
        start_column=_column(result.get("col_offset"), snippet_lines, 0),
        end_line=max(1, start_line, max(line_range)),
        end_column=_column(result.get("end_col_offset"), snippet_lines, -1),
        snippet="\n".join(snippet_lines),
        extra=extra,
    )


def _cwe(issue_cwe: Any) -> str | None:
    if not isinstance(issue_cwe, dict) or not issue_cwe.get("id"):
        return None
    return normalize_cwe(int(issue_cwe["id"]))


def _readable_test_name(result: dict[str, Any]) -> str:
    """A readable check name; blacklist checks take theirs from the docs link's anchor."""
    name = str(result.get("test_name") or "")
    if name == "blacklist":
        anchor = _BLACKLIST_ANCHOR.search(str(result.get("more_info") or ""))
        if anchor:
            name = anchor.group(1)
    return name.replace("_", " ").replace("-", " ").strip() or str(result["test_id"])


def _code_lines(code: str, line_range: list[int]) -> list[str]:
    """Bandit's `code` without its "NN " prefixes, only the lines of `line_range`."""
    wanted = set(range(min(line_range), max(line_range) + 1))
    lines = []
    # split("\n"), not splitlines(): a form feed or U+2028 inside a source line must
    # not cut it in two.
    for raw in code.split("\n"):
        numbered = _NUMBERED_LINE.match(raw)
        if numbered and int(numbered.group(1)) in wanted:
            lines.append(numbered.group(2).removesuffix("\r"))
    return lines


def _column(offset: Any, snippet_lines: list[str], line_index: int) -> int:
    """A 1-based code point column from Bandit's 0-based UTF-8 byte offset."""
    if not isinstance(offset, int) or offset < 0:
        return 1
    if not snippet_lines:
        return offset + 1
    encoded = snippet_lines[line_index].encode("utf-8")
    return len(encoded[:offset].decode("utf-8", "ignore")) + 1


def declare(python: BanditPython) -> Agent:
    """The Bandit agent running under `python` (see bandit_python)."""
    return Agent(
        name="bandit",
        scan_type=ScanType.CODE_AUDIT,
        argv=lambda agent_input: build_argv(SANDBOX_INPUT, python=python),
        parse=lambda result, agent_input: read_report(
            result.stdout, source_root=SANDBOX_INPUT, python=python
        ),
        # 0: clean, 1: findings (Bandit says nothing else through its exit status).
        report_exit_codes=frozenset({0, 1}),
        order=20,
        languages=("python",),
        profile={
            "executable": python.executable,
            "runtime_dirs": python.runtime_dirs,
            "network": False,
            "timeout_s": 600,
            "cpu_s": 900,
            "memory_bytes": 1024 * MiB,
            "file_size_bytes": 64 * MiB,
            "open_files": 256,
            "processes": 32,
            "tmpfs_bytes": 128 * MiB,
            "output_cap_bytes": 32 * MiB,
            "env_allow": [],
            "env": {},
        },
    )


# The agent's declaration (see securetag.scanning.agent), under the interpreter this
# process's environment chooses.
AGENT = declare(configured())
