"""What the views need, built once per app by create_app and found through the app."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from securetag.api.clients import TrustedProxies
from securetag.api.scan_wait import ScanWaits
from securetag.kernel.config import Settings
from securetag.kernel.metrics import ApiMetrics
from securetag.queue.tasks import TaskQueue
from securetag.scanning.service import ScanService, WebTargetCheck
from securetag.security.crypto import MasterKeyRing
from securetag.security.ssrf import SsrfGuard, TimedResolver
from securetag.store.db import Database
from securetag.store.vault import Vault
from securetag.tenancy.auth import Authenticator, FailureLimit
from securetag.webhooks.service import WebhookService

EXTENSION = "securetag"


@dataclass
class Services:
    settings: Settings
    db: Database
    auth: Authenticator
    metrics: ApiMetrics
    vault: Vault
    scans: ScanService
    webhooks: WebhookService
    trusted_proxies: TrustedProxies
    auth_failures: FailureLimit
    scan_waits: ScanWaits

    @classmethod
    def build(cls, settings: Settings, db: Database) -> Services:
        # Both raise a ConfigError that says how to create the missing secret,
        # so a misconfigured API refuses to start instead of failing per request.
        pepper = settings.pepper()
        vault = Vault(db, MasterKeyRing.from_settings(settings))
        return cls(
            settings=settings,
            db=db,
            auth=Authenticator(db, pepper),
            metrics=ApiMetrics(),
            vault=vault,
            scans=ScanService(
                db, TaskQueue(db, settings), vault, web_targets=web_target_check(settings)
            ),
            webhooks=WebhookService(settings, db, vault),
            trusted_proxies=TrustedProxies(settings.forwarded_allow_ips),
            auth_failures=FailureLimit(
                per_minute=settings.auth_failures_per_minute, burst=settings.auth_failures_burst
            ),
            scan_waits=ScanWaits(settings.api_scan_waiters),
        )


def web_target_check(settings: Settings) -> WebTargetCheck:
    """How the API judges a submitted web target: the worker's allow-list, DNS in time."""
    guard = SsrfGuard.from_env_value(
        settings.webscan_allow, resolver=TimedResolver(settings.target_resolve_timeout_s)
    )
    return WebTargetCheck(guard, resolve_names=settings.webscan_resolve_on_submit)


def services() -> Services:
    return current_app.extensions[EXTENSION]
