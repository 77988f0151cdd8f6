"""One JSON error shape for every failure: {"error": {"code", "message", "details"}}."""

from __future__ import annotations

import logging

from flask import Flask, Response, g, jsonify
from pydantic import ValidationError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from securetag.kernel.errors import DatabaseUnavailable, QueueFull, SecuretagError

from .services import services

log = logging.getLogger("securetag.api")


def error_response(status: int, code: str, message: str, details: dict | None = None) -> Response:
    response = jsonify({"error": {"code": code, "message": message, "details": details or {}}})
    response.status_code = status
    return response


def validation_details(exc: ValidationError) -> dict:
    return {
        "fields": [
            {"field": ".".join(str(p) for p in err["loc"]) or "body", "message": err["msg"]}
            for err in exc.errors()
        ]
    }


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ValidationError)
    def _validation(exc: ValidationError) -> Response:
        return error_response(
            400, "invalid_request", "the request is invalid", validation_details(exc)
        )

    @app.errorhandler(DatabaseUnavailable)
    def _unavailable(exc: DatabaseUnavailable) -> Response:
        # Never "accepted then lost": nothing was committed, so the client may retry.
        log.warning("database unavailable", extra={"reason": exc.details.get("reason")})
        response = error_response(
            503, exc.code, "the service is temporarily unavailable; retry later"
        )
        response.headers["Retry-After"] = str(services().settings.unavailable_retry_after_s)
        return response

    @app.errorhandler(SecuretagError)
    def _securetag(exc: SecuretagError) -> Response:
        if exc.http_status >= 500:
            log.error("request failed", exc_info=exc)
            return error_response(
                500, "internal_error", "internal error", {"request_id": g.request_id}
            )
        response = error_response(exc.http_status, exc.code, exc.message, exc.details)
        if isinstance(exc, QueueFull):
            response.headers["Retry-After"] = str(exc.details["retry_after_s"])
        return response

    @app.errorhandler(RequestEntityTooLarge)
    def _too_large(exc: RequestEntityTooLarge) -> Response:
        limit = services().settings.max_upload_bytes
        return error_response(
            413, "payload_too_large", f"the request body is larger than {limit} bytes",
            {"max_bytes": limit},
        )  # fmt: skip

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response:
        code = (exc.name or "error").lower().replace(" ", "_")
        response = error_response(exc.code or 500, code, exc.description or exc.name)
        if exc.code == 405 and exc.valid_methods:  # type: ignore[attr-defined]
            response.headers["Allow"] = ", ".join(exc.valid_methods)  # type: ignore[attr-defined]
        return response

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        log.exception("unhandled error")
        return error_response(500, "internal_error", "internal error", {"request_id": g.request_id})
