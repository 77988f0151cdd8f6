"""The GCRA rate limiter against a real PostgreSQL: bursts, refill, keys, concurrency, roles."""

from __future__ import annotations

import threading
import time

import pytest

from securetag.store.db import API_ROLE, Database, with_user
from securetag.tenancy.auth import Authenticator, Unauthorized
from securetag.tenancy.ratelimit import RateDecision, RateLimiter
from securetag.tenancy.tenants import (
    create_api_key,
    create_tenant,
    revoke_api_key,
    update_tenant_limits,
)

# One request per minute: nothing refills while a test runs, so counts are exact.
NO_REFILL = 1
NO_REFILL_T = 60.0


def take_n(
    limiter: RateLimiter, key: str, n: int, *, per_minute: int, burst: int
) -> list[RateDecision]:
    return [limiter.take(key, per_minute=per_minute, burst=burst) for _ in range(n)]


# ----------------------------------------------------------------------------- one key


def test_a_fresh_key_allows_exactly_its_burst_then_refuses_for_one_interval(
    db: Database,
) -> None:
    limiter = RateLimiter(db)
    # 7 and 13 per minute do not divide a minute into whole microseconds.
    for per_minute, burst in [(NO_REFILL, 5), (7, 3), (13, 1)]:
        key = f"key:fresh-{per_minute}-{burst}"
        emission_s = round(60 / per_minute, 6)  # timestamptz keeps microseconds

        granted = take_n(limiter, key, burst, per_minute=per_minute, burst=burst)
        refused = limiter.take(key, per_minute=per_minute, burst=burst)

        assert [d.allowed for d in granted] == [True] * burst
        assert [d.remaining for d in granted] == list(range(burst - 1, -1, -1))
        assert all(d.retry_after_s == 0 for d in granted)
        # Full again k intervals after the k-th request (less the milliseconds this took).
        for k, decision in enumerate(granted, start=1):
            assert k * emission_s - 1 < decision.reset_s <= k * emission_s
        assert not refused.allowed
        assert refused.remaining == 0
        assert emission_s - 1 < refused.retry_after_s <= emission_s
        assert burst * emission_s - 1 < refused.reset_s <= burst * emission_s
        assert all(d.limit == per_minute for d in [*granted, refused])


def test_headers_carry_limit_remaining_reset_and_retry_after_only_when_refused(
    db: Database,
) -> None:
    limiter = RateLimiter(db)
    first, second = take_n(limiter, "key:headers", 2, per_minute=6, burst=2)  # T = 10 s
    refused = limiter.take("key:headers", per_minute=6, burst=2)

    assert first.headers() == {
        "RateLimit-Limit": "6",
        "RateLimit-Remaining": "1",
        "RateLimit-Reset": "10",
    }
    assert second.headers() == {
        "RateLimit-Limit": "6",
        "RateLimit-Remaining": "0",
        "RateLimit-Reset": "20",
    }
    assert refused.headers() == {
        "RateLimit-Limit": "6",
        "RateLimit-Remaining": "0",
        "RateLimit-Reset": "20",
        "Retry-After": "10",
    }


def test_header_seconds_round_up_and_retry_after_is_at_least_one() -> None:
    refused = RateDecision(allowed=False, limit=600, remaining=0, reset_s=0.2, retry_after_s=0.01)
    assert refused.headers() == {
        "RateLimit-Limit": "600",
        "RateLimit-Remaining": "0",
        "RateLimit-Reset": "1",
        "Retry-After": "1",
    }
    later = RateDecision(allowed=False, limit=1, remaining=0, reset_s=120.0, retry_after_s=1.5)
    assert later.headers()["Retry-After"] == "2"
    assert later.headers()["RateLimit-Reset"] == "120"
    idle = RateDecision(allowed=True, limit=60, remaining=9, reset_s=0.0, retry_after_s=0.0)
    assert idle.headers() == {
        "RateLimit-Limit": "60",
        "RateLimit-Remaining": "9",
        "RateLimit-Reset": "0",
    }


def test_capacity_returns_with_time_and_refusals_do_not_push_it_out(db: Database) -> None:
    limiter = RateLimiter(db)
    per_minute, burst, emission_s = 600, 2, 0.1
    granted = take_n(limiter, "key:refill", burst, per_minute=per_minute, burst=burst)
    assert all(d.allowed for d in granted)
    started = time.monotonic()

    # Had refusals consumed capacity, these five would push the next slot 0.5 s out.
    refusals = take_n(limiter, "key:refill", 5, per_minute=per_minute, burst=burst)
    assert not any(d.allowed for d in refusals)
    waits = [d.retry_after_s for d in refusals]
    assert waits == sorted(waits, reverse=True)
    assert 0 < waits[-1] <= waits[0] <= emission_s

    time.sleep(max(0.0, started + waits[0] - time.monotonic()) + 0.03)
    again = limiter.take("key:refill", per_minute=per_minute, burst=burst)
    assert again.allowed
    assert again.remaining == 0


def test_keys_are_independent(db: Database) -> None:
    limiter = RateLimiter(db)
    take_n(limiter, "key:a", 3, per_minute=NO_REFILL, burst=3)
    assert not limiter.take("key:a", per_minute=NO_REFILL, burst=3).allowed

    other = limiter.take("key:b", per_minute=NO_REFILL, burst=3)
    assert other.allowed
    assert other.remaining == 2
    assert not limiter.take("key:a", per_minute=NO_REFILL, burst=3).allowed


def test_a_changed_limit_applies_to_an_existing_key_at_once(db: Database) -> None:
    limiter = RateLimiter(db)
    granted = take_n(limiter, "key:changed", 2, per_minute=6, burst=5)  # T = 10 s, 20 s ahead
    assert [d.remaining for d in granted] == [4, 3]

    # A smaller burst (tau = 10 s) refuses what the old one would still allow.
    smaller = limiter.take("key:changed", per_minute=6, burst=2)
    assert not smaller.allowed
    assert 9 < smaller.retry_after_s <= 10

    # A larger burst (tau = 70 s) allows again, counting from the same 20 s ahead.
    larger = take_n(limiter, "key:changed", 2, per_minute=6, burst=8)
    assert [d.allowed for d in larger] == [True, True]
    assert [d.remaining for d in larger] == [5, 4]

    # A higher rate shortens the interval: 40 s ahead at T = 1 s with tau = 99 s leaves room.
    faster = limiter.take("key:changed", per_minute=60, burst=100)
    assert faster.allowed
    assert faster.limit == 60
    assert faster.remaining == 59
    assert 40 < faster.reset_s <= 41


def test_invalid_limits_are_refused_before_reaching_the_database() -> None:
    limiter = RateLimiter(Database("postgresql:///never-opened", min_size=0))
    with pytest.raises(ValueError, match="burst"):
        limiter.take("key:x", per_minute=10, burst=0)
    with pytest.raises(ValueError, match="per_minute"):
        limiter.take("key:x", per_minute=0, burst=1)
    with pytest.raises(ValueError, match="empty"):
        limiter.take("", per_minute=10, burst=1)


# ----------------------------------------------------------------------------- shared state


def hammer(db_url: str, key: str, *, threads: int, each: int, burst: int) -> list[RateDecision]:
    """`threads` threads, each on its own pooled connection, released at once."""
    decisions: list[RateDecision] = []
    lock = threading.Lock()
    start = threading.Barrier(threads)
    errors: list[BaseException] = []

    with Database(db_url, min_size=threads, max_size=threads) as pool:
        pool.open(wait=True)
        limiter = RateLimiter(pool)

        def client() -> None:
            try:
                start.wait()
                mine = take_n(limiter, key, each, per_minute=NO_REFILL, burst=burst)
                with lock:
                    decisions.extend(mine)
            except BaseException as exc:  # surfaced below, not lost in the thread
                errors.append(exc)

        workers = [threading.Thread(target=client) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=30)
    assert errors == []
    assert len(decisions) == threads * each
    return decisions


def test_concurrent_requests_on_one_key_share_one_bucket(db_url: str) -> None:
    decisions = hammer(db_url, "key:contended", threads=8, each=20, burst=50)

    granted = [d for d in decisions if d.allowed]
    refused = [d for d in decisions if not d.allowed]
    assert len(granted) == 50
    # The checks ran one after another, so each admitted request saw its own count.
    # A request reads the clock before it waits for the row lock; one that read it
    # before the request admitted ahead of it reports one less (never more), so
    # the header errs on the safe side by at most one.
    remaining = sorted(d.remaining for d in granted)
    assert all(slot - 1 <= seen <= slot for slot, seen in enumerate(remaining)), remaining
    # Every refusal read the newest tat (all 50 admissions), not an older snapshot.
    assert all(NO_REFILL_T - 5 < d.retry_after_s <= NO_REFILL_T for d in refused)
    assert all(d.remaining == 0 for d in refused)


def test_simultaneous_first_requests_on_a_new_key_admit_only_the_burst(db_url: str) -> None:
    decisions = hammer(db_url, "key:brand-new", threads=8, each=1, burst=1)

    assert sum(d.allowed for d in decisions) == 1
    assert all(0 < d.retry_after_s <= NO_REFILL_T for d in decisions if not d.allowed)


def take_behind_an_open_admission(db: Database, key: str, *, burst: int) -> RateDecision:
    """Admit one request on `key` in a transaction left open while another request arrives.

    The second request starts (and takes its statement snapshot) before the
    first commits, then waits for the row lock; it is decided after the commit.
    """
    outcome: list[RateDecision] = []
    limiter = RateLimiter(db)
    waiter = threading.Thread(
        target=lambda: outcome.append(limiter.take(key, per_minute=NO_REFILL, burst=burst))
    )
    with db.transaction() as conn:
        admitted = conn.one(
            "rate_limit_take",
            key=key,
            emission_us=int(NO_REFILL_T * 1_000_000),
            tolerance_us=int(NO_REFILL_T * 1_000_000) * (burst - 1),
        )
        assert admitted is not None and admitted["allowed"]
        waiter.start()
        time.sleep(0.2)  # long enough for the waiter to block on the row lock
        assert outcome == [], "the second request did not wait for the first"
    waiter.join(timeout=10)
    assert len(outcome) == 1
    return outcome[0]


def test_a_refusal_behind_a_concurrent_admission_reports_the_newest_state(db: Database) -> None:
    limiter = RateLimiter(db)
    assert limiter.take("key:behind", per_minute=NO_REFILL, burst=2).allowed

    refused = take_behind_an_open_admission(db, "key:behind", burst=2)

    # From the snapshot the waiter started with, the bucket had room (retry 0);
    # the real state after both admissions is one full interval away.
    assert not refused.allowed
    assert refused.remaining == 0
    assert NO_REFILL_T - 5 < refused.retry_after_s <= NO_REFILL_T
    assert 2 * NO_REFILL_T - 5 < refused.reset_s <= 2 * NO_REFILL_T


def test_a_refusal_behind_the_admission_that_created_the_key_still_says_when_to_retry(
    db: Database,
) -> None:
    refused = take_behind_an_open_admission(db, "key:created-meanwhile", burst=1)

    assert not refused.allowed
    assert refused.remaining == 0
    assert 0 < refused.retry_after_s <= NO_REFILL_T
    assert "Retry-After" in refused.headers()


# ----------------------------------------------------------------------------- roles


def test_the_api_role_can_use_the_limiter(db_url: str) -> None:
    with Database(with_user(db_url, API_ROLE), max_size=2) as api_db:
        limiter = RateLimiter(api_db)
        decisions = take_n(limiter, "tenant:api", 3, per_minute=NO_REFILL, burst=2)

    assert [d.allowed for d in decisions] == [True, True, False]
    assert [d.remaining for d in decisions] == [1, 0, 0]


# ------------------------------------------------------ admission: auth and limit in one


def admit_as_api(db_url: str, pepper: bytes, token: str, *, burst: int, default: int = 600):
    """Authenticator.admit as the API role, so row-level security applies as in production."""
    with Database(with_user(db_url, API_ROLE), max_size=1) as api_db:
        return Authenticator(api_db, pepper).admit(token, default_per_minute=default, burst=burst)


def test_only_a_valid_key_is_charged(db: Database, db_url: str) -> None:
    pepper = b"p" * 32
    create_tenant(db, "acme")
    issued = create_api_key(
        db, pepper, "acme", scopes=["scans:read"], rate_limit_per_minute=1, rate_limit_burst=2
    )
    wrong_secret = issued.token[: -len("x")] + ("y" if issued.token[-1] != "y" else "z")

    for _ in range(5):  # a stranger guessing secrets for a real key id
        with pytest.raises(Unauthorized):
            admit_as_api(db_url, pepper, wrong_secret, burst=2)
    decisions = [admit_as_api(db_url, pepper, issued.token, burst=2)[1] for _ in range(3)]

    assert [d.allowed for d in decisions] == [True, True, False]
    revoke_api_key(db, issued.key_id)
    with pytest.raises(Unauthorized):
        admit_as_api(db_url, pepper, issued.token, burst=2)


def test_a_key_without_its_own_limit_gets_its_tenants_then_the_service_default(
    db: Database, db_url: str
) -> None:
    pepper = b"p" * 32
    create_tenant(db, "metered", rate_limit_per_minute=7)
    create_tenant(db, "plain")
    metered = create_api_key(db, pepper, "metered", scopes=["scans:read"])
    plain = create_api_key(db, pepper, "plain", scopes=["scans:read"])
    own = create_api_key(db, pepper, "plain", scopes=["scans:read"], rate_limit_per_minute=3)

    limits = {
        name: admit_as_api(db_url, pepper, issued.token, burst=1, default=11)
        for name, issued in (("metered", metered), ("plain", plain), ("own", own))
    }

    assert {name: p.rate_limit_per_minute for name, (p, _) in limits.items()} == {
        "metered": 7, "plain": 11, "own": 3,
    }  # fmt: skip
    assert {name: d.limit for name, (_, d) in limits.items()} == {
        "metered": 7, "plain": 11, "own": 3,
    }  # fmt: skip


# ------------------------------------------------------ burst per limit, tenant-wide limits


def admit_n(db_url: str, pepper: bytes, tokens: list[str], *, default: int = 600, burst: int = 60):
    """Admit each token in turn on one API-role connection; the decisions, in order."""
    with Database(with_user(db_url, API_ROLE), max_size=1) as api_db:
        auth = Authenticator(api_db, pepper)
        return [auth.admit(t, default_per_minute=default, burst=burst)[1] for t in tokens]


def test_burst_follows_the_keys_own_rate_unless_the_key_sets_one(db: Database, db_url: str) -> None:
    pepper = b"p" * 32
    create_tenant(db, "slow")
    two_a_minute = create_api_key(
        db, pepper, "slow", scopes=["scans:read"], rate_limit_per_minute=2
    )
    own_burst = create_api_key(
        db, pepper, "slow", scopes=["scans:read"], rate_limit_per_minute=2, rate_limit_burst=3
    )
    plain = create_api_key(db, pepper, "slow", scopes=["scans:read"])

    # Service default 600/min with a burst of 60 (six seconds' worth): a key limited to
    # 2 a minute gets six seconds' worth of its own rate, rounded up: 1, not 60.
    scaled = admit_n(db_url, pepper, [two_a_minute.token] * 10)
    assert [d.allowed for d in scaled] == [True] + [False] * 9
    assert all(d.limit == 2 for d in scaled)
    assert 29 < scaled[-1].retry_after_s <= 30
    assert [d.allowed for d in admit_n(db_url, pepper, [own_burst.token] * 5)] == [True] * 3 + [
        False
    ] * 2
    # A key with no limit of its own keeps the service's burst.
    defaults = admit_n(db_url, pepper, [plain.token] * 7, default=600, burst=5)
    assert [d.allowed for d in defaults] == [True] * 5 + [False] * 2


def test_a_tenant_limit_holds_across_all_of_its_keys(db: Database, db_url: str) -> None:
    pepper = b"p" * 32
    create_tenant(db, "shared", rate_limit_per_minute=60)  # burst: 6 (scaled)
    keys = [create_api_key(db, pepper, "shared", scopes=["scans:read"]) for _ in range(3)]

    decisions = admit_n(db_url, pepper, [k.token for k in keys] * 10)

    # One budget for the tenant: 6 at once for the three keys together, not 6 (or 60) each.
    assert sum(d.allowed for d in decisions) == 6
    assert [d.allowed for d in decisions[:6]] == [True] * 6
    refused = decisions[6]
    assert refused.limit == 60 and refused.remaining == 0 and 0 < refused.retry_after_s <= 1


def test_the_stricter_of_key_and_tenant_wins_and_a_tenant_refusal_costs_the_key_nothing(
    db: Database, db_url: str
) -> None:
    pepper = b"p" * 32
    create_tenant(db, "both", rate_limit_per_minute=1, rate_limit_burst=2)
    strict_key = create_api_key(
        db, pepper, "both", scopes=["scans:read"], rate_limit_per_minute=1, rate_limit_burst=1
    )
    roomy_key = create_api_key(
        db, pepper, "both", scopes=["scans:read"], rate_limit_per_minute=1, rate_limit_burst=10
    )

    # The strict key's own burst of 1 binds before the tenant's 2.
    assert [d.allowed for d in admit_n(db_url, pepper, [strict_key.token] * 2)] == [True, False]
    # The roomy key: the tenant has one request left, then refuses.
    roomy = admit_n(db_url, pepper, [roomy_key.token] * 4)
    assert [d.allowed for d in roomy] == [True, False, False, False]
    assert roomy[1].limit == 1  # the tenant's bucket refused
    assert roomy[0].remaining == 0  # the tenant had less room left than the key

    # The tenant's refusals were handed back to the key: with the tenant's limit
    # lifted, the roomy key still has 9 of its 10.
    update_tenant_limits(db, "both", clear_rate_limit=True)
    again = admit_n(db_url, pepper, [roomy_key.token] * 10)
    assert [d.allowed for d in again] == [True] * 9 + [False]


def test_a_burst_needs_a_rate_of_its_own_and_an_update_keeps_what_it_does_not_name(
    db: Database,
) -> None:
    with pytest.raises(ValueError, match="rate limit of its own"):
        create_tenant(db, "burst-only", rate_limit_burst=5)
    create_tenant(db, "later")
    with pytest.raises(ValueError, match="rate limit of its own"):
        update_tenant_limits(db, "later", rate_limit_burst=5)
    assert update_tenant_limits(db, "later", rate_limit_per_minute=60)["rate_limit_burst"] is None
    updated = update_tenant_limits(db, "later", rate_limit_burst=10)
    assert (updated["rate_limit_per_minute"], updated["rate_limit_burst"]) == (60, 10)
    cleared = update_tenant_limits(db, "later", clear_rate_limit=True)
    assert (cleared["rate_limit_per_minute"], cleared["rate_limit_burst"]) == (None, None)
