"""The OpenAPI 3.1 document at GET /openapi.json, built from the pydantic models.

A test checks that every documented operation is a real route and every real
route is documented, and a schemathesis run checks the behaviour against it.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify
from pydantic import BaseModel

from securetag import __version__
from securetag.kernel.models import ScanType, TaskState

from .schemas import (
    PROJECT_PATTERN,
    Accepted,
    Error,
    FeedbackRequest,
    FeedbackResult,
    Health,
    ScanDetail,
    ScanList,
    Webhook,
    WebhookCreated,
    WebhookDeliveryList,
    WebhookList,
    WebhookRequest,
    WebScanRequest,
)

blueprint = Blueprint("openapi", __name__)

MODELS: tuple[type[BaseModel], ...] = (
    Accepted,
    Error,
    FeedbackRequest,
    FeedbackResult,
    Health,
    ScanDetail,
    ScanList,
    Webhook,
    WebhookCreated,
    WebhookDeliveryList,
    WebhookList,
    WebhookRequest,
    WebScanRequest,
)


def _ref(model: type[BaseModel]) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _json(model: type[BaseModel], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(model)}}}


def _error(description: str) -> dict[str, Any]:
    return _json(Error, description)


RATE_HEADERS = {
    name: {"schema": {"type": "integer"}, "description": text}
    for name, text in (
        ("RateLimit-Limit", "requests per minute allowed for this key"),
        ("RateLimit-Remaining", "requests left in the current burst"),
        ("RateLimit-Reset", "seconds until the full burst is available again"),
    )
}

AUTH_ERRORS = {
    "401": _error("missing, invalid, expired or revoked API key"),
    "403": _error("the API key lacks the required scope"),
    "429": {
        **_error(
            "rate limit exceeded (`rate_limited`), or a scan submitted while the tenant's "
            "queue is full (`queue_full`)"
        ),
        "headers": {"Retry-After": {"schema": {"type": "integer"}}, **RATE_HEADERS},
    },
    "503": {
        **_error("the database is unavailable; nothing was accepted; retry later"),
        "headers": {"Retry-After": {"schema": {"type": "integer"}}},
    },
}

SCAN_ID = {
    "name": "scan_id",
    "in": "path",
    "required": True,
    "schema": {"type": "string", "format": "uuid"},
}
FINDING_ID = {**SCAN_ID, "name": "finding_id"}
WEBHOOK_ID = {**SCAN_ID, "name": "webhook_id"}
WEBHOOK_SCOPE = "webhooks:manage"

LIST_PARAMETERS = [
    {"name": "type", "in": "query", "schema": {"enum": list(ScanType)}},
    {
        "name": "state",
        "in": "query",
        "schema": {"enum": list(TaskState)},
    },
    {"name": "project", "in": "query", "schema": {"type": "string", "pattern": PROJECT_PATTERN}},
    {"name": "cursor", "in": "query", "schema": {"type": "string", "maxLength": 200}},
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}},
]


def _secured(scope: str, operation: dict[str, Any]) -> dict[str, Any]:
    operation["security"] = [{"apiKey": []}, {"bearer": []}]
    operation["x-required-scope"] = scope
    operation["responses"] = {**operation["responses"], **AUTH_ERRORS}
    return operation


def build_document(max_upload_bytes: int) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for model in MODELS:
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema
    upload_body = {
        "type": "string",
        "contentMediaType": "application/octet-stream",
        "maxLength": max_upload_bytes,
    }
    paths: dict[str, Any] = {
        "/healthz": {
            "get": {
                "summary": "The process is up",
                "operationId": "health",
                "responses": {"200": _json(Health, "alive")},
            }
        },
        "/healthz/db": {
            "get": {
                "summary": "The database answers SELECT 1 within 2 s",
                "operationId": "healthDatabase",
                "responses": {
                    "200": _json(Health, "the database answers"),
                    "503": _json(Health, "the database does not answer"),
                },
            }
        },
        "/metrics": {
            "get": _secured(
                "ops",
                {
                    "summary": "Prometheus metrics: requests by route and status, latency "
                    "(every tenant's: an operator's key with the `ops` scope only)",
                    "operationId": "metrics",
                    "responses": {
                        "200": {
                            "description": "Prometheus text exposition format",
                            "content": {"text/plain": {"schema": {"type": "string"}}},
                        }
                    },
                },
            )
        },
        "/openapi.json": {
            "get": {
                "summary": "This document",
                "operationId": "openapi",
                "responses": {"200": {"description": "OpenAPI 3.1 document"}},
            }
        },
        "/codeaudit/upload": {
            "post": _secured(
                "scans:write",
                {
                    "summary": "Submit a zip, tar or tar.gz archive for a code audit",
                    "operationId": "uploadCodeAudit",
                    "parameters": [
                        {
                            "name": "project",
                            "in": "query",
                            # Not required here: the multipart form field may carry it instead
                            # (one of the two must; neither is a 400).
                            "required": False,
                            "schema": {"type": "string", "pattern": PROJECT_PATTERN},
                            "description": (
                                "project name; required here or as the multipart form field "
                                "`project` (neither: 400)"
                            ),
                        },
                        {
                            "name": "filename",
                            "in": "query",
                            "schema": {"type": "string", "maxLength": 255},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "file": upload_body,
                                        "project": {"type": "string", "pattern": PROJECT_PATTERN},
                                    },
                                    "required": ["file"],
                                }
                            },
                            "application/octet-stream": {"schema": upload_body},
                        },
                    },
                    "responses": {
                        "202": _json(Accepted, "accepted: the scan is stored and queued"),
                        "400": _error("invalid project, empty or unsupported archive"),
                        "413": _error(f"archive larger than {max_upload_bytes} bytes"),
                    },
                },
            )
        },
        "/codeaudit/index": {
            "get": _secured(
                "scans:read",
                {
                    "summary": "Code audits, newest first",
                    "operationId": "listCodeAudits",
                    "parameters": LIST_PARAMETERS,
                    "responses": {
                        "200": _json(ScanList, "one page"),
                        "400": _error("invalid filter or cursor"),
                    },
                },
            )
        },
        "/codeaudit/latest": {
            "get": _secured(
                "scans:read",
                {
                    "summary": "The most recent code audit (of a project)",
                    "operationId": "latestCodeAudit",
                    "parameters": [
                        {
                            "name": "project",
                            "in": "query",
                            "schema": {"type": "string", "pattern": PROJECT_PATTERN},
                        }
                    ],
                    "responses": {
                        "200": _json(ScanDetail, "the most recent code audit"),
                        "400": _error("invalid project"),
                        "404": _error("no code audit yet"),
                    },
                },
            )
        },
        "/scans": {
            "get": _secured(
                "scans:read",
                {
                    "summary": "Scans, newest first, filtered by type, state and project",
                    "operationId": "listScans",
                    "parameters": LIST_PARAMETERS,
                    "responses": {
                        "200": _json(ScanList, "one page; pass next_cursor for the next"),
                        "400": _error("invalid filter or cursor"),
                    },
                },
            )
        },
        "/scans/web": {
            "post": _secured(
                "scans:write",
                {
                    "summary": "Submit a URL for a passive web scan",
                    "operationId": "submitWebScan",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _ref(WebScanRequest)}},
                    },
                    "responses": {
                        "202": _json(Accepted, "accepted: the scan is stored and queued"),
                        "400": _error(
                            "invalid body or URL (`invalid_request`), or a target the scanner "
                            "may not or cannot reach (`target_refused`: a refused address, or "
                            "a name that resolves to one or to none, told apart only for an "
                            "address written in the URL); nothing is queued"
                        ),
                    },
                },
            )
        },
        "/findings/{finding_id}": {
            "patch": _secured(
                "findings:write",
                {
                    "summary": "A person's word on a finding: status, whether the model's "
                    "verdict was right, a note. It follows the issue (its fingerprint) into "
                    "later scans of the project. It may train the shared triage model only "
                    "when the key also holds labels:train, or once an operator confirms it.",
                    "operationId": "reviewFinding",
                    "parameters": [FINDING_ID],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _ref(FeedbackRequest)}},
                    },
                    "responses": {
                        "200": _json(FeedbackResult, "the review as stored"),
                        "400": _error("invalid body"),
                        "404": _error("no such finding (for this tenant)"),
                    },
                },
            )
        },
        "/webhooks": {
            "post": _secured(
                WEBHOOK_SCOPE,
                {
                    "summary": "Register a URL that receives a signed summary when a scan ends",
                    "description": "Each POST carries X-Securetag-Event, X-Securetag-Delivery, "
                    "X-Securetag-Timestamp and X-Securetag-Signature: sha256=<hex "
                    'HMAC-SHA256(secret, "<timestamp>.<body>")>. A non-2xx answer is retried '
                    "with backoff (8 attempts). The secret is shown only in this answer.",
                    "operationId": "createWebhook",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _ref(WebhookRequest)}},
                    },
                    "responses": {
                        "201": _json(WebhookCreated, "registered; keep the secret"),
                        "400": _error(
                            "invalid body (`invalid_request`), or a URL that is not public or "
                            "does not resolve (`target_refused`, one answer for both)"
                        ),
                        "409": _error("the tenant has as many webhooks as it may"),
                    },
                },
            ),
            "get": _secured(
                WEBHOOK_SCOPE,
                {
                    "summary": "The tenant's webhooks (without their secrets)",
                    "operationId": "listWebhooks",
                    "responses": {"200": _json(WebhookList, "every webhook, oldest first")},
                },
            ),
        },
        "/webhooks/{webhook_id}": {
            "get": _secured(
                WEBHOOK_SCOPE,
                {
                    "summary": "One webhook (without its secret)",
                    "operationId": "getWebhook",
                    "parameters": [WEBHOOK_ID],
                    "responses": {
                        "200": _json(Webhook, "the webhook"),
                        "404": _error("no such webhook (for this tenant)"),
                    },
                },
            ),
            "delete": _secured(
                WEBHOOK_SCOPE,
                {
                    "summary": "Delete a webhook; deliveries not yet sent are dropped",
                    "operationId": "deleteWebhook",
                    "parameters": [WEBHOOK_ID],
                    "responses": {
                        "204": {"description": "deleted"},
                        "404": _error("no such webhook (for this tenant)"),
                    },
                },
            ),
        },
        "/webhooks/{webhook_id}/rotate-secret": {
            "post": _secured(
                WEBHOOK_SCOPE,
                {
                    "summary": "Replace a webhook's signing secret",
                    "description": "Every attempt from now on, retries of deliveries already "
                    "queued included, is signed with the new secret, shown only in this "
                    "answer. No request body. A receiver still checking the old secret "
                    "refuses them; a non-2xx answer is retried with backoff (8 attempts), so "
                    "a receiver switched within that time loses nothing.",
                    "operationId": "rotateWebhookSecret",
                    "parameters": [WEBHOOK_ID],
                    "responses": {
                        "200": _json(WebhookCreated, "the webhook and its new secret"),
                        "404": _error("no such webhook (for this tenant)"),
                    },
                },
            )
        },
        "/webhooks/{webhook_id}/deliveries": {
            "get": _secured(
                WEBHOOK_SCOPE,
                {
                    "summary": "Recent deliveries of a webhook: state, attempts, last answer",
                    "operationId": "listWebhookDeliveries",
                    "parameters": [
                        WEBHOOK_ID,
                        {
                            "name": "limit",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1, "maximum": 200},
                        },
                    ],
                    "responses": {
                        "200": _json(WebhookDeliveryList, "newest first"),
                        "400": _error("invalid limit"),
                        "404": _error("no such webhook (for this tenant)"),
                    },
                },
            )
        },
        "/scans/{scan_id}": {
            "get": _secured(
                "scans:read",
                {
                    "summary": "A scan: state, progress, counts by severity, findings",
                    "operationId": "getScan",
                    "parameters": [
                        SCAN_ID,
                        {"name": "format", "in": "query", "schema": {"enum": ["json", "sarif"]}},
                        {
                            "name": "findings_cursor",
                            "in": "query",
                            "description": "findings.next_cursor of the previous page",
                            "schema": {"type": "string", "pattern": "^[0-9]{1,9}$"},
                        },
                        {
                            "name": "findings_limit",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1, "maximum": 500},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "the scan (JSON) or its SARIF 2.1.0 report",
                            "content": {
                                "application/json": {"schema": _ref(ScanDetail)},
                                "application/sarif+json": {"schema": {"type": "object"}},
                            },
                        },
                        "400": _error("unknown format, bad cursor or limit"),
                        "404": _error("no such scan (for this tenant)"),
                        "409": _error("SARIF asked for a scan that has not finished"),
                    },
                },
            ),
            "delete": _secured(
                "scans:write",
                {
                    "summary": "Cancel a queued or running scan",
                    "operationId": "cancelScan",
                    "parameters": [SCAN_ID],
                    "responses": {
                        "200": _json(ScanDetail, "the cancelled scan"),
                        "404": _error("no such scan (for this tenant)"),
                        "409": _error("the scan has already finished"),
                    },
                },
            ),
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Securetag API",
            "version": __version__,
            "description": "Submit code and web targets for security scans; read findings as "
            "JSON or SARIF. Every error has the shape "
            '{"error": {"code", "message", "details"}}.',
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                "bearer": {"type": "http", "scheme": "bearer"},
            },
        },
    }


@blueprint.get("/openapi.json")
def document() -> Response:
    from .services import services

    return jsonify(build_document(services().settings.max_upload_bytes))
