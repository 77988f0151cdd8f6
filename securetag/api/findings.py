"""Findings: a person's word on one (PATCH /findings/{id})."""

from __future__ import annotations

from uuid import UUID

from flask import Blueprint, Response, jsonify

from .scans import json_body, request_info
from .schemas import FeedbackRequest
from .security import principal, requires
from .services import services

blueprint = Blueprint("findings", __name__)


@blueprint.patch("/findings/<uuid:finding_id>")
@requires("findings:write")
def review_finding(finding_id: UUID) -> Response:
    body = FeedbackRequest.model_validate(json_body())
    changes = body.model_dump(exclude_unset=True)
    result = services().scans.review(principal(), request_info(), finding_id, changes)
    return jsonify(result)
