"""API keys: how they look, how they are stored, how a request proves one.

A key is `stk_<key id>_<secret>`, shown once at creation. The database keeps
the key id and HMAC-SHA256(pepper, secret), never the secret; the pepper lives
outside the database, so a stolen table yields nothing to try. The decision
compares HMACs in constant time, and every refusal looks the same to the
caller: it never says whether the key id, the secret, the expiry or a
revocation was wrong.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from securetag.kernel.errors import SecuretagError
from securetag.kernel.models import Read, Row
from securetag.store.db import Database
from securetag.tenancy.ratelimit import RateDecision, decide

KEY_PREFIX = "stk"
KEY_ID_LENGTH = 12
SCOPES = ("scans:write", "scans:read", "findings:write", "webhooks:manage", "labels:train", "ops")
# labels:train: a findings:write key's labels may train the shared model; never a default.
LABELS_TRAIN = "labels:train"
# `ops` reads the service's own metrics (every tenant's request counts): an operator
# names it (`apikey create --scopes ops`); a tenant's key never gets it by default.
OPERATOR_SCOPES = frozenset({"ops"})
DEFAULT_SCOPES = tuple(
    scope for scope in SCOPES if scope not in OPERATOR_SCOPES and scope != LABELS_TRAIN
)

_KEY_ID_ALPHABET = string.ascii_letters + string.digits
# key ids are alphanumeric, so the first two underscores split the token;
# the URL-safe secret may itself contain underscores.
_TOKEN = re.compile(r"^stk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32,128})$")


class Unauthorized(SecuretagError):
    code = "unauthorized"
    http_status = 401

    def __init__(self, *, failures: RateDecision | None = None) -> None:
        super().__init__("missing or invalid API key")
        # The client address's failed-authentication limit after this failure
        # (None when the database did not count it): refused means answer 429.
        # The caller gets the same 401 whatever was wrong with the key.
        self.failures = failures


class Forbidden(SecuretagError):
    code = "forbidden"
    http_status = 403

    def __init__(self, scope: str) -> None:
        super().__init__("this API key may not do that", details={"required_scope": scope})


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: an authenticated API key of one tenant."""

    key_id: str
    tenant_id: UUID
    scopes: frozenset[str]
    # The limit that binds now: the key's or its tenant's, whichever has less room left.
    rate_limit_per_minute: int

    def require(self, scope: str) -> None:
        if scope not in self.scopes:
            raise Forbidden(scope)


def new_key() -> tuple[str, str, str]:
    """(key id, secret, token to hand to the user once)."""
    key_id = "".join(secrets.choice(_KEY_ID_ALPHABET) for _ in range(KEY_ID_LENGTH))
    secret = secrets.token_urlsafe(32)
    return key_id, secret, f"{KEY_PREFIX}_{key_id}_{secret}"


def secret_hmac(pepper: bytes, secret: str) -> bytes:
    return hmac.new(pepper, secret.encode("utf-8"), hashlib.sha256).digest()


def parse_token(token: str) -> tuple[str, str] | None:
    match = _TOKEN.match(token.strip())
    return (match.group(1), match.group(2)) if match else None


def validate_scopes(scopes: list[str]) -> list[str]:
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown or not scopes:
        raise ValueError(f"unknown or empty scopes {unknown}; choose from {', '.join(SCOPES)}")
    return sorted(set(scopes))


@dataclass(frozen=True, slots=True)
class FailureLimit:
    """Failed authentications allowed per client address (SECURETAG_AUTH_FAILURES_*)."""

    per_minute: int = 60
    burst: int = 20


class Authenticator:
    def __init__(self, db: Database, pepper: bytes) -> None:
        self._db = db
        self._pepper = pepper

    def admit(
        self,
        token: str | None,
        *,
        default_per_minute: int,
        burst: int,
        client: str = "",
        failures: FailureLimit = FailureLimit(),
    ) -> tuple[Principal, RateDecision]:
        """Authenticate and charge the rate limits in one statement (`api_admit`).

        A valid key is charged on its own limit (its own, else the service
        default's, unless its tenant has a limit and the key none) and on its
        tenant's; `burst` is the service default's burst, which a key's or
        tenant's burst scales from when it has none of its own. Anything else
        is a failed authentication, charged to `client` (the refusal subject of
        the caller's address) and counted per minute in `request_refusal`.
        """
        gate = self._gate(token, default_per_minute, burst, client, failures)
        row = self._db.one("admit_api_request", **gate)
        return self._admitted(row, gate["presented_hmac"])

    def admit_and_read(
        self,
        token: str | None,
        *,
        scope: str,
        reads: Sequence[Read],
        default_per_minute: int,
        burst: int,
        client: str = "",
        failures: FailureLimit = FailureLimit(),
    ) -> tuple[Principal, RateDecision, list[list[Row]]]:
        """`admit`, then `reads` under the caller's tenant scope, in one round trip.

        The database opens the tenant scope for the reads only when it admits
        the request (valid key, within its rate limits, holding `scope`), so a
        refused caller's reads see no rows at all; the decision here is still
        made as in `admit`, and the caller still checks `scope` itself.
        """
        gate = {**self._gate(token, default_per_minute, burst, client, failures), "scope": scope}
        row, rows = self._db.gated_reads("admit_api_request_scoped", gate, reads)
        caller, decision = self._admitted(row, gate["presented_hmac"])
        return caller, decision, rows

    def _gate(
        self,
        token: str | None,
        default_per_minute: int,
        burst: int,
        client: str,
        failures: FailureLimit,
    ) -> dict[str, object]:
        # A missing or malformed token still goes to the database, as key id '':
        # it is a failed authentication to count and to limit like any other.
        parsed = parse_token(token) if token else None
        key_id, secret = parsed if parsed is not None else ("", "")
        return {
            "id": key_id,
            "presented_hmac": secret_hmac(self._pepper, secret),
            "client": client,
            "default_per_minute": default_per_minute,
            "burst": burst,
            "failure_per_minute": failures.per_minute,
            "failure_burst": failures.burst,
        }

    def _admitted(self, row: Row | None, presented: bytes) -> tuple[Principal, RateDecision]:
        if row is not None and row["id"] is None:  # an unknown key: the row is the address's
            self._compare(None, presented)
            raise Unauthorized(failures=_decision_of(row))
        try:
            caller = self._decide(row, presented)
        except Unauthorized as exc:
            # Counted by the database only where it judged the key invalid too.
            if row is not None and not row["authenticated"]:
                exc.failures = _decision_of(row)
            raise
        assert row is not None  # _decide refuses a missing row
        if not row["authenticated"]:  # the database judged the key invalid where we did not
            raise Unauthorized(failures=_decision_of(row))
        return caller, _decision_of(row)

    def _compare(self, row: Row | None, presented: bytes) -> bool:
        # Compare even when the key does not exist, so both cases take the same time.
        stored = row["secret_hmac"] if row else b"\0" * 32
        return hmac.compare_digest(bytes(stored), presented)

    def _decide(self, row: Row | None, presented: bytes) -> Principal:
        matches = self._compare(row, presented)
        if row is None or not matches:
            raise Unauthorized()
        if row["revoked_at"] is not None:
            raise Unauthorized()
        if row["expires_at"] is not None and row["expires_at"] <= datetime.now(UTC):
            raise Unauthorized()
        return Principal(
            key_id=row["id"],
            tenant_id=row["tenant_id"],
            scopes=frozenset(row["scopes"]),
            rate_limit_per_minute=row["per_minute"],
        )


def _decision_of(row: Row) -> RateDecision:
    return decide(
        allowed=row["allowed"], ahead_us=row["ahead_us"], per_minute=row["per_minute"],
        burst=row["burst"],
    )  # fmt: skip
