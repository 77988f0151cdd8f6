"""Tenants' webhooks: registered through the API, fired by the database when a scan
ends, delivered signed by workers, retried through the queue, refused by the SSRF guard."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from securetag.kernel.config import BUILTIN_TASK_TYPES, Settings
from securetag.kernel.errors import Conflict, DatabaseError, SecuretagError
from securetag.kernel.models import ClaimedTask, NewTask
from securetag.ops.cleanup import Cleanup
from securetag.ops.keys import rewrap, rotate
from securetag.queue.handlers import HandlerRegistry, TaskContext, builtin_registry
from securetag.queue.tasks import TaskQueue
from securetag.queue.worker import Worker
from securetag.scanning.service import RequestInfo, ScanService
from securetag.scanning.store import ScanTaskPayload
from securetag.security.crypto import MasterKeyRing
from securetag.security.ssrf import SsrfGuard, SsrfRefused
from securetag.store.db import Database
from securetag.store.migrate import migrate
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_api_key, create_tenant
from securetag.webhooks.sender import WebhookSender
from securetag.webhooks.service import WebhookService
from tests.support.api import LiveApi, TenantKeys, live_api, new_tenant
from tests.support.receiver import Receiver, SlowReceiver, signature_valid
from tests.support.settings import make_settings
from tests.support.tasks import backdate, last_attempt
from tests.support.workers import WorkerProcess, wait_for

LOOPBACK = "127.0.0.0/8"
INFO = RequestInfo(request_id="test", client_addr="127.0.0.1")


@pytest.fixture
def settings(db_url: str) -> Settings:
    # Loopback receivers are allowed; retries come after milliseconds, not minutes.
    return make_settings(
        db_url, webhook_allow=LOOPBACK, webhook_retry_base_s=0.01, webhook_retry_cap_s=0.05
    )


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as running:
        yield running


class Tenant:
    """One tenant as the API serves it: its principal, its webhooks and its scans."""

    def __init__(self, db: Database, api_db: Database, settings: Settings, name: str) -> None:
        self.id = create_tenant(db, name)["id"]
        # The service layer trusts the principal the API authenticated; a key id is enough.
        self.principal = Principal("testkey00001", self.id, frozenset(SCOPES), 600)
        vault = Vault(api_db, MasterKeyRing.from_settings(settings))
        self.webhooks = WebhookService(settings, api_db, vault)
        self.scans = ScanService(api_db, TaskQueue(api_db, settings), vault)

    def register(self, url: str, events: tuple[str, ...] = ("scan.completed", "scan.triaged")):
        return self.webhooks.create(
            self.principal, INFO, url=url, events=list(events), description="ci"
        )

    def rotate(self, webhook: dict) -> dict:
        return self.webhooks.rotate_secret(self.principal, INFO, UUID(webhook["id"]))

    def web_scan(self) -> dict:
        return self.scans.submit_web_scan(
            self.principal, INFO, project="site", url="https://example.com/", profile="quick"
        )


@pytest.fixture
def tenant(db: Database, api_db: Database, settings: Settings) -> Tenant:
    return Tenant(db, api_db, settings, f"hooks-{uuid.uuid4().hex[:8]}")


# What the scan task stores (securetag/scanning/coverage.py): one page not fetched.
PARTIAL_COVERAGE = {
    "state": "partial",
    "agents": {
        "web": {
            "examined": 7,
            "unit": "pages",
            "languages": [],
            "skipped": 1,
            "by_reason": {"unreachable": 1},
            "examples": [
                {"path": "https://example.com/admin", "reason": "unreachable", "detail": "timeout"}
            ],
            "failure": None,
        }
    },
    "reasons": ["web skipped 1 page: unreachable 1"],
}


def finish_scans(db: Database):
    """A scan handler standing in for the scan task: the scan succeeds with counts."""

    def handler(task: ClaimedTask, ctx: TaskContext) -> None:
        scan_id = ScanTaskPayload.model_validate(task.payload).scan_id
        db.run("scan_start", id=scan_id)
        counts = {"high": 2, "low": 1}
        db.one(
            "scan_finish",
            id=scan_id,
            state="succeeded",
            counts=json.dumps(counts),
            error=None,
            coverage=json.dumps(PARTIAL_COVERAGE),
        )

    return handler


class RunningWorker:
    """A worker thread with the real webhook sender and a stand-in scan handler."""

    def __init__(self, settings: Settings, db: Database, *, guard: SsrfGuard | None = None):
        registry: HandlerRegistry = builtin_registry()
        registry.register("web_scan", finish_scans(db))
        vault = Vault(db, MasterKeyRing.from_settings(settings))
        WebhookSender(settings, db, vault, guard=guard).register(registry)
        self.worker = Worker(settings, db, registry, types=["web_scan", "webhook"])
        self.thread = threading.Thread(target=self.worker.run, daemon=True)

    def __enter__(self) -> Worker:
        self.thread.start()
        return self.worker

    def __exit__(self, *exc: object) -> None:
        self.worker.request_stop()
        self.thread.join(30)


def cancel(db: Database, settings: Settings, task_id: int) -> None:
    """End a task the way `securetag task cancel` does (as the admin)."""
    TaskQueue(db, settings).cancel(task_id, actor="cli")


def deliveries(db: Database, webhook_id: str) -> list[dict]:
    return db.all("test_webhook_deliveries", webhook_id=webhook_id)


def delivered(db: Database, webhook_id: str, n: int = 1):
    rows = deliveries(db, webhook_id)
    finished = [row for row in rows if row["state"] != "pending"]
    return finished if len(finished) >= n else None


def without_secret(webhook: dict) -> dict:
    return {name: value for name, value in webhook.items() if name != "secret"}


# --------------------------------------------------------------------------- registration


def test_registering_shows_the_secret_once_and_seals_url_and_secret(
    db: Database, tenant: Tenant, receiver: Receiver
) -> None:
    url = receiver.url + "?token=hook-token-123"
    created = tenant.register(url)
    assert created["secret"].startswith("whsec_")
    assert created["url"] == url
    assert created["origin"] == receiver.url.rsplit("/", 1)[0]

    listed = tenant.webhooks.list(tenant.principal)
    assert [w["id"] for w in listed] == [created["id"]]
    assert "secret" not in listed[0]
    assert listed[0]["url"] == url

    [row] = db.all("test_webhook_row", id=created["id"])
    assert b"hook-token-123" not in row["sealed"]
    assert created["secret"].encode() not in row["sealed"]
    [audit] = db.all("test_audit_actions", action="webhook.create")
    assert "hook-token-123" not in audit["details"]
    assert created["secret"] not in audit["details"]


def test_a_url_that_reaches_a_private_address_is_refused_when_registered(
    db: Database, api_db: Database, db_url: str
) -> None:
    strict = make_settings(db_url)  # no SECURETAG_WEBHOOK_ALLOW
    tenant = Tenant(db, api_db, strict, "hooks-strict")
    with pytest.raises(SsrfRefused) as refused:
        tenant.register("http://127.0.0.1:9/hook")
    assert "loopback" in refused.value.message
    assert "SECURETAG_WEBHOOK_ALLOW" in refused.value.message
    assert tenant.webhooks.list(tenant.principal) == []


def test_a_tenant_may_register_only_so_many(
    db: Database, api_db: Database, db_url: str, receiver: Receiver
) -> None:
    tenant = Tenant(
        db,
        api_db,
        make_settings(db_url, webhook_allow=LOOPBACK, webhooks_per_tenant=2),
        "hooks-few",
    )
    tenant.register(receiver.url)
    tenant.register(receiver.url)
    with pytest.raises(Conflict, match="already has 2 webhooks"):
        tenant.register(receiver.url)


# --------------------------------------------------------------------------- delivery


def test_a_finished_scan_posts_a_signed_summary_to_each_webhook(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    both = tenant.register(receiver.url + "/both")
    triage_only = tenant.register(receiver.url + "/triage", events=("scan.triaged",))
    scan = tenant.web_scan()

    with RunningWorker(settings, worker_db):
        [row] = wait_for(lambda: delivered(db, both["id"]))
    assert row["state"] == "delivered"
    assert row["attempts"] == 1 and row["last_status"] == 200
    assert deliveries(db, triage_only["id"]) == []  # it asked for triage events only

    [entry] = receiver.received
    assert entry["path"].endswith("/both")
    assert signature_valid(entry, both["secret"].encode())
    assert not signature_valid(entry, triage_only["secret"].encode())
    assert receiver.header(0, "X-Securetag-Event") == "scan.completed"
    assert receiver.header(0, "X-Securetag-Delivery") == str(row["id"])
    body = receiver.json(0)
    assert body["event"] == "scan.completed"
    assert body["delivery_id"] == str(row["id"])
    summary = body["scan"]
    assert summary["id"] == str(scan["id"])
    assert summary["state"] == "succeeded"
    assert summary["project"] == "site"
    assert summary["counts"] == {"critical": 0, "high": 2, "medium": 0, "low": 1, "info": 0}
    assert summary["links"]["sarif"] == f"/scans/{scan['id']}?format=sarif"
    # The receiver hears that the scan did not look everywhere, counted...
    assert summary["coverage"]["state"] == "partial"
    assert summary["coverage"]["agents"]["web"]["by_reason"] == {"unreachable": 1}
    assert summary["coverage"]["reasons"] == ["web skipped 1 page: unreachable 1"]
    # ...but the target URL is the tenant's secret to keep: it is not in the summary.
    assert "example.com" not in entry["body"].decode()

    actions = [a["action"] for a in db.all("test_audit_actions", action="webhook.deliver")]
    assert actions == ["webhook.deliver"]


def test_a_slowloris_receiver_is_abandoned_at_the_deadline_and_frees_the_slot(
    db: Database, worker_db: Database, api_db: Database, settings: Settings, tenant: Tenant
) -> None:
    # One slot. The receiver drips a header line every 0.3 s, so no single read
    # ever reaches the 1 s timeout: only a total deadline ends the POST.
    settings = settings.model_copy(update={"webhook_timeout_s": 1.0, "worker_concurrency": 1})
    victim = Tenant(db, api_db, settings, f"victim-{uuid.uuid4().hex[:8]}")
    with SlowReceiver(line_every_s=0.3, for_s=60) as slow:
        hook = tenant.register(slow.url)
        tenant.web_scan()
        with RunningWorker(settings, worker_db):
            wait_for(lambda: slow.posts, timeout_s=10)  # the slot is inside the POST now
            submitted = time.monotonic()
            scan = victim.web_scan()
            wait_for(
                lambda: victim.scans.get(victim.principal, scan["id"])["state"] == "succeeded",
                timeout_s=8,
            )
            assert time.monotonic() - submitted < 4
        row = deliveries(db, hook["id"])[0]
    assert row["state"] == "pending" and row["attempts"] >= 1
    assert row["last_error"] == "no complete answer within 1 s"


def test_a_failing_receiver_is_retried_until_it_answers(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    receiver.statuses.extend([500, (503, {"Retry-After": "0"}), 404])
    tenant.web_scan()

    with RunningWorker(settings, worker_db):
        [row] = wait_for(lambda: delivered(db, hook["id"]))
    assert row["state"] == "delivered"
    assert row["attempts"] == 4 and row["last_status"] == 200
    assert len(receiver.received) == 4
    ids = {receiver.header(i, "X-Securetag-Delivery") for i in range(4)}
    assert ids == {str(row["id"])}  # the same delivery each time: receivers de-duplicate on it

    # The operators' dashboard (read as securetag_ops) tells the story too.
    board = ops_board(db, hook["origin"])
    assert (board["delivered"], board["failed"], board["attempts"]) == (1, 0, 4)
    assert board["last_status"] == 200


def test_a_receiver_that_never_answers_2xx_fails_the_delivery_after_the_last_attempt(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    receiver.statuses.extend([500] * 20)
    tenant.web_scan()

    with RunningWorker(settings, worker_db):
        [row] = wait_for(lambda: delivered(db, hook["id"]), timeout_s=30)
    attempts = BUILTIN_TASK_TYPES["webhook"].max_attempts
    assert row["state"] == "failed"
    assert row["attempts"] == attempts
    assert row["last_status"] == 500 and row["last_error"] == "HTTP 500"
    assert len(receiver.received) == attempts
    task = db.one("get_task", id=row["task_id"])
    assert task["state"] == "failed" and task["max_attempts"] == attempts
    [audit] = db.all("test_audit_actions", action="webhook.deliver")
    assert audit["outcome"] == "failure"


def test_a_redirect_is_not_followed(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    receiver.statuses.append((302, {"Location": "http://169.254.169.254/latest/meta-data/"}))
    tenant.web_scan()

    with RunningWorker(settings, worker_db):
        [row] = wait_for(lambda: delivered(db, hook["id"]))
    assert row["state"] == "failed" and row["attempts"] == 1
    assert "redirects are not followed" in row["last_error"]
    assert len(receiver.received) == 1


def test_a_url_that_now_reaches_a_private_address_fails_without_a_connection(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)  # allowed when registered...
    tenant.web_scan()

    # ...but the sender's guard allows nothing private (as if DNS now pointed inside).
    with RunningWorker(settings, worker_db, guard=SsrfGuard()):
        [row] = wait_for(lambda: delivered(db, hook["id"]))
    assert row["state"] == "failed" and row["attempts"] == 1
    assert "loopback" in row["last_error"]
    assert receiver.received == []


def test_a_webhook_deleted_before_delivery_sends_nothing(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    scan = tenant.web_scan()
    cancel(db, settings, scan["task_id"])  # the scan ends: its delivery is queued
    [queued] = deliveries(db, hook["id"])
    tenant.webhooks.delete(tenant.principal, INFO, UUID(hook["id"]))

    with RunningWorker(settings, worker_db):
        wait_for(lambda: db.one("get_task", id=queued["task_id"])["state"] == "succeeded")
    assert receiver.received == []


def test_only_the_scan_owners_webhooks_fire(
    db: Database, api_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    other = Tenant(db, api_db, settings, "hooks-other")
    mine = tenant.register(receiver.url)
    theirs = other.register(receiver.url)
    scan = tenant.web_scan()
    cancel(db, settings, scan["task_id"])
    assert len(deliveries(db, mine["id"])) == 1
    assert deliveries(db, theirs["id"]) == []
    # Nor can another tenant read or delete this tenant's webhook.
    for call in (
        lambda: other.webhooks.get(other.principal, UUID(mine["id"])),
        lambda: other.webhooks.deliveries(other.principal, UUID(mine["id"]), limit=10),
        lambda: other.webhooks.delete(other.principal, INFO, UUID(mine["id"])),
    ):
        with pytest.raises(SecuretagError) as refused:
            call()
        assert refused.value.http_status == 404


def test_every_way_a_scan_task_ends_fires_once_and_other_tasks_never_do(
    db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    queue = TaskQueue(db, settings)
    scan = tenant.web_scan()
    cancel(db, settings, scan["task_id"])
    cancel(db, settings, scan["task_id"])  # already final: no second delivery
    [row] = deliveries(db, hook["id"])
    assert (row["event"], row["outcome"]) == ("scan.completed", "cancelled")
    task = db.one("get_task", id=row["task_id"])
    assert task["type"] == "webhook" and task["state"] == "queued"
    assert task["max_attempts"] == BUILTIN_TASK_TYPES["webhook"].max_attempts
    assert task["timeout_s"] == BUILTIN_TASK_TYPES["webhook"].timeout_s

    # A triage task's end is a scan.triaged event; a no-op task's end is nothing.
    triage = queue.enqueue(
        NewTask(type="triage", tenant_id=tenant.id, payload={"scan_id": str(scan["id"])})
    )
    noop = queue.enqueue(NewTask(type="noop", tenant_id=tenant.id))
    cancel(db, settings, triage.task_id)
    cancel(db, settings, noop.task_id)
    events = sorted(r["event"] for r in deliveries(db, hook["id"]))
    assert events == ["scan.completed", "scan.triaged"]
    by_fan_out = [
        a for a in db.all("test_audit_actions", action="task.enqueue") if a["actor"] == "webhooks"
    ]
    assert len(by_fan_out) == 2  # each queued delivery is in the audit log
    assert {a["tenant_id"] for a in by_fan_out} == {tenant.id}


def test_the_webhook_task_takes_its_attempts_and_timeout_from_the_task_type_table(
    db: Database, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    db.run("test_set_task_type", name="webhook", max_attempts=2, timeout_s=5)
    scan = tenant.web_scan()
    tenant.scans.cancel(tenant.principal, INFO, scan["id"])  # as the API: its role reads it too
    [row] = deliveries(db, hook["id"])
    task = db.one("get_task", id=row["task_id"])
    assert (task["max_attempts"], task["timeout_s"]) == (2, 5)

    migrate(db)  # every run puts the built-in values back
    builtin = BUILTIN_TASK_TYPES["webhook"]
    assert db.one("test_task_type", name="webhook") == {
        "name": "webhook",
        "timeout_s": builtin.timeout_s,
        "max_attempts": builtin.max_attempts,
        "claim_batch": builtin.claim_batch,
    }


def test_a_scan_cannot_end_with_deliveries_that_no_task_would_send(
    db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    scan = tenant.web_scan()
    db.run("test_delete_task_type", name="webhook")
    with pytest.raises(DatabaseError, match='task type "webhook" is missing'):
        cancel(db, settings, scan["task_id"])
    assert deliveries(db, hook["id"]) == []
    migrate(db)
    cancel(db, settings, scan["task_id"])
    [row] = deliveries(db, hook["id"])
    assert row["outcome"] == "cancelled"


def ops_board(db: Database, origin: str) -> dict:
    """The tenant's row of the operators' dashboard ops.webhooks, read as securetag_ops."""
    with db.transaction() as conn:
        conn.run("test_set_role_ops")
        [board] = [r for r in conn.all("test_read_ops_webhooks") if r["origin"] == origin]
    return board


def test_a_delivery_whose_task_ends_without_the_sender_is_failed_everywhere(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    cancel(db, settings, tenant.web_scan()["task_id"])  # the scan ends: a delivery is queued
    [queued] = deliveries(db, hook["id"])

    # Its last attempt's worker died: the reaper fails the task, not the sender.
    queue = TaskQueue(worker_db, settings)
    last_attempt(worker_db, queued["task_id"])
    [claimed] = queue.claim(uuid.uuid4(), ["webhook"], 1)
    backdate(worker_db, claimed.id, heartbeat_s=3600)
    assert queue.reap().failed == 1

    [row] = deliveries(db, hook["id"])
    assert (row["state"], row["attempts"]) == ("failed", 1)
    assert "lease expired" in row["last_error"] and row["finished_at"] is not None
    [listed] = tenant.webhooks.deliveries(tenant.principal, UUID(hook["id"]), limit=10)
    assert (listed["state"], listed["last_error"]) == ("failed", row["last_error"])
    board = ops_board(db, hook["origin"])
    assert (board["pending"], board["failed"]) == (0, 1)


def test_deliveries_stranded_before_the_trigger_existed_are_caught_up(
    db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    cancel(db, settings, tenant.web_scan()["task_id"])
    [queued] = deliveries(db, hook["id"])
    with db.connection() as conn:  # as things stood before migration 0013
        conn.script("ALTER TABLE task DISABLE TRIGGER task_finished")
        try:
            cancel(db, settings, queued["task_id"])
        finally:
            conn.script("ALTER TABLE task ENABLE TRIGGER task_finished")
    assert ops_board(db, hook["origin"])["pending"] == 1
    assert db.scalar("test_webhook_delivery_catch_up_with_tasks") == 1
    [row] = deliveries(db, hook["id"])
    assert row["state"] == "failed" and row["finished_at"] is not None
    assert db.scalar("test_webhook_delivery_catch_up_with_tasks") == 0


def test_deliveries_are_listed_newest_first_with_their_state(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    receiver.statuses.append(500)
    tenant.web_scan()
    with RunningWorker(settings, worker_db):
        wait_for(lambda: delivered(db, hook["id"]))
    [listed] = tenant.webhooks.deliveries(tenant.principal, UUID(hook["id"]), limit=10)
    assert listed["state"] == "delivered"
    assert listed["attempts"] == 2
    assert listed["last_status"] == 200


def test_cleanup_purges_old_deliveries_with_the_tasks(
    db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    for _ in range(3):
        cancel(db, settings, tenant.web_scan()["task_id"])
    db.run("test_age_deliveries", days=settings.retention_tasks_days + 1)
    summary = Cleanup(settings, db).run_job("tasks", batch=2, max_batches=10)
    assert summary.done >= 3
    assert deliveries(db, hook["id"]) == []
    again = Cleanup(settings, db).run_job("tasks", batch=2, max_batches=10)
    assert again.done == 0


def test_webhook_secrets_survive_key_rotation_and_rewrap(
    db: Database,
    worker_db: Database,
    settings: Settings,
    tenant: Tenant,
    receiver: Receiver,
    tmp_path: Path,
) -> None:
    hook = tenant.register(receiver.url)
    key_file = tmp_path / "master.keys"
    key_file.write_text(settings.master_keys.replace(",", "\n") + "\n")
    key_file.chmod(0o600)
    rotated = make_settings(
        settings.database_url, master_keys=None, master_key_file=key_file,
        webhook_allow=LOOPBACK, webhook_retry_base_s=0.01,
    )  # fmt: skip
    ring = MasterKeyRing.from_settings(rotated)
    rotate(db, ring)
    vault = Vault(db, ring)
    report = rewrap(db, vault, batch=10)
    assert report.rows["tenant_webhook"] == 1
    [row] = db.all("test_webhook_row", id=hook["id"])
    assert row["key_version"] == 2

    tenant.web_scan()
    with RunningWorker(rotated, worker_db):
        [done] = wait_for(lambda: delivered(db, hook["id"]))
    assert done["state"] == "delivered"
    assert signature_valid(receiver.received[0], hook["secret"].encode())


# --------------------------------------------------------------------------- secret rotation


def test_a_rotated_secret_signs_every_later_delivery_and_the_old_one_none(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    with RunningWorker(settings, worker_db):
        tenant.web_scan()
        wait_for(lambda: delivered(db, hook["id"]))
        rotated = tenant.rotate(hook)
        tenant.web_scan()
        wait_for(lambda: delivered(db, hook["id"], n=2))

    assert rotated["secret"].startswith("whsec_") and rotated["secret"] != hook["secret"]
    assert without_secret(rotated) == without_secret(hook)  # same id, URL, events, author
    shown = tenant.webhooks.get(tenant.principal, UUID(hook["id"]))
    assert shown == without_secret(rotated)
    assert tenant.webhooks.list(tenant.principal) == [shown]

    before, after = receiver.received
    assert signature_valid(before, hook["secret"].encode())
    assert signature_valid(after, rotated["secret"].encode())
    assert not signature_valid(after, hook["secret"].encode())
    # The webhook kept its id, so its delivery history is all there.
    listed = tenant.webhooks.deliveries(tenant.principal, UUID(hook["id"]), limit=10)
    assert [d["state"] for d in listed] == ["delivered", "delivered"]


def test_a_delivery_queued_before_the_rotation_is_signed_with_the_new_secret(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    cancel(db, settings, tenant.web_scan()["task_id"])  # no worker runs yet: it waits, queued
    [queued] = deliveries(db, hook["id"])
    rotated = tenant.rotate(hook)

    with RunningWorker(settings, worker_db):
        [sent] = wait_for(lambda: delivered(db, hook["id"]))
    assert (sent["id"], sent["state"], sent["attempts"]) == (queued["id"], "delivered", 1)
    [entry] = receiver.received
    assert signature_valid(entry, rotated["secret"].encode())
    assert not signature_valid(entry, hook["secret"].encode())


def test_a_retry_after_the_rotation_is_signed_with_the_new_secret(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url)
    # A receiver still on the old secret would refuse; the pause keeps the retry for the
    # second worker, which starts only after the rotation.
    receiver.statuses.append((503, {"Retry-After": "2"}))
    cancel(db, settings, tenant.web_scan()["task_id"])
    with RunningWorker(settings, worker_db):
        wait_for(lambda: deliveries(db, hook["id"])[0]["attempts"] == 1)
    rotated = tenant.rotate(hook)

    with RunningWorker(settings, worker_db):
        [row] = wait_for(lambda: delivered(db, hook["id"]))
    assert (row["state"], row["attempts"]) == ("delivered", 2)
    refused, retried = receiver.received
    assert receiver.header(0, "X-Securetag-Delivery") == receiver.header(1, "X-Securetag-Delivery")
    assert signature_valid(refused, hook["secret"].encode())
    assert signature_valid(retried, rotated["secret"].encode())
    assert not signature_valid(retried, hook["secret"].encode())


def test_another_tenants_or_a_missing_webhook_cannot_be_rotated(
    db: Database,
    api_db: Database,
    worker_db: Database,
    settings: Settings,
    tenant: Tenant,
    receiver: Receiver,
) -> None:
    other = Tenant(db, api_db, settings, "hooks-other")
    theirs = other.register(receiver.url)
    stored = db.all("test_webhook_row", id=theirs["id"])

    answers = []
    for webhook_id in (UUID(theirs["id"]), uuid.uuid4()):
        with pytest.raises(SecuretagError) as refused:
            tenant.webhooks.rotate_secret(tenant.principal, INFO, webhook_id)
        assert refused.value.http_status == 404
        answers.append(json.dumps(refused.value.to_dict()).replace(str(webhook_id), "ID"))
    assert answers[0] == answers[1]  # another tenant's webhook reads as a missing one
    assert db.all("test_webhook_row", id=theirs["id"]) == stored
    assert db.all("test_audit_actions", action="webhook.rotate_secret") == []

    cancel(db, settings, other.web_scan()["task_id"])
    with RunningWorker(settings, worker_db):
        wait_for(lambda: delivered(db, theirs["id"]))
    [entry] = receiver.received
    assert signature_valid(entry, theirs["secret"].encode())


def test_a_rotation_is_audited_with_the_origin_only(
    db: Database, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url + "?token=abc123")
    rotated = tenant.rotate(hook)
    [audit] = db.all("test_audit_actions", action="webhook.rotate_secret")
    assert (audit["tenant_id"], audit["actor"], audit["outcome"]) == (
        tenant.id,
        tenant.principal.key_id,
        "success",
    )
    assert audit["target"] == f"webhook:{hook['id']}"
    assert json.loads(audit["details"]) == {"origin": hook["origin"]}
    for kept_secret in ("abc123", hook["url"], hook["secret"], rotated["secret"]):
        assert kept_secret not in audit["details"]


def test_a_secret_rotated_after_a_key_rotation_is_sealed_under_the_new_key(
    db: Database, worker_db: Database, settings: Settings, tenant: Tenant, receiver: Receiver
) -> None:
    hook = tenant.register(receiver.url + "?token=abc123")
    rotate(db, MasterKeyRing.from_settings(settings))  # a new data key for every tenant, no rewrap
    [before] = db.all("test_webhook_row", id=hook["id"])
    assert before["key_version"] == 1
    # Straight after `keys rotate`: this API process sealed under version 1 a moment ago.
    rotated = tenant.rotate(hook)
    [after] = db.all("test_webhook_row", id=hook["id"])
    assert after["key_version"] == 2
    assert rotated["secret"].encode() not in after["sealed"]
    assert b"abc123" not in after["sealed"]
    assert tenant.webhooks.get(tenant.principal, UUID(hook["id"]))["url"] == hook["url"]

    tenant.web_scan()
    with RunningWorker(settings, worker_db):
        wait_for(lambda: delivered(db, hook["id"]))
    [entry] = receiver.received
    assert signature_valid(entry, rotated["secret"].encode())


# --------------------------------------------------------------------------- over HTTP


@pytest.fixture(scope="module")
def service(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    tmp = tmp_path_factory.mktemp("webhooks")
    with (
        live_api(module_db_url, tmp, workers=1, webhook_allow=LOOPBACK) as api,
        WorkerProcess(
            api.settings, types=["webhook"], concurrency=2, log_path=tmp / "worker.log",
            extra_env={"SECURETAG_WEBHOOK_ALLOW": LOOPBACK},
        ),
    ):  # fmt: skip
        yield api


@pytest.fixture(scope="module")
def http_tenant(module_db_url: str, service: LiveApi) -> TenantKeys:
    with Database(module_db_url, max_size=1) as admin:
        return new_tenant(admin, service.settings, f"hooks-http-{uuid.uuid4().hex[:6]}")


def test_over_http_a_cancelled_scan_is_reported_to_the_webhook(
    service: LiveApi, http_tenant: TenantKeys, receiver: Receiver
) -> None:
    created = service.post(
        "/webhooks", http_tenant.key, json={"url": receiver.url, "events": ["scan.completed"]}
    )
    assert created.status_code == 201, created.text
    hook = created.json()
    assert created.headers["Location"] == f"/webhooks/{hook['id']}"
    assert "secret" not in service.get(f"/webhooks/{hook['id']}", http_tenant.key).json()

    accepted = service.post("/scans/web", http_tenant.key, json={"url": "https://example.com/"})
    scan_id = accepted.json()["scan_id"]
    assert service.delete(f"/scans/{scan_id}", http_tenant.key).status_code == 200

    wait_for(lambda: receiver.received, timeout_s=30)
    [entry] = receiver.received
    assert signature_valid(entry, hook["secret"].encode())
    body = json.loads(entry["body"])
    assert body["scan"]["id"] == scan_id and body["scan"]["state"] == "cancelled"

    listed = wait_for(
        lambda: [
            d
            for d in service.get(f"/webhooks/{hook['id']}/deliveries", http_tenant.key).json()[
                "items"
            ]
            if d["state"] == "delivered"
        ]
    )
    assert listed[0]["scan_id"] == scan_id and listed[0]["outcome"] == "cancelled"

    assert service.delete(f"/webhooks/{hook['id']}", http_tenant.key).status_code == 204
    gone = service.get(f"/webhooks/{hook['id']}", http_tenant.key)
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "not_found"


def test_over_http_bad_registrations_get_clear_errors(
    service: LiveApi, http_tenant: TenantKeys
) -> None:
    cases = {
        "ftp://example.com/hook": "url",
        "https://user:pw@example.com/hook": "url",
        "https://example.com/ hook": "url",
    }
    for url, field in cases.items():
        answer = service.post("/webhooks", http_tenant.key, json={"url": url})
        assert answer.status_code == 400, (url, answer.text)
        assert field in json.dumps(answer.json()["error"]["details"])
    unknown_event = service.post(
        "/webhooks", http_tenant.key, json={"url": "https://example.com/", "events": ["scan.x"]}
    )
    assert unknown_event.status_code == 400
    metadata = service.post(
        "/webhooks", http_tenant.key, json={"url": "http://169.254.169.254/latest/"}
    )
    assert metadata.status_code == 400
    assert metadata.json()["error"]["code"] == "target_refused"


def test_over_http_managing_webhooks_needs_its_scope(module_db_url: str, service: LiveApi) -> None:
    with Database(module_db_url, max_size=1) as admin:
        reader = new_tenant(
            admin, service.settings, f"hooks-ro-{uuid.uuid4().hex[:6]}", scopes=["scans:read"]
        )
    answer = service.get("/webhooks", reader.key)
    assert answer.status_code == 403
    assert answer.json()["error"]["details"]["required_scope"] == "webhooks:manage"


def test_over_http_rotating_answers_the_webhook_with_its_new_secret(
    service: LiveApi, http_tenant: TenantKeys, receiver: Receiver
) -> None:
    created = service.post(
        "/webhooks", http_tenant.key, json={"url": receiver.url, "events": ["scan.completed"]}
    )
    hook = created.json()
    path = f"/webhooks/{hook['id']}/rotate-secret"
    bare = service.post(path, http_tenant.key)  # no body, no Content-Type
    assert bare.status_code == 200, bare.text
    rotated = bare.json()
    assert rotated["secret"].startswith("whsec_") and rotated["secret"] != hook["secret"]
    assert without_secret(rotated) == without_secret(hook)
    empty_json = service.post(
        path, http_tenant.key, data=b"", headers={"Content-Type": "application/json"}
    )
    assert empty_json.status_code == 200, empty_json.text
    latest = empty_json.json()["secret"]
    assert latest not in (hook["secret"], rotated["secret"])
    assert service.get(f"/webhooks/{hook['id']}", http_tenant.key).json() == without_secret(hook)

    accepted = service.post("/scans/web", http_tenant.key, json={"url": "https://example.com/"})
    assert service.delete(f"/scans/{accepted.json()['scan_id']}", http_tenant.key).ok
    [entry] = wait_for(lambda: receiver.received, timeout_s=30)
    assert signature_valid(entry, latest.encode())
    assert not signature_valid(entry, rotated["secret"].encode())
    assert service.delete(f"/webhooks/{hook['id']}", http_tenant.key).status_code == 204


def test_over_http_only_the_owner_with_the_scope_may_rotate(
    module_db_url: str, service: LiveApi, http_tenant: TenantKeys, receiver: Receiver
) -> None:
    hook = service.post("/webhooks", http_tenant.key, json={"url": receiver.url}).json()
    path = f"/webhooks/{hook['id']}/rotate-secret"
    with Database(module_db_url, max_size=1) as admin:
        without_scope = create_api_key(
            admin, service.settings.pepper(), http_tenant.name, scopes=["scans:read"]
        ).token
        stranger = new_tenant(admin, service.settings, f"hooks-x-{uuid.uuid4().hex[:6]}")

    forbidden = service.post(path, without_scope)
    assert forbidden.status_code == 403
    assert forbidden.json()["error"]["details"]["required_scope"] == "webhooks:manage"

    theirs = service.post(path, stranger.key)
    missing_id = uuid.uuid4()
    missing = service.post(f"/webhooks/{missing_id}/rotate-secret", stranger.key)
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json() == json.loads(missing.text.replace(str(missing_id), hook["id"]))
    assert service.delete(f"/webhooks/{hook['id']}", http_tenant.key).status_code == 204
