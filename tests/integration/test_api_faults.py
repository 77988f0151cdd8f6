"""The API under faults: the database going away and coming back; limits shared by processes."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from securetag.store.db import Database
from securetag.store.embedded import EmbeddedPostgres
from securetag.store.migrate import migrate
from securetag.tenancy.tenants import create_api_key
from tests.support.api import live_api, new_tenant
from tests.support.workers import wait_for

pytestmark = pytest.mark.slow


def test_database_down_is_503_with_retry_after_then_recovers(
    private_server: EmbeddedPostgres, tmp_path: Path
) -> None:
    url = private_server.url("restart")
    with Database(url, max_size=2) as admin:
        migrate(admin)
    with live_api(url, tmp_path, workers=1, unavailable_retry_after_s=7) as api:
        with Database(url, max_size=2) as admin:
            alice = new_tenant(admin, api.settings, "alice")
        before = api.post("/scans/web", alice.key, json={"url": "https://example.com/before"})
        assert before.status_code == 202

        private_server.stop(mode="fast")
        for response in (
            api.get("/scans", alice.key),
            api.post("/scans/web", alice.key, json={"url": "https://example.com/during"}),
            api.post("/codeaudit/upload?project=p", alice.key, data=b"PK\x03\x04" + b"\0" * 100),
        ):
            assert response.status_code == 503, response.text
            assert response.headers["Retry-After"] == "7"
            assert response.json()["error"]["code"] == "database_unavailable"
        assert api.get("/healthz").status_code == 200  # the process itself is fine
        db_health = api.get("/healthz/db")
        assert db_health.status_code == 503 and db_health.headers["Retry-After"] == "7"

        private_server.start()
        wait_for(lambda: api.get("/healthz/db").status_code == 200, timeout_s=30, interval_s=0.2)
        wait_for(
            lambda: api.get("/scans", alice.key).status_code == 200, timeout_s=30, interval_s=0.2
        )
        after = api.post("/scans/web", alice.key, json={"url": "https://example.com/after"})
        assert after.status_code == 202
        urls = [s["target_url"] for s in api.get("/scans", alice.key).json()["items"]]
        # Nothing was "accepted then lost", and nothing refused was stored.
        assert urls == ["https://example.com/after", "https://example.com/before"]
    assert "Traceback" not in api.log()


def test_rate_limit_is_shared_by_every_gunicorn_worker(module_db_url: str, tmp_path: Path) -> None:
    with live_api(module_db_url, tmp_path, workers=2) as api:
        with Database(module_db_url, max_size=2) as admin:
            tenant = new_tenant(admin, api.settings, "limited")
            # One request a minute: no capacity comes back while the test runs.
            limited = create_api_key(
                admin, api.settings.pepper(), "limited", scopes=["scans:read"],
                rate_limit_per_minute=1, rate_limit_burst=5,
            )  # fmt: skip

        def hit() -> requests.Response:
            return requests.get(
                api.url + "/scans",
                headers={"X-API-Key": limited.token, "Connection": "close"},
                timeout=10,
            )

        def pids_serving_the_key() -> set[int]:
            return {
                entry["pid"]
                for entry in map(
                    json.loads, filter(lambda s: s.startswith("{"), api.log().splitlines())
                )
                if entry.get("msg") == "request" and entry.get("key_id") == limited.key_id
            }

        responses: list[requests.Response] = []
        with ThreadPoolExecutor(max_workers=8) as pool:
            # Concurrent batches, until both gunicorn workers have answered this key.
            # A deadline, not a count of batches: on a loaded machine the second
            # worker may still be booting when the first already answers.
            deadline = time.monotonic() + 60
            while len(pids_serving_the_key()) < 2 and time.monotonic() < deadline:
                responses += list(pool.map(lambda _: hit(), range(8)))
        assert len(pids_serving_the_key()) == 2, "both gunicorn workers should serve the key"
        statuses = [r.status_code for r in responses]
        # However the requests were spread over the two processes: one budget of 5.
        assert statuses.count(200) == 5 and statuses.count(429) == len(statuses) - 5, statuses
        refused = next(r for r in responses if r.status_code == 429)
        assert refused.json()["error"]["code"] == "rate_limited"
        assert int(refused.headers["Retry-After"]) >= 1
        assert refused.headers["RateLimit-Limit"] == "1"
        assert refused.headers["RateLimit-Remaining"] == "0"
        # Other keys have their own budget.
        assert api.get("/scans", tenant.key).status_code == 200
