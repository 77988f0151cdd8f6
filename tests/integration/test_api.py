"""The HTTP API through the real stack: gunicorn, Flask, PostgreSQL as securetag_api."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from securetag.store.audit import verify
from securetag.store.db import Database
from securetag.tenancy.tenants import create_api_key, revoke_api_key
from tests.support.api import LiveApi, TenantKeys, live_api, new_tenant
from tests.support.archives import tar_gz, zip_bytes
from tests.support.queries import TEST_QUERIES
from tests.support.workers import ROOT

MAX_UPLOAD = 64 * 1024


@pytest.fixture(scope="module")
def api(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    with live_api(
        module_db_url, tmp_path_factory.mktemp("api"), max_upload_bytes=MAX_UPLOAD
    ) as server:
        yield server


@pytest.fixture(scope="module")
def admin(module_db_url: str) -> Iterator[Database]:
    with Database(module_db_url, max_size=2, queries=TEST_QUERIES) as db:
        yield db


@pytest.fixture
def alice(admin: Database, api: LiveApi) -> TenantKeys:
    return new_tenant(admin, api.settings, f"alice-{uuid.uuid4().hex[:8]}")


@pytest.fixture
def bob(admin: Database, api: LiveApi) -> TenantKeys:
    return new_tenant(admin, api.settings, f"bob-{uuid.uuid4().hex[:8]}")


SOURCE = tar_gz({"app/main.py": b"import os\nos.system(input())\n"})


def web_scan(api: LiveApi, key: str, **body: object) -> dict:
    response = api.post("/scans/web", key, json={"url": "https://example.com", **body})
    assert response.status_code == 202, response.text
    return response.json()


def upload(api: LiveApi, key: str, content: bytes = SOURCE, project: str = "shop") -> dict:
    response = api.post(f"/codeaudit/upload?project={project}", key, data=content)
    assert response.status_code == 202, response.text
    return response.json()


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    return body["error"]


# ----------------------------------------------------------------------------- auth


def test_health_needs_no_key(api: LiveApi) -> None:
    assert api.get("/healthz").json() == {"status": "ok"}
    assert api.get("/healthz/db").json() == {"status": "ok"}


@pytest.mark.parametrize("path", ["/scans", "/codeaudit/index", "/codeaudit/latest"])
def test_every_other_endpoint_needs_a_key(api: LiveApi, path: str) -> None:
    assert_error(api.get(path), 401, "unauthorized")


def test_refusals_do_not_say_what_was_wrong(
    api: LiveApi, alice: TenantKeys, admin: Database
) -> None:
    _, key_id, secret = alice.key.split("_", 2)
    revoked = create_api_key(admin, api.settings.pepper(), alice.name, scopes=["scans:read"])
    revoke_api_key(admin, revoked.key_id)
    expired = create_api_key(
        admin, api.settings.pepper(), alice.name, scopes=["scans:read"], expires_at=_past()
    )
    bad_tokens = [
        "nonsense",
        f"stk_{key_id}_{'A' * len(secret)}",  # right key id, wrong secret
        f"stk_ZZZZZZZZZZZZ_{secret}",  # unknown key id
        revoked.token,
        expired.token,
    ]
    bodies = {
        json.dumps(assert_error(api.get("/scans", t), 401, "unauthorized")) for t in bad_tokens
    }
    assert len(bodies) == 1  # one and the same answer for every kind of wrong key


def _past():
    from datetime import UTC, datetime, timedelta

    return datetime.now(UTC) - timedelta(minutes=1)


def test_bearer_header_works_too(api: LiveApi, alice: TenantKeys) -> None:
    response = api.get("/scans", headers={"Authorization": f"Bearer {alice.key}"})
    assert response.status_code == 200
    assert response.json() == {"items": [], "next_cursor": None}


def test_a_revoked_key_fails_on_the_next_request(
    api: LiveApi, alice: TenantKeys, admin: Database
) -> None:
    assert api.get("/scans", alice.key).status_code == 200
    revoke_api_key(admin, alice.key_id)
    assert_error(api.get("/scans", alice.key), 401, "unauthorized")


def test_missing_scope_is_403(api: LiveApi, alice: TenantKeys, admin: Database) -> None:
    reader = create_api_key(admin, api.settings.pepper(), alice.name, scopes=["scans:read"])
    error = assert_error(
        api.post("/scans/web", reader.token, json={"url": "https://example.com"}), 403, "forbidden"
    )
    assert error["details"] == {"required_scope": "scans:write"}
    assert api.get("/scans", reader.token).status_code == 200


def test_reading_needs_the_read_scope(api: LiveApi, alice: TenantKeys, admin: Database) -> None:
    scan_id = web_scan(api, alice.key)["scan_id"]
    writer = create_api_key(admin, api.settings.pepper(), alice.name, scopes=["scans:write"])
    for path in (f"/scans/{scan_id}", f"/scans/{scan_id}?format=sarif", "/scans"):
        error = assert_error(api.get(path, writer.token), 403, "forbidden")
        assert error["details"] == {"required_scope": "scans:read"}


def test_a_stranger_hears_401_before_anything_about_the_request(
    api: LiveApi, alice: TenantKeys
) -> None:
    scan_id = web_scan(api, alice.key)["scan_id"]
    _, key_id, secret = alice.key.split("_", 2)
    wrong = f"stk_{key_id}_{'A' * len(secret)}"
    for path in (
        f"/scans/{scan_id}?format=pdf",
        f"/scans/{scan_id}?findings_limit=0",
        "/scans?cursor=not-ours",
        f"/scans/{scan_id}",
    ):
        assert_error(api.get(path, wrong), 401, "unauthorized")
        assert_error(api.get(path), 401, "unauthorized")


def test_last_used_at_is_kept(api: LiveApi, alice: TenantKeys, admin: Database) -> None:
    api.get("/scans", alice.key)
    [key] = [
        k for k in admin.all("list_api_keys", tenant_id=alice.tenant_id) if k["id"] == alice.key_id
    ]
    assert key["last_used_at"] is not None


def test_the_secret_is_never_stored(api: LiveApi, alice: TenantKeys, admin: Database) -> None:
    secret = alice.key.split("_", 2)[2]
    with admin.connection() as conn:
        conn.script("CREATE TEMP TABLE dump AS SELECT * FROM api_key")
    dump = json.dumps(admin.all("list_api_keys", tenant_id=None), default=str)
    assert secret not in dump


# ----------------------------------------------------------------------------- submit and read


def test_upload_raw_and_multipart_zip_tar_targz(api: LiveApi, alice: TenantKeys) -> None:
    raw = upload(api, alice.key, tar_gz({"a.py": b"x = 1\n"}))
    assert raw["state"] == "queued" and raw["links"]["self"] == f"/scans/{raw['scan_id']}"
    multipart = api.post(
        "/codeaudit/upload",
        alice.key,
        files={"file": ("src.zip", zip_bytes({"a.js": b"eval(x)"}))},
        data={"project": "shop"},
    )
    assert multipart.status_code == 202, multipart.text
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("b.go")
        info.size = 3
        archive.addfile(info, io.BytesIO(b"x=1"))
    assert upload(api, alice.key, buffer.getvalue())["state"] == "queued"
    scan = api.get(f"/scans/{raw['scan_id']}", alice.key).json()
    assert scan["type"] == "code_audit" and scan["project"] == "shop"
    assert scan["counts"] == {"critical": 0, "high": 0, "medium": 0, "low": 0, "info": 0}
    assert scan["findings"] == {"items": [], "next_cursor": None}


def test_web_scan_submission(api: LiveApi, alice: TenantKeys) -> None:
    accepted = web_scan(api, alice.key, profile="quick")
    scan = api.get(accepted["links"]["self"], alice.key).json()
    assert scan["type"] == "web_scan" and scan["target_url"] == "https://example.com"
    assert scan["profile"] == "quick" and scan["project"] == "example.com"


def test_list_filters_and_cursor_pagination(api: LiveApi, alice: TenantKeys) -> None:
    ids = [upload(api, alice.key, project="paged")["scan_id"] for _ in range(5)]
    web_scan(api, alice.key, project="paged")
    seen, cursor = [], None
    while True:
        query = "/scans?type=code_audit&project=paged&limit=2" + (
            f"&cursor={cursor}" if cursor else ""
        )
        page = api.get(query, alice.key).json()
        seen += [s["id"] for s in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == list(reversed(ids))  # newest first, each exactly once
    index = api.get("/codeaudit/index?project=paged", alice.key).json()
    assert [s["id"] for s in index["items"]] == list(reversed(ids))
    latest = api.get("/codeaudit/latest?project=paged", alice.key).json()
    assert latest["id"] == ids[-1]
    states = api.get("/scans?state=cancelled&project=paged", alice.key).json()
    assert states["items"] == []


def test_cancel_and_sarif(api: LiveApi, alice: TenantKeys) -> None:
    scan_id = upload(api, alice.key)["scan_id"]
    assert_error(api.get(f"/scans/{scan_id}?format=sarif", alice.key), 409, "conflict")
    cancelled = api.delete(f"/scans/{scan_id}", alice.key)
    assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled"
    assert_error(api.delete(f"/scans/{scan_id}", alice.key), 409, "conflict")
    sarif = api.get(f"/scans/{scan_id}?format=sarif", alice.key)
    assert sarif.status_code == 200
    assert sarif.headers["Content-Type"].startswith("application/sarif+json")
    assert sarif.json()["version"] == "2.1.0"


# ----------------------------------------------------------------------------- isolation


def test_another_tenants_scan_is_404_everywhere(
    api: LiveApi, alice: TenantKeys, bob: TenantKeys
) -> None:
    scan_id = upload(api, alice.key, project="secret-project")["scan_id"]
    api.delete(f"/scans/{upload(api, alice.key, project='secret-project')['scan_id']}", alice.key)
    missing = f"/scans/{uuid.uuid4()}"
    for path in (f"/scans/{scan_id}", f"/scans/{scan_id}?format=sarif"):
        error = assert_error(api.get(path, bob.key), 404, "not_found")
        twin = assert_error(
            api.get(missing + path[len(f"/scans/{scan_id}") :], bob.key), 404, "not_found"
        )
        assert error["message"].replace(scan_id, "X") == twin["message"].replace(missing[7:], "X")
    assert_error(api.delete(f"/scans/{scan_id}", bob.key), 404, "not_found")
    assert api.get("/scans", bob.key).json()["items"] == []
    assert api.get("/codeaudit/index", bob.key).json()["items"] == []
    assert_error(api.get("/codeaudit/latest?project=secret-project", bob.key), 404, "not_found")
    assert api.get(f"/scans/{scan_id}", alice.key).json()["state"] == "queued"  # untouched


# ----------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "ftp://example.com"}, "url"),
        ({"url": "https://"}, "url"),
        ({"url": "https://user:pw@example.com"}, "url"),
        ({"url": "https://example.com:99999"}, "url"),
        ({"url": "https://example.com:0"}, "url"),
        ({"url": "https://example.com/a\tb"}, "url"),
        ({"url": "https://example.com/\u0085"}, "url"),
        ({"url": "https://example.com/\u0000"}, "url"),
        ({"url": "https://example.com", "profile": "aggressive"}, "profile"),
        ({"url": "https://example.com", "project": "../etc"}, "project"),
        ({"url": "https://example.com", "extra": 1}, "extra"),
        ({}, "url"),
    ],
)
def test_web_scan_field_errors(api: LiveApi, alice: TenantKeys, body: dict, field: str) -> None:
    error = assert_error(api.post("/scans/web", alice.key, json=body), 400, "invalid_request")
    assert field in [f["field"] for f in error["details"]["fields"]]


def test_web_scan_body_must_be_a_json_object(api: LiveApi, alice: TenantKeys) -> None:
    assert_error(api.post("/scans/web", alice.key, data="url=x"), 400, "invalid_request")
    assert_error(api.post("/scans/web", alice.key, json=["https://x"]), 400, "invalid_request")
    bad = api.post("/scans/web", alice.key, data="{", headers={"Content-Type": "application/json"})
    assert_error(bad, 400, "invalid_request")


@pytest.mark.parametrize(
    ("query", "content", "field"),
    [
        ("", SOURCE, "project"),
        ("?project=bad%20name", SOURCE, "project"),
        ("?project=ok", b"", "file"),
        ("?project=ok", b"just some text", "file"),
        ("?project=ok", __import__("gzip").compress(b"not a tar"), "file"),
    ],
)
def test_upload_errors(
    api: LiveApi, alice: TenantKeys, query: str, content: bytes, field: str
) -> None:
    error = assert_error(
        api.post(f"/codeaudit/upload{query}", alice.key, data=content), 400, "invalid_request"
    )
    fields = [f["field"] for f in error["details"].get("fields", [])] or [error["details"]["field"]]
    assert field in fields


@pytest.mark.parametrize(
    "query", ["limit=0", "limit=201", "limit=x", "state=done", "type=sast", "cursor=not-ours"]
)
def test_list_query_errors(api: LiveApi, alice: TenantKeys, query: str) -> None:
    assert_error(api.get(f"/scans?{query}", alice.key), 400, "invalid_request")


def test_unknown_format_and_malformed_ids(api: LiveApi, alice: TenantKeys) -> None:
    scan_id = upload(api, alice.key)["scan_id"]
    assert_error(api.get(f"/scans/{scan_id}?format=pdf", alice.key), 400, "invalid_request")
    assert_error(api.get("/scans/not-a-uuid", alice.key), 404, "not_found")
    assert_error(api.get("/nowhere", alice.key), 404, "not_found")
    response = api.post("/scans", alice.key)
    assert_error(response, 405, "method_not_allowed")


def test_body_over_the_cap_is_413(api: LiveApi, alice: TenantKeys) -> None:
    too_big = tar_gz({"big.bin": __import__("os").urandom(MAX_UPLOAD + 1024)})
    assert len(too_big) > MAX_UPLOAD
    error = assert_error(
        api.post("/codeaudit/upload?project=big", alice.key, data=too_big), 413, "payload_too_large"
    )
    assert error["details"]["max_bytes"] == MAX_UPLOAD
    multipart = api.post(
        "/codeaudit/upload",
        alice.key,
        files={"file": ("big.tgz", too_big)},
        data={"project": "big"},
    )
    assert_error(multipart, 413, "payload_too_large")
    assert api.get("/scans?project=big", alice.key).json()["items"] == []  # nothing half-stored


# ------------------------------------------------------------------------- request ids and audit


def test_request_ids_are_echoed_or_made(api: LiveApi, alice: TenantKeys) -> None:
    mine = api.get("/scans", alice.key, headers={"X-Request-Id": "ci-run-42.step-3"})
    assert mine.headers["X-Request-Id"] == "ci-run-42.step-3"
    hostile = api.get("/scans", alice.key, headers={"X-Request-Id": "x" * 500})
    assert (
        hostile.headers["X-Request-Id"] != "x" * 500 and len(hostile.headers["X-Request-Id"]) == 32
    )
    logged = [json.loads(line) for line in api.log().splitlines() if line.startswith("{")]
    assert any(e.get("request_id") == "ci-run-42.step-3" and e.get("status") == 200 for e in logged)


def test_state_changes_and_refusals_are_audited(
    api: LiveApi, alice: TenantKeys, bob: TenantKeys, admin: Database
) -> None:
    scan_id = upload(api, alice.key, project="audited")["scan_id"]
    api.delete(f"/scans/{scan_id}", alice.key, headers={"X-Request-Id": "cancel-1"})
    api.delete(f"/scans/{scan_id}", bob.key)  # refused: 404 for bob
    rows_before = admin.scalar("test_audit_row_count")
    # refused: 401, counted per client address and minute, not audited
    api.get("/scans", "stk_nobodynobody_" + "x" * 40)
    assert admin.scalar("test_audit_row_count") == rows_before
    with admin.connection() as conn:
        conn.script("CREATE TEMP TABLE seen AS SELECT 1")
    result = verify(admin)
    assert result.ok, result.problem
    rows = admin.all("audit_rows_for_test", target=f"scan:{scan_id}")
    assert [(r["action"], r["outcome"], r["actor"]) for r in rows] == [
        ("scan.create", "success", alice.key_id),
        ("scan.cancel", "success", alice.key_id),
    ]
    assert rows[1]["request_id"] == "cancel-1" and rows[1]["client_addr"] == "127.0.0.1"
    refusals = admin.all("audit_rows_for_test", target=f"/scans/{scan_id}")
    assert [(r["action"], r["outcome"], r["actor"]) for r in refusals] == [
        (f"DELETE /scans/{scan_id}", "denied", bob.key_id)
    ]
    assert "auth.failure" not in {r["action"] for r in admin.all("audit_rows_for_test",
                                                                 target="/scans")}  # fmt: skip
    counted = {(r["reason"], r["subject"]): r["refused"] for r in admin.all("test_refusals")}
    assert counted[("auth_failure", "127.0.0.1")] >= 1


def test_cli_audit_verify_reports_tampering(
    api: LiveApi, alice: TenantKeys, admin: Database, module_db_url: str
) -> None:
    upload(api, alice.key)

    def verify_cli() -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "securetag", "audit", "verify"],
            env={"DATABASE_URL": module_db_url, "PATH": "/usr/bin:/bin"},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )

    clean = verify_cli()
    assert clean.returncode == 0 and json.loads(clean.stdout)["ok"] is True
    with admin.connection() as conn:
        conn.script(
            "SET session_replication_role = replica; "
            "UPDATE audit_log SET outcome = 'denied' "
            "WHERE seq = (SELECT max(seq) - 1 FROM audit_log); "
            "SET session_replication_role = origin"
        )
    tampered = verify_cli()
    assert tampered.returncode == 1
    assert json.loads(tampered.stdout)["ok"] is False
    # Put it back so later tests in this module see a clean chain.
    with admin.connection() as conn:
        conn.script(
            "SET session_replication_role = replica; "
            "UPDATE audit_log SET outcome = 'success' "
            "WHERE seq = (SELECT max(seq) - 1 FROM audit_log); "
            "SET session_replication_role = origin"
        )
    assert verify(admin).ok


def _unused(path: Path) -> None:  # pragma: no cover - keeps imports honest for type checkers
    del path
