"""Tenants' webhooks: where Securetag POSTs a signed summary when a scan ends.

A tenant registers a URL (POST /webhooks) and gets a signing secret, shown
once; POST /webhooks/{id}/rotate-secret replaces it, shown once too. When a
scan's task ends (succeeded, failed, timed out or cancelled) the database
queues one `webhook` task per registered URL, in the same transaction
(trigger `task_finished`, migration 0014); when its triage ends, likewise
with the event `scan.triaged`. `securetag.webhooks.sender` delivers them.

The URL and the secret are sealed with the tenant's data key (a URL may carry
a token); listings and the audit log show only the URL's origin. A URL is
judged by the SSRF guard when it is registered (so a mistake is refused at
once) and again on every connection the sender makes.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from securetag.kernel.config import Settings
from securetag.kernel.errors import Conflict, NotFound
from securetag.kernel.models import Row, Severity, Verdict
from securetag.scanning.service import RequestInfo
from securetag.security.ssrf import Resolver, SsrfGuard, TimedResolver, system_resolver
from securetag.store.audit import record
from securetag.store.db import Connection, Database
from securetag.store.vault import WEBHOOK_CONFIG, Vault
from securetag.tenancy.auth import Principal

SCAN_COMPLETED = "scan.completed"
SCAN_TRIAGED = "scan.triaged"
EVENTS = (SCAN_COMPLETED, SCAN_TRIAGED)
ALLOW_SETTING = "SECURETAG_WEBHOOK_ALLOW"
EVENT_HEADER = "X-Securetag-Event"
DELIVERY_HEADER = "X-Securetag-Delivery"
SECRET_PREFIX = "whsec_"


def webhook_guard(settings: Settings, *, resolver: Resolver = system_resolver) -> SsrfGuard:
    """The SSRF guard for webhook URLs: public addresses only, unless SECURETAG_WEBHOOK_ALLOW."""
    return SsrfGuard.from_env_value(
        settings.webhook_allow, resolver=resolver, allow_setting=ALLOW_SETTING
    )


def new_secret() -> str:
    """A signing secret as the tenant keeps it; its UTF-8 bytes are the HMAC key."""
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def origin_of(url: str) -> str:
    """scheme://host[:port]: what may be shown of a URL that could carry a token."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    return f"{parts.scheme.lower()}://{host}" + (f":{parts.port}" if parts.port else "")


@dataclass(frozen=True, slots=True)
class WebhookConfig:
    """What is sealed in tenant_webhook.sealed."""

    url: str
    secret: str

    def seal_bytes(self) -> bytes:
        return json.dumps({"url": self.url, "secret": self.secret}).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> WebhookConfig:
        value = json.loads(raw)
        return cls(url=value["url"], secret=value["secret"])


class WebhookService:
    """Register, list and delete a tenant's webhooks, rotate their secrets; read deliveries."""

    def __init__(
        self, settings: Settings, db: Database, vault: Vault, *, guard: SsrfGuard | None = None
    ) -> None:
        self._settings = settings
        self._db = db
        self._vault = vault
        # Registration answers a request: its DNS lookup gives up in time.
        self._guard = guard or webhook_guard(
            settings, resolver=TimedResolver(settings.target_resolve_timeout_s)
        )

    def create(
        self,
        principal: Principal,
        info: RequestInfo,
        *,
        url: str,
        events: list[str],
        description: str,
    ) -> dict[str, Any]:
        """The new webhook with its secret: the only time the secret is shown."""
        self._guard.check_url(url)  # refused now, rather than failing every delivery later
        config = WebhookConfig(url=url, secret=new_secret())
        webhook_id = uuid.uuid4()
        origin = origin_of(url)
        limit = self._settings.webhooks_per_tenant
        with self._db.transaction(tenant_id=principal.tenant_id) as conn:
            if conn.scalar("count_webhooks") >= limit:
                raise Conflict(
                    f"this tenant already has {limit} webhooks; delete one first",
                    details={"limit": limit},
                )
            sealed = self._vault.seal(
                principal.tenant_id, WEBHOOK_CONFIG, str(webhook_id), config.seal_bytes(), conn=conn
            )
            row = conn.one(
                "insert_webhook",
                id=webhook_id,
                origin=origin,
                events=list(events),
                description=description,
                sealed=sealed.ciphertext,
                key_version=sealed.key_version,
                created_by=principal.key_id,
            )
            details = {"origin": origin, "events": list(events)}
            record(
                conn, info.success(principal, "webhook.create", f"webhook:{webhook_id}", details)
            )
        return {**_described(row, config), "secret": config.secret}

    def list(self, principal: Principal) -> list[dict[str, Any]]:
        rows = self._db.scoped_all(principal.tenant_id, "list_webhooks")
        return [self._shown(principal.tenant_id, row) for row in rows]

    def get(self, principal: Principal, webhook_id: UUID) -> dict[str, Any]:
        rows = self._db.scoped_all(principal.tenant_id, "get_webhook", id=webhook_id)
        if not rows:
            raise _not_found(webhook_id)
        return self._shown(principal.tenant_id, rows[0])

    def delete(self, principal: Principal, info: RequestInfo, webhook_id: UUID) -> None:
        with self._db.transaction(tenant_id=principal.tenant_id) as conn:
            row = conn.one("delete_webhook", id=webhook_id)
            if row is None:
                raise _not_found(webhook_id)
            details = {"origin": row["origin"]}
            record(
                conn, info.success(principal, "webhook.delete", f"webhook:{webhook_id}", details)
            )

    def rotate_secret(
        self, principal: Principal, info: RequestInfo, webhook_id: UUID
    ) -> dict[str, Any]:
        """The webhook with a new secret, shown only in this answer.

        The sender opens the secret for each attempt, so every attempt that
        starts after the commit, retries of earlier deliveries included, is
        signed with the new one.
        """
        tenant_id = principal.tenant_id
        with self._db.transaction(tenant_id=tenant_id) as conn:
            row = conn.one("lock_webhook_config", id=webhook_id)
            if row is None:
                raise _not_found(webhook_id)
            current = self._config(tenant_id, row, conn)
            rotated = WebhookConfig(url=current.url, secret=new_secret())
            stored = self._store_config(conn, tenant_id, webhook_id, rotated)
            details = {"origin": row["origin"]}
            record(
                conn,
                info.success(principal, "webhook.rotate_secret", f"webhook:{webhook_id}", details),
            )
        return {**_described(stored, rotated), "secret": rotated.secret}

    def deliveries(self, principal: Principal, webhook_id: UUID, *, limit: int) -> list[Row]:
        # Another tenant's webhook is a 404, not an empty list (nothing to open for that).
        if not self._db.scoped_all(principal.tenant_id, "get_webhook", id=webhook_id):
            raise _not_found(webhook_id)
        return self._db.scoped_all(
            principal.tenant_id, "list_webhook_deliveries", webhook_id=webhook_id, limit=limit
        )

    def _shown(self, tenant_id: UUID, row: Row) -> dict[str, Any]:
        return _described(row, self._config(tenant_id, row))

    def _store_config(
        self, conn: Connection, tenant_id: UUID, webhook_id: UUID, config: WebhookConfig
    ) -> Row:
        """Seal `config` under the tenant's newest data key into the webhook's (locked) row."""
        # fresh: right after `keys rotate` this process may still remember the older
        # version for a few seconds, and a new secret should not start life under it.
        sealed = self._vault.seal(
            tenant_id, WEBHOOK_CONFIG, str(webhook_id), config.seal_bytes(), conn=conn, fresh=True
        )
        stored = conn.one(
            "store_webhook_config",
            id=webhook_id,
            sealed=sealed.ciphertext,
            key_version=sealed.key_version,
        )
        if stored is None:  # not while this transaction holds the row's lock
            raise _not_found(webhook_id)
        return stored

    def _config(self, tenant_id: UUID, row: Row, conn: Connection | None = None) -> WebhookConfig:
        """The row's sealed config, opened (inside `conn`'s transaction when given)."""
        webhook_id = str(row["id"])
        opened = self._vault.open(
            tenant_id, WEBHOOK_CONFIG, webhook_id, row["sealed"], row["key_version"], conn=conn
        )
        return WebhookConfig.from_bytes(opened)


def _described(row: Row, config: WebhookConfig) -> dict[str, Any]:
    """A webhook as the API shows it: its URL, never its secret."""
    return {
        "id": str(row["id"]),
        "url": config.url,
        "origin": row["origin"],
        "events": list(row["events"]),
        "description": row["description"],
        "created_by": row["created_by"],
        "created_at": row["created_at"].isoformat(),
    }


def summary_document(delivery: Row, scan: Row, *, base_url: str | None = None) -> dict[str, Any]:
    """What a delivery POSTs: the event and the scan's summary, never a finding's content.

    `base_url` (SECURETAG_PUBLIC_URL) makes the links absolute.
    """
    prefix = (base_url or "").rstrip("/")
    counts = scan["severity_counts"] or {}
    by_status = scan["findings_by_status"] or {}
    document: dict[str, Any] = {
        "event": delivery["event"],
        "delivery_id": str(delivery["id"]),
        "occurred_at": _iso(delivery["created_at"]),
        "scan": {
            "id": str(scan["id"]),
            "type": scan["type"],
            "project": scan["project"],
            "state": scan["state"],
            "error": scan["error"],
            "counts": {severity: int(counts.get(severity, 0)) for severity in Severity},
            "findings": {
                status: int(by_status.get(status, 0)) for status in ("new", "existing", "fixed")
            },
            "triage": scan["triage_state"],
            "coverage": _coverage_summary(scan["coverage"]),
            "created_at": _iso(scan["created_at"]),
            "started_at": _iso(scan["started_at"]),
            "finished_at": _iso(scan["finished_at"]),
            "links": {
                "self": f"{prefix}/scans/{scan['id']}",
                "sarif": f"{prefix}/scans/{scan['id']}?format=sarif",
            },
        },
    }
    if delivery["event"] == SCAN_TRIAGED:
        verdicts = scan["verdicts"] or {}
        document["triage"] = {
            # How the triage task ended: a triage that gave up is worth knowing too.
            "outcome": delivery["outcome"],
            "verdicts": {verdict: int(verdicts.get(verdict, 0)) for verdict in Verdict},
        }
    return document


def _coverage_summary(coverage: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """What the scan examined and skipped, counted (securetag/scanning/coverage.py), without
    the example paths: a summary names no file. Null for a scan that ran no agents."""
    if coverage is None:
        return None
    agents = {
        name: {key: value for key, value in entry.items() if key != "examples"}
        for name, entry in (coverage.get("agents") or {}).items()
    }
    return {**coverage, "agents": agents}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _not_found(webhook_id: UUID) -> NotFound:
    return NotFound(f"no webhook {webhook_id}", details={"webhook_id": str(webhook_id)})
