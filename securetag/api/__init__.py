"""The HTTP API: `create_app(settings)`, one blueprint per resource.

Served by gunicorn (`securetag serve`, deploy/gunicorn.conf.py). Each gunicorn
worker process builds its own app and connection pool; the API connects as
the non-owner role securetag_api, so PostgreSQL's row-level security keeps
tenants apart even where a query forgot to.
"""

from __future__ import annotations

import logging
import re
import time
import uuid

from flask import Flask, Response, g, request

from securetag.kernel.config import Settings
from securetag.kernel.errors import DatabaseUnavailable, SecuretagError
from securetag.kernel.logs import configure_logging
from securetag.store import migrate as migrations
from securetag.store.audit import AuditEvent, record
from securetag.store.connect import api_url
from securetag.store.db import Database
from securetag.tenancy.auth import Principal

from .errors import register_error_handlers
from .services import EXTENSION, Services, services

log = logging.getLogger("securetag.api")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Multipart framing around an upload at the size cap must not trip the body limit.
MULTIPART_ALLOWANCE = 64 * 1024


def create_app(settings: Settings | None = None, *, db: Database | None = None) -> Flask:
    settings = settings or Settings.from_env()
    configure_logging(settings.log_level, settings.log_format)
    if db is None:
        db = Database(
            api_url(settings),
            min_size=settings.db_pool_min,
            max_size=settings.db_pool_max,
            connect_timeout_s=settings.db_connect_timeout_s,
            statement_timeout_s=settings.db_statement_timeout_s,
            application_name="securetag-api",
        )
        # Not waiting: a database that is down at start answers 503 until it is back.
        db.open(wait=False)
        _refuse_an_old_schema(db)

    app = Flask("securetag")
    app.config["MAX_CONTENT_LENGTH"] = settings.max_upload_bytes + MULTIPART_ALLOWANCE
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions[EXTENSION] = Services.build(settings, db)

    from .codeaudit import blueprint as codeaudit
    from .findings import blueprint as findings
    from .health import blueprint as health
    from .metrics import blueprint as metrics
    from .openapi import blueprint as openapi
    from .scans import blueprint as scans
    from .webhooks import blueprint as webhooks

    for blueprint in (health, scans, codeaudit, findings, webhooks, openapi, metrics):
        app.register_blueprint(blueprint)
    register_error_handlers(app)
    app.before_request(_begin)
    app.after_request(_finish)
    return app


def _refuse_an_old_schema(db: Database) -> None:
    """Refuse to serve a schema that is behind or edited; an unreachable database is not that."""
    try:
        migrations.ensure_current(db)
    except DatabaseUnavailable as exc:
        log.warning("database unavailable at start; serving 503 until it is back",
                    extra={"reason": exc.details.get("reason")})  # fmt: skip


def _begin() -> None:
    presented = request.headers.get("X-Request-Id", "")
    g.request_id = presented if _REQUEST_ID.match(presented) else uuid.uuid4().hex
    g.started = time.perf_counter()


def client_addr() -> str:
    """The client's address: the peer's, or X-Forwarded-For's from a trusted proxy (clients.py)."""
    cached = g.get("client_addr")
    if cached is None:
        cached = g.client_addr = services().trusted_proxies.client(
            request.remote_addr or "", request.headers.getlist("X-Forwarded-For")
        )
    return cached


def _finish(response: Response) -> Response:
    response.headers["X-Request-Id"] = g.request_id
    route = request.url_rule.rule if request.url_rule is not None else "unmatched"
    services().metrics.observe(
        request.method, route, response.status_code, time.perf_counter() - g.started
    )
    for name, value in getattr(g, "rate_headers", {}).items():
        response.headers[name] = value
    caller = getattr(g, "principal", None)
    # Failed authentications and rate-limit refusals are not audited one row each:
    # api_admit counts them per minute in request_refusal, in the statement that
    # refused them, so no client can grow the append-only log by being refused.
    if (
        request.method in STATE_CHANGING
        and response.status_code >= 400
        and response.status_code != 429
        and caller is not None
    ):
        _audit_refusal(response.status_code, caller)
    log.info(
        "request",
        extra={
            "request_id": g.request_id,
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round((time.perf_counter() - g.started) * 1000, 2),
            "tenant_id": str(caller.tenant_id) if caller else None,
            "key_id": caller.key_id if caller else None,
            "client_addr": client_addr(),
        },
    )
    return response


def _audit_refusal(status: int, caller: Principal) -> None:
    """An authenticated caller's refused change, audited in a transaction of its own.

    Bounded by the caller's rate limit, which admitted the request first.
    """
    event = AuditEvent(
        actor=caller.key_id,
        action=f"{request.method} {request.path}",
        outcome="denied" if status < 500 else "failure",
        target=request.path,
        tenant_id=caller.tenant_id,
        request_id=g.request_id,
        client_addr=client_addr(),
        details={"status": status, "method": request.method},
    )
    try:
        with services().db.transaction(tenant_id=event.tenant_id) as conn:
            record(conn, event)
    except SecuretagError as exc:
        log.warning("could not audit a refused request", extra={"error": exc.message})
