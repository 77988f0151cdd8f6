"""Normalization, secrets out of other tools' findings, fingerprints, de-duplication, comparison."""

from __future__ import annotations

import hashlib

import pytest

from securetag.kernel.models import Confidence, Finding, Severity
from securetag.scanning.findings import (
    assign_fingerprints,
    compare_with_previous,
    counts_by_severity,
    deduplicate,
    fingerprint,
    normalize_cwe,
    normalize_path,
    owasp_for_cwe,
    redact_secret_lines,
)

SQLI_LINE = "    cursor.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)"
SOURCE = f"""import sqlite3


def find_user(cursor, name):
{SQLI_LINE}
    return cursor.fetchone()
"""


def finding_on(
    source: str,
    needle: str,
    *,
    path: str = "app/db.py",
    tool: str = "bandit",
    rule_id: str = "bandit.B608",
    cwe: tuple[str, ...] = ("CWE-89",),
    severity: Severity = Severity.MEDIUM,
    confidence: Confidence = Confidence.MEDIUM,
    nth: int = 0,
) -> Finding:
    """What a tool reports for the `nth` line of `source` containing `needle`."""
    matches = [(n, line) for n, line in enumerate(source.splitlines(), 1) if needle in line]
    line_number, line = matches[nth]
    column = line.index(needle) + 1
    return Finding(
        tool=tool,
        rule_id=rule_id,
        title="SQL injection",
        message="Query built from user input.",
        severity=severity,
        confidence=confidence,
        cwe=list(cwe),
        path=path,
        start_line=line_number,
        start_column=column,
        end_line=line_number,
        end_column=column + len(needle),
        snippet=line,
    )


def only_fingerprint(finding: Finding) -> str:
    return assign_fingerprints([finding])[0].fingerprint


@pytest.mark.parametrize(
    ("path", "root", "expected"),
    [
        ("/input/app/db.py", "/input", "app/db.py"),
        ("/input/app/db.py", "/input/", "app/db.py"),
        ("/input//app/./db.py", "/input", "app/db.py"),
        ("./app//db.py", None, "app/db.py"),
        ("/app/db.py", None, "app/db.py"),
        ("//input/app/db.py", "/input", "app/db.py"),
        ("/inputs/db.py", "/input", "inputs/db.py"),
        ("/input", "/input", ""),
        ("app/db.py", "/input", "app/db.py"),
    ],
)
def test_normalize_path(path: str, root: str | None, expected: str) -> None:
    assert normalize_path(path, root) == expected


def test_cwe_spellings_normalize_and_map_to_owasp_2021() -> None:
    assert normalize_cwe("cwe-089") == "CWE-89"
    assert normalize_cwe("CWE-79: Improper Neutralization of Input") == "CWE-79"
    assert normalize_cwe(798) == "CWE-798"
    assert normalize_cwe("not a cwe") is None
    assert normalize_cwe("CWE-0") is None and normalize_cwe("89") == "CWE-89"
    assert owasp_for_cwe("CWE-89") == ["A03:2021 - Injection"]
    assert owasp_for_cwe("CWE-798") == ["A07:2021 - Identification and Authentication Failures"]
    assert owasp_for_cwe("CWE-502") == ["A08:2021 - Software and Data Integrity Failures"]
    assert owasp_for_cwe("CWE-918") == ["A10:2021 - Server-Side Request Forgery"]
    assert owasp_for_cwe("CWE-703") == []


def test_fingerprint_survives_lines_added_above() -> None:
    before = finding_on(SOURCE, "cursor.execute")
    moved_source = '"""Users."""\nimport logging\n\nlog = logging.getLogger()\n' + SOURCE
    after = finding_on(moved_source, "cursor.execute")
    assert after.start_line == before.start_line + 4
    assert only_fingerprint(after) == only_fingerprint(before)


def test_fingerprint_survives_reindentation_and_reformatting() -> None:
    before = finding_on(SOURCE, "cursor.execute")
    reformatted = SOURCE.replace(
        SQLI_LINE,
        "        cursor.execute( \"SELECT * FROM users WHERE name = '%s'\"  %  name )\t",
    )
    after = finding_on(reformatted, "cursor.execute")
    assert after.snippet != before.snippet
    assert only_fingerprint(after) == only_fingerprint(before)


def test_identical_lines_in_one_file_get_distinct_stable_fingerprints() -> None:
    twice = SOURCE + f"\n\ndef find_again(cursor, name):\n{SQLI_LINE}\n"
    first, second = assign_fingerprints(
        [finding_on(twice, "cursor.execute", nth=0), finding_on(twice, "cursor.execute", nth=1)]
    )
    assert first.fingerprint != second.fingerprint

    shifted = "import os\n" + twice
    moved = assign_fingerprints(
        [finding_on(shifted, "cursor.execute", nth=1), finding_on(shifted, "cursor.execute", nth=0)]
    )
    assert [f.fingerprint for f in moved] == [second.fingerprint, first.fingerprint]


def test_fingerprint_differs_across_paths_and_issue_classes() -> None:
    in_db = finding_on(SOURCE, "cursor.execute", path="app/db.py")
    in_api = finding_on(SOURCE, "cursor.execute", path="app/api.py")
    as_command_injection = finding_on(SOURCE, "cursor.execute", cwe=("CWE-78",))
    fingerprints = {only_fingerprint(f) for f in (in_db, in_api, as_command_injection)}
    assert len(fingerprints) == 3


def test_fingerprint_function_uses_the_occurrence_index() -> None:
    finding = finding_on(SOURCE, "cursor.execute")
    assert fingerprint(finding, 0) != fingerprint(finding, 1)
    assert fingerprint(finding, 0) == only_fingerprint(finding)


def test_bandit_and_semgrep_on_the_same_line_merge_into_one_finding() -> None:
    from_bandit = finding_on(
        SOURCE, "cursor.execute", severity=Severity.LOW, confidence=Confidence.LOW
    )
    from_semgrep = finding_on(
        SOURCE,
        '"SELECT',
        tool="semgrep",
        rule_id="securetag.python.sqli.string-format",
        cwe=("CWE-89", "CWE-943"),
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
    ).model_copy(update={"fix_hint": "Use query parameters."})
    unrelated = finding_on(SOURCE, "import sqlite3", rule_id="bandit.B999", cwe=())

    merged = deduplicate([from_bandit, unrelated, from_semgrep])

    assert [f.start_line for f in merged] == [1, 5]
    sqli = merged[1]
    assert sqli.severity == Severity.HIGH
    assert sqli.confidence == Confidence.MEDIUM
    assert sqli.cwe == ["CWE-89", "CWE-943"]
    assert sqli.fix_hint == "Use query parameters."
    assert sqli.extra["reported_by"] == [
        {"tool": "bandit", "rule_id": "bandit.B608"},
        {"tool": "semgrep", "rule_id": "securetag.python.sqli.string-format"},
    ]
    assert deduplicate(merged) == merged


def test_deduplicate_orders_by_path_line_and_rule() -> None:
    findings = [
        finding_on(SOURCE, "return", path="b.py", rule_id="r.z", cwe=()),
        finding_on(SOURCE, "cursor.execute", path="b.py", rule_id="r.b", cwe=()),
        finding_on(SOURCE, "cursor.execute", path="b.py", rule_id="r.a", cwe=()),
        finding_on(SOURCE, "import", path="a.py", rule_id="r.y", cwe=()),
    ]
    ordered = deduplicate(findings)
    assert [(f.path, f.start_line, f.rule_id) for f in ordered] == [
        ("a.py", 1, "r.y"),
        ("b.py", 5, "r.a"),
        ("b.py", 5, "r.b"),
        ("b.py", 6, "r.z"),
    ]


def test_compare_with_previous_splits_new_existing_and_fixed() -> None:
    previous_source = SOURCE + "\n\ndef run(cmd):\n    os.system(cmd)\n"
    previous = assign_fingerprints(
        [
            finding_on(previous_source, "cursor.execute"),
            finding_on(previous_source, "os.system", rule_id="bandit.B605", cwe=("CWE-78",)),
        ]
    )
    # The SQL injection moved down, the command injection was fixed, a pickle load is new.
    current_source = "import pickle\n\n" + SOURCE + "\n\ndef load(blob):\n    pickle.loads(blob)\n"
    current = [
        finding_on(current_source, "cursor.execute"),
        finding_on(current_source, "pickle.loads", rule_id="bandit.B301", cwe=("CWE-502",)),
    ]

    comparison = compare_with_previous(current, {f.fingerprint for f in previous})

    assert [f.rule_id for f in comparison.new] == ["bandit.B301"]
    assert [f.rule_id for f in comparison.existing] == ["bandit.B608"]
    assert comparison.existing[0].fingerprint == previous[0].fingerprint
    assert comparison.fixed == {previous[1].fingerprint}


def test_counts_by_severity_names_every_severity() -> None:
    findings = [
        finding_on(SOURCE, "cursor.execute", severity=Severity.HIGH),
        finding_on(SOURCE, "return", severity=Severity.HIGH, cwe=()),
        {"severity": "info"},
    ]
    assert counts_by_severity(findings) == {
        "critical": 0,
        "high": 2,
        "medium": 0,
        "low": 0,
        "info": 1,
    }
    assert list(counts_by_severity([])) == ["critical", "high", "medium", "low", "info"]


def test_a_secret_the_secrets_scanner_flagged_is_taken_out_of_other_tools_findings() -> None:
    password = "s3cr3tP4ssw0rd"
    source = f'import db\nPASSWORD = "{password}"\ndb.connect(password=PASSWORD)\n'
    flagged = finding_on(source, "PASSWORD =", tool="detect-secrets", rule_id="secrets.keyword")
    flagged = flagged.model_copy(
        update={
            "snippet": 'PASSWORD = "s3c…(14 chars)"',
            "extra": {"secret_sha256": hashlib.sha256(password.encode()).hexdigest()},
        }
    )
    bandit = finding_on(source, "PASSWORD =", rule_id="bandit.B105").model_copy(
        update={
            "message": f"Possible hardcoded password: '{password}'",
            "snippet": "\n".join(source.splitlines()[1:3]),
        }
    )
    unrelated = finding_on(source, "import db", rule_id="bandit.B000")

    kept, redacted, untouched = redact_secret_lines(
        [flagged, bandit, unrelated], secrets_tool="detect-secrets"
    )

    assert kept == flagged and untouched == unrelated
    assert redacted.snippet == 'PASSWORD = "s3c…(14 chars)"\ndb.connect(password=PASSWORD)'
    assert redacted.message == "Possible hardcoded password: 's3c…(14 chars)'"
    assert redact_secret_lines([bandit], secrets_tool="detect-secrets") == [bandit]
