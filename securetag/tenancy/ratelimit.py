"""A rate limiter shared by every API process on every host, kept in PostgreSQL.

GCRA (generic cell rate algorithm): each key stores one timestamp, its
theoretical arrival time (tat). With a limit of L requests per minute and a
burst of B, the emission interval is T = 60 / L seconds and the tolerance is
tau = T * (B - 1). A request at time t is allowed when greatest(tat, t) - t <= tau,
and then moves tat to greatest(tat, t) + T; a refused request leaves tat alone.

Each check is one SQL statement (the `rate_limit_take` function of migration
0003; the API calls it through `api_admit` of migration 0017, together with
authentication, on the key's bucket and its tenant's) timed
by the database clock, so hosts with skewed clocks still agree, and the
row lock of INSERT ... ON CONFLICT DO UPDATE serializes concurrent requests on
one key. The arithmetic here is on whole microseconds, the resolution of
timestamptz, so "exactly B requests at once" holds for any L, not just those
that divide a minute evenly in binary floating point.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from securetag.store.db import Database

US_PER_S = 1_000_000
US_PER_MINUTE = 60 * US_PER_S


@dataclass(frozen=True, slots=True)
class RateDecision:
    allowed: bool
    limit: int  # requests per minute
    remaining: int  # >= 0: requests that would be allowed right now
    reset_s: float  # seconds until full capacity again
    retry_after_s: float  # 0 when allowed; else seconds until one request would be allowed

    def headers(self) -> dict[str, str]:
        """The IETF RateLimit fields, plus Retry-After when the request was refused.

        Seconds are rounded up: a client that waits the advertised time must
        find the capacity there, never arrive a fraction of a second early.
        """
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(_ceil_seconds(self.reset_s)),
        }
        if not self.allowed:
            headers["Retry-After"] = str(max(1, _ceil_seconds(self.retry_after_s)))
        return headers


class RateLimiter:
    """GCRA over the `rate_limit` table; keys name what is limited, e.g. "key:<api key id>"."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def take(self, key: str, *, per_minute: int, burst: int) -> RateDecision:
        """Count one request against `key`; one statement, autocommit.

        Limits are not stored with the key, so a changed per_minute or burst
        applies from the next request on.
        """
        if not key:
            raise ValueError("rate limit key must not be empty")
        if per_minute < 1:
            raise ValueError(f"per_minute must be >= 1, got {per_minute}")
        if burst < 1:
            raise ValueError(f"burst must be >= 1, got {burst}")
        emission_us = emission_interval_us(per_minute)
        row = self._db.one(
            "rate_limit_take",
            key=key,
            emission_us=emission_us,
            tolerance_us=emission_us * (burst - 1),
        )
        if row is None:  # the statement always yields one row; this would be a bug in it
            raise RuntimeError("rate_limit_take returned no row")
        return decide(
            allowed=row["allowed"], ahead_us=row["ahead_us"], per_minute=per_minute, burst=burst
        )


def emission_interval_us(per_minute: int) -> int:
    """T = round(60 s / per_minute) in whole microseconds, halves rounded up.

    Integer arithmetic, because `rate_limit_emission_us` (migration 0017) computes
    the same value in SQL and the two must agree to the microsecond.
    """
    return max(1, (2 * US_PER_MINUTE + per_minute) // (2 * per_minute))


def decide(*, allowed: bool, ahead_us: int | None, per_minute: int, burst: int) -> RateDecision:
    """Turn the statement's answer into a decision and its header values.

    ahead_us is the key's tat after this request minus now. The n-th further
    request at this instant is allowed while ahead + (n - 1) * T <= tau, so
    remaining = floor((tau - ahead) / T) + 1: B - 1 after a fresh key's first
    request, 0 once the next one would be refused.
    """
    emission_us = emission_interval_us(per_minute)
    tolerance_us = emission_us * (burst - 1)
    if ahead_us is None:
        # Refused for a key that a concurrent request created after this
        # statement began, so its tat was invisible to it. Refused means more
        # than tau ahead; assuming one emission interval more asks the client
        # to wait T, the spacing the limit promises anyway.
        ahead_us = tolerance_us + emission_us
    remaining = max(0, (tolerance_us - ahead_us) // emission_us + 1)
    retry_after_us = 0 if allowed else max(0, ahead_us - tolerance_us)
    return RateDecision(
        allowed=allowed,
        limit=per_minute,
        remaining=remaining,
        reset_s=max(0, ahead_us) / US_PER_S,
        retry_after_s=retry_after_us / US_PER_S,
    )


def _ceil_seconds(seconds: float) -> int:
    # Rounded to microseconds first so float noise (2.0000000001) does not add a second.
    return math.ceil(round(seconds, 6))
