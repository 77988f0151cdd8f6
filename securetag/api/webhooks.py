"""Webhooks: a tenant's receivers of signed scan summaries (securetag/webhooks/service.py)."""

from __future__ import annotations

from uuid import UUID

from flask import Blueprint, Response, jsonify, request

from .scans import json_body, request_info
from .schemas import DeliveryQuery, WebhookRequest
from .security import principal, requires
from .services import services

blueprint = Blueprint("webhooks", __name__)

SCOPE = "webhooks:manage"


@blueprint.post("/webhooks")
@requires(SCOPE)
def create_webhook() -> tuple[Response, int, dict[str, str]]:
    body = WebhookRequest.model_validate(json_body())
    created = services().webhooks.create(
        principal(),
        request_info(),
        url=body.url,
        events=list(body.events),
        description=body.description,
    )
    return jsonify(created), 201, {"Location": f"/webhooks/{created['id']}"}


@blueprint.get("/webhooks")
@requires(SCOPE)
def list_webhooks() -> Response:
    return jsonify({"items": services().webhooks.list(principal())})


@blueprint.get("/webhooks/<uuid:webhook_id>")
@requires(SCOPE)
def get_webhook(webhook_id: UUID) -> Response:
    return jsonify(services().webhooks.get(principal(), webhook_id))


@blueprint.delete("/webhooks/<uuid:webhook_id>")
@requires(SCOPE)
def delete_webhook(webhook_id: UUID) -> tuple[str, int]:
    services().webhooks.delete(principal(), request_info(), webhook_id)
    return "", 204


@blueprint.post("/webhooks/<uuid:webhook_id>/rotate-secret")
@requires(SCOPE)
def rotate_webhook_secret(webhook_id: UUID) -> Response:
    # Nothing to choose, so no body is read: an empty one, or none, is as good as any.
    rotated = services().webhooks.rotate_secret(principal(), request_info(), webhook_id)
    return jsonify(rotated)


@blueprint.get("/webhooks/<uuid:webhook_id>/deliveries")
@requires(SCOPE)
def list_deliveries(webhook_id: UUID) -> Response:
    query = DeliveryQuery.model_validate(request.args.to_dict())
    rows = services().webhooks.deliveries(principal(), webhook_id, limit=query.limit)
    return jsonify({"items": [delivery_json(row) for row in rows]})


def delivery_json(row: dict) -> dict:
    return {
        "id": str(row["id"]),
        "scan_id": str(row["scan_id"]),
        "event": row["event"],
        "outcome": row["outcome"],
        "state": row["state"],
        "attempts": row["attempts"],
        "last_status": row["last_status"],
        "last_error": row["last_error"],
        "created_at": row["created_at"].isoformat(),
        "finished_at": row["finished_at"].isoformat() if row["finished_at"] else None,
    }
