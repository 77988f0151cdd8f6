"""Authentication, scopes and rate limits for every endpoint except health."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import g, request

from securetag.auth import Principal, Unauthorized
from securetag.errors import RateLimited

from .services import services

F = TypeVar("F", bound=Callable[..., Any])


def presented_token() -> str | None:
    """X-API-Key, or `Authorization: Bearer <key>`."""
    token = request.headers.get("X-API-Key")
    if token:
        return token
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value else None


def principal() -> Principal:
    return g.principal


def requires(scope: str) -> Callable[[F], F]:
    """Authenticate the caller, charge its rate limit, then check its scope."""

    def decorate(view: F) -> F:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            svc = services()
            try:
                caller, decision = svc.auth.admit(
                    presented_token(),
                    default_per_minute=svc.settings.rate_limit_per_minute,
                    burst=svc.settings.rate_limit_burst,
                )
            except Unauthorized as exc:
                g.auth_failed = True
                g.revoked_key_id = exc.revoked_key_id
                raise
            g.principal = caller
            g.rate_headers = decision.headers()
            if not decision.allowed:
                raise RateLimited(
                    "rate limit exceeded; retry later",
                    details={"retry_after_s": round(decision.retry_after_s, 3)},
                )
            caller.require(scope)
            return view(*args, **kwargs)

        guarded.required_scope = scope  # type: ignore[attr-defined]  # read by the OpenAPI builder
        return guarded  # type: ignore[return-value]

    return decorate
