"""Signed JSON POSTs: the operators' alert webhook and the tenants' webhooks sign alike.

`X-Securetag-Timestamp` is Unix seconds and `X-Securetag-Signature` is
`sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`. A receiver recomputes
the HMAC over the raw body it got, compares in constant time, and refuses
timestamps more than a few minutes old, so a captured request cannot be replayed
later.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from typing import Any

import requests

SIGNATURE_HEADER = "X-Securetag-Signature"
TIMESTAMP_HEADER = "X-Securetag-Timestamp"


def sign(secret: bytes, timestamp: int, body: bytes) -> str:
    """`sha256=<hex>` over "<timestamp>.<body>", as receivers check it."""
    digest = hmac.new(secret, str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def signed_post(
    url: str,
    secret: bytes,
    document: dict[str, Any],
    *,
    timeout_s: float,
    user_agent: str,
    session: requests.Session | None = None,
    headers: Mapping[str, str] | None = None,
) -> requests.Response:
    """POST `document` as compact JSON with the signature headers; redirects are not followed.

    The answer's body is never read (a receiver could send gigabytes): the
    response comes back closed, with its status and headers.
    """
    body = json.dumps(document, separators=(",", ":"), default=str).encode()
    timestamp = int(time.time())
    sent_headers = {
        "Content-Type": "application/json",
        "User-Agent": user_agent,
        **(headers or {}),
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(secret, timestamp, body),
    }
    poster = session or requests
    response = poster.post(
        url, data=body, headers=sent_headers, timeout=timeout_s, allow_redirects=False, stream=True
    )
    response.close()
    return response
