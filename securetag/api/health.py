from __future__ import annotations

from flask import Blueprint, Response, jsonify

from .services import services

blueprint = Blueprint("health", __name__)


@blueprint.get("/healthz")
def process() -> Response:
    """The process answers. No database, no authentication."""
    return jsonify({"status": "ok"})


@blueprint.get("/healthz/db")
def database() -> tuple[Response, int]:
    """A `SELECT 1` on a fresh connection with a short timeout: 200, or 503."""
    if services().db.ping(timeout_s=2.0):
        return jsonify({"status": "ok"}), 200
    response = jsonify({"status": "unavailable"})
    response.headers["Retry-After"] = str(services().settings.unavailable_retry_after_s)
    return response, 503
