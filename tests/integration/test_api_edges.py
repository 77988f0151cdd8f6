"""What a hostile tenant or a stranger can send at the API's edges: forged list
cursors, /metrics, and scan or webhook targets the SSRF guard refuses."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator

import pytest
import requests

from securetag.store.db import Database
from tests.support.api import LiveApi, TenantKeys, live_api, new_tenant


@pytest.fixture(scope="module")
def api(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    with live_api(
        module_db_url, tmp_path_factory.mktemp("edges"), workers=1,
        # Strangers are refused many times here; each refusal must stay a 401, not a 429.
        auth_failures_per_minute=100_000, auth_failures_burst=100_000,
    ) as server:  # fmt: skip
        yield server


@pytest.fixture(scope="module")
def admin(module_db_url: str) -> Iterator[Database]:
    with Database(module_db_url, max_size=2) as db:
        yield db


@pytest.fixture
def tenant(admin: Database, api: LiveApi) -> TenantKeys:
    return new_tenant(
        admin, api.settings, f"edge-{uuid.uuid4().hex[:8]}",
        scopes=["scans:read", "scans:write", "webhooks:manage"],
    )  # fmt: skip


def error_of(response: requests.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code, body
    return body["error"]


# ------------------------------------------------------------------ list cursors


def forged(value: object) -> str:
    """A cursor encoded as the server encodes its own (URL-safe base64 of JSON), holding `value`."""
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


FORGED_CURSORS = {
    "number": forged(123),
    "null": forged(None),
    "string": forged("2024-01-01T00:00:00+00:00"),
    "list of numbers": forged([1, 2]),
    "number as id": forged(["2024-01-01T00:00:00+00:00", 123]),
    "list as id": forged(["2024-01-01T00:00:00+00:00", ["00000000"]]),
    "nested": forged([["2024-01-01"], {"id": [1, {"a": None}]}]),
    "object": forged({"2024-01-01T00:00:00+00:00": 1, "0" * 32: 2}),
    "three items": forged(["2024-01-01T00:00:00+00:00", str(uuid.uuid4()), 1]),
    "naive time": forged(["2024-01-01T00:00:00", str(uuid.uuid4())]),
    "bad time": forged(["yesterday", str(uuid.uuid4())]),
    "not json": base64.urlsafe_b64encode(b"\xff\xfe{").decode(),
    "not base64": "not base64!",
    "non-ascii": "caf\u00e9",
    "huge": forged([["x"] * 60, str(uuid.uuid4())])[:200],
}


@pytest.mark.parametrize("path", ["/scans", "/codeaudit/index"])
@pytest.mark.parametrize("cursor", FORGED_CURSORS.values(), ids=FORGED_CURSORS.keys())
def test_a_forged_cursor_is_a_400_for_the_tenant_and_a_401_for_a_stranger(
    api: LiveApi, tenant: TenantKeys, path: str, cursor: str
) -> None:
    error = error_of(api.get(path, tenant.key, params={"cursor": cursor}), 400, "invalid_request")
    assert error["details"] == {"field": "cursor"}
    assert error["message"] == "cursor is not one this server issued"
    # Judged only after the key is: a stranger hears 401, whatever the cursor held.
    error_of(api.get(path, params={"cursor": cursor}), 401, "unauthorized")


def test_a_cursor_longer_than_documented_is_refused(api: LiveApi, tenant: TenantKeys) -> None:
    huge = forged(["2024-01-01T00:00:00+00:00", "a" * 1_000])
    error_of(api.get("/scans", tenant.key, params={"cursor": huge}), 400, "invalid_request")
    error_of(api.get("/scans", params={"cursor": huge}), 401, "unauthorized")


def test_the_servers_own_cursor_still_pages(api: LiveApi, tenant: TenantKeys) -> None:
    for _ in range(3):
        submitted = api.post("/scans/web", tenant.key, json={"url": "https://93.184.215.14/"})
        assert submitted.status_code == 202, submitted.text
    first = api.get("/scans", tenant.key, params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    second = api.get("/scans", tenant.key, params={"limit": 2, "cursor": first["next_cursor"]})
    assert second.status_code == 200, second.text
    assert len(second.json()["items"]) == 1 and second.json()["next_cursor"] is None
