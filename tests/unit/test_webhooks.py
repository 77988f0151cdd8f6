"""Webhook pieces that need no database: retry timing, origins, the summary, signing."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime
from uuid import uuid4

import pytest

from securetag.security.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from securetag.webhooks.sender import parse_retry_after, retry_delay_s
from securetag.webhooks.service import SECRET_PREFIX, new_secret, origin_of, summary_document


@pytest.mark.parametrize(
    ("attempt", "expected"),
    [(1, 15), (2, 60), (3, 240), (4, 960), (5, 3600), (8, 3600)],
)
def test_retries_wait_four_times_longer_each_time_up_to_the_cap(attempt, expected) -> None:
    assert retry_delay_s(attempt, 15, 3600, None) == expected


def test_a_receivers_retry_after_is_honoured_but_bounded() -> None:
    assert retry_delay_s(1, 15, 3600, 120) == 120  # later than our schedule: theirs
    assert retry_delay_s(3, 15, 3600, 5) == 240  # sooner than our schedule: ours
    assert retry_delay_s(1, 15, 3600, 10**9) == 6 * 3600  # a year's wait is not honoured


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("30", 30.0), (" 7 ", 7.0), (None, None), ("", None), ("-5", None),
     ("Wed, 21 Oct 2026 07:28:00 GMT", None), ("1e9", None)],
)  # fmt: skip
def test_retry_after_is_read_as_seconds_only(header, seconds) -> None:
    assert parse_retry_after(header) == seconds


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://hooks.example.com/services/T000/B000/XXXX?token=secret", "https://hooks.example.com"),
        ("HTTP://Example.COM:8080/a", "http://example.com:8080"),
        ("https://[2001:db8::1]:8443/hook", "https://[2001:db8::1]:8443"),
    ],
)  # fmt: skip
def test_the_origin_keeps_no_path_query_or_token(url, origin) -> None:
    assert origin_of(url) == origin


def test_secrets_are_long_random_and_recognisable() -> None:
    first, second = new_secret(), new_secret()
    assert first.startswith(SECRET_PREFIX) and first != second
    assert len(first) - len(SECRET_PREFIX) >= 43  # 32 random bytes, base64url


def test_the_signature_is_the_hmac_of_timestamp_dot_body() -> None:
    body = b'{"event":"scan.completed"}'
    expected = hmac.new(b"whsec_k", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert sign(b"whsec_k", 1700000000, body) == f"sha256={expected}"
    assert sign(b"whsec_k", 1700000001, body) != sign(b"whsec_k", 1700000000, body)
    assert SIGNATURE_HEADER == "X-Securetag-Signature"
    assert TIMESTAMP_HEADER == "X-Securetag-Timestamp"


PARTIAL_COVERAGE = {
    "state": "partial",
    "agents": {
        "bandit": {
            "examined": 3,
            "unit": "files",
            "languages": ["python"],
            "skipped": 1,
            "by_reason": {"parse_error": 1},
            "examples": [{"path": "app/new.py", "reason": "parse_error", "detail": "syntax"}],
            "failure": None,
        }
    },
    "reasons": ["bandit skipped 1 file: parse_error 1"],
}


def _scan(**overrides):
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    return {
        "id": uuid4(),
        "type": "code_audit",
        "project": "shop",
        "state": "succeeded",
        "error": None,
        "severity_counts": {"high": 3, "info": 1},
        "findings_by_status": {"new": 2, "existing": 2, "fixed": 1},
        "verdicts": {"true_positive": 2, "uncertain": 1},
        "triage_state": "done",
        "coverage": PARTIAL_COVERAGE,
        "created_at": now,
        "started_at": now,
        "finished_at": now,
        **overrides,
    }


def _delivery(event: str, outcome: str = "succeeded"):
    return {
        "id": uuid4(),
        "event": event,
        "outcome": outcome,
        "created_at": datetime(2026, 11, 22, 12, 1, tzinfo=UTC),
    }


def test_a_completion_summary_counts_but_holds_no_finding() -> None:
    scan = _scan()
    document = summary_document(_delivery("scan.completed"), scan)
    assert document["event"] == "scan.completed"
    assert document["scan"]["counts"] == {
        "critical": 0, "high": 3, "medium": 0, "low": 0, "info": 1,
    }  # fmt: skip
    assert document["scan"]["findings"] == {"new": 2, "existing": 2, "fixed": 1}
    assert document["scan"]["links"]["self"] == f"/scans/{scan['id']}"
    assert "triage" not in document  # only scan.triaged carries verdicts
    # What was not examined travels with the summary, counted: a receiver never reads
    # "clean" into a scan that skipped files. Like findings, the files stay unnamed.
    coverage = document["scan"]["coverage"]
    assert coverage["state"] == "partial"
    assert coverage["reasons"] == ["bandit skipped 1 file: parse_error 1"]
    assert coverage["agents"]["bandit"]["by_reason"] == {"parse_error": 1}
    assert "app/new.py" not in json.dumps(document)
    assert (
        summary_document(_delivery("scan.completed"), _scan(coverage=None))["scan"]["coverage"]
        is None
    )
    json.dumps(document)  # plain JSON: every value serialisable


def test_a_triage_summary_says_how_triage_ended_and_its_verdicts() -> None:
    document = summary_document(_delivery("scan.triaged", "failed"), _scan(triage_state="pending"))
    assert document["triage"] == {
        "outcome": "failed",
        "verdicts": {"true_positive": 2, "false_positive": 0, "uncertain": 1},
    }
    assert document["scan"]["triage"] == "pending"


def test_links_are_absolute_when_the_public_url_is_known() -> None:
    scan = _scan()
    document = summary_document(
        _delivery("scan.completed"), scan, base_url="https://securetag.example.com/"
    )
    assert document["scan"]["links"]["sarif"] == (
        f"https://securetag.example.com/scans/{scan['id']}?format=sarif"
    )
