"""The SARIF 2.1.0 report: valid against the shipped schema and acceptable to GitHub."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import jsonschema
import pytest

from securetag import __version__
from securetag.kernel.models import Confidence, Finding, Severity
from securetag.scanning.agent import AgentRun, Coverage, Skipped, SkipReason
from securetag.scanning.agents import bandit, secrets, semgrep
from securetag.scanning.coverage import ScanCoverage
from securetag.scanning.findings import assign_fingerprints
from securetag.scanning.sarif import sarif_report, sarif_schema

SCAN = {
    "id": uuid.UUID("8f0c2f6e-4d0a-4c1e-9a55-0a7f1d3c2b10"),
    "project": "shop",
    "state": "succeeded",
}


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = sarif_schema()
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def assert_valid(validator: jsonschema.Draft7Validator, report: dict[str, Any]) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(report)]
    assert errors == []


def assert_github_accepts(report: dict[str, Any]) -> None:
    """The rules GitHub code scanning's upload enforces beyond the schema."""
    assert "file://" not in json.dumps(report)
    (run,) = report["runs"]
    rules = run["tool"]["driver"]["rules"]
    for rule in rules:
        float(rule["properties"]["security-severity"])
        assert rule["shortDescription"]["text"].strip()
    for result in run["results"]:
        assert result["message"]["text"].strip()
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        for location in result["locations"]:
            physical = location["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            assert not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", uri), uri
            assert not uri.startswith("/") and " " not in uri
            assert physical["artifactLocation"]["uriBaseId"] in run["originalUriBaseIds"]
            region = physical["region"]
            assert region["startLine"] >= 1 and region["endLine"] >= region["startLine"]


def sqli(**changes: Any) -> Finding:
    base = Finding(
        tool="semgrep",
        rule_id="securetag.python.sqli",
        title="SQL injection",
        message="User input reaches a SQL query built with string formatting.",
        severity=Severity.HIGH,
        confidence=Confidence.HIGH,
        cwe=["CWE-89"],
        owasp=["A03:2021 - Injection"],
        path="app/db.py",
        start_line=12,
        start_column=5,
        end_line=12,
        end_column=60,
        snippet="cursor.execute(\"SELECT * FROM t WHERE id = '%s'\" % user_id)",
        fix_hint="Pass user input as query parameters.",
    )
    return base.model_copy(update=changes)


def secret_row() -> dict[str, Any]:
    """A secrets finding as the scan store stores it: a mapping with status and triage."""
    finding = Finding(
        tool="detect-secrets",
        rule_id="secrets.aws-access-key",
        title="Hard-coded secret: AWS Access Key",
        message="Hard-coded credential (AWS Access Key).",
        severity=Severity.HIGH,
        confidence=Confidence.HIGH,
        cwe=["CWE-798"],
        owasp=["A07:2021 - Identification and Authentication Failures"],
        path="config dir/settings.py",
        start_line=3,
        end_line=3,
        snippet='AWS_KEY = "AKIA…(20 chars)"',
        extra={"redacted": "AKIA…(20 chars)", "secret_sha256": "0" * 64},
    )
    row = finding.model_dump(mode="json")
    row.update(
        id=41,
        scan_id=str(SCAN["id"]),
        status="existing",
        triage={"verdict": "true_positive", "reason": "live key format"},
    )
    return row


def test_a_scan_without_findings_is_valid_sarif(validator: jsonschema.Draft7Validator) -> None:
    report = sarif_report(SCAN, [])
    assert_valid(validator, report)
    assert_github_accepts(report)
    (run,) = report["runs"]
    assert report["version"] == "2.1.0"
    assert run["tool"]["driver"]["name"] == "Securetag"
    assert run["tool"]["driver"]["version"] == __version__
    assert run["results"] == [] and run["tool"]["driver"]["rules"] == []
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert run["automationDetails"]["id"] == f"securetag/shop/{SCAN['id']}"


def test_a_failed_scan_says_execution_was_not_successful(
    validator: jsonschema.Draft7Validator,
) -> None:
    report = sarif_report({**SCAN, "state": "failed"}, [], tool_version="9.9.9")
    assert_valid(validator, report)
    (run,) = report["runs"]
    assert run["invocations"] == [{"executionSuccessful": False}]
    assert run["tool"]["driver"]["version"] == "9.9.9"


def partial_coverage() -> dict[str, Any]:
    """A code audit's coverage: Bandit could not parse one file, Semgrep skipped seven, the
    secrets agent failed."""
    coverage = ScanCoverage()
    coverage.add(
        bandit.AGENT,
        AgentRun(
            coverage=Coverage(
                examined=3,
                skipped=[Skipped("app/new views.py", SkipReason.PARSE_ERROR, "PEP 701")],
            )
        ),
    )
    big = [Skipped(f"static/bundle{n}.js", SkipReason.TOO_LARGE, "over 1 MB") for n in range(7)]
    coverage.add(semgrep.AGENT, AgentRun(coverage=Coverage(examined=40, skipped=big)))
    coverage.add(secrets.AGENT, AgentRun(failure="stopped by the sandbox: timeout"))
    return coverage.document()


def test_a_partial_scan_was_not_a_successful_execution_and_names_what_it_skipped(
    validator: jsonschema.Draft7Validator,
) -> None:
    report = sarif_report({**SCAN, "coverage": partial_coverage()}, [sqli()])
    assert_valid(validator, report)
    assert_github_accepts(report)
    ((invocation,),) = [run["invocations"] for run in report["runs"]]

    assert invocation["executionSuccessful"] is False
    notifications = invocation["toolExecutionNotifications"]
    skipped_files = [
        (
            n["properties"]["agent"],
            n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            n["properties"]["reason"],
        )
        for n in notifications
        if n.get("locations")
    ]
    assert skipped_files == [
        ("bandit", "app/new%20views.py", "parse_error"),
        *[("semgrep", f"static/bundle{n}.js", "too_large") for n in range(5)],
    ]
    assert all(n["level"] == "warning" for n in notifications if n.get("locations"))
    messages = [n["message"]["text"] for n in notifications]
    assert "bandit skipped app/new views.py: parse_error (PEP 701)" in messages
    assert "semgrep skipped 7 files in all (too_large 7); 5 of them are listed" in messages
    [failure] = [n for n in notifications if n["level"] == "error"]
    assert failure["message"]["text"] == "secrets failed: stopped by the sandbox: timeout"


def test_a_complete_scan_has_no_notifications(validator: jsonschema.Draft7Validator) -> None:
    coverage = ScanCoverage()
    coverage.add(bandit.AGENT, AgentRun(coverage=Coverage(examined=3)))
    report = sarif_report({**SCAN, "coverage": coverage.document()}, [])
    assert_valid(validator, report)
    assert report["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_several_findings_including_a_secret(validator: jsonschema.Draft7Validator) -> None:
    findings = assign_fingerprints(
        [
            sqli(),
            sqli(start_line=40, end_line=40, snippet="cursor.execute(q % name)"),
            sqli(
                tool="bandit",
                rule_id="bandit.B602",
                title="B602: subprocess popen with shell equals true",
                message="subprocess call with shell=True identified, security issue.",
                severity=Severity.LOW,
                cwe=["CWE-78"],
                fix_hint=None,
                start_line=7,
                end_line=7,
                snippet="subprocess.call(cmd, shell=True)",
                extra={"more_info": "https://bandit.readthedocs.io/en/latest/plugins/b602.html"},
            ),
        ]
    )
    report = sarif_report(SCAN, [*findings, secret_row()])
    assert_valid(validator, report)
    assert_github_accepts(report)

    (run,) = report["runs"]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert sorted(rules) == ["bandit.B602", "secrets.aws-access-key", "securetag.python.sqli"]
    sql_rule = rules["securetag.python.sqli"]
    assert sql_rule["properties"]["security-severity"] == "8.0"
    assert sql_rule["properties"]["tags"] == ["security", "CWE-89", "A03:2021 - Injection"]
    assert sql_rule["defaultConfiguration"]["level"] == "error"
    assert "Pass user input as query parameters." in sql_rule["help"]["markdown"]
    assert rules["bandit.B602"]["properties"]["security-severity"] == "3.0"
    assert rules["bandit.B602"]["helpUri"].startswith("https://bandit.readthedocs.io/")

    results = run["results"]
    assert [r["level"] for r in results] == ["error", "error", "note", "error"]
    assert [r["partialFingerprints"]["securetag/v1"] for r in results[:3]] == [
        f.fingerprint for f in findings
    ]
    assert len({r["partialFingerprints"]["securetag/v1"] for r in results}) == 4
    secret = results[3]
    assert secret["properties"]["status"] == "existing"
    assert secret["properties"]["triage"]["verdict"] == "true_positive"
    location = secret["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "config%20dir/settings.py",
        "uriBaseId": "%SRCROOT%",
    }
    assert location["region"]["snippet"]["text"] == 'AWS_KEY = "AKIA…(20 chars)"'
    assert "secret_sha256" not in json.dumps(report)


def test_a_finding_at_line_zero_is_clamped_to_line_one(
    validator: jsonschema.Draft7Validator,
) -> None:
    row = sqli().model_dump(mode="json") | {
        "start_line": 0,
        "end_line": 0,
        "start_column": 0,
        "end_column": 0,
        "status": "new",
    }
    report = sarif_report(SCAN, [row])
    assert_valid(validator, report)
    assert_github_accepts(report)
    (result,) = report["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"]) == (1, 1, 1)
    assert "endColumn" not in region
    assert result["properties"]["status"] == "new"


def test_the_schema_rejects_what_github_rejects(validator: jsonschema.Draft7Validator) -> None:
    report = sarif_report(SCAN, [sqli()])
    result = report["runs"][0]["results"][0]
    result["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert not validator.is_valid(report)
    del result["message"]
    assert not validator.is_valid(report)


def test_an_empty_message_falls_back_to_the_title(validator: jsonschema.Draft7Validator) -> None:
    report = sarif_report(SCAN, [sqli(message="  ")])
    assert_valid(validator, report)
    assert report["runs"][0]["results"][0]["message"]["text"] == "SQL injection"
