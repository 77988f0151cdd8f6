"""GET /metrics: Prometheus text for scrapers, to a key with the `ops` scope.

The counts cover every tenant's requests, so a tenant's key may not read them.
Prometheus sends the key as `Authorization: Bearer` (its `authorization`
block with `credentials_file`); docs/operations.md#metrics shows the scrape job.
"""

from __future__ import annotations

from flask import Blueprint, Response

from .security import requires
from .services import services

blueprint = Blueprint("metrics", __name__)


@blueprint.get("/metrics")
@requires("ops")
def metrics() -> Response:
    body, content_type = services().metrics.exposition()
    return Response(body, content_type=content_type)
