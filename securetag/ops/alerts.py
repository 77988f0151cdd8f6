"""`securetag alerts check`: post new security events to the operators' webhook.

Events come from the `ops.security_events` view (bursts of authentication
failures per source, rate-limit storms, sandbox violations, failed audit
verifications). Each run records new events in `security_alert`, posts those
not yet delivered as one JSON document, and marks them sent only when the
receiver answered 2xx, so a failed post is retried by the next run (cron).

The body is signed like the tenants' webhooks (`securetag.security.signing`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import requests

from securetag.kernel.errors import ConfigError
from securetag.security.signing import signed_post
from securetag.store import audit
from securetag.store.db import Database

ALERTS_LOCK = 0x5EC7_2000_0001


@dataclass
class AlertReport:
    new_or_pending: int = 0
    sent: int = 0
    error: str | None = None
    skipped: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "pending": self.new_or_pending,
            "sent": self.sent,
            "error": self.error,
            "skipped": self.skipped,
        }


def check(
    db: Database,
    url: str | None,
    secret: bytes | None,
    *,
    limit: int = 500,
    timeout_s: float = 10.0,
) -> AlertReport:
    if not url or not secret:
        raise ConfigError(
            "no alert webhook: set SECURETAG_ALERT_WEBHOOK_URL and "
            "SECURETAG_ALERT_WEBHOOK_SECRET_FILE (a file from `securetag gen-secret`)"
        )
    report = AlertReport()
    with db.dedicated() as lock:
        if not lock.scalar("alerts_lock", key=ALERTS_LOCK):
            report.skipped = "another alerts check holds the lock"
            return report
        db.run("alerts_collect")
        pending = db.all("alerts_unsent", limit=limit)
        report.new_or_pending = len(pending)
        if pending:
            report.sent, report.error = _deliver(db, url, secret, pending, timeout_s)
    with db.transaction() as conn:
        audit.record_cli_action(
            conn,
            "alerts.check",
            "security_events",
            details=report.as_dict(),
            outcome="success" if report.error is None else "failure",
        )
    return report


def _deliver(
    db: Database, url: str, secret: bytes, pending: list[dict], timeout_s: float
) -> tuple[int, str | None]:
    events = [
        {
            "kind": row["kind"],
            "at": row["at"].isoformat(),
            "subject": row["subject"],
            "events": row["events"],
        }
        for row in pending
    ]
    keys = {
        "kinds": [row["kind"] for row in pending],
        "ats": [row["at"] for row in pending],
        "subjects": [row["subject"] for row in pending],
    }
    try:
        response = signed_post(
            url,
            secret,
            {"source": "securetag", "events": events},
            timeout_s=timeout_s,
            user_agent="securetag-alerts",
        )
        error = None if 200 <= response.status_code < 300 else f"HTTP {response.status_code}"
    except requests.RequestException as exc:
        error = f"{type(exc).__name__}: could not reach the alert webhook"
    if error is None:
        db.run("alerts_mark_sent", **keys)
        return len(pending), None
    db.run("alerts_mark_failed", error=error, **keys)
    return 0, error


def post_audit_anchor(
    url: str | None, secret: bytes | None, anchor: dict[str, Any], *, timeout_s: float = 10.0
) -> str | None:
    """Send an audit anchor to the operators' webhook, off the database's reach; the error, if any.

    The receiver keeps it as one more event (`kind: audit_anchor`, the anchor as
    `subject`), so the anchors outlive anything done to the database.
    """
    if not url or not secret:
        raise ConfigError(
            "no alert webhook: set SECURETAG_ALERT_WEBHOOK_URL and "
            "SECURETAG_ALERT_WEBHOOK_SECRET_FILE (a file from `securetag gen-secret`)"
        )
    event = {"kind": "audit_anchor", "at": anchor["at"], "subject": anchor["anchor"], "events": 1}
    event["anchor"] = anchor
    try:
        response = signed_post(
            url,
            secret,
            {"source": "securetag", "events": [event]},
            timeout_s=timeout_s,
            user_agent="securetag-alerts",
        )
    except requests.RequestException as exc:
        return f"{type(exc).__name__}: could not reach the alert webhook"
    return None if 200 <= response.status_code < 300 else f"HTTP {response.status_code}"
