"""Authentication, scopes and rate limits for every endpoint except health."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import wraps
from typing import Any, TypeVar

from flask import g, request

from securetag.kernel.errors import RateLimited
from securetag.kernel.models import Read, Row
from securetag.tenancy.auth import Principal, Unauthorized

from . import client_addr
from .clients import refusal_subject
from .services import services

F = TypeVar("F", bound=Callable[..., Any])
# Given a view's URL arguments: the reads it is about to make, by name.
ReadPlan = Callable[..., Mapping[str, Read]]


def presented_token() -> str | None:
    """X-API-Key, or `Authorization: Bearer <key>`."""
    token = request.headers.get("X-API-Key")
    if token:
        return token
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value else None


def principal() -> Principal:
    return g.principal


def prefetched(name: str) -> list[Row] | None:
    """Rows of the read `name` that came with the admission; None: read them yourself."""
    return g.get("prefetched", {}).get(name)


def _planned(plan: ReadPlan | None, view_args: dict[str, Any]) -> Mapping[str, Read]:
    if plan is None:
        return {}
    try:
        return plan(**view_args)
    except Exception:
        # An invalid request: nothing to prefetch. The view parses it again and
        # refuses it in its turn, after authentication, so a stranger learns
        # nothing from it, and no parser's surprise answers before the key is checked.
        return {}


def requires(scope: str, *, reads: ReadPlan | None = None) -> Callable[[F], F]:
    """Authenticate the caller, charge its rate limit, then check its scope.

    `reads` names the reads the view will make; they travel with the admission,
    in one round trip, and run only if the database admits the caller (see
    Authenticator.admit_and_read). The view gets their rows from `prefetched`.
    """

    def decorate(view: F) -> F:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            svc = services()
            planned = _planned(reads, kwargs)
            rows: list[list[Row]] = []
            limits = {
                "default_per_minute": svc.settings.rate_limit_per_minute,
                "burst": svc.settings.rate_limit_burst,
                "client": refusal_subject(client_addr()),
                "failures": svc.auth_failures,
            }
            try:
                if planned:
                    caller, decision, rows = svc.auth.admit_and_read(
                        presented_token(), scope=scope, reads=list(planned.values()), **limits
                    )
                else:
                    caller, decision = svc.auth.admit(presented_token(), **limits)
            except Unauthorized as exc:
                if exc.failures is not None and not exc.failures.allowed:
                    # Too many failures from this address: say when to come back, the
                    # same way whichever key was presented (a right one would pass).
                    g.rate_headers = exc.failures.headers()
                    raise RateLimited(
                        "too many failed authentications from this address; retry later",
                        details={"retry_after_s": round(exc.failures.retry_after_s, 3)},
                    ) from None
                raise
            g.principal = caller
            g.rate_headers = decision.headers()
            if not decision.allowed:
                raise RateLimited(
                    "rate limit exceeded; retry later",
                    details={"retry_after_s": round(decision.retry_after_s, 3)},
                )
            caller.require(scope)
            g.prefetched = dict(zip(planned, rows, strict=True))
            return view(*args, **kwargs)

        guarded.required_scope = scope  # type: ignore[attr-defined]  # read by the OpenAPI builder
        return guarded  # type: ignore[return-value]

    return decorate
