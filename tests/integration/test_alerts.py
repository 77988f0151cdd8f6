"""`securetag alerts check`: new security events posted once, signed, retried after a failure."""

from __future__ import annotations

import pytest

from securetag.kernel.errors import ConfigError
from securetag.ops import alerts
from securetag.store.db import Database
from tests.support.receiver import Receiver, signature_valid

SECRET = b"alert-secret-for-tests"


def auth_failures(db: Database, client_addr: str, n: int) -> None:
    """`n` failed authentications from one address this minute, counted as api_admit does."""
    db.run("test_record_refusals", reason="auth_failure", subject=client_addr, n=n, minutes_ago=0)


def verify(entry: dict) -> bool:
    return signature_valid(entry, SECRET)


def test_a_burst_of_auth_failures_is_posted_once_and_signed(db: Database) -> None:
    auth_failures(db, "203.0.113.9", 12)  # a burst: over the view's threshold of 10
    auth_failures(db, "198.51.100.7", 3)  # below it: not an event
    with Receiver() as receiver:
        first = alerts.check(db, receiver.url, SECRET)
        again = alerts.check(db, receiver.url, SECRET)

    assert first.sent == 1 and first.error is None
    assert again.sent == 0 and again.new_or_pending == 0  # nothing is sent twice
    assert len(receiver.received) == 1 and verify(receiver.received[0])
    [event] = receiver.json(0)["events"]
    assert event["kind"] == "auth_failures" and event["subject"] == "203.0.113.9"
    assert event["events"] == 12


def test_a_failed_post_is_retried_by_the_next_run(db: Database) -> None:
    auth_failures(db, "203.0.113.10", 10)
    with Receiver() as receiver:
        receiver.statuses.append(500)
        failed = alerts.check(db, receiver.url, SECRET)
        retried = alerts.check(db, receiver.url, SECRET)

    assert failed.sent == 0 and failed.error == "HTTP 500"
    assert retried.sent == 1 and retried.error is None
    assert len(receiver.received) == 2 and all(verify(r) for r in receiver.received)
    [row] = db.all("test_alerts")
    assert row["attempts"] == 2 and row["sent_at"] is not None


def test_without_a_webhook_the_check_says_how_to_configure_one(db: Database) -> None:
    with pytest.raises(ConfigError, match="SECURETAG_ALERT_WEBHOOK_URL"):
        alerts.check(db, None, None)


def test_a_revoked_key_still_in_use_is_an_alert(db: Database, db_url: str, tmp_path) -> None:
    from securetag.tenancy.tenants import revoke_api_key
    from tests.support.api import live_api, new_tenant

    with live_api(db_url, tmp_path) as api:
        tenant = new_tenant(db, api.settings, "leaky")
        revoke_api_key(db, tenant.key_id)
        refused = api.get("/scans", tenant.key)
        stranger = api.get("/scans", tenant.key[:-2] + "zz")  # a guess: not a revoked-key use
    assert refused.status_code == 401 and stranger.status_code == 401
    assert refused.json() == stranger.json()  # the caller learns nothing from the answer
    with Receiver() as receiver:
        report = alerts.check(db, receiver.url, SECRET)
    assert report.sent == 1
    [event] = receiver.json(0)["events"]
    assert event["kind"] == "revoked_key_used" and event["subject"] == tenant.key_id
