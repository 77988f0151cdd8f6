"""Model evaluation: label files, scoring, and a run against a fake LLM server."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from securetag.kernel.errors import InvalidRequest
from securetag.triage.evaluation import (
    EvalAborted,
    EvalError,
    LabeledFinding,
    LabelFileError,
    format_report,
    load_labels,
    run_eval,
    score,
)
from securetag.triage.llm.client import LlmClient
from securetag.triage.llm.config import LlmConfig
from tests.support.fake_llm import FakeLlmServer

APIS = ["ollama", "openai"]
AWS_KEY = "AKIAZ7Q3RTXPLM4KWN2B"

SOURCE = "\n".join(
    [
        "import sqlite3",
        "",
        "def find(name):",
        "    db = sqlite3.connect('app.db')",
        '    return db.execute("SELECT * FROM t WHERE name = \'" + name + "\'")',
        "",
    ]
)


def label_line(rule_id: str, label: str, **overrides: Any) -> dict[str, Any]:
    record = {
        "rule_id": rule_id,
        "cwe": ["CWE-89"],
        "message": "User input reaches SQL.",
        "path": "app/db.py",
        "start_line": 5,
        "end_line": 5,
        "code": SOURCE,
        "label": label,
    }
    return record | overrides


def write_labels(path: Path, records: list[dict[str, Any] | str]) -> Path:
    lines = [record if isinstance(record, str) else json.dumps(record) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def verdict(name: str, confidence: float = 0.8) -> str:
    return json.dumps(
        {
            "verdict": name,
            "confidence": confidence,
            "rationale": f"judged {name}",
            "recommended_fix": "",
        }
    )


@pytest.fixture
def server() -> Iterator[FakeLlmServer]:
    with FakeLlmServer() as fake:
        yield fake


def client_for(server: FakeLlmServer, api: str, **overrides: Any) -> LlmClient:
    settings: dict[str, Any] = {
        "api": api,
        "base_url": server.url,
        "connect_timeout_s": 0.5,
        "read_timeout_s": 2.0,
        "total_deadline_s": 5.0,
        "max_retries": 1,
        "backoff_base_s": 0.01,
        "backoff_max_s": 0.02,
    }
    return LlmClient(LlmConfig(**(settings | overrides)))


def rule_of(request: dict[str, Any]) -> str:
    """The rule id the user message of a triage request is about."""
    user = next(message for message in request["messages"] if message["role"] == "user")
    match = re.search(r"^Rule: (\S+)", user["content"], re.MULTILINE)
    assert match is not None
    return match.group(1)


# -- scoring -----------------------------------------------------------------------------

PAIRS = (
    [("true_positive", "true_positive")] * 5
    + [("true_positive", "false_positive")]
    + [("true_positive", "uncertain")] * 2
    + [("false_positive", "false_positive")] * 3
    + [("false_positive", "true_positive")]
)


def test_score_counts_agreement_precision_recall_and_the_confusion_matrix() -> None:
    report = score(PAIRS, model="securetag-v1")

    assert report.total == report.scored == 12
    # Agreed: 5 true_positive + 3 false_positive of 12; uncertain counts against.
    assert report.agreement == pytest.approx(8 / 12)
    # Predicted false_positive 4 times, right 3 times; labeled false_positive 4 times.
    assert report.false_positive_precision == pytest.approx(3 / 4)
    assert report.false_positive_recall == pytest.approx(3 / 4)
    assert report.confusion == {
        "true_positive": {"true_positive": 5, "false_positive": 1, "uncertain": 2},
        "false_positive": {"true_positive": 1, "false_positive": 3, "uncertain": 0},
    }
    assert report.model == "securetag-v1"


def test_rates_with_nothing_to_divide_by_are_none() -> None:
    only_true = score([("true_positive", "true_positive"), ("true_positive", "uncertain")])
    assert only_true.agreement == pytest.approx(0.5)
    assert only_true.false_positive_precision is None
    assert only_true.false_positive_recall is None

    nothing = score([])
    assert (nothing.total, nothing.agreement) == (0, None)


def test_errors_count_in_the_total_but_not_in_the_rates() -> None:
    error = EvalError(line_number=3, rule_id="r", path="a.py", error="llm_request_rejected: x")
    report = score([("false_positive", "false_positive")], errors=[error])

    assert (report.total, report.scored) == (2, 1)
    assert report.agreement == 1.0 and report.errors == [error]


def test_score_rejects_an_unknown_label() -> None:
    with pytest.raises(InvalidRequest, match="'maybe'"):
        score([("maybe", "true_positive")])


def test_the_text_report_shows_the_rates_and_the_matrix() -> None:
    text = format_report(score(PAIRS, model="securetag-v1"))

    assert "model securetag-v1, prompt triage/v1" in text
    assert "agreement: 66.7% (8/12)" in text
    assert "false_positive precision: 75.0% (3/4)" in text
    assert "false_positive recall:    75.0% (3/4)" in text
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines()[-2:]}
    assert rows == {"true_positive": ["5", "1", "2"], "false_positive": ["1", "3", "0"]}


def test_the_json_report_holds_every_number() -> None:
    report = score(PAIRS, model="securetag-v1")
    document = json.loads(report.to_json())

    assert document["confusion"] == report.confusion
    assert document["false_positive_precision"] == pytest.approx(0.75)
    assert document["prompt_version"] == "triage/v1"


# -- label files -------------------------------------------------------------------------


def test_labels_load_with_defaults(tmp_path: Path) -> None:
    path = write_labels(
        tmp_path / "labels.jsonl",
        [
            label_line("sqli", "true_positive", title="SQL injection", severity="critical"),
            "",
            label_line("sqli-test", "false_positive", id="case-7", language="python"),
        ],
    )
    first, second = load_labels(path)

    assert (first.finding.title, first.finding.severity, first.label) == (
        "SQL injection",
        "critical",
        "true_positive",
    )
    assert (second.finding.title, second.finding.severity) == ("sqli-test", "high")
    assert (second.id, second.finding.language, second.line_number) == ("case-7", "python", 3)


def test_every_bad_line_is_named_in_one_error(tmp_path: Path) -> None:
    missing_code = label_line("a", "true_positive")
    del missing_code["code"]
    path = write_labels(
        tmp_path / "labels.jsonl",
        [
            label_line("ok", "true_positive"),
            "{not json",
            missing_code,
            label_line("b", "maybe"),
            label_line("c", "true_positive", start_line=9, end_line=3),
            "[1, 2]",
            label_line("d", "true_positive", colour="red"),
        ],
    )
    with pytest.raises(LabelFileError) as raised:
        load_labels(path)

    message = raised.value.message
    assert "6 invalid line(s)" in message
    assert f"{path}:2: not JSON" in message
    assert f"{path}:3: code: Field required" in message
    assert f"{path}:4: label:" in message
    assert f"{path}:5: " in message and "end_line is before start_line" in message
    assert f"{path}:6: not a JSON object" in message
    assert f"{path}:7: colour: Extra inputs are not permitted" in message
    assert f"{path}:1:" not in message


def test_a_missing_or_empty_label_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LabelFileError, match="cannot read the label file"):
        load_labels(tmp_path / "absent.jsonl")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    with pytest.raises(LabelFileError, match="holds no labeled findings"):
        load_labels(empty)


def test_a_label_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    path.write_bytes(json.dumps(label_line("a", "true_positive")).encode() + b"\n\xff\xfe\n")
    with pytest.raises(LabelFileError, match=r"labels.jsonl:2: not UTF-8"):
        load_labels(path)


def test_the_excerpt_of_a_whole_file_is_numbered_as_the_file(tmp_path: Path) -> None:
    [labeled] = load_labels(write_labels(tmp_path / "l.jsonl", [label_line("a", "true_positive")]))

    lines = labeled.excerpt(context=1).split("\n")
    assert lines[0] == "  4 |     db = sqlite3.connect('app.db')"
    assert lines[1].startswith("> 5 |     return db.execute(")


def test_the_excerpt_of_a_snippet_starts_at_the_finding(tmp_path: Path) -> None:
    snippet = f'KEY = "{AWS_KEY}"\nclient = boto3.client("s3", aws_access_key_id=KEY)'
    records = [
        label_line("a", "true_positive", code=snippet, start_line=40, end_line=40),
        label_line("b", "true_positive", code=snippet, start_line=41, end_line=41,
                   code_first_line=40),
    ]  # fmt: skip
    first, second = load_labels(write_labels(tmp_path / "l.jsonl", records))

    assert first.excerpt().split("\n") == [
        '> 40 | KEY = "AKIA…(20 chars)"',
        '  41 | client = boto3.client("s3", aws_access_key_id=KEY)',
    ]
    assert second.excerpt().split("\n")[1].startswith("> 41 | client")
    assert AWS_KEY not in first.excerpt()


# -- a run against the fake server -------------------------------------------------------

ANSWERS = {
    "rule.real": verdict("true_positive"),
    "rule.noise": verdict("false_positive"),
    "rule.unsure": verdict("uncertain", 0.3),
    "rule.garbled": "I cannot answer in JSON today.",
}
LABELS = [
    ("rule.real", "true_positive"),
    ("rule.real", "true_positive"),
    ("rule.real", "false_positive"),
    ("rule.noise", "false_positive"),
    ("rule.noise", "false_positive"),
    ("rule.noise", "true_positive"),
    ("rule.unsure", "true_positive"),
    ("rule.garbled", "false_positive"),
]


def labeled_findings(tmp_path: Path, code: str = SOURCE) -> list[LabeledFinding]:
    records = [label_line(rule, label, code=code) for rule, label in LABELS]
    return load_labels(write_labels(tmp_path / "labels.jsonl", records))


@pytest.mark.parametrize("api", APIS)
def test_an_evaluation_run_scores_the_model_s_answers(
    server: FakeLlmServer, api: str, tmp_path: Path
) -> None:
    server.respond_with(lambda request: ANSWERS[rule_of(request)])
    with client_for(server, api) as client:
        report = run_eval(client, labeled_findings(tmp_path))

    assert report.confusion == {
        "true_positive": {"true_positive": 2, "false_positive": 1, "uncertain": 1},
        "false_positive": {"true_positive": 1, "false_positive": 2, "uncertain": 1},
    }
    assert report.agreement == pytest.approx(4 / 8)
    assert report.false_positive_precision == pytest.approx(2 / 3)
    assert report.false_positive_recall == pytest.approx(2 / 4)
    assert (report.total, report.scored, report.errors) == (8, 8, [])
    assert report.unreadable == 1 and report.repaired == 0
    assert report.model == "securetag-v1"
    # One call per finding, two for the garbled one (its repair).
    assert len(server.chat_requests) == len(LABELS) + 1


@pytest.mark.parametrize("api", APIS)
def test_the_evaluation_sends_no_secret_to_the_model(
    server: FakeLlmServer, api: str, tmp_path: Path
) -> None:
    code = SOURCE.replace("'app.db'", f"'app.db', key='{AWS_KEY}'")
    server.respond_with(verdict("true_positive"))
    with client_for(server, api) as client:
        run_eval(client, labeled_findings(tmp_path, code)[:1])

    [request] = server.chat_requests
    assert AWS_KEY not in request.body.decode()
    assert "AKIA…(20 chars)" in request.json["messages"][1]["content"]


@pytest.mark.parametrize("api", APIS)
def test_an_unavailable_llm_aborts_the_evaluation(
    server: FakeLlmServer, api: str, tmp_path: Path
) -> None:
    server.then_content(verdict("true_positive")).then_fail(status=503, times=2)
    with client_for(server, api) as client, pytest.raises(EvalAborted) as raised:
        run_eval(client, labeled_findings(tmp_path))

    assert "finding 2 of 8" in raised.value.message
    assert "label file line 2" in raised.value.message
    assert "HTTP 503" in raised.value.message
    assert raised.value.details["completed"] == 1


@pytest.mark.parametrize("api", APIS)
def test_a_request_rejected_for_one_finding_is_listed_and_the_rest_scored(
    server: FakeLlmServer, api: str, tmp_path: Path
) -> None:
    server.then_fail(status=400, message="prompt is longer than the context window")
    server.respond_with(lambda request: ANSWERS[rule_of(request)])
    with client_for(server, api) as client:
        report = run_eval(client, labeled_findings(tmp_path))

    assert (report.total, report.scored) == (8, 7)
    [error] = report.errors
    assert (error.line_number, error.rule_id) == (1, "rule.real")
    assert "context window" in error.error
    assert report.confusion["true_positive"]["true_positive"] == 1
    assert "line 1 rule.real app/db.py: llm_request_rejected" in format_report(report)


@pytest.mark.parametrize("api", APIS)
def test_an_unknown_model_aborts_at_the_first_finding(
    server: FakeLlmServer, api: str, tmp_path: Path
) -> None:
    with (
        client_for(server, api, model="no-such-model") as client,
        pytest.raises(EvalAborted, match="finding 1 of 8"),
    ):
        run_eval(client, labeled_findings(tmp_path))

    assert len(server.chat_requests) == 1


@pytest.mark.parametrize("api", APIS)
def test_a_server_answering_in_another_format_aborts_the_evaluation(
    server: FakeLlmServer, api: str, tmp_path: Path
) -> None:
    server.then_malformed_json("wrong_shape")
    with client_for(server, api) as client, pytest.raises(EvalAborted) as raised:
        run_eval(client, labeled_findings(tmp_path))

    assert "finding 1 of 8" in raised.value.message
    assert raised.value.details["cause"] == "llm_protocol_error"
