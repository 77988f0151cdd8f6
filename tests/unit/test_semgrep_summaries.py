"""Function summaries (semgrep_summaries) and the two-pass runner (semgrep_project).

The generation and reading are tested on small rule packs and on findings written by
hand; then the real Semgrep runs the runner over a Python and a Java tree whose flows
cross functions and modules, with summaries and without (one plain pass), each shape
with a true and a false case. Both trees use a small pack of their own, so the tests
do not move when the shipped pack is rewritten.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from securetag.kernel.models import ScanType
from securetag.scanning.agent import AgentInput
from securetag.scanning.agents import semgrep
from securetag.scanning.agents.semgrep_project import SWITCH_ENV
from securetag.scanning.agents.semgrep_summaries import (
    FIELD_SEPARATOR,
    SUMMARY_RULE_PREFIX,
    ParamSink,
    augmented_rules,
    called_functions,
    read_summaries,
    summary_rules,
    taint_rules,
)
from securetag.scanning.registry import AgentRegistry
from securetag.scanning.sandbox.run import run_sandboxed

SEMGREP_TIMEOUT_S = 300

PY_RULE = {
    "id": "test.python.sqli",
    "mode": "taint",
    "languages": ["python"],
    "severity": "ERROR",
    "message": "request data reaches SQL",
    "pattern-sources": [{"pattern": "flask.request.args"}],
    "pattern-sanitizers": [{"pattern": "int(...)"}],
    "pattern-sinks": [
        {"patterns": [{"pattern": "$CUR.execute($Q, ...)"}, {"focus-metavariable": "$Q"}]}
    ],
    "metadata": {"cwe": ["CWE-89: SQL Injection"]},
}
PY_SEARCH_RULE = {
    "id": "test.python.eval",
    "languages": ["python"],
    "severity": "WARNING",
    "message": "eval",
    "pattern": "eval(...)",
}
JAVA_RULE = {
    "id": "test.java.cmdi",
    "mode": "taint",
    "languages": ["java"],
    "severity": "ERROR",
    "message": "request data reaches a command",
    "pattern-sources": [
        {"pattern": "(javax.servlet.http.HttpServletRequest $REQ).getParameter(...)"}
    ],
    "pattern-sanitizers": [{"pattern": "Integer.parseInt(...)"}],
    "pattern-sinks": [
        {
            "patterns": [
                {"pattern": "(java.lang.Runtime $RT).exec($CMD, ...)"},
                {"focus-metavariable": "$CMD"},
            ]
        },
        {
            "patterns": [
                {"pattern": "Runtime.getRuntime().exec($CMD, ...)"},
                {"focus-metavariable": "$CMD"},
            ]
        },
    ],
}


# --- generation -----------------------------------------------------------------------


def test_summary_rules_are_per_language_and_spell_out_the_functions() -> None:
    plan = summary_rules([PY_RULE, PY_SEARCH_RULE, JAVA_RULE], {"python": {"query_text"}})
    ids = [rule["id"] for rule in plan.rules]
    assert all(rule_id.startswith(SUMMARY_RULE_PREFIX) for rule_id in ids)
    # Java has no called function here: no summary rules for it.
    assert not any(".java." in rule_id for rule_id in ids)
    params = next(rule for rule in plan.rules if rule["id"].endswith("python.params"))
    assert "query_text" in json.dumps(params["pattern-sources"])
    # The parameter flow is followed without sanitizers; sanitizers are located apart.
    assert "pattern-sanitizers" not in params
    kinds = sorted({kind for kind, _, _ in plan.readers.values()})
    assert kinds == ["functions", "params", "returns", "sanitizer", "sink"]


def test_common_names_and_label_rules_are_not_summarized() -> None:
    labelled = {**PY_RULE, "id": "test.python.labelled"}
    labelled["pattern-sources"] = [{"pattern": "flask.request.args", "label": "USER"}]
    assert [rule["id"] for rule in taint_rules([labelled, PY_RULE])] == ["test.python.sqli"]
    assert summary_rules([PY_RULE], {"python": {"get", "execute", "__init__"}}).rules == []


def test_called_functions_tells_declarations_from_calls() -> None:
    python = "def helper(x):\n    return x\n\ndef unused(y):\n    return y\n\nv = helper(1)\n"
    java = (
        "class A {\n  public static String param(String a) { return a; }\n"
        '  String other(String b) { return b; }\n  void run() { String v = A.param("x"); }\n}\n'
    )
    found = called_functions([("python", python), ("java", java)])
    assert found == {"python": {"helper"}, "java": {"param"}}


# --- reading --------------------------------------------------------------------------


def _result(rule_id: str, path: str, start: int, end: int, message: str = "") -> dict:
    return {
        "check_id": rule_id,
        "path": path,
        "start": {"offset": start},
        "end": {"offset": end},
        "extra": {"message": message},
    }


def test_read_summaries_sources_sanitizers_and_sinks() -> None:
    plan = summary_rules([PY_RULE], None)
    rule = SUMMARY_RULE_PREFIX + "python."
    sep = FIELD_SEPARATOR
    results = [
        # query_text returns request data; as_number returns int(value): a sanitizer;
        # tidy passes its parameter through; run_report's 2nd parameter reaches a sink.
        _result(rule + "returns0", "lib.py", 40, 60, "query_text"),
        _result(rule + "functions", "lib.py", 0, 100, f"query_text{sep}name"),
        _result(rule + "functions", "lib.py", 100, 200, f"as_number{sep}value"),
        _result(
            rule + "params",
            "lib.py",
            150,
            160,
            f"as_number{sep}value{sep}int(value){sep}$...STBEFORE",
        ),
        _result(rule + "sanitizer0", "lib.py", 150, 160),
        _result(rule + "functions", "lib.py", 200, 300, f"tidy{sep}self, text"),
        _result(rule + "params", "lib.py", 250, 260, f"tidy{sep}text{sep}text.strip(){sep}self"),
        _result(rule + "functions", "lib.py", 300, 400, f"run_report{sep}cursor, sql"),
        _result(rule + "params", "lib.py", 350, 353, f"run_report{sep}sql{sep}$STRET{sep}cursor"),
        _result(rule + "sink0", "lib.py", 350, 353),
        # Unreadable (the separator in matched code): never a sanitizer.
        _result(rule + "functions", "lib.py", 400, 500, f"odd{sep}a"),
        _result(rule + "params", "lib.py", 450, 460, f"odd{sep}a{sep}{sep}x{sep}y{sep}z"),
    ]
    summaries = read_summaries(plan, results)
    assert summaries.sources == {"test.python.sqli": {"query_text"}}
    assert summaries.sanitizers == {"test.python.sqli": {"as_number"}}
    assert summaries.sinks == {
        "test.python.sqli": {ParamSink("run_report", 1, "sql", method_only=False)}
    }


def test_a_sanitizer_inside_the_helper_keeps_its_sink_out() -> None:
    plan = summary_rules([PY_RULE], None)
    rule = SUMMARY_RULE_PREFIX + "python."
    sep = FIELD_SEPARATOR
    results = [
        _result(rule + "functions", "lib.py", 0, 100, f"run_number{sep}cursor, value"),
        _result(rule + "params", "lib.py", 50, 60, f"run_number{sep}value{sep}$STRET{sep}cursor"),
        _result(rule + "sink0", "lib.py", 50, 60),
        _result(rule + "sanitizer0", "lib.py", 20, 30),
    ]
    assert read_summaries(plan, results).sinks == {}


def test_augmented_rules_keep_ids_and_add_patterns() -> None:
    plan = summary_rules([PY_RULE, PY_SEARCH_RULE], None)
    summaries = read_summaries(plan, [])
    assert augmented_rules([PY_RULE, PY_SEARCH_RULE], summaries) == []
    summaries.sources["test.python.sqli"] = {"query_text"}
    summaries.sinks["test.python.sqli"] = {ParamSink("save", 1, "sql", method_only=True)}
    [rule] = augmented_rules([PY_RULE, PY_SEARCH_RULE], summaries)
    assert rule["id"] == "test.python.sqli"
    assert rule["metadata"] == PY_RULE["metadata"]
    text = json.dumps(rule)
    assert "query_text(...)" in text and "$STRECEIVER.query_text(...)" in text
    assert "$STRECEIVER.save($STA0, $STARG, ...)" in text
    assert '"save($STA0' not in text  # defined with self: only called on an object
    assert PY_RULE["pattern-sinks"][0] in rule["pattern-sinks"]


# --- the real Semgrep -----------------------------------------------------------------

PY_TREE = {
    "lib/web.py": """
        from flask import request


        def query_text(name):
            return request.args.get(name, "")


        def constant_text(name):
            return "fixed"


        def tidy_text(text):
            return text.strip()


        def as_number(value):
            return int(value)


        def run_report(cursor, sql):
            cursor.execute(sql)
    """,
    "app/source_true.py": """
        from lib import web


        def view(cursor):
            cursor.execute("SELECT * FROM t WHERE n = '" + web.query_text("n") + "'")
    """,
    "app/source_false.py": """
        from lib import web


        def view(cursor):
            cursor.execute("SELECT * FROM t WHERE n = '" + web.constant_text("n") + "'")
    """,
    "app/sanitizer_true.py": """
        from flask import request
        from lib import web


        def view(cursor):
            cursor.execute("SELECT * FROM t WHERE n = " + web.tidy_text(request.args["n"]))
    """,
    "app/sanitizer_false.py": """
        from flask import request
        from lib import web


        def view(cursor):
            number = web.as_number(request.args["n"])
            cursor.execute("SELECT * FROM t WHERE n = " + str(number))
    """,
    "app/sink_true.py": """
        from flask import request
        from lib.web import run_report


        def view(cursor):
            run_report(cursor, "SELECT * FROM t WHERE n = " + request.args["n"])
    """,
    "app/sink_false.py": """
        from flask import request
        from lib import web


        def view(cursor):
            web.run_report(request.args["cursor"], "SELECT * FROM t")
    """,
}

JAVA_TREE = {
    "src/lib/Helpers.java": """
        package lib;

        import javax.servlet.http.HttpServletRequest;

        public class Helpers {
            public static String param(HttpServletRequest request, String name) {
                return request.getParameter(name);
            }

            public static String fixed(HttpServletRequest request, String name) {
                return "report";
            }

            public static String digits(String value) {
                return String.valueOf(Integer.parseInt(value));
            }

            public static String trimmed(String value) {
                return value.trim();
            }

            public void runTool(String label, String command) throws Exception {
                Runtime.getRuntime().exec(command);
            }
        }
    """,
    "src/app/SourceTrue.java": """
        package app;

        import javax.servlet.http.HttpServletRequest;
        import lib.Helpers;

        public class SourceTrue {
            public void handle(HttpServletRequest request) throws Exception {
                Runtime.getRuntime().exec("nslookup " + Helpers.param(request, "host"));
            }
        }
    """,
    "src/app/SourceFalse.java": """
        package app;

        import javax.servlet.http.HttpServletRequest;
        import lib.Helpers;

        public class SourceFalse {
            public void handle(HttpServletRequest request) throws Exception {
                Runtime.getRuntime().exec("nslookup " + Helpers.fixed(request, "host"));
            }
        }
    """,
    "src/app/SanitizerTrue.java": """
        package app;

        import javax.servlet.http.HttpServletRequest;
        import lib.Helpers;

        public class SanitizerTrue {
            public void handle(HttpServletRequest request) throws Exception {
                String host = Helpers.trimmed(request.getParameter("host"));
                Runtime.getRuntime().exec("nslookup " + host);
            }
        }
    """,
    "src/app/SanitizerFalse.java": """
        package app;

        import javax.servlet.http.HttpServletRequest;
        import lib.Helpers;

        public class SanitizerFalse {
            public void handle(HttpServletRequest request) throws Exception {
                String count = Helpers.digits(request.getParameter("count"));
                Runtime.getRuntime().exec("ping -c " + count + " localhost");
            }
        }
    """,
    "src/app/SinkTrue.java": """
        package app;

        import javax.servlet.http.HttpServletRequest;
        import lib.Helpers;

        public class SinkTrue {
            private final Helpers helpers = new Helpers();

            public void handle(HttpServletRequest request) throws Exception {
                String host = request.getParameter("host");
                this.helpers.runTool("lookup", "nslookup " + host);
            }
        }
    """,
    "src/app/SinkFalse.java": """
        package app;

        import javax.servlet.http.HttpServletRequest;
        import lib.Helpers;

        public class SinkFalse {
            private final Helpers helpers = new Helpers();

            public void handle(HttpServletRequest request) throws Exception {
                String label = request.getParameter("label");
                helpers.runTool(label, "uptime");
            }
        }
    """,
}

CASES = ("source", "sanitizer", "sink")


def _write_tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def _scan(tmp_path: Path, files: dict[str, str], rules: list[dict], *, summaries: bool) -> dict:
    tree, pack, home = tmp_path / "tree", tmp_path / "rules", tmp_path / "home"
    for directory in (tree, pack, home):
        directory.mkdir(parents=True, exist_ok=True)
    _write_tree(tree, files)
    (pack / "pack.yaml").write_text(json.dumps({"rules": rules}), encoding="utf-8")
    env = {**os.environ, **semgrep.environment(str(home))}
    if not summaries:
        env[SWITCH_ENV] = "off"
    argv = semgrep.runner_argv(str(tree), rules_dir=str(pack))
    done = subprocess.run(
        argv, env=env, capture_output=True, timeout=SEMGREP_TIMEOUT_S, check=False, cwd=home
    )
    assert done.returncode in (0, 1, 2), done.stderr.decode()[-2000:]
    report = json.loads(done.stdout)
    report["flagged"] = {
        Path(result["path"]).relative_to(tree).as_posix()
        for result in report["results"]
        if not result["check_id"].startswith(SUMMARY_RULE_PREFIX)
    }
    return report


def _case_files(files: dict[str, str], flagged: set[str]) -> set[str]:
    return {Path(name).stem.lower() for name in flagged if name in files}


@pytest.mark.parametrize(
    ("files", "rules"),
    [(PY_TREE, [PY_RULE, PY_SEARCH_RULE]), (JAVA_TREE, [JAVA_RULE])],
    ids=["python", "java"],
)
def test_flows_across_modules_with_and_without_summaries(
    tmp_path: Path, files: dict[str, str], rules: list[dict]
) -> None:
    with_summaries = _scan(tmp_path / "on", files, rules, summaries=True)
    plain = _scan(tmp_path / "off", files, rules, summaries=False)
    # With summaries: every true case, no false one, and nothing in the helpers' module.
    assert _case_files(files, with_summaries["flagged"]) == {
        "source_true" if "lib/web.py" in files else "sourcetrue",
        "sanitizer_true" if "lib/web.py" in files else "sanitizertrue",
        "sink_true" if "lib/web.py" in files else "sinktrue",
    }
    facts = with_summaries["securetag_summaries"]
    assert facts["failure"] is None
    assert facts["sources"] >= 1 and facts["sanitizers"] >= 1 and facts["sinks"] >= 1
    # One plain pass misses the helper that returns request data and the sink inside a
    # helper, and flags the value a helper sanitized.
    assert _case_files(files, plain["flagged"]) == {
        "sanitizer_true" if "lib/web.py" in files else "sanitizertrue",
        "sanitizer_false" if "lib/web.py" in files else "sanitizerfalse",
    }
    assert "securetag_summaries" not in plain


def test_a_rule_semgrep_rejects_is_never_silence(tmp_path: Path) -> None:
    # A rule Semgrep rejects makes pass 1 (pack + summaries) fail as a whole; the pack
    # then runs alone. Semgrep skips its own re-validation of the pack (the pack's tests
    # validate it), so a bad rule in the pack fails that run too: the runner says so and
    # prints no report, which the agent reports as a failed engine (coverage partial).
    broken = {**PY_RULE, "id": "test.python.broken", "pattern-sinks": [{"pattern": "f(("}]}
    tree, pack, home = tmp_path / "tree", tmp_path / "rules", tmp_path / "home"
    for directory in (tree, pack, home):
        directory.mkdir(parents=True)
    _write_tree(tree, PY_TREE)
    (pack / "pack.yaml").write_text(json.dumps({"rules": [PY_RULE, broken]}), encoding="utf-8")
    done = subprocess.run(
        semgrep.runner_argv(str(tree), rules_dir=str(pack)),
        env={**os.environ, **semgrep.environment(str(home))},
        capture_output=True,
        timeout=SEMGREP_TIMEOUT_S,
        check=False,
        cwd=home,
    )
    if done.returncode in semgrep.AGENT.report_exit_codes:  # a Semgrep that reports, goes on
        report = json.loads(done.stdout)
        assert report["errors"] or report.get("securetag_summaries", {}).get("failure")
        return
    assert done.stdout.strip() == b""
    assert b"semgrep failed" in done.stderr


def test_runner_argv_keeps_every_semgrep_choice() -> None:
    argv = semgrep.runner_argv("/input", rules_dir="/opt/rules", semgrep="/venv/bin/semgrep")
    assert argv[:6] == [
        sys.executable,
        "-I",
        "-m",
        semgrep.PROGRAM,
        "--semgrep",
        "/venv/bin/semgrep",
    ]
    assert argv[6] == "--"
    assert argv[7:] == semgrep.build_argv("/input", rules_dir="/opt/rules")[1:]


def test_the_agent_follows_flows_across_modules_inside_the_sandbox(tmp_path: Path) -> None:
    """The semgrep agent as the scan task runs it (argv, profile, sandbox) with the
    shipped pack: the runner writes its rules under the sandbox's TMPDIR and reads
    the tree at /input, and the report carries its summaries."""
    input_dir = tmp_path / "input"
    _write_tree(input_dir, PY_TREE)
    for path in [input_dir, *input_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    tmp_path.chmod(0o755)
    registry = AgentRegistry.load()
    [agent] = [a for a in registry.for_scan(ScanType.CODE_AUDIT) if a.name == "semgrep"]
    agent_input = AgentInput(scan_type=ScanType.CODE_AUDIT, source_dir=input_dir)
    uid = {"uid": 61500 + os.getpid() % 400} if os.geteuid() == 0 else {}
    result = run_sandboxed(
        agent.argv(agent_input),
        registry.profile(agent),
        input_dir=input_dir,
        cwd=agent.cwd,
        **uid,
    )
    assert result.violations == [] and not result.timed_out, result.reason
    assert b'"securetag_summaries"' in result.stdout, result.stderr[-2000:]
    run = agent.outcome(result, agent_input)
    assert run.failure is None
    assert run.coverage.examined and run.coverage.examined >= len(PY_TREE)


# Semgrep 1.187's engine fails on this file with one of the generated summary rules and
# abandons the file's analysis (`paths.skipped`, analysis_failed): the runner rescans it
# with the pack alone, so the file is not reported as unexamined.
PARSER_IN_A_FIELD = """from django.http import JsonResponse
from lxml import etree


class InvoiceImporter:
    def __init__(self) -> None:
        self.parser = etree.XMLParser(resolve_entities=True, load_dtd=True)

    def totals(self, document: bytes) -> list[str]:
        root = etree.fromstring(document, self.parser)
        return [node.text for node in root.iter("total")]


def import_invoices(request):
    importer = InvoiceImporter()
    return JsonResponse({"totals": importer.totals(request.FILES["invoice"].read())})
"""


def test_a_file_a_summary_rule_breaks_is_still_examined_by_the_pack(tmp_path: Path) -> None:
    from securetag.scanning.rule_pack import rules_dir

    tree, home = tmp_path / "tree", tmp_path / "home"
    home.mkdir()
    _write_tree(tree, {"imports/invoices.py": PARSER_IN_A_FIELD})
    done = subprocess.run(
        semgrep.runner_argv(str(tree), rules_dir=str(rules_dir())),
        env={**os.environ, **semgrep.environment(str(home))},
        capture_output=True,
        timeout=SEMGREP_TIMEOUT_S,
        check=False,
        cwd=home,
    )
    assert done.returncode in semgrep.AGENT.report_exit_codes, done.stderr[-2000:]
    parsed = semgrep.parse(done.stdout, source_root=tree)
    assert parsed.coverage.skipped == [], parsed.coverage.skipped
    assert parsed.coverage.examined == 1
