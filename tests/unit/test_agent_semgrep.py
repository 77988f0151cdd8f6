"""The semgrep agent: the real Semgrep, run with `build_argv`, over a small vulnerable tree.

One Semgrep run per module (it takes a few seconds) over a Flask app, an Express
server, a Java DAO and a Go command; the tests read what `parse` made of it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from securetag.kernel.errors import AgentOutputError, ConfigError
from securetag.kernel.models import Confidence, Finding, Severity
from securetag.scanning.agent import SkipReason
from securetag.scanning.agents import semgrep
from tests.support.switch_off_attempts import (
    DEFAULT_IGNORES_TREE,
    IGNORE_FILES_TREE,
    semgrep_expected,
)
from tests.support.vulnerable_project import EXPRESS_SERVER, FLASK_APP, GO_COMMAND, JAVA_DAO

SEMGREP_BIN_DIR = Path(sys.executable).parent
SEMGREP_TIMEOUT_S = 240


FIXTURE_TREE = {
    "app/views.py": FLASK_APP,
    "web/server.js": EXPRESS_SERVER,
    "src/main/java/com/example/UserServlet.java": JAVA_DAO,
    "cmd/convert/main.go": GO_COMMAND,
}

# (rule id, path, start line) of every finding the pack must report on FIXTURE_TREE,
# and nothing else: the parameterized query, res.json and the fixed command are safe.
EXPECTED_FINDINGS = {
    ("securetag.python.web.sqli", "app/views.py", 13),
    ("securetag.python.web.command-injection", "app/views.py", 27),
    ("securetag.javascript.express.xss", "web/server.js", 6),
    ("securetag.java.web.sqli", "src/main/java/com/example/UserServlet.java", 21),
    ("securetag.go.nethttp.command-injection", "cmd/convert/main.go", 10),
}

# An error entry as Semgrep 1.182 prints it when a rule exceeds --timeout on a file.
TIMEOUT_ERROR = {
    "code": 2,
    "level": "warn",
    "type": "Timeout",
    "rule_id": "securetag.python.web.command-injection",
    "message": "Timeout when running securetag.python.web.command-injection on /input/big.py:\n ",
    "path": "/input/big.py",
}


@dataclass(frozen=True)
class SemgrepRun:
    root: Path
    argv: list[str]
    returncode: int
    stdout: bytes
    stderr: bytes
    tree_before: dict[str, tuple[int, int]]


def write_tree(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def tree_state(root: Path) -> dict[str, tuple[int, int]]:
    """Every entry under `root` with its size and modification time."""
    return {
        str(path.relative_to(root)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in sorted(root.rglob("*"))
    }


def run_semgrep(argv: list[str], home: Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        **semgrep.environment(str(home)),
        "PATH": f"{SEMGREP_BIN_DIR}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    return subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, timeout=SEMGREP_TIMEOUT_S, check=False
    )


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> SemgrepRun:
    root = tmp_path_factory.mktemp("tenant-tree")
    write_tree(root, FIXTURE_TREE)
    home = tmp_path_factory.mktemp("home")
    before = tree_state(root)
    argv = semgrep.build_argv(str(root), rules_dir=str(semgrep.rules_dir()))
    # Run from elsewhere so nothing depends on the working directory.
    completed = run_semgrep(argv, home, cwd=home)
    return SemgrepRun(root, argv, completed.returncode, completed.stdout, completed.stderr, before)


@pytest.fixture(scope="module")
def output(scan: SemgrepRun) -> semgrep.SemgrepOutput:
    assert scan.returncode == 0, scan.stderr.decode(errors="replace")[-4000:]
    return semgrep.parse(scan.stdout, source_root=scan.root)


def finding(output: semgrep.SemgrepOutput, rule_id: str) -> Finding:
    matches = [f for f in output.findings if f.rule_id == rule_id]
    assert len(matches) == 1, [f.rule_id for f in output.findings]
    return matches[0]


# --- the real run ----------------------------------------------------------------------------


def test_the_pack_reports_exactly_the_vulnerable_lines(output: semgrep.SemgrepOutput):
    reported = {(f.rule_id, f.path, f.start_line) for f in output.findings}

    assert reported == EXPECTED_FINDINGS
    assert {f.tool for f in output.findings} == {"semgrep"}


def test_flask_sql_injection_is_fully_described(output: semgrep.SemgrepOutput):
    sqli = finding(output, "securetag.python.web.sqli")

    assert sqli.title == "SQL injection"
    assert sqli.severity is Severity.CRITICAL
    assert sqli.confidence is Confidence.HIGH
    assert sqli.cwe == ["CWE-89"]
    assert sqli.owasp == ["A03:2021 - Injection"]
    assert (
        sqli.snippet == """    cursor.execute("SELECT * FROM users WHERE name = '" + name + "'")"""
    )
    # The rule reports the query argument: from the opening quote to the closing one.
    assert (sqli.start_line, sqli.start_column, sqli.end_line, sqli.end_column) == (13, 20, 13, 69)
    assert "SQL" in sqli.message
    assert sqli.fix_hint and "parameters" in sqli.fix_hint
    assert sqli.fingerprint == ""


def test_each_language_finding_carries_its_cwe_severity_and_source_line(
    output: semgrep.SemgrepOutput,
):
    expected = {
        "securetag.python.web.command-injection": (
            ["CWE-78"],
            Severity.CRITICAL,
            '    os.system("ping -c 1 " + host)',
        ),
        "securetag.javascript.express.xss": (
            ["CWE-79"],
            Severity.HIGH,
            '  res.send("<h1>Grüß dich " + req.query.name + "</h1>");',
        ),
        "securetag.go.nethttp.command-injection": (
            ["CWE-78"],
            Severity.CRITICAL,
            '\texec.Command("sh", "-c", "convert "+name+" out.png").Run()',
        ),
    }
    for rule_id, (cwe, severity, snippet) in expected.items():
        reported = finding(output, rule_id)
        assert (reported.cwe, reported.severity, reported.snippet) == (cwe, severity, snippet)


def test_a_match_over_two_lines_keeps_both_lines_in_the_snippet(output: semgrep.SemgrepOutput):
    java = finding(output, "securetag.java.web.sqli")

    assert (java.start_line, java.end_line) == (21, 22)
    assert java.snippet == (
        '            ResultSet rows = statement.executeQuery("SELECT * FROM users "\n'
        '                + "WHERE id = " + id);'
    )


def test_columns_count_characters_not_utf8_bytes(output: semgrep.SemgrepOutput):
    xss = finding(output, "securetag.javascript.express.xss")
    line = EXPRESS_SERVER.splitlines()[5]
    body = '"<h1>Grüß dich " + req.query.name + "</h1>"'

    assert xss.start_column == line.index(body) + 1
    assert xss.end_column == line.index(body) + len(body) + 1


def test_paths_are_relative_to_the_scanned_tree(scan: SemgrepRun, output: semgrep.SemgrepOutput):
    assert sorted(output.scanned_paths) == sorted(FIXTURE_TREE)
    for reported in output.findings:
        assert not reported.path.startswith(("/", "./"))
        assert (scan.root / reported.path).is_file()


def test_a_clean_run_reports_no_errors(output: semgrep.SemgrepOutput):
    assert output.errors == []
    assert output.version


def test_semgrep_leaves_the_scanned_tree_untouched(scan: SemgrepRun):
    assert tree_state(scan.root) == scan.tree_before


def test_parse_maps_sandbox_paths_onto_the_tree_it_can_read(scan: SemgrepRun, tmp_path: Path):
    """Semgrep saw the tree at one path (/input in the sandbox); the worker reads it at another."""
    copy = tmp_path / "unpacked"
    shutil.copytree(scan.root, copy)

    moved = semgrep.parse(scan.stdout, source_root=copy, target_dir=str(scan.root))
    (copy / "app" / "views.py").unlink()
    without_file = semgrep.parse(scan.stdout, source_root=copy, target_dir=str(scan.root))

    assert {(f.rule_id, f.path, f.start_line) for f in moved.findings} == EXPECTED_FINDINGS
    by_rule = {f.rule_id: f for f in without_file.findings}
    assert by_rule["securetag.python.web.sqli"].snippet == ""
    assert by_rule["securetag.python.web.sqli"].path == "app/views.py"
    assert by_rule["securetag.java.web.sqli"].snippet.endswith('"WHERE id = " + id);')


# --- nothing in the tree switches Semgrep off -------------------------------------------------


@pytest.mark.parametrize(
    "tree",
    [DEFAULT_IGNORES_TREE, IGNORE_FILES_TREE],
    ids=["nosemgrep-and-default-ignores", "semgrepignore-files"],
)
def test_suppression_comments_ignore_files_and_default_ignores_hide_nothing(
    tree: dict[str, str], tmp_path: Path
):
    """`# nosemgrep`, `.semgrepignore` (root, nested) and the default list (`tests/`,
    `vendor/`, `node_modules/`) each used to hide the injection; `.git/` stays excluded."""
    root = tmp_path / "tree"
    write_tree(root, tree)
    home = tmp_path / "home"
    home.mkdir()

    argv = semgrep.build_argv(str(root), rules_dir=str(semgrep.rules_dir()))
    completed = run_semgrep(argv, home, cwd=home)
    parsed = semgrep.parse(completed.stdout, source_root=root)

    assert completed.returncode == 0, completed.stderr.decode(errors="replace")[-4000:]
    assert {(f.rule_id, f.path, f.start_line) for f in parsed.findings} == semgrep_expected(tree)
    assert parsed.errors == []


# --- errors Semgrep reports ------------------------------------------------------------------


def test_a_rule_semgrep_cannot_parse_becomes_an_error_line(tmp_path: Path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "pack.yaml").write_text(
        "rules:\n"
        "  - id: securetag.python.lang.unbalanced\n"
        "    languages: [python]\n"
        "    severity: ERROR\n"
        "    message: an unbalanced pattern\n"
        "    pattern: os.system(\n"
        "  - id: securetag.python.lang.any-system\n"
        "    languages: [python]\n"
        "    severity: WARNING\n"
        "    message: os.system call\n"
        "    pattern: os.system(...)\n",
        encoding="utf-8",
    )
    tree = tmp_path / "tree"
    write_tree(tree, {"tool.py": 'import os\nos.system("ls")\n'})
    home = tmp_path / "home"
    home.mkdir()

    # With Semgrep's own rule validation (the agent turns it off for its tested pack;
    # see the next test), the report names the bad rule and the rest still runs.
    argv = [
        arg
        for arg in semgrep.build_argv(str(tree), rules_dir=str(rules))
        if arg != semgrep.RULE_VALIDATION_OFF
    ]
    completed = run_semgrep(argv, home, tmp_path)
    parsed = semgrep.parse(completed.stdout, source_root=tree)

    assert completed.returncode == 2
    assert len(parsed.errors) == 1
    assert "Rule parse error" in parsed.errors[0]
    assert "securetag.python.lang.unbalanced" in parsed.errors[0]
    # The rules that did parse still ran; a rule without metadata gets defaults.
    [system_call] = parsed.findings
    assert (system_call.rule_id, system_call.path, system_call.start_line) == (
        "securetag.python.lang.any-system",
        "tool.py",
        2,
    )
    assert (system_call.title, system_call.severity) == ("Any system", Severity.MEDIUM)
    assert (system_call.cwe, system_call.fix_hint) == ([], None)


def test_a_rule_the_agent_cannot_run_fails_the_agent_visibly(tmp_path: Path) -> None:
    # The agent skips Semgrep's per-scan re-validation of its pack (the pack's tests
    # validate it); a rule that still does not parse then ends the run outside the
    # report exit codes, and the agent reports a failure, never an empty success.
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "pack.yaml").write_text(
        "rules:\n  - id: x.unbalanced\n    languages: [python]\n    severity: ERROR\n"
        "    message: m\n    pattern: os.system(\n",
        encoding="utf-8",
    )
    tree = tmp_path / "tree"
    write_tree(tree, {"tool.py": 'import os\nos.system("ls")\n'})
    (tmp_path / "home").mkdir()

    argv = semgrep.build_argv(str(tree), rules_dir=str(rules))
    completed = run_semgrep(argv, tmp_path / "home", tmp_path)

    assert semgrep.RULE_VALIDATION_OFF in argv
    assert completed.returncode not in semgrep.AGENT.report_exit_codes


def test_a_per_file_timeout_becomes_a_short_error_line_with_a_relative_path(tmp_path: Path):
    report = {"version": "1.182.0", "results": [], "errors": [TIMEOUT_ERROR], "paths": {}}

    parsed = semgrep.parse(json.dumps(report).encode(), source_root=tmp_path, target_dir="/input")

    assert parsed.findings == []
    assert parsed.errors == [
        "warn Timeout big.py: [securetag.python.web.command-injection] Timeout when running "
        "securetag.python.web.command-injection on big.py:"
    ]


# --- coverage: what Semgrep examined and what it skipped -----------------------------------


def test_a_clean_run_examined_every_file_of_the_packs_languages(output: semgrep.SemgrepOutput):
    assert output.coverage.examined == len(FIXTURE_TREE)
    assert output.coverage.skipped == []


# Errors and skipped paths as Semgrep 1.187 prints them with --verbose (trimmed): a file
# it parsed only in part, a rule timing out on another, and its `paths.skipped` list.
REPORT_WITH_GAPS = {
    "version": "1.187.0",
    "results": [],
    "errors": [
        {
            "code": 3,
            "level": "warn",
            "type": ["PartialParsing", [{"path": "/input/app/bin.py", "start": {"line": 1}}]],
            "message": "Syntax error at line /input/app/bin.py:1:\n `\u0000\u0001` was unexpected",
            "path": "/input/app/bin.py",
            "spans": [{"file": "/input/app/bin.py", "start": {"line": 1, "col": 1, "offset": 0}}],
        },
        TIMEOUT_ERROR,
        # About a rule, not a file: an error, not a gap in coverage.
        {"code": 2, "level": "error", "type": "Rule parse error", "rule_id": "x", "message": "m"},
    ],
    "paths": {
        "scanned": ["/input/app/bin.py", "/input/big.py", "/input/app/views.py"],
        "skipped": [
            {"path": "/input/.git", "reason": "semgrepignore_patterns_match"},
            {"path": "/input/app/big.js", "reason": "exceeded_size_limit"},
            {"path": "/input/app/bin.py", "reason": "analysis_failed_parser_or_internal_error"},
            {"path": "/input/tests/test_app.py", "reason": "semgrepignore_patterns_match"},
            {"path": "/input/docs/logo.svg", "reason": "wrong_language"},
            {"path": "/input/app/data.py", "reason": "some_reason_semgrep_adds_later"},
        ],
    },
}


def test_files_semgrep_could_not_examine_are_skipped_with_their_reason(tmp_path: Path):
    parsed = semgrep.parse(
        json.dumps(REPORT_WITH_GAPS).encode(), source_root=tmp_path, target_dir="/input"
    )

    skipped = {item.path: (item.reason, item.detail) for item in parsed.coverage.skipped}
    assert skipped == {
        "app/bin.py": (SkipReason.PARSE_ERROR, "PartialParsing at line 1"),
        "big.py": (
            SkipReason.TIMEOUT,
            "Timeout (rule securetag.python.web.command-injection)",
        ),
        "app/big.js": (SkipReason.TOO_LARGE, "larger than Semgrep's file size limit"),
        "tests/test_app.py": (
            SkipReason.EXCLUDED,
            "matched Semgrep's ignore list (its defaults or a .semgrepignore)",
        ),
        # A reason this parser does not know still counts as a gap.
        "app/data.py": (SkipReason.TOOL_CRASH, "some_reason_semgrep_adds_later"),
    }
    # Version-control metadata and files of a language no rule is for are no gap.
    assert ".git" not in skipped and "docs/logo.svg" not in skipped
    # Of the three files scanned, two were not wholly examined.
    assert parsed.coverage.examined == 1
    assert len(parsed.errors) == 3  # every error still reads as a line of its own


def test_without_a_paths_list_what_semgrep_examined_is_unknown(tmp_path: Path):
    report = {"version": "1.187.0", "results": [], "errors": [TIMEOUT_ERROR]}

    parsed = semgrep.parse(json.dumps(report).encode(), source_root=tmp_path, target_dir="/input")

    assert parsed.coverage.examined is None
    assert [item.path for item in parsed.coverage.skipped] == ["big.py"]


def test_real_semgrep_lists_what_it_skipped_and_scans_what_its_defaults_would_ignore(
    tmp_path: Path,
):
    """Semgrep prints `paths.skipped` only with --verbose (which the agent passes); tests/
    is scanned although Semgrep's default ignore list names it."""
    tree = tmp_path / "tree"
    write_tree(tree, {"app/views.py": FLASK_APP, "tests/test_views.py": FLASK_APP})
    (tree / "app" / "bundle.js").write_text("var a = 1;\n" * 120_000)  # over 1 MB
    (tree / "app" / "blob.py").write_bytes(b"\x00\x01\x02 not python")
    (tree / ".git").mkdir()
    (tree / ".git" / "hook.py").write_text(FLASK_APP)
    home = tmp_path / "home"
    home.mkdir()
    argv = semgrep.build_argv(str(tree), rules_dir=str(semgrep.rules_dir()))

    completed = run_semgrep(argv, home, tmp_path)
    parsed = semgrep.parse(completed.stdout, source_root=tree)

    assert completed.returncode in (0, 1), completed.stderr.decode(errors="replace")[-2000:]
    reasons = {item.path: item.reason for item in parsed.coverage.skipped}
    assert reasons == {
        "app/bundle.js": SkipReason.TOO_LARGE,
        "app/blob.py": SkipReason.PARSE_ERROR,
    }
    assert parsed.coverage.examined == 2  # app/views.py and tests/test_views.py
    assert {f.path for f in parsed.findings} == {"app/views.py", "tests/test_views.py"}


def test_the_agent_names_the_languages_its_rule_pack_covers():
    languages = set()
    for rule_file in semgrep.rules_dir().rglob("*.yaml"):
        for rule in yaml.safe_load(rule_file.read_text(encoding="utf-8"))["rules"]:
            languages |= set(rule["languages"])

    assert semgrep.AGENT.languages == semgrep.LANGUAGES == tuple(sorted(languages))


@pytest.mark.parametrize(
    ("stdout", "reason"),
    [
        (b"", "printed nothing"),
        (b"Traceback (most recent call last):\n  ...", "did not print a JSON report"),
        (b'{"version": "1.182.0", "errors": []}', "no 'results' list"),
        (b"\xff\xfe not utf-8", "did not print a JSON report"),
    ],
)
def test_output_that_is_not_a_semgrep_report_is_refused(stdout: bytes, reason: str, tmp_path: Path):
    with pytest.raises(AgentOutputError, match=reason) as raised:
        semgrep.parse(stdout, source_root=tmp_path)

    assert raised.value.retryable is False
    assert raised.value.code == "agent_output_invalid" and raised.value.tool == "semgrep"


def test_a_result_without_a_location_names_its_rule(tmp_path: Path):
    report = {"results": [{"check_id": "securetag.go.lang.weak-hash", "path": "a.go", "extra": {}}]}

    with pytest.raises(AgentOutputError, match=r"securetag\.go\.lang\.weak-hash"):
        semgrep.parse(json.dumps(report).encode(), source_root=tmp_path)


# --- snippets never leave the tree -----------------------------------------------------------


def test_snippets_are_not_read_through_links_or_dot_dot_out_of_the_tree(tmp_path: Path):
    secret = tmp_path / "host-secret.txt"
    secret.write_text("root:TOP-SECRET\n", encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "link.py").symlink_to(secret)

    results = [
        _result(tree / "link.py"),
        _result(tree / ".." / "host-secret.txt"),
        _result(tree / "nul\u0000byte.py"),
    ]
    parsed = semgrep.parse(json.dumps({"results": results}).encode(), source_root=tree)

    assert [f.snippet for f in parsed.findings] == ["", "", ""]


def test_long_matches_are_clipped(tmp_path: Path):
    source = "".join(f"value_{n} = {'x' * 150!r}\n" for n in range(20))
    (tmp_path / "long.py").write_text(source, encoding="utf-8")
    result = _result(tmp_path / "long.py", end={"line": 20, "col": 10, "offset": len(source) - 1})

    [clipped] = semgrep.parse(
        json.dumps({"results": [result]}).encode(), source_root=tmp_path
    ).findings

    assert len(clipped.snippet) <= semgrep.SNIPPET_MAX_CHARS
    assert clipped.snippet.startswith("value_0 = 'xxx")
    assert clipped.snippet.count("\n") < semgrep.SNIPPET_MAX_LINES


def _result(path: Path, *, end: dict[str, int] | None = None) -> dict:
    return {
        "check_id": "securetag.python.lang.hardcoded-credentials",
        "path": str(path),
        "start": {"line": 1, "col": 1, "offset": 0},
        "end": end or {"line": 1, "col": 5, "offset": 4},
        "extra": {"message": "m", "severity": "ERROR", "metadata": {}},
    }


# --- argv and package data -------------------------------------------------------------------


def test_argv_scans_only_the_target_offline_with_the_given_limits():
    argv = semgrep.build_argv(
        "/input", rules_dir="/opt/rules", jobs=2, timeout_per_rule_s=7, max_memory_mb=900
    )

    assert argv[:2] == ["semgrep", "scan"]
    assert argv[-2:] == ["--", "/input"]
    for flag, value in [
        ("--config", "/opt/rules"),
        ("--jobs", "2"),
        ("--timeout", "7"),
        ("--max-memory", "900"),
    ]:
        assert argv[argv.index(flag) + 1] == value
    assert {"--json", "--metrics=off", "--disable-version-check", "--oss-only"} <= set(argv)


def test_argv_leaves_the_tree_no_say_in_what_is_scanned_or_reported():
    argv = semgrep.build_argv("/input", rules_dir="/opt/rules")

    assert {"--no-git-ignore", "--x-ignore-semgrepignore-files", "--disable-nosem"} <= set(argv)
    # The service's one exclusion; nothing else is excluded or narrowed.
    assert [argv[i + 1] for i, arg in enumerate(argv) if arg == "--exclude"] == [".git"]
    assert not any(arg.startswith(("--include", "--exclude=", "--enable-nosem")) for arg in argv)


@pytest.mark.parametrize("limits", [{"jobs": 0}, {"timeout_per_rule_s": -1}, {"max_memory_mb": 0}])
def test_argv_refuses_limits_that_are_not_positive(limits: dict[str, int]):
    with pytest.raises(ConfigError, match=next(iter(limits))):
        semgrep.build_argv("/input", rules_dir="/opt/rules", **limits)


def test_rules_dir_is_the_packaged_rule_pack():
    rules = semgrep.rules_dir()

    assert (rules / "python" / "flask.yaml").is_file()
    assert (rules / "README.md").is_file()
