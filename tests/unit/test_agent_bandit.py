"""The Bandit agent: the real bandit over a small tree, and its JSON read back as findings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from securetag.kernel.errors import AgentOutputError
from securetag.kernel.models import Confidence, ScanType, Severity
from securetag.scanning.agent import AgentInput, SkipReason
from securetag.scanning.agents import bandit
from securetag.scanning.findings import deduplicate
from securetag.scanning.sarif import sarif_report
from tests.support.sandbox_results import finished_run

DB_PY = """import subprocess


def find_user(cursor, name):
    query = "SELECT * FROM users WHERE name = '%s'" % name
    return cursor.execute(query)


def run(cmd):
    return subprocess.call(cmd, shell=True)  # nosec


def report(cursor, a,
           b):
    cursor.execute("SELECT * FROM t WHERE a = '%s' AND b = '%s'" % (a,
                                                                   b))
"""
DEPLOY_PY = """import pickle


def load(blob):
    return pickle.loads(blob)
"""
# Each of these alone would hide the findings above from a plain `bandit -r`, and
# two .bandit files make it exit 2 without scanning anything.
IN_TREE_CONFIG = {
    ".bandit": "[bandit]\nskips = B602,B608,B404,B301,B403\nexclude = app,.ci\n",
    "app/.bandit": "[bandit]\ntests = B101\n",
    "pyproject.toml": '[tool.bandit]\nskips = ["B602", "B608"]\n',
}


# Valid Python 3.12 (PEP 701: the inner "b" reuses the f-string's own quotes).
PEP_701_VIEW = """import os


def greet(name):
    label = f"{'user' if name else "anonymous"}"
    return label
"""


def run_bandit(tree: Path, home: Path) -> bytes:
    """The real bandit over `tree` with the agent's argv; its JSON report."""
    home.mkdir(parents=True, exist_ok=True)
    argv = bandit.build_argv(str(tree))
    argv[0] = str(Path(sys.executable).parent / "bandit")
    completed = subprocess.run(
        argv,
        capture_output=True,
        cwd=home,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=False,
    )
    # Bandit exits 1 when it found issues; 2 would mean it refused to run.
    assert completed.returncode in (0, 1), completed.stderr.decode()
    return completed.stdout


@pytest.fixture(scope="module")
def scanned_tree(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A tree with known issues and hostile in-tree config, scanned by the real bandit."""
    tree = tmp_path_factory.mktemp("tree")
    files = {
        "app/db.py": DB_PY,
        ".ci/deploy.py": DEPLOY_PY,
        "broken/syntax.py": "def broken(:\n    pass\n",
        **IN_TREE_CONFIG,
    }
    for name, text in files.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text(text)
    return tree, run_bandit(tree, tmp_path_factory.mktemp("home"))


def test_argv_ignores_in_tree_configuration_and_nosec() -> None:
    argv = bandit.build_argv("/input")
    assert argv[:2] == ["bandit", "-r"]
    assert argv[argv.index("-f") + 1] == "json"
    assert argv[argv.index("--ini") + 1] == "/dev/null"
    assert "--ignore-nosec" in argv and "-q" in argv
    assert argv[-1] == "/input"


def test_real_bandit_findings_despite_in_tree_config(scanned_tree: tuple[Path, bytes]) -> None:
    tree, stdout = scanned_tree
    findings = bandit.parse(stdout, source_root=str(tree))
    located = sorted((f.path, f.start_line, f.rule_id) for f in findings)
    assert located == [
        (".ci/deploy.py", 1, "bandit.B403"),
        (".ci/deploy.py", 5, "bandit.B301"),
        ("app/db.py", 1, "bandit.B404"),
        ("app/db.py", 5, "bandit.B608"),
        ("app/db.py", 10, "bandit.B602"),
        ("app/db.py", 15, "bandit.B608"),
    ]
    assert all(f.tool == "bandit" for f in findings)


def test_findings_carry_cwe_owasp_severity_and_clean_snippets(
    scanned_tree: tuple[Path, bytes],
) -> None:
    tree, stdout = scanned_tree
    by_line = {(f.path, f.start_line): f for f in bandit.parse(stdout, source_root=str(tree))}

    shell = by_line[("app/db.py", 10)]
    assert shell.severity == Severity.HIGH and shell.confidence == Confidence.HIGH
    assert shell.cwe == ["CWE-78"] and shell.owasp == ["A03:2021 - Injection"]
    assert shell.snippet == "    return subprocess.call(cmd, shell=True)  # nosec"
    assert shell.start_column == DB_PY.splitlines()[9].index("subprocess.call") + 1
    assert shell.title.startswith("B602: ")
    assert shell.extra["more_info"].startswith("https://bandit.readthedocs.io/")

    sql = by_line[("app/db.py", 15)]
    assert sql.cwe == ["CWE-89"] and sql.owasp == ["A03:2021 - Injection"]
    assert (sql.start_line, sql.end_line) == (15, 16)
    assert sql.snippet == "\n".join(DB_PY.splitlines()[14:16])

    blacklisted_import = by_line[("app/db.py", 1)]
    assert blacklisted_import.title == "B404: import subprocess"
    assert blacklisted_import.snippet == "import subprocess"

    pickle_load = by_line[(".ci/deploy.py", 5)]
    assert pickle_load.owasp == ["A08:2021 - Software and Data Integrity Failures"]


def test_files_bandit_could_not_parse_are_skipped_in_its_coverage(
    scanned_tree: tuple[Path, bytes],
) -> None:
    tree, stdout = scanned_tree
    coverage = bandit.coverage(stdout, source_root=str(tree))
    assert [(s.path, s.reason) for s in coverage.skipped] == [
        ("broken/syntax.py", SkipReason.PARSE_ERROR)
    ]
    assert str(tree) not in coverage.skipped[0].detail
    # app/db.py and .ci/deploy.py were read; the file it could not parse was not.
    assert coverage.examined == 2 and coverage.unit == "files"


def test_newer_python_syntax_is_a_parse_error_not_silence(tmp_path: Path) -> None:
    # PEP 701 (Python 3.12) lets an f-string reuse its own quotes; the worker's Bandit
    # runs under an older Python, which reads it as a syntax error and drops the file
    # from its results without a finding to show for it.
    if sys.version_info >= (3, 12):
        pytest.skip("this Python parses PEP 701 f-strings; the case needs an older one")
    tree = tmp_path / "tree"
    (tree / "app").mkdir(parents=True)
    (tree / "app/views.py").write_text(PEP_701_VIEW)
    (tree / "app/db.py").write_text(DB_PY)

    run = bandit.read_report(run_bandit(tree, tmp_path / "home"), source_root=str(tree))

    assert {f.path for f in run.findings} == {"app/db.py"}
    [skipped] = run.coverage.skipped
    assert (skipped.path, skipped.reason) == ("app/views.py", SkipReason.PARSE_ERROR)
    assert "PEP 701" in skipped.detail
    assert f"Python {sys.version_info[0]}.{sys.version_info[1]}" in skipped.detail
    assert run.coverage.examined == 1
    assert run.failure is None


def test_the_agent_reads_coverage_from_its_report() -> None:
    report = {
        "results": [],
        "errors": [
            {"filename": "/input/a/new.py", "reason": "syntax error while parsing AST from file"},
            {"filename": "/input/b/locked.py", "reason": "Permission denied"},
        ],
        "metrics": {
            "/input/a/new.py": {"loc": 2},
            "/input/b/locked.py": {"loc": 0},
            "/input/c/ok.py": {"loc": 9},
            "_totals": {"loc": 11},
        },
    }
    result = finished_run(json.dumps(report).encode(), exit_code=1)

    run = bandit.AGENT.outcome(result, AgentInput(ScanType.CODE_AUDIT, source_dir=Path("/x")))

    assert [(s.path, s.reason, s.detail) for s in run.coverage.skipped] == [
        (
            "a/new.py",
            SkipReason.PARSE_ERROR,
            bandit.PARSE_ERROR_DETAIL.format(python=bandit.configured().label),
        ),
        ("b/locked.py", SkipReason.TOOL_CRASH, "Permission denied"),
    ]
    assert run.coverage.examined == 1
    assert bandit.AGENT.languages == ("python",)


def test_bandit_findings_make_a_sarif_report(scanned_tree: tuple[Path, bytes]) -> None:
    tree, stdout = scanned_tree
    findings = deduplicate(bandit.parse(stdout, source_root=str(tree)))
    report = sarif_report({"id": "s1", "project": "p", "state": "succeeded"}, findings)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in report["runs"][0]["results"]
    }
    assert uris == {"app/db.py", ".ci/deploy.py"}
    assert str(tree) not in json.dumps(report)


def bandit_json(severity: str, confidence: str) -> bytes:
    result = {
        "code": "3 eval(data)\n",
        "col_offset": 0,
        "end_col_offset": 10,
        "filename": "/input/x.py",
        "issue_confidence": confidence,
        "issue_cwe": {"id": 78, "link": "https://cwe.mitre.org/data/definitions/78.html"},
        "issue_severity": severity,
        "issue_text": "Use of possibly insecure function.",
        "line_number": 3,
        "line_range": [3],
        "more_info": "https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html#b307-eval",
        "test_id": "B307",
        "test_name": "blacklist",
    }
    return json.dumps({"errors": [], "results": [result]}).encode()


@pytest.mark.parametrize(
    ("severity", "confidence", "expected"),
    [
        ("HIGH", "HIGH", Severity.HIGH),
        ("HIGH", "LOW", Severity.MEDIUM),
        ("MEDIUM", "MEDIUM", Severity.MEDIUM),
        ("MEDIUM", "LOW", Severity.LOW),
        ("LOW", "LOW", Severity.INFO),
        ("UNDEFINED", "UNDEFINED", Severity.INFO),
    ],
)
def test_severity_follows_the_documented_table(
    severity: str, confidence: str, expected: Severity
) -> None:
    (finding,) = bandit.parse(bandit_json(severity, confidence))
    assert finding.severity == expected
    assert finding.path == "x.py" and finding.title == "B307: eval"


@pytest.mark.parametrize(
    "stdout",
    [b"", b"Traceback (most recent call last):\n", b'{"errors": []}', b"[1, 2]", b"\xff\xfe"],
)
def test_output_that_is_not_a_bandit_report_is_a_clear_permanent_error(stdout: bytes) -> None:
    with pytest.raises(AgentOutputError) as caught:
        bandit.parse(stdout)
    assert caught.value.retryable is False
    assert caught.value.code == "agent_output_invalid" and caught.value.tool == "bandit"


def test_a_result_missing_fields_is_a_clear_error() -> None:
    broken = json.dumps({"results": [{"test_id": "B101"}]}).encode()
    with pytest.raises(AgentOutputError, match="missing or has a malformed field"):
        bandit.parse(broken)
