"""GET /metrics: Prometheus text for scrapers (no API key, like the health checks;
keep it to the internal network at the proxy)."""

from __future__ import annotations

from flask import Blueprint, Response

from .services import services

blueprint = Blueprint("metrics", __name__)


@blueprint.get("/metrics")
def metrics() -> Response:
    body, content_type = services().metrics.exposition()
    return Response(body, content_type=content_type)
