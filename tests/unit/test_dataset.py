"""Fine-tuning datasets: labels, filtering, redaction, formats, validation, CWE pairs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tracemalloc
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from securetag.security.redaction import REDACTION_MARK, redact_secret
from securetag.training.cwe_catalog import KNOWLEDGE_SYSTEM_PROMPT, CweCatalogError, from_cwe
from securetag.training.dataset_files import (
    split_of,
    to_alpaca,
    to_chat,
    validate_file,
    validation_path,
    write_dataset,
)
from securetag.training.examples import (
    PII_PLACEHOLDER,
    DatasetError,
    Example,
    ExampleKind,
    ExampleSet,
    Redactor,
    TriageRecord,
    build_examples,
    resolve_label,
)
from securetag.triage.prompt import parse_verdict

CWE_SAMPLE = Path(__file__).resolve().parent.parent / "support" / "cwe_sample.xml"

TENANT_A = UUID("00000000-0000-4000-8000-00000000000a")
TENANT_B = UUID("00000000-0000-4000-8000-00000000000b")
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

SYSTEM_PROMPT = (
    "You are securetag-v1. Decide whether the finding is a true positive. Answer with JSON: "
    '{"verdict", "confidence", "rationale", "recommended_fix"}.'
)
USER_PROMPT = (
    "Rule securetag.python.sqli (CWE-89) in app/db.py:12\n"
    "cursor.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)"
)
MODEL_RATIONALE = "The query is built with % formatting from a request parameter."
MODEL_FIX = "Pass name as a query parameter: cursor.execute(sql, (name,))."


def model_answer(verdict: str = "true_positive", **fields: Any) -> str:
    document = {
        "verdict": verdict,
        "confidence": 0.8,
        "rationale": MODEL_RATIONALE,
        "recommended_fix": MODEL_FIX if verdict == "true_positive" else "",
        **fields,
    }
    return json.dumps(document)


def record(**overrides: Any) -> TriageRecord:
    """A model-labeled true-positive triage of one finding, with `overrides` applied.

    A person's label on it, when an override gives one, is trusted (from a labels:train
    key) unless `label_trusted=False` says otherwise.
    """
    verdict = overrides.get("model_verdict", "true_positive")
    fields: dict[str, Any] = {
        "tenant_id": TENANT_A,
        "training_opt_out": False,
        "project": "shop",
        "fingerprint": "fp-sqli",
        "rule_id": "securetag.python.sqli",
        "cwe": ["CWE-89"],
        "severity": "high",
        "created_at": T0,
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": USER_PROMPT},
        ],
        "model_verdict": verdict,
        "model_answer": model_answer(verdict),
        "feedback_status": None,
        "verdict_correct": None,
        "recommended_fix": MODEL_FIX if verdict == "true_positive" else None,
        "label_trusted": True,
    }
    fields.update(overrides)
    return TriageRecord(**fields)


def build(records: list[TriageRecord], **options: Any) -> ExampleSet:
    return build_examples(records, redactor=Redactor(), **options)


def answer_of(example: Example) -> dict[str, Any]:
    return json.loads(example.assistant)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- label resolution ----------------------------------------------------------------------

LABEL_TABLE = [
    # feedback_status, verdict_correct, model_verdict -> label, source
    ("false_positive", None, "true_positive", "false_positive", "human"),
    ("false_positive", True, "uncertain", "false_positive", "human"),
    ("accepted_risk", None, "false_positive", "true_positive", "human"),
    ("fixed", False, "uncertain", "true_positive", "human"),
    (None, True, "true_positive", "true_positive", "human"),
    ("open", True, "false_positive", "false_positive", "human"),
    (None, True, "uncertain", None, "model"),
    (None, False, "true_positive", "false_positive", "human"),
    ("open", False, "false_positive", "true_positive", "human"),
    (None, False, "uncertain", None, "model"),
    (None, None, "true_positive", "true_positive", "model"),
    ("open", None, "false_positive", "false_positive", "model"),
    (None, None, "uncertain", None, "model"),
]


@pytest.mark.parametrize(
    ("feedback_status", "verdict_correct", "model_verdict", "label", "source"), LABEL_TABLE
)
def test_label_resolution_table(
    feedback_status: str | None,
    verdict_correct: bool | None,
    model_verdict: str,
    label: str | None,
    source: str,
) -> None:
    resolved = resolve_label(
        record(
            feedback_status=feedback_status,
            verdict_correct=verdict_correct,
            model_verdict=model_verdict,
        )
    )
    assert resolved == (label, source)


@pytest.mark.parametrize(
    "overrides", [{"model_verdict": "probably"}, {"feedback_status": "wontfix"}]
)
def test_a_record_with_an_unknown_verdict_or_status_is_rejected(overrides: dict) -> None:
    with pytest.raises(DatasetError, match="is not one of"):
        record(**overrides)


# --- selection -----------------------------------------------------------------------------


def test_tenants_that_opted_out_are_skipped_and_counted(tmp_path: Path) -> None:
    records = [
        record(fingerprint="fp-a"),
        record(tenant_id=TENANT_B, training_opt_out=True, fingerprint="fp-b1"),
        record(tenant_id=TENANT_B, training_opt_out=True, fingerprint="fp-b2"),
    ]
    examples = build(records)
    assert [e.split_key for e in examples] == ["fp-a"]
    summary = write_dataset(examples, tmp_path / "triage.jsonl", "chat")
    assert summary.skipped["opted_out"] == 2
    assert summary.train + summary.validation == 1


def test_only_labeled_keeps_human_labels_only() -> None:
    records = [
        record(fingerprint="fp-human", feedback_status="false_positive"),
        record(fingerprint="fp-model"),
        record(fingerprint="fp-uncertain", model_verdict="uncertain"),
    ]
    labeled = build(records, only_labeled=True)
    assert [e.split_key for e in labeled] == ["fp-human"]
    assert labeled.skipped["unlabeled"] == 2
    everything = build(records, only_labeled=False)
    assert [e.split_key for e in everything] == ["fp-human", "fp-model"]
    assert everything.skipped["unlabeled"] == 1


def test_since_and_tenant_choose_which_records_are_considered() -> None:
    records = [
        record(fingerprint="fp-old", created_at=T0 - timedelta(days=30)),
        record(fingerprint="fp-new", created_at=T0),
        record(fingerprint="fp-other-tenant", tenant_id=TENANT_B, created_at=T0),
    ]
    recent = build(records, since=T0 - timedelta(days=1))
    assert [e.split_key for e in recent] == ["fp-new", "fp-other-tenant"]
    # An operator typing a date gets a naive datetime; it is read as UTC.
    naive_since = datetime(2025, 2, 28)
    assert [e.split_key for e in build(records, since=naive_since)] == [
        "fp-new",
        "fp-other-tenant",
    ]
    assert [e.split_key for e in build(records, tenant=TENANT_B)] == ["fp-other-tenant"]


def test_duplicates_keep_a_human_label_over_a_newer_model_verdict() -> None:
    records = [
        record(feedback_status="false_positive", created_at=T0),
        record(created_at=T0 + timedelta(days=1)),
        record(created_at=T0 + timedelta(days=2)),
    ]
    examples = build(records)
    assert len(examples) == 1
    assert examples[0].verdict == "false_positive"
    assert examples[0].label_source == "human"
    assert examples.skipped["duplicate"] == 2


def test_duplicates_keep_the_most_recent_among_equals() -> None:
    newest_rationale = "The newest model run saw the taint from request.args."
    records = [
        record(fingerprint="fp-two-humans", feedback_status="false_positive", created_at=T0),
        record(fingerprint="fp-two-humans", feedback_status="fixed", created_at=T0 + timedelta(1)),
        record(
            fingerprint="fp-two-models",
            created_at=T0 + timedelta(days=3),
            model_answer=model_answer(rationale=newest_rationale),
        ),
        record(fingerprint="fp-two-models", created_at=T0),
    ]
    by_key = {e.split_key: e for e in build(list(reversed(records)))}
    assert by_key["fp-two-humans"].verdict == "true_positive"
    assert answer_of(by_key["fp-two-models"])["rationale"] == newest_rationale


def test_the_same_fingerprint_in_another_project_or_tenant_is_no_duplicate() -> None:
    records = [record(), record(project="admin"), record(tenant_id=TENANT_B)]
    examples = build(records)
    assert len(examples) == 3
    assert examples.skipped["duplicate"] == 0


def test_a_record_without_a_system_or_user_message_is_skipped() -> None:
    no_system = record(fingerprint="fp-1", messages=[{"role": "user", "content": USER_PROMPT}])
    no_user = record(fingerprint="fp-2", messages=[{"role": "system", "content": SYSTEM_PROMPT}])
    examples = build([no_system, no_user, record(fingerprint="fp-3")])
    assert [e.split_key for e in examples] == ["fp-3"]
    assert examples.skipped["no_prompt"] == 2


def test_a_repair_dialogue_is_dropped_from_the_prompt() -> None:
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": USER_PROMPT},
        {"role": "assistant", "content": "It is probably real."},
        {"role": "user", "content": "Answer with the JSON object only."},
    ]
    (example,) = build([record(messages=messages)])
    assert example.system == SYSTEM_PROMPT
    assert example.user == USER_PROMPT


# --- the assistant answer ------------------------------------------------------------------


def test_a_model_label_keeps_the_model_rationale_and_confidence() -> None:
    (example,) = build([record()])
    answer = answer_of(example)
    assert list(answer) == ["verdict", "confidence", "rationale", "recommended_fix"]
    assert answer == {
        "verdict": "true_positive",
        "confidence": 0.8,
        "rationale": MODEL_RATIONALE,
        "recommended_fix": MODEL_FIX,
    }


def test_a_human_label_that_agrees_keeps_the_rationale_with_full_confidence() -> None:
    (example,) = build([record(feedback_status="fixed")])
    answer = answer_of(example)
    assert answer["confidence"] == 1.0
    assert answer["rationale"] == MODEL_RATIONALE
    assert answer["recommended_fix"] == MODEL_FIX


def test_a_human_label_that_disagrees_replaces_the_rationale_and_drops_the_fix() -> None:
    (example,) = build([record(feedback_status="false_positive")])
    answer = answer_of(example)
    assert answer["verdict"] == "false_positive"
    assert answer["confidence"] == 1.0
    assert MODEL_RATIONALE not in answer["rationale"]
    assert "reviewer" in answer["rationale"]
    assert answer["recommended_fix"] == ""


def test_every_answer_is_what_the_triage_module_accepts_from_the_model() -> None:
    records = [
        *many_records(8),
        record(fingerprint="fp-no-answer", model_answer=None, recommended_fix=None),
        record(fingerprint="fp-long", model_answer=model_answer(rationale="x" * 5000)),
    ]
    for example in build(records):
        parsed = parse_verdict(example.assistant)
        assert parsed.verdict == example.verdict


def test_a_model_answer_in_fences_is_read_and_the_stored_confidence_wins() -> None:
    fenced = "Here you go:\n```json\n" + model_answer(confidence=0.8) + "\n```"
    (example,) = build([record(model_answer=fenced, model_confidence=0.35)])
    answer = answer_of(example)
    assert answer["rationale"] == MODEL_RATIONALE
    assert answer["confidence"] == pytest.approx(0.35)


# --- redaction -----------------------------------------------------------------------------

AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
PASSWORD = "hunter2-Winter!"
EMAIL = "alice.smith@example.com"
IP = "203.0.113.42"


def test_secrets_and_personal_data_are_redacted_from_every_message() -> None:
    user = (
        f"{USER_PROMPT}\n"
        f'aws_access_key_id = "{AWS_KEY}"\n'
        f'DB_PASSWORD = "{PASSWORD}"\n'
        f"# owner: {EMAIL}, deployed on {IP}\n"
    )
    system = f"{SYSTEM_PROMPT} Escalations go to {EMAIL}."
    answer = model_answer(
        rationale=f"The password {PASSWORD!r} is hard-coded: password = '{PASSWORD}'"
    )
    rec = record(
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        model_answer=answer,
    )
    (example,) = build([rec])
    rendered = json.dumps(to_chat(example))
    for value in (AWS_KEY, PASSWORD, EMAIL, IP):
        assert value not in rendered
    # Secrets read as the model sees them at inference; the code around them stays.
    assert f'DB_PASSWORD = "{redact_secret(PASSWORD)}"' in example.user
    assert f"# owner: {PII_PLACEHOLDER}, deployed on {PII_PLACEHOLDER}" in example.user
    assert "cursor.execute" in example.user


PEM_BODY = (
    "MIIEowIBAAKCAQEA7xQ3ZlY0b1mWw5dJk3hL9pQ2vR8sT6uV1wX4yZ0aB3cD5eF7gH\n"
    "yZ0aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP"
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("token = ghp_" + "a1B2" * 9, "a1B2a1B2a1B2"),
        (
            "post with xoxb-1234567890-1234567890-abcdefghijklmnop now",
            "1234567890-abcdefghijklmnop",
        ),
        ("url = 'postgres://app:s3cr3t-pw@db.internal:5432/app'", "s3cr3t-pw"),
        (f"-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}\n-----END RSA PRIVATE KEY-----", "7xQ3ZlY0"),
        (f"key = '-----BEGIN PRIVATE KEY-----\\n{PEM_BODY[:60]}", "7xQ3ZlY0"),
        ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "XUtnFEMI"),
        ("Authorization: Bearer abcdef0123456789abcdef", "0123456789abcdef"),
    ],
)
def test_redactor_removes_each_kind_of_secret(text: str, secret: str) -> None:
    redacted = Redactor().redact(text)
    assert secret not in redacted
    assert REDACTION_MARK in redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call +1 415 555 2671 today", f"call {PII_PLACEHOLDER} today"),
        ("call (020) 7946 0958 today", f"call {PII_PLACEHOLDER} today"),
        ("sms +14155552671 today", f"sms {PII_PLACEHOLDER} today"),
        ("mail ops-team+alerts@corp.example.co.uk today", f"mail {PII_PLACEHOLDER} today"),
        ("seen from 10.20.30.40.", f"seen from {PII_PLACEHOLDER}."),
    ],
)
def test_redactor_removes_personal_data(text: str, expected: str) -> None:
    assert Redactor().redact(text) == expected


def test_redactor_keeps_what_is_not_personal() -> None:
    text = (
        "app.run(host='0.0.0.0', port=8080)  # health on 127.0.0.1, or on 0.0.0.0.\n"
        "released 2024-01-15 as v1.2.3; ids 550e8400-e29b-41d4-a716-446655440000"
    )
    assert Redactor().redact(text) == text


def test_pii_patterns_are_the_operators_choice_but_secrets_always_go() -> None:
    redactor = Redactor(pii_patterns=[r"\bEMP-\d{6}\b"])
    text = f'employee EMP-123456 <{EMAIL}> password = "{PASSWORD}"'
    redacted = redactor.redact(text)
    assert redacted == (
        f'employee {PII_PLACEHOLDER} <{EMAIL}> password = "{redact_secret(PASSWORD)}"'
    )


def test_an_invalid_pii_pattern_is_refused() -> None:
    with pytest.raises(DatasetError, match="not a valid regular expression"):
        Redactor(pii_patterns=["(unclosed"])


# --- formats and splits --------------------------------------------------------------------


def test_chat_and_alpaca_records_have_the_exact_shapes() -> None:
    (example,) = build([record()])
    assert to_chat(example) == {
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": USER_PROMPT},
            {"role": "assistant", "content": example.assistant},
        ]
    }
    assert to_alpaca(example) == {
        "instruction": SYSTEM_PROMPT,
        "input": USER_PROMPT,
        "output": example.assistant,
    }


def test_split_is_deterministic_and_roughly_proportional() -> None:
    fingerprints = [f"fingerprint-{i}" for i in range(1000)]
    splits = [split_of(fp, 0.1) for fp in fingerprints]
    assert splits == [split_of(fp, 0.1) for fp in fingerprints]
    assert set(splits) == {"train", "validation"}
    assert 60 <= splits.count("validation") <= 140
    assert {split_of(fp, 0.0) for fp in fingerprints} == {"train"}
    assert {split_of(fp, 1.0) for fp in fingerprints} == {"validation"}
    # Raising the ratio only moves examples into validation, never out of it.
    wider = [split_of(fp, 0.3) for fp in fingerprints]
    assert all(w == "validation" for s, w in zip(splits, wider, strict=True) if s == "validation")


def test_split_is_the_same_in_every_process() -> None:
    # A later export must not move a validation example into training, whatever
    # the interpreter's hash seed.
    script = (
        "from securetag.training.dataset_files import split_of;"
        "print(''.join('v' if split_of(f'fingerprint-{i}', 0.5) == 'validation' else 't'"
        " for i in range(200)))"
    )
    here = "".join(
        "v" if split_of(f"fingerprint-{i}", 0.5) == "validation" else "t" for i in range(200)
    )
    for seed in ("1", "2"):
        other = subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        )
        assert other.stdout.strip() == here


@pytest.mark.parametrize("ratio", [-0.1, 1.5, float("nan")])
def test_a_ratio_outside_zero_to_one_is_refused(ratio: float) -> None:
    with pytest.raises(DatasetError, match="validation_ratio"):
        split_of("fp", ratio)


def many_records(count: int) -> list[TriageRecord]:
    feedback = [None, "false_positive", "fixed", None]
    return [
        record(fingerprint=f"fp-{i:03d}", feedback_status=feedback[i % len(feedback)])
        for i in range(count)
    ]


@pytest.mark.parametrize("fmt", ["chat", "alpaca"])
def test_write_then_validate_round_trip(tmp_path: Path, fmt: str) -> None:
    examples = build(many_records(60))
    out = tmp_path / "export" / "triage.jsonl"
    summary = write_dataset(examples, out, fmt, validation_ratio=0.25)

    assert summary.validation_path == tmp_path / "export" / "triage.val.jsonl"
    assert summary.train + summary.validation == 60
    assert summary.train > 0 and summary.validation > 0
    assert len(read_jsonl(out)) == summary.train
    assert len(read_jsonl(summary.validation_path)) == summary.validation
    expected_keys = {"messages"} if fmt == "chat" else {"instruction", "input", "output"}
    assert all(set(line) == expected_keys for line in read_jsonl(out))

    verdicts = {"true_positive": 0, "false_positive": 0}
    for example in examples:
        verdicts[str(example.verdict)] += 1
    reports = [validate_file(out), validate_file(summary.validation_path, fmt)]
    for report in reports:
        assert report.ok, report.errors
        assert report.format == fmt
        assert report.valid == report.lines
        assert report.by_kind == {"triage": report.lines}
    assert {
        verdict: sum(r.by_verdict[verdict] for r in reports) for verdict in verdicts
    } == verdicts


def test_the_files_do_not_depend_on_record_order(tmp_path: Path) -> None:
    records = many_records(30)
    first = write_dataset(build(records), tmp_path / "a.jsonl", "chat", validation_ratio=0.3)
    second = write_dataset(
        build(list(reversed(records))), tmp_path / "b.jsonl", "chat", validation_ratio=0.3
    )
    assert first.train_path.read_bytes() == second.train_path.read_bytes()
    assert first.validation_path.read_bytes() == second.validation_path.read_bytes()


def test_a_new_export_replaces_a_stale_validation_file(tmp_path: Path) -> None:
    out = tmp_path / "triage.jsonl"
    write_dataset(build(many_records(20)), out, "chat", validation_ratio=1.0)
    summary = write_dataset(build(many_records(20)), out, "chat", validation_ratio=0.0)
    assert summary.validation == 0
    assert validation_path(out).read_bytes() == b""
    assert len(read_jsonl(out)) == 20
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_failed_export_leaves_the_previous_files_as_they_were(tmp_path: Path) -> None:
    out = tmp_path / "triage.jsonl"
    write_dataset(build(many_records(20)), out, "chat", validation_ratio=0.5)
    before = out.read_bytes(), validation_path(out).read_bytes()

    def examples_then_failure() -> Iterator[Example]:
        yield from build(many_records(5))
        raise OSError("the database connection dropped")

    with pytest.raises(OSError, match="dropped"):
        write_dataset(examples_then_failure(), out, "chat", validation_ratio=0.5)
    assert (out.read_bytes(), validation_path(out).read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["triage.jsonl", "triage.val.jsonl"]


def test_an_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="unknown dataset format"):
        write_dataset(build([record()]), tmp_path / "x.jsonl", "sharegpt")
    assert not (tmp_path / "x.jsonl").exists()


# --- validation ----------------------------------------------------------------------------


def chat_line(system: str, user: str, assistant: str) -> str:
    return json.dumps(
        {
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": user},
                {"role": "assistant", "content": assistant},
            ]
        }
    )


TRIAGE_ANSWER = json.dumps(
    {"verdict": "true_positive", "confidence": 1.0, "rationale": "r", "recommended_fix": ""}
)


def test_validate_reports_bad_lines_by_number(tmp_path: Path) -> None:
    wrong_order = json.loads(chat_line("s", "u", TRIAGE_ANSWER))
    wrong_order["messages"].reverse()
    lines = [
        chat_line("s", "u", TRIAGE_ANSWER),  # 1 valid triage
        "{not json",  # 2
        "[1, 2]",  # 3
        json.dumps(wrong_order),  # 4
        chat_line("s", "u", " "),  # 5 empty answer
        chat_line("s", "u", TRIAGE_ANSWER.replace("true_positive", "maybe")),  # 6
        json.dumps({"instruction": "s", "input": "u", "output": "o"}),  # 7 alpaca in chat
        "",  # 8 blank
        chat_line("s", "What is CWE-89?", "SQL injection is ..."),  # 9 valid knowledge
        chat_line("s", "u", TRIAGE_ANSWER.replace("1.0", "2")),  # 10 confidence out of range
        chat_line("s", "u", '{"verdict": "true_positive"'),  # 11 broken JSON answer
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    report = validate_file(path)

    assert report.format == "chat"
    assert (report.lines, report.valid) == (11, 2)
    assert not report.ok
    assert [error.line for error in report.errors] == [2, 3, 4, 5, 6, 7, 8, 10, 11]
    messages = {error.line: error.message for error in report.errors}
    assert "not JSON" in messages[2]
    assert "not an object" in messages[3]
    assert "system, user, assistant" in messages[4]
    assert "assistant" in messages[5]
    assert "'maybe'" in messages[6]
    assert "alpaca" in messages[7]
    assert "blank" in messages[8]
    assert "confidence" in messages[10]
    assert "not JSON" in messages[11]
    assert report.by_kind == {"triage": 1, "knowledge": 1}
    assert report.by_verdict == {"true_positive": 1}
    assert report.by_format == {"chat": 7, "alpaca": 1}


def test_validate_checks_alpaca_keys(tmp_path: Path) -> None:
    lines = [
        json.dumps({"instruction": "s", "input": "", "output": TRIAGE_ANSWER}),
        json.dumps({"instruction": "s", "output": "o"}),
        json.dumps({"instruction": "s", "input": 3, "output": "o"}),
        json.dumps({"instruction": "", "input": "u", "output": "o"}),
    ]
    path = tmp_path / "alpaca.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = validate_file(path)
    assert report.format == "alpaca"
    assert report.valid == 1
    assert [(e.line, e.message) for e in report.errors] == [
        (2, "missing input"),
        (3, '"input" is not a string'),
        (4, '"instruction" is empty'),
    ]


def test_validate_lists_the_first_twenty_errors_and_counts_all(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text("".join(f"broken {i}\n" for i in range(25)), encoding="utf-8")
    report = validate_file(path, "chat")
    assert report.error_count == 25
    assert [e.line for e in report.errors] == list(range(1, 21))


def test_validate_finds_the_format_past_a_broken_first_line(tmp_path: Path) -> None:
    path = tmp_path / "late.jsonl"
    path.write_bytes(
        b'{"neither": 1}\n\xff\xfe\n'
        + json.dumps({"instruction": "s", "input": "u", "output": "o"}).encode()
        + b"\n"
    )
    report = validate_file(path)
    assert report.format == "alpaca"
    assert [(e.line, e.message.split(" ")[0]) for e in report.errors] == [
        (1, "neither"),
        (2, "not"),
    ]
    assert report.valid == 1


def test_validate_an_empty_or_missing_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    report = validate_file(empty)
    assert (report.lines, report.errors) == (0, [])
    assert not report.ok
    with pytest.raises(DatasetError, match="cannot read"):
        validate_file(tmp_path / "missing.jsonl")


# --- CWE knowledge -------------------------------------------------------------------------


def test_from_cwe_skips_deprecated_and_makes_pairs_per_weakness() -> None:
    examples = from_cwe(CWE_SAMPLE)
    assert examples.skipped == {"deprecated": 1}
    per_weakness: dict[str, int] = {}
    for example in examples:
        per_weakness[example.split_key] = per_weakness.get(example.split_key, 0) + 1
        assert example.kind == ExampleKind.KNOWLEDGE
        assert example.system == KNOWLEDGE_SYSTEM_PROMPT
        assert example.user.startswith(("What", "How", "Show"))
    # CWE-798 has no demonstrative example, so it gets no example pair.
    assert per_weakness == {"CWE-89": 5, "CWE-798": 4}
    assert not any("1187" in e.user or "DEPRECATED" in e.user for e in examples)


def answer_to(examples: list[Example], cwe_id: str, question_part: str) -> str:
    (answer,) = [e.assistant for e in examples if e.split_key == cwe_id and question_part in e.user]
    return answer


def test_from_cwe_flattens_xhtml_into_readable_text() -> None:
    examples = from_cwe(CWE_SAMPLE)
    for example in examples:
        assert "xhtml" not in example.assistant
        assert "<" not in example.assistant
        # The catalog's line wrapping and indentation are gone.
        assert all("  " not in line.strip() for line in example.assistant.splitlines())

    explanation = answer_to(examples, "CWE-89", "What is")
    assert "interpreted as SQL instead of ordinary user data." in explanation
    assert "\n- alter query logic to bypass security checks, or\n" in explanation

    demonstration = answer_to(examples, "CWE-89", "Show an example")
    assert "```c#\n...\nstring userName = ctx.getAuthenticatedUserName();\n" in demonstration
    assert "\nsda.Fill(dt);\n" in demonstration
    assert "only if itemName does not contain" in demonstration
    assert (
        'def find_items(cursor, owner, name):\n    cursor.execute(\n        "SELECT'
        in demonstration
    )

    mitigation = answer_to(examples, "CWE-798", "be mitigated")
    assert "- Architecture and Design: For outbound authentication" in mitigation
    assert "\n  - Restrict access to the store:\n    - by role\n" in mitigation

    detection = answer_to(examples, "CWE-89", "be detected")
    assert "- Automated Static Analysis: This weakness" in detection
    assert "(effectiveness: Moderate)" in detection


@pytest.mark.parametrize("fmt", ["chat", "alpaca"])
def test_cwe_pairs_are_written_and_validate(tmp_path: Path, fmt: str) -> None:
    examples = from_cwe(CWE_SAMPLE)
    summary = write_dataset(examples, tmp_path / "cwe.jsonl", fmt, validation_ratio=0.5)
    assert summary.skipped["deprecated"] == 1
    assert summary.train + summary.validation == len(examples) == 9
    sides: dict[str, set[str]] = {}
    for path in (summary.train_path, summary.validation_path):
        for line in read_jsonl(path):
            question = line["messages"][1]["content"] if fmt == "chat" else line["input"]
            cwe_id = re.search(r"CWE-\d+", question).group(0)
            sides.setdefault(cwe_id, set()).add(path.name)
    # All pairs about one weakness share a side, so none leaks into validation.
    assert {cwe: len(names) for cwe, names in sides.items()} == {"CWE-89": 1, "CWE-798": 1}
    reports = [validate_file(summary.train_path), validate_file(summary.validation_path, fmt)]
    assert sum(r.by_kind["knowledge"] for r in reports) == 9
    assert all(r.error_count == 0 for r in reports)


def test_triage_and_knowledge_examples_share_one_file(tmp_path: Path) -> None:
    triage = build([record(fingerprint="fp-1"), record(tenant_id=TENANT_B, training_opt_out=True)])
    combined = triage + from_cwe(CWE_SAMPLE)
    summary = write_dataset(combined, tmp_path / "all.jsonl", "chat", validation_ratio=0.0)
    assert summary.train == 10
    assert summary.skipped == {
        "opted_out": 1,
        "unlabeled": 0,
        "untrusted_label": 0,
        "suspected_injection": 0,
        "duplicate": 0,
        "deprecated": 1,
    }
    report = validate_file(summary.train_path)
    assert report.ok
    assert report.by_kind == {"triage": 1, "knowledge": 9}


def test_from_cwe_reads_the_zip_as_downloaded(tmp_path: Path) -> None:
    archive = tmp_path / "cwec_latest.xml.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.write(CWE_SAMPLE, "cwec_v4.16.xml")
    assert from_cwe(archive) == from_cwe(CWE_SAMPLE)


def test_from_cwe_refuses_what_is_not_a_catalog(tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.xml"
    truncated.write_bytes(CWE_SAMPLE.read_bytes()[:3000])
    with pytest.raises(CweCatalogError, match="not well-formed XML"):
        from_cwe(truncated)
    other = tmp_path / "pom.xml"
    other.write_text('<project xmlns="http://maven.apache.org/POM/4.0.0"/>', encoding="utf-8")
    with pytest.raises(CweCatalogError, match="not a CWE catalog"):
        from_cwe(other)
    with pytest.raises(CweCatalogError, match="cannot read"):
        from_cwe(tmp_path / "missing.xml")


def large_catalog(path: Path, weaknesses: int) -> int:
    """A catalog whose weaknesses carry long histories no pair uses; returns its size."""
    sample = CWE_SAMPLE.read_text(encoding="utf-8")
    start = sample.index('<Weakness ID="798"')
    end = sample.index("</Weakness>", start) + len("</Weakness>")
    history = (
        "<Content_History>"
        + "<Modification><Modification_Comment>updated</Modification_Comment></Modification>" * 200
        + "</Content_History>"
    )
    template = sample[start:end].replace("</Weakness>", history + "</Weakness>")
    body = "".join(template.replace('ID="798"', f'ID="{10_000 + i}"') for i in range(weaknesses))
    path.write_text(
        sample[: sample.index("<Weakness ID=")] + body + "</Weaknesses></Weakness_Catalog>",
        encoding="utf-8",
    )
    return path.stat().st_size


def test_from_cwe_streams_a_large_catalog(tmp_path: Path) -> None:
    size = large_catalog(tmp_path / "cwec_big.xml", 300)
    tracemalloc.start()
    try:
        examples = from_cwe(tmp_path / "cwec_big.xml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(examples) == 300 * 4
    # A tree of the whole file would hold every history element; streaming holds one.
    assert peak < size / 2, (peak, size)
