"""Per-tenant caps: queued scans (429 queue_full at submission) and running scans
(the claim), set per tenant with `securetag tenant create/update` or by the service."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from securetag.kernel.models import TaskState
from securetag.queue.tasks import TaskQueue
from securetag.store.db import Database
from tests.integration.test_cli import securetag
from tests.support.api import live_api, new_tenant
from tests.support.settings import make_settings


def test_a_full_queue_refuses_scans_with_429_and_retry_after_over_http(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    # No worker runs: every accepted scan stays queued.
    with live_api(db_url, tmp_path, workers=1, tenant_max_queued_scans=3) as api:
        flood = new_tenant(db, api.settings, f"flood-{uuid.uuid4().hex[:6]}")
        other = new_tenant(db, api.settings, f"other-{uuid.uuid4().hex[:6]}")
        body = {"url": "https://example.com/"}
        for _ in range(3):
            assert api.post("/scans/web", flood.key, json=body).status_code == 202
        refused = api.post("/scans/web", flood.key, json=body)
        assert refused.status_code == 429, refused.text
        assert refused.json()["error"]["code"] == "queue_full"
        assert refused.json()["error"]["details"]["limit"] == 3
        assert int(refused.headers["Retry-After"]) > 0
        # Another tenant's queue is its own; the refused scan left no row behind.
        assert api.post("/scans/web", other.key, json=body).status_code == 202
        listed = api.get("/scans", flood.key).json()
        assert len(listed["items"]) == 3

        # The operator raises this tenant's own cap: the next submission is accepted.
        env = {"DATABASE_URL": db_url}
        out = securetag("tenant", "update", flood.name, "--max-queued-scans", "4", env=env)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["max_queued_scans"] == 4
        assert api.post("/scans/web", flood.key, json=body).status_code == 202
        assert api.post("/scans/web", flood.key, json=body).status_code == 429


def test_tenant_create_and_update_set_and_reset_the_caps(db: Database, db_url: str) -> None:
    env = {"DATABASE_URL": db_url}
    name = f"caps-{uuid.uuid4().hex[:6]}"
    out = securetag("tenant", "create", name, "--max-running-scans", "2", env=env)
    assert out.returncode == 0, out.stderr
    created = json.loads(out.stdout)
    assert created["max_running_scans"] == 2 and created["max_queued_scans"] is None
    out = securetag("tenant", "update", name, "--max-running-scans", "0", env=env)
    assert json.loads(out.stdout)["max_running_scans"] is None  # the service default again
    out = securetag("tenant", "update", name, "--max-queued-scans", "-1", env=env)
    assert out.returncode != 0


def test_a_tenants_own_running_cap_beats_the_service_default(db: Database, db_url: str) -> None:
    from securetag.kernel.models import NewTask
    from securetag.tenancy.tenants import create_tenant, update_tenant_limits

    queue = TaskQueue(db, make_settings(db_url, tenant_max_running_scans=5))
    tenant = create_tenant(db, f"one-{uuid.uuid4().hex[:6]}", max_running_scans=1)["id"]
    queue.enqueue_many([NewTask(type="web_scan", tenant_id=tenant) for _ in range(3)])
    worker = uuid.uuid4()
    assert len(queue.claim(worker, ["web_scan"], 1)) == 1
    assert queue.claim(worker, ["web_scan"], 1) == []
    update_tenant_limits(db, str(tenant), max_running_scans=0)  # back to the default of 5
    assert len(queue.claim(worker, ["web_scan"], 1)) == 1
    assert queue.counts(["web_scan"])["web_scan"][TaskState.RUNNING] == 2
