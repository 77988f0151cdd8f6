"""Soak test (`make soak`): the whole service under steady mixed load, with faults.

Runs a private embedded PostgreSQL, the API under gunicorn and real `securetag
worker` processes (code audits in the bubblewrap sandbox with the real scanners,
passive web scans of a local site, webhook deliveries to a local receiver). For
--seconds, client threads of three tenants upload archives, submit web scans,
poll their scans, list them and try each other's; meanwhile a worker is killed
with SIGKILL every --kill-every seconds (a fresh one replaces it) and PostgreSQL
is stopped for --outage-s seconds once, in the middle.

Then the load stops and the soak waits for every accepted scan to end, and checks
what a user would be owed:

- no answer was a 5xx, except 503 while the database was down (and shortly after);
- every accepted scan (202) can be read back and has ended, and so has its LLM
  triage (a fake model speaking Ollama's protocol, failing now and then): none lost
  or stuck;
- another tenant's scan always answered 404;
- every scan's webhooks (scan.completed, and scan.triaged after a triage) arrived,
  signed with its tenant's secret;
- the audit chain verifies;
- the API workers' memory did not keep growing.

It prints what it saw and exits 1 when any of these fails.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import requests

from securetag.store.audit import verify
from securetag.store.db import Database, connect_admin
from securetag.store.embedded import EmbeddedPostgres
from securetag.store.migrate import migrate
from tests.support import vulnerable_project as project
from tests.support.api import LiveApi, TenantKeys, live_api, new_tenant
from tests.support.archives import tar_gz
from tests.support.fake_llm import FakeLlmServer
from tests.support.processes import server_rss_kib
from tests.support.queries import TEST_QUERIES
from tests.support.receiver import Receiver, signature_valid
from tests.support.web_targets import WebTarget, misconfigured_site
from tests.support.workers import WorkerProcess

MODEL_ANSWER = json.dumps({
    "verdict": "true_positive", "confidence": 0.9, "rationale": "the input reaches the sink",
    "recommended_fix": "use a parameterized API",
})  # fmt: skip
FINAL = frozenset({"succeeded", "failed", "timed_out", "cancelled"})
LOOPBACK = "127.0.0.0/8"
# After the database is back, pools reconnect within a few seconds; a 503 later
# than this is a fault of its own.
RECOVERY_GRACE_S = 15.0
ARCHIVE = tar_gz({
    "app/views.py": project.FLASK_APP.encode(),
    "app/settings.py": project.SETTINGS_WITH_A_KEY.encode(),
})  # fmt: skip


@dataclass
class Tally:
    """What the clients saw, shared by their threads."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    answers: Counter[str] = field(default_factory=Counter)  # "GET /scans/{id} 200" → count
    problems: list[str] = field(default_factory=list)
    accepted: dict[str, list[str]] = field(default_factory=dict)  # tenant name → scan ids
    outages: list[tuple[float, float]] = field(default_factory=list)  # (down, back + grace)
    outage_open_since: float | None = None

    def answer(self, label: str, response: requests.Response, expected: int) -> bool:
        """Count the answer; note it when it is neither `expected` nor an excused 503."""
        with self.lock:
            self.answers[f"{label} {response.status_code}"] += 1
            if response.status_code == expected:
                return True
            if response.status_code == 503 and self._in_outage(time.monotonic()):
                return False
            self.problems.append(f"{label}: {response.status_code} {response.text[:200]}")
            return False

    def note(self, problem: str) -> None:
        with self.lock:
            self.problems.append(problem)

    def failed(self, label: str, exc: Exception) -> None:
        with self.lock:
            self.answers[f"{label} {type(exc).__name__}"] += 1
            self.problems.append(f"{label}: {exc!r}")

    def _in_outage(self, now: float) -> bool:
        if self.outage_open_since is not None and now >= self.outage_open_since:
            return True
        return any(down <= now <= back for down, back in self.outages)

    def accept(self, tenant: str, scan_id: str) -> None:
        with self.lock:
            self.accepted.setdefault(tenant, []).append(scan_id)

    def known(self, tenant: str) -> list[str]:
        with self.lock:
            return list(self.accepted.get(tenant, []))


@dataclass
class Tenant:
    keys: TenantKeys
    secret: bytes  # the webhook's signing secret


class Client(threading.Thread):
    """One CI pipeline's worth of traffic for one tenant, paced to leave CPU to the scanners."""

    def __init__(
        self, api: LiveApi, tenant: Tenant, others: list[Tenant], target: WebTarget,
        tally: Tally, stop: threading.Event, *, seed: int, pace_s: float, submit_every_s: float,
    ) -> None:  # fmt: skip
        super().__init__(daemon=True)
        self.api, self.tenant, self.others, self.target = api, tenant, others, target
        self.tally, self.stop, self.pace_s, self.submit_every_s = (
            tally,
            stop,
            pace_s,
            submit_every_s,
        )
        self.random = random.Random(seed)
        self.session = requests.Session()
        self.session.headers["X-API-Key"] = tenant.keys.key

    def run(self) -> None:
        next_submit = time.monotonic() + self.random.uniform(0, self.submit_every_s)
        while not self.stop.wait(self.pace_s):
            try:
                if time.monotonic() >= next_submit:
                    next_submit += self.submit_every_s
                    self.submit()
                else:
                    self.read()
            except requests.RequestException as exc:
                self.tally.failed("request", exc)

    def submit(self) -> None:
        name = self.tenant.keys.name
        if self.random.random() < 0.5:
            label = "POST /codeaudit/upload"
            response = self.session.post(
                f"{self.api.url}/codeaudit/upload?project=soak", data=ARCHIVE, timeout=30
            )
        else:
            label = "POST /scans/web"
            response = self.session.post(
                f"{self.api.url}/scans/web", json={"url": self.target.url("/")}, timeout=30
            )
        if self.tally.answer(label, response, 202):
            self.tally.accept(name, response.json()["scan_id"])

    def read(self) -> None:
        mine = self.tally.known(self.tenant.keys.name)
        roll = self.random.random()
        if roll < 0.5 and mine:
            scan_id = self.random.choice(mine)
            response = self.session.get(f"{self.api.url}/scans/{scan_id}", timeout=30)
            if self.tally.answer("GET /scans/{id}", response, 200):
                self._check_own(response.json(), scan_id)
        elif roll < 0.7:
            theirs = self.tally.known(self.random.choice(self.others).keys.name)
            if theirs:
                scan_id = self.random.choice(theirs)
                response = self.session.get(f"{self.api.url}/scans/{scan_id}", timeout=30)
                self.tally.answer("GET /scans/{id} of another tenant", response, 404)
        else:
            response = self.session.get(f"{self.api.url}/scans?limit=20", timeout=30)
            if self.tally.answer("GET /scans", response, 200):
                listed = {item["id"] for item in response.json()["items"]}
                for other in self.others:
                    if leaked := listed & set(self.tally.known(other.keys.name)):
                        self.tally.note(f"GET /scans listed another tenant's scans: {leaked}")

    def _check_own(self, body: dict, scan_id: str) -> None:
        if body.get("id") != scan_id:
            self.tally.note(f"GET /scans/{scan_id} answered scan {body.get('id')}")


class Workers:
    """The worker processes; one at a time is killed and replaced."""

    def __init__(self, api: LiveApi, count: int, logs: Path, llm_url: str) -> None:
        self.api, self.logs, self.llm_url = api, logs, llm_url
        self.processes = [self._start() for _ in range(count)]
        self.killed = 0

    def _start(self) -> WorkerProcess:
        return WorkerProcess(
            self.api.settings,
            types=["code_audit", "web_scan", "triage", "webhook"],
            concurrency=2,
            log_path=self.logs / f"worker-{uuid.uuid4().hex[:8]}.log",
            extra_env={
                "SECURETAG_WEBSCAN_ALLOW": LOOPBACK,
                "SECURETAG_WEBHOOK_ALLOW": LOOPBACK,
                "SECURETAG_LLM_API": "ollama",
                "SECURETAG_LLM_URL": self.llm_url,
            },
        )

    def kill_one(self, rng: random.Random) -> None:
        victim = self.processes.pop(rng.randrange(len(self.processes)))
        victim.kill9()
        self.killed += 1
        self.processes.append(self._start())

    def stop(self) -> None:
        for process in self.processes:
            process.terminate(timeout_s=60)


def faults(
    workers: Workers, server: EmbeddedPostgres, llm: FakeLlmServer, tally: Tally,
    stop: threading.Event,
    *, seconds: float, kill_every_s: float, outage_s: float, rng: random.Random,
) -> None:  # fmt: skip
    """Kill a worker (and fail the model's next answers) every kill_every_s; take the
    database down once, half-way through."""
    start = time.monotonic()
    outage_at = start + seconds / 2
    next_kill = start + kill_every_s
    outage_done = outage_s <= 0
    while not stop.wait(0.2):
        now = time.monotonic()
        if now >= next_kill:
            workers.kill_one(rng)
            llm.then_fail(status=503, times=3).then_drop_connection("mid_body")
            next_kill += kill_every_s
        if not outage_done and now >= outage_at:
            with tally.lock:
                tally.outage_open_since = time.monotonic()
            server.stop(mode="fast")  # every connection dropped, mid-request
            time.sleep(outage_s)
            server.start()
            with tally.lock:
                down = tally.outage_open_since
                tally.outage_open_since = None
                tally.outages.append((down, time.monotonic() + RECOVERY_GRACE_S))
            outage_done = True


def ended(body: dict) -> bool:
    return body["state"] in FINAL and body.get("triage") != "pending"


def wait_until_ended(api: LiveApi, tenants: list[Tenant], tally: Tally, timeout_s: float) -> dict:
    """Every accepted scan's last answer, by id, once it ended and so did its triage (or
    the deadline passed)."""
    last: dict[str, dict] = {}
    deadline = time.monotonic() + timeout_s
    pending = {scan_id: tenant for tenant in tenants for scan_id in tally.known(tenant.keys.name)}
    while pending and time.monotonic() < deadline:
        for scan_id, tenant in list(pending.items()):
            response = api.get(f"/scans/{scan_id}", tenant.keys.key)
            if response.status_code != 200:
                last[scan_id] = {"state": f"HTTP {response.status_code}"}
                continue
            last[scan_id] = response.json()
            if ended(last[scan_id]):
                del pending[scan_id]
        if pending:
            time.sleep(1)
    return last


def delivered_scans(
    receiver: Receiver, secret_of_scan: dict[str, bytes], event: str
) -> tuple[Counter[str], int]:
    """scan id → signed deliveries of `event` received; and how many were badly signed."""
    seen: Counter[str] = Counter()
    bad = 0
    for entry in list(receiver.received):
        body = json.loads(entry["body"])
        if body.get("event") != event:
            continue
        scan_id = body["scan"]["id"]
        secret = secret_of_scan.get(scan_id)
        if secret is not None and signature_valid(entry, secret):
            seen[scan_id] += 1
        else:
            bad += 1
    return seen, bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options = [
        ("--seconds", float, 600.0, "how long the load runs"),
        ("--kill-every", float, 45.0, "SIGKILL one worker this often (seconds)"),
        ("--outage-s", float, 8.0, "stop PostgreSQL once for this long; 0: never"),
        ("--workers", int, 2, "worker processes (2 task slots each)"),
        ("--submit-every", float, 20.0, "each client submits a scan this often (seconds)"),
        ("--clients-per-tenant", int, 2, "client threads per tenant (3 tenants)"),
        ("--drain-s", float, 600.0, "how long scans may take to end after the load"),
        ("--seed", int, 1, "the clients' and the faults' random choices"),
    ]
    for flag, kind, default, text in options:
        parser.add_argument(flag, type=kind, default=default, help=text)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory(prefix="securetag-soak-") as tmp_name:
        tmp = Path(tmp_name)
        server = EmbeddedPostgres(tmp / "pgdata")
        server.start()
        try:
            return soak(args, rng, server, tmp)
        finally:
            server.stop(mode="immediate")


def soak(args: argparse.Namespace, rng: random.Random, server: EmbeddedPostgres, tmp: Path) -> int:
    with connect_admin(server.url("postgres")) as conn:
        conn.create_database("soak")
    url = server.url("soak")
    with Database(url, max_size=2) as admin:
        migrate(admin)
    tally = Tally()
    with (
        live_api(
            url, tmp, workers=2, log_level="WARNING",
            webhook_allow=LOOPBACK, webscan_allow=LOOPBACK,
            rate_limit_per_minute=1_000_000, rate_limit_burst=100_000,
            heartbeat_interval_s=2.0, lease_timeout_s=15.0, reap_interval_s=2.0,
        ) as api,
        Receiver() as receiver,
        WebTarget(misconfigured_site()) as target,
        FakeLlmServer() as llm,
    ):  # fmt: skip
        llm.respond_with(MODEL_ANSWER)
        with Database(url, max_size=2) as admin:
            keys = [new_tenant(admin, api.settings, f"soak-{n}") for n in range(3)]
        tenants = []
        for tenant_keys in keys:
            hook = api.post("/webhooks", tenant_keys.key, json={"url": receiver.url})
            assert hook.status_code == 201, hook.text
            tenants.append(Tenant(tenant_keys, hook.json()["secret"].encode()))

        workers = Workers(api, args.workers, tmp, llm.url)
        stop = threading.Event()
        clients = [
            Client(
                api, tenant, [t for t in tenants if t is not tenant], target, tally, stop,
                seed=args.seed * 100 + n, pace_s=0.05, submit_every_s=args.submit_every,
            )
            for n, tenant in enumerate(t for t in tenants for _ in range(args.clients_per_tenant))
        ]  # fmt: skip
        fault_thread = threading.Thread(
            target=faults,
            args=(workers, server, llm, tally, stop),
            kwargs={"seconds": args.seconds, "kill_every_s": args.kill_every,
                    "outage_s": args.outage_s, "rng": rng},
            daemon=True,
        )  # fmt: skip
        started = time.monotonic()
        for client in clients:
            client.start()
        time.sleep(min(5.0, args.seconds / 4))
        rss_start = server_rss_kib(api.process.pid)
        fault_thread.start()
        time.sleep(max(0.0, args.seconds - (time.monotonic() - started)))
        stop.set()
        for thread in [*clients, fault_thread]:
            thread.join(60)
        rss_end = server_rss_kib(api.process.pid)

        last = wait_until_ended(api, tenants, tally, args.drain_s)
        states = Counter(body["state"] for body in last.values())
        triage = Counter(body.get("triage") for body in last.values())
        unended = {scan_id: f"{body['state']}, triage {body.get('triage')}"
                   for scan_id, body in last.items() if not ended(body)}  # fmt: skip
        # The webhooks each ended scan (and each finished triage) is owed; the last
        # ones may still be on their way.
        owed = {
            "scan.completed": {i for i, body in last.items() if body["state"] in FINAL},
            "scan.triaged": {i for i, body in last.items() if body.get("triage") == "done"},
        }
        secret_of_scan = {
            scan_id: tenant.secret
            for tenant in tenants
            for scan_id in tally.known(tenant.keys.name)
        }
        deadline = time.monotonic() + 120
        while True:
            delivered = {event: delivered_scans(receiver, secret_of_scan, event) for event in owed}
            missing_hooks = {
                f"{event} {scan_id}"
                for event, ids in owed.items()
                for scan_id in ids - set(delivered[event][0])
            }
            badly_signed = sum(bad for _, bad in delivered.values())
            if not missing_hooks or time.monotonic() > deadline:
                break
            time.sleep(1)
        workers.stop()
        with Database(url, max_size=1, queries=TEST_QUERIES) as admin:
            chain = verify(admin)
            attempts = admin.all("soak_task_attempts")

    failed_reasons = Counter(
        (body.get("error") or "")[:80] for body in last.values() if body["state"] == "failed"
    )
    checks = {
        "no unexpected answers (5xx, wrong status, errors)": not tally.problems,
        "every accepted scan can be read back and has ended, its triage too": not unended,
        "every scan's webhooks arrived, signed": not missing_hooks and badly_signed == 0,
        "the audit chain verifies": chain.ok,
        "API memory grew less than 50 % (+ 20 MiB)": rss_end <= rss_start * 1.5 + 20 * 1024,
    }
    print(f"\nsoak: {args.seconds:.0f} s of load, {len(clients)} clients, "
          f"{args.workers} workers ({workers.killed} killed with SIGKILL), "
          f"database down {args.outage_s:.0f} s once")  # fmt: skip
    print("answers:")
    for label, count in sorted(tally.answers.items()):
        print(f"  {count:>7,}  {label}")
    print(f"scans accepted: {len(last)}; by state: {dict(states)}; triage: {dict(triage)}")
    print("tasks: " + ", ".join(
        f"{row['type']} {row['tasks']} ({row['rerun']} ran more than once)" for row in attempts
    ))  # fmt: skip
    for reason, count in failed_reasons.most_common(5):
        print(f"  failed x{count}: {reason}")
    for event, (seen, bad) in delivered.items():
        total = sum(seen.values())
        print(f"webhooks {event}: {len(seen)} scans reported ({total} deliveries, "
              f"{total - len(seen)} repeats), {bad} badly signed")  # fmt: skip
    print(f"audit chain: {chain.rows:,} rows, ok={chain.ok} {chain.problem or ''}")
    print(
        f"API memory: {rss_start / 1024:.0f} MiB after warm-up, {rss_end / 1024:.0f} MiB at the end"
    )
    for problem in tally.problems[:20]:
        print(f"  problem: {problem}")
    for scan_id, state in list(unended.items())[:20]:
        print(f"  not ended: {scan_id} {state}")
    for missing in sorted(missing_hooks)[:20]:
        print(f"  no webhook: {missing}")
    print()
    for check, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'}  {check}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
