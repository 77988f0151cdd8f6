"""API benchmark (`make bench`): GET /scans/{id} and POST /scans/web under gunicorn.

Printed beside two bare Flask endpoints served with the same gunicorn settings
(deploy/gunicorn.conf.py, same workers and threads), each the median of 3 runs:
`/ping`, which touches nothing, and `/db`, which makes one `SELECT 1` round trip
to the same PostgreSQL through the same pooled `Database`. The second is the
floor under any endpoint that reads from the database at all; an authenticated,
rate-limited read (one statement that checks the key and writes its bucket, then
the scan and its findings under row-level security) cannot be faster than it.
Each server gets an unmeasured 2 s warm-up first (pools grow, statements get
prepared). GET: closed loop, CLIENTS keep-alive connections for SECONDS. POST: open loop
at a fixed rate (200/s), latency measured from each request's scheduled time so
a stall counts in full.

Throughput on a shared machine moves with whatever else runs on it; the CPU
time the server processes (gunicorn's, and PostgreSQL's when it runs on this
host) spent per request during the closed-loop runs moves much less, so it is
printed too: it is the number to compare before and after a change.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from securetag.cli.main import GUNICORN_CONF
from securetag.kernel.errors import DatabaseError
from securetag.store.db import Database
from securetag.store.migrate import migrate
from tests.bench.queue_bench import bench_database
from tests.support.api import free_port, live_api, new_tenant
from tests.support.processes import server_cpu_s
from tests.support.queries import TEST_QUERIES

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class LoopResult:
    rate: float  # requests/s
    p99_ms: float
    requests: int


def postmaster_pid(admin: Database) -> int | None:
    """The database server's main process, when it runs on this host and we may read it."""
    try:
        row = admin.one("bench_data_directory")
        text = (Path(row["data_directory"]) / "postmaster.pid").read_text()
        pid = int(text.split()[0])
        return pid if Path(f"/proc/{pid}").exists() else None
    except (OSError, ValueError, IndexError, DatabaseError):
        return None


def wrk_closed_loop(url: str, headers: dict, clients: int, seconds: float) -> LoopResult:
    """Requests/s, p99 and count from wrk, a C client that leaves the CPU to the server."""
    args = ["wrk", "-t2", f"-c{clients}", f"-d{seconds:.0f}s", "--latency"]
    for name, value in headers.items():
        args += ["-H", f"{name}: {value}"]
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"wrk saw errors:\n{out}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    return LoopResult(rate, float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit], requests)


def _closed_loop(port: int, path: str, headers: dict, seconds: float, out) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    latencies = []
    end = time.perf_counter() + seconds
    while (start := time.perf_counter()) < end:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"GET {path}: {response.status}")
        latencies.append(time.perf_counter() - start)
    out.put(latencies)


def closed_loop(port: int, path: str, headers: dict, clients: int, seconds: float) -> LoopResult:
    """`clients` concurrent keep-alive connections for `seconds`."""
    if shutil.which("wrk"):
        return wrk_closed_loop(f"http://127.0.0.1:{port}{path}", headers, clients, seconds)
    return run_clients(
        _closed_loop, [(port, path, headers, seconds) for _ in range(clients)], seconds
    )


def run_clients(
    target: Callable[..., None], client_args: list[tuple], seconds: float
) -> LoopResult:
    """Run one client process per args tuple; the result over all their latencies."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=target, args=(*args, queue)) for args in client_args]
    for proc in procs:
        proc.start()
    latencies = sorted(lat for _ in procs for lat in queue.get())
    for proc in procs:
        proc.join()
    p99 = latencies[int(0.99 * (len(latencies) - 1))] * 1000
    return LoopResult(len(latencies) / seconds, p99, len(latencies))


def _open_loop(port: int, key: str, rate: float, seconds: float, offset: float, out) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    body = json.dumps({"url": "https://example.com/app", "profile": "quick"})
    headers = {"X-API-Key": key, "Content-Type": "application/json"}
    latencies = []
    start = time.perf_counter() + offset
    n = 0
    while (scheduled := start + n / rate) < start + seconds:
        delay = scheduled - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        conn.request("POST", "/scans/web", body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 202:
            raise RuntimeError(f"POST /scans/web: {response.status}")
        latencies.append(time.perf_counter() - scheduled)
        n += 1
    out.put(latencies)


def open_loop(port: int, key: str, rate: float, seconds: float, senders: int = 4) -> LoopResult:
    """The achieved rate and p99 at `rate` requests/s spread over `senders` connections."""
    per_sender = rate / senders
    return run_clients(
        _open_loop, [(port, key, per_sender, seconds, i / rate) for i in range(senders)], seconds
    )


def bare_server(workers: int, floor_url: str) -> tuple[subprocess.Popen, int]:
    """gunicorn serving tests/bench/bare_app.py with the API's settings; its /db reads floor_url."""
    port = free_port()
    env = dict(os.environ, SECURETAG_API_PORT=str(port), SECURETAG_API_WORKERS=str(workers),
               SECURETAG_LOG_LEVEL="warning", SECURETAG_BENCH_FLOOR_URL=floor_url)  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(GUNICORN_CONF),
         "tests.bench.bare_app:create_app()"],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/db")
            if conn.getresponse().status == 200:
                return proc, port
        except OSError:
            pass
        time.sleep(0.1)
    proc.terminate()
    raise RuntimeError("bare server did not start")


def cpu_per_request(
    pids: dict[str, int], run: Callable[[], LoopResult]
) -> tuple[LoopResult, dict[str, float]]:
    """`run`'s result and the CPU µs each server in `pids` spent per request meanwhile."""
    before = {name: server_cpu_s(pid) for name, pid in pids.items()}
    result = run()
    spent = {name: server_cpu_s(pid) - before[name] for name, pid in pids.items()}
    return result, {name: cpu * 1e6 / max(result.requests, 1) for name, cpu in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rate", type=float, default=200.0)
    args = parser.parse_args()

    bare_runs: list[tuple[LoopResult, dict[str, float]]] = []
    floor_runs: list[tuple[LoopResult, dict[str, float]]] = []
    get_runs: list[tuple[LoopResult, dict[str, float]]] = []
    post_runs: list[LoopResult] = []
    with bench_database() as url, tempfile.TemporaryDirectory() as tmp:
        with Database(url, max_size=2, queries=TEST_QUERIES) as admin:
            migrate(admin)
            postgres = postmaster_pid(admin)
        bare, port = bare_server(args.workers, url)
        servers = {"gunicorn": bare.pid}
        if postgres is not None:
            servers["postgres"] = postgres
        try:
            for path, runs in (("/ping", bare_runs), ("/db", floor_runs)):
                load = partial(closed_loop, port, path, {}, args.clients)
                load(2)  # warm-up, not measured
                runs.extend(
                    cpu_per_request(servers, partial(load, args.seconds)) for _ in range(args.runs)
                )
        finally:
            bare.terminate()
            bare.wait()

        with live_api(
            url, Path(tmp), workers=args.workers, log_level="WARNING",
            rate_limit_per_minute=10_000_000, rate_limit_burst=1_000_000,
        ) as api:  # fmt: skip
            with Database(url, max_size=2) as admin:
                tenant = new_tenant(admin, api.settings, "bench")
            headers = {"X-API-Key": tenant.key}
            scan_id = api.post(
                "/scans/web", tenant.key, json={"url": "https://example.com"}
            ).json()["scan_id"]
            port = int(api.url.rsplit(":", 1)[1])
            servers["gunicorn"] = api.process.pid
            # Warm-up, not measured: pools grow, statements get prepared.
            closed_loop(port, f"/scans/{scan_id}", headers, args.clients, 2)
            open_loop(port, tenant.key, args.rate, 2)
            for _ in range(args.runs):
                get_runs.append(
                    cpu_per_request(
                        servers,
                        lambda: closed_loop(
                            port, f"/scans/{scan_id}", headers, args.clients, args.seconds
                        ),
                    )
                )
            for _ in range(args.runs):
                post_runs.append(open_loop(port, tenant.key, args.rate, args.seconds))

    med = statistics.median
    bare_rate = med(r.rate for r, _ in bare_runs)
    floor_rate = med(r.rate for r, _ in floor_runs)
    get_rate = med(r.rate for r, _ in get_runs)

    def cpu(runs: list[tuple[LoopResult, dict[str, float]]]) -> str:
        names = runs[0][1]
        return ", ".join(f"{name} {med(c[name] for _, c in runs):,.0f} µs" for name in names)

    def p99(runs: list[tuple[LoopResult, dict[str, float]]]) -> str:
        return f"{med(r.p99_ms for r, _ in runs):.1f} ms"

    rows = [
        ("bare Flask GET /ping", f"{bare_rate:,.0f} req/s", p99(bare_runs),
         f"CPU/request: {cpu(bare_runs)}"),
        ("bare Flask + one SELECT 1 (GET /db)", f"{floor_rate:,.0f} req/s", p99(floor_runs),
         f"{floor_rate / bare_rate:.0%} of bare: the floor under any read; CPU/request: "
         f"{cpu(floor_runs)}"),
        ("GET /scans/{id} (auth, rate limit, RLS)", f"{get_rate:,.0f} req/s", p99(get_runs),
         f"{get_rate / bare_rate:.0%} of bare (target >= 50%), {get_rate / floor_rate:.0%} "
         f"of the floor; CPU/request: {cpu(get_runs)}"),
        (f"POST /scans/web at {args.rate:.0f}/s (open loop)",
         f"{med(r.rate for r in post_runs):,.0f} req/s",
         f"{med(r.p99_ms for r in post_runs):.1f} ms", "p99 target <= 50 ms"),
    ]  # fmt: skip
    client = "wrk" if shutil.which("wrk") else "Python http.client processes"
    print(f"\nclient: {client}; gunicorn: {args.workers} workers x gthread; "
          f"{args.clients} client connections; "
          f"{args.seconds:.0f} s per run; median of {args.runs}")  # fmt: skip
    width = max(len(r[0]) for r in rows)
    print(f"{'endpoint':<{width}}  {'throughput':>14}  {'p99':>9}  note")
    for name, rate, p99, note in rows:
        print(f"{name:<{width}}  {rate:>14}  {p99:>9}  {note}")


if __name__ == "__main__":
    main()
