"""Prometheus metrics: the API's /metrics across gunicorn processes, and a worker's port."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import requests

from securetag.kernel.models import NewTask
from securetag.queue.tasks import TaskQueue
from securetag.store.db import Database
from securetag.tenancy.auth import DEFAULT_SCOPES
from tests.support.api import free_port, live_api, new_tenant
from tests.support.settings import make_settings
from tests.support.workers import WorkerProcess, wait_for


def sample(text: str, name: str, **labels: str) -> float | None:
    """The value of one sample in Prometheus text, or None when absent."""
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', line.split("}")[0]))
        if all(found.get(k) == v for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return None


def test_api_metrics_count_requests_of_every_gunicorn_process(db_url: str, tmp_path: Path) -> None:
    with live_api(db_url, tmp_path, workers=2) as api:
        with Database(db_url, max_size=1) as admin:
            tenant = new_tenant(admin, api.settings, f"m-{uuid.uuid4().hex[:8]}")
        for _ in range(20):  # new connections: both gunicorn processes answer some
            requests.get(
                api.url + "/scans",
                headers={"X-API-Key": tenant.key, "Connection": "close"},
                timeout=10,
            )
        refused = requests.get(api.url + "/scans", timeout=10)
        assert refused.status_code == 401
        with Database(db_url, max_size=1) as admin:
            operator = new_tenant(
                admin, api.settings, f"ops-{uuid.uuid4().hex[:8]}", scopes=["ops"]
            )
        # As Prometheus sends it: `authorization: {type: Bearer, credentials_file: …}`.
        scraped = requests.get(
            api.url + "/metrics", headers={"Authorization": f"Bearer {operator.key}"}, timeout=10
        )
        assert scraped.status_code == 200, scraped.text
        text = scraped.text

    ok = sample(text, "securetag_http_requests_total", method="GET", route="/scans", status="200")
    assert ok == 20
    assert sample(text, "securetag_http_requests_total", route="/scans", status="401") == 1
    assert sample(text, "securetag_http_request_duration_seconds_count", route="/scans") == 21
    assert "securetag_http_request_duration_seconds_bucket" in text


def test_api_metrics_need_a_key_with_the_ops_scope(db_url: str, tmp_path: Path) -> None:
    """Every tenant's request counts are there: no stranger, no tenant key reads them."""
    with live_api(db_url, tmp_path, workers=1) as api:
        with Database(db_url, max_size=1) as admin:
            # A tenant's key made with the default scopes, as `apikey create` makes it.
            tenant = new_tenant(
                admin, api.settings, f"m-{uuid.uuid4().hex[:8]}", scopes=list(DEFAULT_SCOPES)
            )
            operator = new_tenant(
                admin, api.settings, f"ops-{uuid.uuid4().hex[:8]}", scopes=["ops"]
            )
        requests.get(api.url + "/scans", headers={"X-API-Key": tenant.key}, timeout=10)

        anonymous = requests.get(api.url + "/metrics", timeout=10)
        as_tenant = requests.get(
            api.url + "/metrics", headers={"X-API-Key": tenant.key}, timeout=10
        )
        as_operator = requests.get(
            api.url + "/metrics", headers={"X-API-Key": operator.key}, timeout=10
        )
        # The operator's key reads metrics and nothing of any tenant's.
        scans = requests.get(api.url + "/scans", headers={"X-API-Key": operator.key}, timeout=10)

    assert anonymous.status_code == 401
    assert anonymous.json()["error"]["code"] == "unauthorized"
    assert "securetag_http_requests" not in anonymous.text
    assert as_tenant.status_code == 403
    assert as_tenant.json()["error"]["details"] == {"required_scope": "ops"}
    assert "securetag_http_requests" not in as_tenant.text
    assert as_operator.status_code == 200
    assert sample(as_operator.text, "securetag_http_requests_total", route="/scans") == 1
    assert scans.status_code == 403


def test_a_worker_serves_task_outcomes_durations_and_queue_depth(db_url: str) -> None:
    port = free_port()
    settings = make_settings(db_url, worker_metrics_port=port)
    with Database(db_url, max_size=2) as db:
        queue = TaskQueue(db, settings)
        queue.enqueue_many([NewTask("noop", {"run": i}) for i in range(7)])
        queue.enqueue(NewTask("test.fail", {"mode": "permanent"}))
        queue.enqueue(NewTask("test.sleep", {"seconds": 60}, delay_s=3600))  # stays queued
        with WorkerProcess(settings, types=["noop", "test.fail", "test.sleep"]) as worker:

            def scrape() -> str:
                try:
                    return requests.get(f"http://127.0.0.1:{port}/metrics", timeout=2).text
                except requests.RequestException:
                    return ""

            wait_for(
                lambda: (
                    sample(
                        scrape(),
                        "securetag_worker_tasks_total",
                        type="noop",
                        outcome="succeeded",
                    )
                    == 7
                ),
                timeout_s=30,
            )
            text = scrape()
            worker.terminate()
    assert sample(text, "securetag_worker_tasks_total", type="test.fail", outcome="failed") == 1
    assert sample(text, "securetag_worker_tasks_total", type="noop", outcome="claimed") == 7
    assert sample(text, "securetag_worker_task_duration_seconds_count", type="noop") == 7
    assert sample(text, "securetag_queue_tasks", type="test.sleep", state="queued") == 1
