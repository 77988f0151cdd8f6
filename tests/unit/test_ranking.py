"""Merging and ranking through the real engines: what the default and audit profiles report.

Bandit matches shapes: B608 flags any f-string holding SQL, a constant table name
and bound parameters included; B404/B603/B607 flag importing `subprocess` and running
a constant argv. The SQL injection taint rule decides whether request data reaches a
query, so by default only its finding is reported; the audit profile keeps them all.
"""

from __future__ import annotations

from pathlib import Path

from securetag.kernel.models import Finding, ScanProfile
from securetag.scanning import ranking, rule_pack
from tests.detection.score import scan_direct

VIEWS = """import sqlite3
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user():
    name = request.args["name"]
    db = sqlite3.connect("app.db")
    rows = db.execute(f"SELECT * FROM users WHERE name = '{name}'")
    return str(rows.fetchall())


def daily_count(db, day: int):
    table = "events"
    return db.execute(f"SELECT count(*) FROM {table} WHERE day = ?", (day,)).fetchone()


def git_version():
    return subprocess.check_output(["git", "--version"])
"""
INJECTION_LINE = 13
PARAMETERIZED_LINE = 19


def scanned(tmp_path: Path, profile: ScanProfile) -> list[Finding]:
    tree = tmp_path / f"tree-{profile}"
    (tree / "app").mkdir(parents=True)
    (tree / "app/views.py").write_text(VIEWS)
    return scan_direct(tree, rule_pack.rules_dir(), {"semgrep", "bandit"}, profile)


def lines_by_rule(found: list[Finding]) -> dict[str, int]:
    """Each rule that took part in a finding (merged ones list every reporter), by line."""
    return {reporter["rule_id"]: f.start_line for f in found for reporter in f.extra["reported_by"]}


def test_default_reports_the_taint_finding_and_no_shape_guesses(tmp_path: Path) -> None:
    found = scanned(tmp_path, ScanProfile.DEFAULT)

    injection = [f for f in found if "CWE-89" in f.cwe]
    assert [(f.tool, f.start_line) for f in injection] == [("semgrep", INJECTION_LINE)]
    assert injection[0].extra["analysis"] == ranking.TAINT
    # Neither the parameterized query nor the constant subprocess is reported.
    assert not [f for f in found if f.start_line == PARAMETERIZED_LINE]
    assert not set(lines_by_rule(found)) & ranking.CONSTRUCT_ONLY


def test_audit_keeps_every_engines_word_and_the_taint_finding_leads(tmp_path: Path) -> None:
    found = scanned(tmp_path, ScanProfile.AUDIT)

    rules = lines_by_rule(found)
    assert rules.get("bandit.B608") == PARAMETERIZED_LINE
    assert {"bandit.B404", "bandit.B603", "bandit.B607"} <= set(rules)
    [merged] = [f for f in found if f.start_line == INJECTION_LINE and "CWE-89" in f.cwe]
    assert merged.tool == "semgrep" and merged.extra["analysis"] == ranking.TAINT
    assert {r["tool"] for r in merged.extra["reported_by"]} == {"semgrep", "bandit"}
    [guess] = [f for f in found if f.rule_id == "bandit.B608"]
    assert guess.extra["analysis"] == ranking.PATTERN


def test_the_pack_knows_which_rules_follow_taint() -> None:
    pack = rule_pack.load(rule_pack.rules_dir())
    assert "CWE-89" in pack.taint_cwes("python")
    assert any(pack.is_taint(rule_id) for rule_id in pack.rules)
    assert not pack.is_taint("bandit.B608")
