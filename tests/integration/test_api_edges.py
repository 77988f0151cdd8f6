"""What a hostile tenant or a stranger can send at the API's edges: forged list
cursors, /metrics, and scan or webhook targets the SSRF guard refuses."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from securetag.store.db import Database
from tests.support.api import LiveApi, TenantKeys, live_api, new_tenant
from tests.support.queries import TEST_QUERIES


@pytest.fixture(scope="module")
def api(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    with live_api(
        module_db_url, tmp_path_factory.mktemp("edges"), workers=1,
        # Strangers are refused many times here; each refusal must stay a 401, not a 429.
        auth_failures_per_minute=100_000, auth_failures_burst=100_000,
        # As deployed: host names of web targets are resolved when submitted (the
        # test settings turn that off, this machine having no public DNS).
        webscan_resolve_on_submit=True,
    ) as server:  # fmt: skip
        yield server


@pytest.fixture(scope="module")
def admin(module_db_url: str) -> Iterator[Database]:
    with Database(module_db_url, max_size=2, queries=TEST_QUERIES) as db:
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


# ------------------------------------------------- refused targets (SSRF guard)

NO_SUCH_NAME = "no-such-host.invalid"  # RFC 6761: never resolves, anywhere
REFUSED_LITERALS = {
    "http://127.0.0.1:8080/": "loopback",
    "http://10.20.30.40/": "private",
    "http://[::1]/": "loopback",
    "http://169.254.169.254/latest/meta-data/": "cloud metadata",
    "http://2130706433/": "loopback",  # 127.0.0.1 spelled as one number
}


def rows_of(admin: Database, tenant: TenantKeys) -> tuple[int, int]:
    counts = admin.one("test_tenant_scans_and_tasks", tenant_id=tenant.tenant_id)
    return counts["scans"], counts["tasks"]


@pytest.mark.parametrize("url", REFUSED_LITERALS, ids=REFUSED_LITERALS.values())
def test_a_web_scan_of_a_refused_address_is_a_400_and_queues_nothing(
    api: LiveApi, admin: Database, tenant: TenantKeys, url: str
) -> None:
    error = error_of(api.post("/scans/web", tenant.key, json={"url": url}), 400, "target_refused")
    # The tenant wrote the address, so the answer may say what kind it is.
    assert REFUSED_LITERALS[url] in error["message"]
    assert rows_of(admin, tenant) == (0, 0)
    assert api.get("/scans", tenant.key).json()["items"] == []


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST.", NO_SUCH_NAME])
def test_a_web_scan_of_a_refused_or_unresolvable_name_is_one_and_the_same_400(
    api: LiveApi, admin: Database, tenant: TenantKeys, host: str
) -> None:
    error = error_of(
        api.post("/scans/web", tenant.key, json={"url": f"http://{host}:8080/?token=s3cr3t"}),
        400, "target_refused",
    )  # fmt: skip
    assert error["message"] == "the target is not allowed or cannot be reached from this service"
    assert error["details"] == {"host": host.lower().rstrip(".")}
    assert rows_of(admin, tenant) == (0, 0)


def test_what_a_name_resolved_to_stays_in_the_server_log(api: LiveApi, tenant: TenantKeys) -> None:
    for host in ("localhost", NO_SUCH_NAME):
        url = f"http://{host}/callback?token=s3cr3t"
        body = api.post("/scans/web", tenant.key, json={"url": url}).text
        assert "127.0.0.1" not in body and "loopback" not in body and "resolve" not in body
    log = api.log()
    assert '"host": "localhost", "address": "127.0.0.1"' in log
    assert f'"host": "{NO_SUCH_NAME}"' in log
    assert "s3cr3t" not in log  # the operator's detail carries no query string


def test_webhook_urls_naming_a_refused_or_unresolvable_host_read_the_same(
    api: LiveApi, tenant: TenantKeys
) -> None:
    answers = []
    for host in ("localhost", NO_SUCH_NAME):
        response = api.post("/webhooks", tenant.key, json={"url": f"https://{host}/hook"})
        error = error_of(response, 400, "target_refused")
        answers.append((error["message"], set(error["details"])))
        assert "127.0.0.1" not in response.text
    assert answers[0] == answers[1]
    literal = error_of(
        api.post("/webhooks", tenant.key, json={"url": "https://127.0.0.1/hook"}),
        400, "target_refused",
    )  # fmt: skip
    assert "loopback" in literal["message"]
    assert api.get("/webhooks", tenant.key).json()["items"] == []


def test_a_public_address_is_still_accepted(api: LiveApi, tenant: TenantKeys) -> None:
    accepted = api.post("/scans/web", tenant.key, json={"url": "https://93.184.215.14/"})
    assert accepted.status_code == 202, accepted.text


def test_a_name_resolving_to_an_allowed_range_is_accepted(
    module_db_url: str, tmp_path: Path
) -> None:
    """The operator's SECURETAG_WEBSCAN_ALLOW holds at submission as in the worker."""
    with (
        live_api(
            module_db_url,
            tmp_path,
            workers=1,
            webscan_resolve_on_submit=True,
            webscan_allow="127.0.0.0/8",
        ) as allowing,  # fmt: skip
        Database(module_db_url, max_size=1) as db,
    ):
        tenant = new_tenant(db, allowing.settings, f"allow-{uuid.uuid4().hex[:8]}")
        for url in ("http://localhost:8080/", "http://127.0.0.1:8080/"):
            accepted = allowing.post("/scans/web", tenant.key, json={"url": url})
            assert accepted.status_code == 202, accepted.text
        refused = allowing.post("/scans/web", tenant.key, json={"url": "http://10.0.0.1/"})
        error_of(refused, 400, "target_refused")
