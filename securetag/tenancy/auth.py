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
SCOPES = ("scans:write", "scans:read", "findings:write", "webhooks:manage")
DEFAULT_SCOPES = SCOPES

_KEY_ID_ALPHABET = string.ascii_letters + string.digits
# key ids are alphanumeric, so the first two underscores split the token;
# the URL-safe secret may itself contain underscores.
_TOKEN = re.compile(r"^stk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32,128})$")


class Unauthorized(SecuretagError):
    code = "unauthorized"
    http_status = 401

    def __init__(self, *, revoked_key_id: str | None = None) -> None:
        super().__init__("missing or invalid API key")
        # For the audit log only (a revoked key still in use is a security event);
        # the caller gets the same answer whatever was wrong.
        self.revoked_key_id = revoked_key_id


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
    rate_limit_per_minute: int  # the key's own, else its tenant's, else the service default

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


class Authenticator:
    def __init__(self, db: Database, pepper: bytes) -> None:
        self._db = db
        self._pepper = pepper

    def admit(
        self, token: str | None, *, default_per_minute: int, burst: int
    ) -> tuple[Principal, RateDecision]:
        """Authenticate and charge the key's rate limit in one statement (`api_admit`).

        Only a valid key is charged; its limit is its own, else its tenant's,
        else `default_per_minute`.
        """
        key_id, presented = self._presented(token)
        row = self._db.one(
            "admit_api_request",
            id=key_id,
            presented_hmac=presented,
            default_per_minute=default_per_minute,
            burst=burst,
        )
        return self._admitted(row, presented, burst)

    def admit_and_read(
        self,
        token: str | None,
        *,
        scope: str,
        reads: Sequence[Read],
        default_per_minute: int,
        burst: int,
    ) -> tuple[Principal, RateDecision, list[list[Row]]]:
        """`admit`, then `reads` under the caller's tenant scope, in one round trip.

        The database opens the tenant scope for the reads only when it admits
        the request (valid key, within its rate limit, holding `scope`), so a
        refused caller's reads see no rows at all; the decision here is still
        made as in `admit`, and the caller still checks `scope` itself.
        """
        key_id, presented = self._presented(token)
        gate = {
            "id": key_id,
            "presented_hmac": presented,
            "default_per_minute": default_per_minute,
            "burst": burst,
            "scope": scope,
        }
        row, rows = self._db.gated_reads("admit_api_request_scoped", gate, reads)
        if row is not None and row["id"] is None:  # the LEFT JOIN's row for an unknown key
            row = None
        caller, decision = self._admitted(row, presented, burst)
        return caller, decision, rows

    def _admitted(
        self, row: Row | None, presented: bytes, burst: int
    ) -> tuple[Principal, RateDecision]:
        caller = self._decide(row, presented)
        assert row is not None  # _decide refuses a missing key
        if row["allowed"] is None:  # the database judged the key invalid where we did not
            raise Unauthorized()
        decision = decide(
            allowed=row["allowed"], ahead_us=row["ahead_us"], per_minute=row["per_minute"],
            burst=burst,
        )  # fmt: skip
        return caller, decision

    def _presented(self, token: str | None) -> tuple[str, bytes]:
        parsed = parse_token(token) if token else None
        if parsed is None:
            raise Unauthorized()
        key_id, secret = parsed
        return key_id, secret_hmac(self._pepper, secret)

    @staticmethod
    def _decide(row: Row | None, presented: bytes) -> Principal:
        # Compare even when the key does not exist, so both cases take the same time.
        stored = row["secret_hmac"] if row else b"\0" * 32
        matches = hmac.compare_digest(bytes(stored), presented)
        if row is None or not matches:
            raise Unauthorized()
        if row["revoked_at"] is not None:
            raise Unauthorized(revoked_key_id=row["id"])
        if row["expires_at"] is not None and row["expires_at"] <= datetime.now(UTC):
            raise Unauthorized()
        return Principal(
            key_id=row["id"],
            tenant_id=row["tenant_id"],
            scopes=frozenset(row["scopes"]),
            rate_limit_per_minute=row["per_minute"],
        )
