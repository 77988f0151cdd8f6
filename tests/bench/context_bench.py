"""Context store benchmark (`make bench`): put and get latency of one 4 KiB value.

Runs against PostgreSQL on this host: the embedded server in a temporary
directory, or SECURETAG_BENCH_DATABASE_URL (a database this script may migrate
and write to), as the worker role the scan task uses. Every put is its own
committed transaction (default durability: the commit waits for the WAL flush).

Gets are measured three ways: with the cache off (every get is a round trip
and a decryption), with the cache on but each key read for the first time (a
round trip, a decryption and a cache insert), and with the cache warm (memory
only). The clock runs around each single call, after a warm-up that also loads
the tenant's data key into the vault.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid
from collections.abc import Callable, Sequence

from securetag.security.crypto import MASTER_KEY_BYTES, MasterKeyRing
from securetag.store.context_store import ContextStore, task_scope
from securetag.store.db import WORKER_ROLE, Database, with_user
from securetag.store.migrate import migrate
from securetag.store.vault import Vault
from securetag.tenancy.tenants import create_tenant
from tests.bench.queue_bench import bench_database

TARGET_P99_MS = 5.0


def percentile(sorted_ms: Sequence[float], fraction: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, max(0, round(fraction * len(sorted_ms)) - 1))]


def timed_ms(calls: Sequence[Callable[[], object]]) -> list[float]:
    """Each call's own duration in milliseconds, sorted."""
    durations = []
    for call in calls:
        start = time.perf_counter_ns()
        call()
        durations.append((time.perf_counter_ns() - start) / 1e6)
    return sorted(durations)


def measure(url: str, n: int, warmup: int, size: int) -> list[tuple[str, list[float]]]:
    with Database(url, max_size=1) as admin:
        migrate(admin)
        tenant_id = create_tenant(admin, f"bench-{uuid.uuid4().hex[:12]}")["id"]
    ring = MasterKeyRing({1: os.urandom(MASTER_KEY_BYTES)}, source="bench")
    scope = task_scope(1)
    value = os.urandom(size)
    with Database(with_user(url, WORKER_ROLE), max_size=2) as db:
        vault = Vault(db, ring)
        uncached = ContextStore(db, vault, cache_entries=0)
        cached = ContextStore(db, vault, cache_entries=max(n, warmup))

        def put(key: str) -> Callable[[], None]:
            return lambda: uncached.put(tenant_id, scope, key, value)

        def get(store: ContextStore, key: str) -> Callable[[], bytes | None]:
            return lambda: store.get(tenant_id, scope, key)

        timed_ms([put(f"warm-{i}") for i in range(warmup)])
        puts = timed_ms([put(f"k-{i}") for i in range(n)])

        timed_ms([get(uncached, f"warm-{i}") for i in range(warmup)])
        cold = timed_ms([get(uncached, f"k-{i}") for i in range(n)])
        first_reads = timed_ms([get(cached, f"k-{i}") for i in range(n)])
        warm = timed_ms([get(cached, f"k-{i}") for i in range(n)])
        if cached.cache_stats().hits != n:
            raise RuntimeError(f"warm gets were not all cache hits: {cached.cache_stats()}")
        uncached.delete_scope(tenant_id, scope)
    return [
        ("put (upsert, one transaction)", puts),
        ("get, cache off", cold),
        ("get, cache on, first read of the key", first_reads),
        ("get, cache warm", warm),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000, help="timed calls per measure")
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--size", type=int, default=4096, help="value size in bytes")
    args = parser.parse_args()

    with bench_database() as url:
        results = measure(url, args.n, args.warmup, args.size)

    print(f"\ncontext store, {args.size:,}-byte values, {args.n:,} calls each")
    width = max(len(name) for name, _ in results)
    print(f"{'measure':<{width}}  {'p50':>9}  {'p99':>9}  {'max':>9}  target")
    for name, ms in results:
        p99 = percentile(ms, 0.99)
        verdict = "ok" if p99 <= TARGET_P99_MS else "MISSED"
        print(
            f"{name:<{width}}  {statistics.median(ms):>6.3f} ms  {p99:>6.3f} ms  "
            f"{ms[-1]:>6.2f} ms  p99 <= {TARGET_P99_MS:g} ms ({verdict})"
        )


if __name__ == "__main__":
    main()
