"""Long polling: GET /scans/{id}?wait=S answers as soon as the scan changes, and no later
than S; the CI client waits that way, so it hears of its scan's end at once."""

from __future__ import annotations

import io
import threading
import time
import uuid
from collections.abc import Iterator

import pytest

from securetag.cli.ci_client.api_client import ApiClient, Deadline
from securetag.cli.ci_client.console import Console
from securetag.cli.ci_client.waiting import wait_for_scan
from securetag.store.db import Database
from tests.support.api import LiveApi, TenantKeys, live_api, new_tenant


@pytest.fixture(scope="module")
def api(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    # No worker: a scan stays queued until the test cancels it (the change waited for).
    with live_api(module_db_url, tmp_path_factory.mktemp("wait"), api_scan_waiters=2) as server:
        yield server


@pytest.fixture
def tenant(module_db_url: str, api: LiveApi) -> TenantKeys:
    with Database(module_db_url, max_size=1) as admin:
        return new_tenant(admin, api.settings, f"wait-{uuid.uuid4().hex[:8]}")


def queued_scan(api: LiveApi, key: str) -> str:
    response = api.post("/scans/web", key, json={"url": "https://example.com/"})
    assert response.status_code == 202, response.text
    return response.json()["scan_id"]


def cancel_after(api: LiveApi, key: str, scan_id: str, delay_s: float) -> list[float]:
    """Cancel the scan `delay_s` from now in a thread; the list gets the cancel's time."""
    cancelled: list[float] = []

    def cancel() -> None:
        time.sleep(delay_s)
        assert api.delete(f"/scans/{scan_id}", key).status_code == 200
        cancelled.append(time.monotonic())

    threading.Thread(target=cancel, daemon=True).start()
    return cancelled


def timed_get(api: LiveApi, key: str, scan_id: str, wait: float) -> tuple[dict, float, float]:
    started = time.monotonic()
    response = api.get(f"/scans/{scan_id}?wait={wait}", key)
    assert response.status_code == 200, response.text
    return response.json(), started, time.monotonic()


def test_a_wait_answers_as_soon_as_the_scan_finishes(api: LiveApi, tenant: TenantKeys) -> None:
    scan_id = queued_scan(api, tenant.key)
    cancelled = cancel_after(api, tenant.key, scan_id, 0.8)

    scan, _, answered = timed_get(api, tenant.key, scan_id, wait=10)

    assert scan["state"] == "cancelled"
    assert answered - cancelled[0] < 0.5  # not at the end of the 10 s


def test_a_wait_with_no_change_answers_at_its_bound(api: LiveApi, tenant: TenantKeys) -> None:
    scan_id = queued_scan(api, tenant.key)

    scan, started, answered = timed_get(api, tenant.key, scan_id, wait=1.0)

    assert scan["state"] == "queued"
    assert 0.9 <= answered - started < 2.0


def test_a_finished_scan_is_answered_at_once(api: LiveApi, tenant: TenantKeys) -> None:
    scan_id = queued_scan(api, tenant.key)
    assert api.delete(f"/scans/{scan_id}", tenant.key).status_code == 200

    scan, started, answered = timed_get(api, tenant.key, scan_id, wait=10)

    assert scan["state"] == "cancelled"
    assert answered - started < 1.0


def test_waits_past_the_per_process_limit_are_answered_at_once(
    api: LiveApi, tenant: TenantKeys
) -> None:
    # Two may wait per process (the fixture's setting) and the API runs two processes:
    # of six simultaneous waits, at least two find no slot and answer at once, so the
    # threads of the API stay free for everyone else.
    scan_id = queued_scan(api, tenant.key)
    held: list[float] = []

    def wait() -> None:
        _, started, answered = timed_get(api, tenant.key, scan_id, wait=2.0)
        held.append(answered - started)

    threads = [threading.Thread(target=wait) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(1 for seconds in held if seconds < 1.0) >= 2, held
    assert sum(1 for seconds in held if seconds >= 1.8) >= 1, held


def test_a_wait_beyond_its_cap_is_refused(api: LiveApi, tenant: TenantKeys) -> None:
    scan_id = queued_scan(api, tenant.key)

    response = api.get(f"/scans/{scan_id}?wait=3600", tenant.key)

    assert response.status_code == 400


def test_the_ci_client_long_polls_and_hears_of_the_end_at_once(
    api: LiveApi, tenant: TenantKeys
) -> None:
    scan_id = queued_scan(api, tenant.key)
    asked: list[str] = []
    client = ApiClient(api.url, tenant.key, deadline=Deadline(30))
    client._session.hooks["response"].append(lambda response, **_: asked.append(response.url))
    # Cancelled between the 0.5 s polls' 3rd and 4th (at 1.15 s and 2.0 s): a client
    # that polls hears of it 0.7 s late.
    cancelled = cancel_after(api, tenant.key, scan_id, 1.3)

    with client:
        scan = wait_for_scan(
            client,
            scan_id,
            wait_for_triage=False,
            console=Console(quiet=True, secrets=[], stream=io.StringIO()),
        )
    returned = time.monotonic()

    assert scan["state"] == "cancelled"
    assert returned - cancelled[0] < 0.5
    assert asked and all("wait=" in url for url in asked), asked
    assert len(asked) <= 2, asked  # one held request per change, not one per poll


def test_without_a_slot_the_client_falls_back_to_polling(
    module_db_url: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    with (
        live_api(module_db_url, tmp_path_factory.mktemp("nowait"), api_scan_waiters=0) as api,
        Database(module_db_url, max_size=1) as admin,
    ):
        tenant = new_tenant(admin, api.settings, f"nowait-{uuid.uuid4().hex[:8]}")
        scan_id = queued_scan(api, tenant.key)
        cancel_after(api, tenant.key, scan_id, 1.0)
        client = ApiClient(api.url, tenant.key, deadline=Deadline(30))
        asked: list[str] = []
        client._session.hooks["response"].append(lambda response, **_: asked.append(response.url))
        with client:
            scan = wait_for_scan(
                client,
                scan_id,
                wait_for_triage=False,
                console=Console(quiet=True, secrets=[], stream=io.StringIO()),
            )
        assert scan["state"] == "cancelled"
        # Answered at once each time: the client paced itself (0.5 s pauses, growing),
        # rather than asking again in a tight loop.
        assert 2 <= len(asked) <= 6, asked
