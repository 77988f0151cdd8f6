"""Refused requests over real HTTP: counted, not audited one row each; failed
authentication limited per client address; burst and tenant-wide limits as configured."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from securetag.ops import alerts
from securetag.ops.cleanup import Cleanup
from securetag.store.db import Database
from securetag.tenancy.tenants import create_api_key, create_tenant
from tests.support.api import LiveApi, live_api, new_tenant
from tests.support.queries import TEST_QUERIES
from tests.support.receiver import Receiver
from tests.support.settings import make_settings

ALERT_SECRET = b"alert-secret-for-tests"
# Each test's clients come from addresses of their own (the API trusts X-Forwarded-For
# from 127.0.0.1, the default SECURETAG_FORWARDED_ALLOW_IPS), so no test spends another's
# failed-authentication budget.
FAILURE_BURST = 5


@pytest.fixture(scope="module")
def api(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    # One failed authentication a minute per address after a burst of 5: nothing
    # refills while a test runs, so counts are exact.
    with live_api(
        module_db_url,
        tmp_path_factory.mktemp("refusals"),
        auth_failures_per_minute=1,
        auth_failures_burst=FAILURE_BURST,
    ) as server:
        yield server


@pytest.fixture(scope="module")
def admin(module_db_url: str) -> Iterator[Database]:
    with Database(module_db_url, max_size=4, queries=TEST_QUERIES) as db:
        yield db


def from_address(address: str, key: str | None = None) -> dict[str, str]:
    headers = {"X-Forwarded-For": address}
    if key is not None:
        headers["X-API-Key"] = key
    return headers


def get_many(api: LiveApi, headers: list[dict[str, str]], path: str = "/scans") -> list:
    """GET `path` once per header set, 8 at a time on kept-alive connections."""
    sessions: dict[int, requests.Session] = {}

    def one(h: dict[str, str]) -> requests.Response:
        session = sessions.setdefault(threading.get_ident(), requests.Session())
        return session.get(api.url + path, headers=h, timeout=30)

    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(one, headers))
    for session in sessions.values():
        session.close()
    return responses


def refusals(admin: Database, reason: str) -> dict[str, int]:
    return {r["subject"]: r["refused"] for r in admin.all("test_refusals") if r["reason"] == reason}


def test_a_thousand_failed_authentications_are_counted_not_audited_and_still_alert(
    api: LiveApi, admin: Database
) -> None:
    attacker = "203.0.113.77"
    rows_before = admin.scalar("test_audit_row_count")
    guesses = [from_address(attacker, f"stk_{uuid.uuid4().hex[:12]}_{'x' * 43}")] * 1000

    statuses = [r.status_code for r in get_many(api, guesses)]

    # The first few are answered 401, the rest 429: the address is over its limit.
    assert statuses.count(401) == FAILURE_BURST
    assert statuses.count(429) == 1000 - FAILURE_BURST
    # Not one audit row each (nor one at all): the append-only log did not grow.
    assert admin.scalar("test_audit_row_count") == rows_before
    # Counted, per address and minute, in a table the ratelimits job prunes.
    assert refusals(admin, "auth_failure")[attacker] == 1000
    # Security monitoring sees the burst, and the alerts job posts it.
    events = [e for e in admin.all("test_security_events") if e["subject"] == attacker]
    assert {e["kind"] for e in events} == {"auth_failures"}
    assert sum(e["events"] for e in events) == 1000
    with Receiver() as receiver:
        report = alerts.check(admin, receiver.url, ALERT_SECRET)
    assert report.error is None and report.sent >= 1
    posted = [e for e in receiver.json(0)["events"] if e["subject"] == attacker]
    assert sum(e["events"] for e in posted) == 1000


def test_failed_authentication_is_limited_per_client_address(api: LiveApi, admin: Database) -> None:
    tenant = new_tenant(admin, api.settings, f"nat-{uuid.uuid4().hex[:8]}")
    wrong = tenant.key[:-2] + ("zz" if not tenant.key.endswith("zz") else "yy")

    first = get_many(api, [from_address("198.51.100.20", wrong)] * FAILURE_BURST)
    assert [r.status_code for r in first] == [401] * FAILURE_BURST
    assert all("Retry-After" not in r.headers for r in first)  # a 401 says nothing more

    limited = api.get("/scans", headers=from_address("198.51.100.20", wrong))
    assert limited.status_code == 429, limited.text
    assert limited.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert limited.headers["RateLimit-Limit"] == "1"
    assert limited.headers["RateLimit-Remaining"] == "0"
    # No key at all, or a malformed one, counts the same.
    assert api.get("/scans", headers=from_address("198.51.100.20")).status_code == 429
    assert api.get("/scans", "nonsense", headers=from_address("198.51.100.20")).status_code == 429

    # Another address is not held back by this one's failures.
    assert api.get("/scans", headers=from_address("198.51.100.21", wrong)).status_code == 401
    # A valid key is never refused for its address's failures (a shared NAT cannot
    # lock a tenant out); its own rate limit applies as always.
    assert api.get("/scans", headers=from_address("198.51.100.20", tenant.key)).status_code == 200
    # An IPv6 client is counted per /64, so it cannot rotate its way around the limit.
    prefix = "2001:db8:5:6"
    rotating = [from_address(f"{prefix}::{n:x}", wrong) for n in range(1, FAILURE_BURST + 3)]
    statuses = [api.get("/scans", headers=h).status_code for h in rotating]
    assert statuses == [401] * FAILURE_BURST + [429] * 2
    assert refusals(admin, "auth_failure")[f"{prefix}::/64"] == FAILURE_BURST + 2


def test_a_key_limited_to_two_a_minute_gets_no_more_than_two_at_once(
    api: LiveApi, admin: Database
) -> None:
    tenant = new_tenant(admin, api.settings, f"slow-{uuid.uuid4().hex[:8]}")
    slow = create_api_key(
        admin, api.settings.pepper(), tenant.name, scopes=["scans:read"], rate_limit_per_minute=2
    )

    statuses = [r.status_code for r in get_many(api, [{"X-API-Key": slow.token}] * 30)]

    # Before: the service's burst of 60 let all 30 through.
    assert 1 <= statuses.count(200) <= 2, statuses
    assert statuses.count(429) == 30 - statuses.count(200)
    # Counted per key and minute, not audited.
    assert refusals(admin, "rate_limited")[slow.key_id] == statuses.count(429)


def test_three_keys_of_a_60_a_minute_tenant_get_60_together_not_180(
    api: LiveApi, admin: Database
) -> None:
    name = f"shared-{uuid.uuid4().hex[:8]}"
    create_tenant(admin, name, rate_limit_per_minute=60, rate_limit_burst=60)
    keys = [
        create_api_key(admin, api.settings.pepper(), name, scopes=["scans:read"]).token
        for _ in range(3)
    ]

    responses = get_many(api, [{"X-API-Key": k} for k in keys] * 80)

    # 240 requests in well under a second: the tenant's 60 at once (and maybe one or
    # two that refilled meanwhile at one a second), where each key used to get 60.
    allowed = sum(r.status_code == 200 for r in responses)
    assert 60 <= allowed <= 62, allowed
    refused = next(r for r in responses if r.status_code == 429)
    assert refused.headers["RateLimit-Limit"] == "60"
    assert int(refused.headers["Retry-After"]) >= 1


def test_the_ratelimits_job_prunes_old_counts_and_idle_buckets(
    api: LiveApi, admin: Database, module_db_url: str
) -> None:
    admin.run("test_record_refusals", reason="auth_failure", subject="192.0.2.99", n=3,
              minutes_ago=8 * 24 * 60)  # fmt: skip
    admin.run("test_record_refusals", reason="auth_failure", subject="192.0.2.98", n=3,
              minutes_ago=1)  # fmt: skip
    for address in ("192.0.2.50", "192.0.2.51"):
        assert api.get("/scans", headers=from_address(address)).status_code == 401
    admin.run("test_age_rate_limit_bucket", key="addr:192.0.2.50")  # its minute has passed

    settings = make_settings(module_db_url)
    summary = Cleanup(settings, admin).run_job("ratelimits", batch=2, max_batches=1000)

    assert summary.done >= 2 and summary.finished
    assert "192.0.2.99" not in refusals(admin, "auth_failure")  # 8 days old: gone
    assert refusals(admin, "auth_failure")["192.0.2.98"] == 3  # within 7 days: kept
    keys = {r["key"] for r in admin.all("test_rate_limit_keys")}
    assert "addr:192.0.2.50" not in keys  # idle, so full again: removing it changes nothing
    assert "addr:192.0.2.51" in keys  # still holding that address back
