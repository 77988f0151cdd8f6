"""The `webhook` task: POST one signed scan summary to one tenant's webhook.

The database queues the task when a scan (or its triage) ends (see
`securetag.webhooks.service`). A 2xx answer delivers it. Anything else — a refused
connection, a timeout, a 5xx, a 4xx — is retried through the queue: the first
retry after SECURETAG_WEBHOOK_RETRY_BASE_S, each later one 4x later, capped by
SECURETAG_WEBHOOK_RETRY_CAP_S, and never sooner than the receiver's own
Retry-After. The whole POST has a total deadline of SECURETAG_WEBHOOK_TIMEOUT_S
(not only a per-read timeout), so a receiver that answers slowly is abandoned then.
After the task's last attempt (8) the delivery is marked failed.
A URL the SSRF guard refuses (its host now resolves to a private address, or a
redirect was answered) fails at once: trying again cannot make it safe.

Delivery is at least once: a worker that dies after the POST and before
recording it sends it again. Receivers de-duplicate on X-Securetag-Delivery.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import requests

from securetag.kernel.config import Settings
from securetag.kernel.errors import PermanentTaskError, TaskError
from securetag.kernel.models import ClaimedTask, Row, TaskType
from securetag.queue.handlers import HandlerRegistry, TaskContext
from securetag.security.signing import signed_post
from securetag.security.ssrf import SsrfGuard, SsrfRefused, TargetUnresolvable, TotalDeadline
from securetag.store import audit
from securetag.store.db import Database
from securetag.store.vault import WEBHOOK_CONFIG, Vault
from securetag.webhooks.service import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    WebhookConfig,
    summary_document,
    webhook_guard,
)

log = logging.getLogger("securetag.webhooks.service")

USER_AGENT = "securetag-webhooks"
RETRY_GROWTH = 4
# A receiver's Retry-After is honoured up to this many seconds.
MAX_RETRY_AFTER_S = 6 * 3600


@dataclass(frozen=True, slots=True)
class PostOutcome:
    status: int | None  # None when no HTTP answer came back
    error: str | None  # None when delivered
    retry_after_s: float | None = None
    refused: bool = False  # the SSRF guard refused: permanent

    @property
    def delivered(self) -> bool:
        return self.error is None


def retry_delay_s(attempt: int, base_s: float, cap_s: float, retry_after_s: float | None) -> float:
    """base * 4^(attempt-1), capped, and never before the receiver asked us to come back."""
    delay = min(cap_s, base_s * RETRY_GROWTH ** max(attempt - 1, 0))
    if retry_after_s is not None:
        delay = max(delay, min(retry_after_s, MAX_RETRY_AFTER_S))
    return delay


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After in seconds; the HTTP-date form is rare from webhook receivers and ignored."""
    if value is None or not value.strip().isdigit():
        return None
    return float(value.strip())


class WebhookSender:
    def __init__(
        self,
        settings: Settings,
        db: Database,
        vault: Vault,
        *,
        guard: SsrfGuard | None = None,
    ) -> None:
        self._settings = settings
        self._db = db
        self._vault = vault
        self._guard = guard or webhook_guard(settings)

    def register(self, registry: HandlerRegistry) -> None:
        registry.register(TaskType.WEBHOOK, self.run)

    def run(self, task: ClaimedTask, ctx: TaskContext) -> None:
        delivery_id = _delivery_id(task)
        delivery = self._db.one("webhook_delivery_to_send", id=delivery_id)
        if delivery is None:
            log.info("webhook deleted before delivery", extra={"delivery_id": str(delivery_id)})
            return
        if delivery["state"] != "pending":
            return  # an earlier attempt delivered it (or gave up) and then lost its lease
        config = WebhookConfig.from_bytes(
            self._vault.open(
                delivery["tenant_id"],
                WEBHOOK_CONFIG,
                str(delivery["webhook_id"]),
                delivery["sealed"],
                delivery["key_version"],
            )
        )
        scan = self._db.one("webhook_scan_summary", scan_id=delivery["scan_id"])
        if scan is None:
            return  # the scan was deleted with its tenant: nothing to report
        document = summary_document(delivery, scan, base_url=self._settings.public_url)
        outcome = self._post(config, delivery, document, ctx)
        last_try = task.attempts >= task.max_attempts
        if outcome.delivered:
            self._record(task, delivery, outcome, "delivered")
            return
        if outcome.refused or last_try:
            self._record(task, delivery, outcome, "failed")
            raise PermanentTaskError(
                f"webhook {delivery['origin']} not delivered after {task.attempts} "
                f"attempt(s): {outcome.error}"
            )
        self._record(task, delivery, outcome, "pending")
        raise TaskError(
            f"webhook {delivery['origin']}: {outcome.error}; trying again",
            retry_after_s=retry_delay_s(
                task.attempts,
                self._settings.webhook_retry_base_s,
                self._settings.webhook_retry_cap_s,
                outcome.retry_after_s,
            ),
        )

    def _post(
        self,
        config: WebhookConfig,
        delivery: Row,
        document: dict[str, Any],
        ctx: TaskContext,
    ) -> PostOutcome:
        headers = {EVENT_HEADER: delivery["event"], DELIVERY_HEADER: str(delivery["id"])}
        timeout_s = self._settings.webhook_timeout_s
        # The whole POST (connect, send, status line, headers) ends within timeout_s:
        # a receiver dripping one header line at a time cannot hold the slot longer.
        deadline = TotalDeadline(min(timeout_s, max(ctx.remaining_s, 0.001)))
        try:
            with deadline, self._guard.session() as session:
                response = signed_post(
                    config.url,
                    config.secret.encode(),
                    document,
                    timeout_s=timeout_s,
                    user_agent=USER_AGENT,
                    session=session,
                    headers=headers,
                )
        except (SsrfRefused, TargetUnresolvable) as exc:
            # An unresolvable host may come back; a refused address is refused for good.
            refused = isinstance(exc, SsrfRefused)
            return PostOutcome(status=None, error=exc.message, refused=refused)
        except requests.RequestException as exc:
            if deadline.expired:
                return PostOutcome(status=None, error=_late(deadline))
            return PostOutcome(status=None, error=f"{type(exc).__name__}: no answer")
        if deadline.expired:  # cut off mid-headers: what came is no answer
            return PostOutcome(status=None, error=_late(deadline))
        status = response.status_code
        if 200 <= status < 300:
            return PostOutcome(status=status, error=None)
        if 300 <= status < 400:
            # Redirects are not followed: the signed body would go to a URL nobody registered.
            return PostOutcome(
                status=status, error=f"HTTP {status}: redirects are not followed", refused=True
            )
        return PostOutcome(
            status=status,
            error=f"HTTP {status}",
            retry_after_s=parse_retry_after(response.headers.get("Retry-After")),
        )

    def _record(self, task: ClaimedTask, delivery: Row, outcome: PostOutcome, state: str) -> None:
        with self._db.transaction() as conn:
            conn.run(
                "webhook_delivery_attempted",
                id=delivery["id"],
                status=outcome.status,
                error=outcome.error,
                state=state,
            )
            if state == "pending":
                return  # the queue audits the retry itself
            audit.record(
                conn,
                audit.AuditEvent(
                    actor="worker",
                    action="webhook.deliver",
                    target=f"webhook:{delivery['webhook_id']}",
                    outcome="success" if state == "delivered" else "failure",
                    tenant_id=delivery["tenant_id"],
                    details={
                        "task_id": task.id,
                        "delivery_id": str(delivery["id"]),
                        "event": delivery["event"],
                        "scan_id": str(delivery["scan_id"]),
                        "origin": delivery["origin"],
                        "status": outcome.status,
                        "attempts": task.attempts,
                        "error": outcome.error,
                    },
                ),
            )


def _late(deadline: TotalDeadline) -> str:
    return f"no complete answer within {deadline.seconds:g} s"


def _delivery_id(task: ClaimedTask) -> UUID:
    try:
        return UUID(str(task.payload["delivery_id"]))
    except (KeyError, ValueError) as exc:
        raise PermanentTaskError(f"webhook task {task.id} has no valid delivery_id") from exc
