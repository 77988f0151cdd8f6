"""Scans as tenants submit, read and cancel them.

Each submission is one transaction scoped to the caller's tenant: the scan
row, its upload, its task and the audit event commit together or not at all,
so a 202 always means the scan exists and will run.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from securetag.kernel.errors import Conflict, InvalidRequest, NotFound
from securetag.kernel.models import (
    NOT_TRIAGED,
    NewTask,
    NotTriagedReason,
    Read,
    ReviewStatus,
    Row,
    ScanProfile,
    ScanType,
    TaskState,
)
from securetag.queue.tasks import TaskQueue
from securetag.scanning.store import ScanStore, task_payload
from securetag.security.ssrf import SsrfGuard
from securetag.store.audit import AuditEvent, record
from securetag.store.db import Connection, Database
from securetag.store.vault import FEEDBACK_NOTE, Vault
from securetag.tenancy.auth import LABELS_TRAIN, Principal

ALL_ROWS = 1_000_000  # "no limit" for a bounded query: more findings than any scan holds


def not_triaged(reason: str, *, cap: int | None) -> dict[str, Any]:
    """A finding's `triage` when the model was not asked about it, and why."""
    message = {
        NotTriagedReason.SCAN_CAP: (
            "not sent to the model: the scan had more High/Critical findings than its "
            f"triage cap of {cap if cap is not None else 'N'} "
            "(SECURETAG_TRIAGE_MAX_FINDINGS_PER_SCAN); those ranked first by severity, "
            "then confidence, were triaged"
        ),
    }.get(reason, "not sent to the model")
    return {
        "verdict": NOT_TRIAGED,
        "reason": reason,
        "message": message,
        "confidence": None,
        "rationale": None,
        "recommended_fix": None,
        "model": None,
        "shared_from": None,
    }


@dataclass(frozen=True, slots=True)
class RequestInfo:
    """Where a request came from, for the audit log."""

    request_id: str = ""
    client_addr: str = ""

    def success(
        self, principal: Principal, action: str, target: str, details: dict[str, Any]
    ) -> AuditEvent:
        """The audit event of an action this request's caller carried out."""
        return AuditEvent(
            actor=principal.key_id,
            action=action,
            outcome="success",
            target=target,
            tenant_id=principal.tenant_id,
            request_id=self.request_id,
            client_addr=self.client_addr,
            details=details,
        )


@dataclass(frozen=True, slots=True)
class ScanPage:
    scans: list[Row]
    next_cursor: str | None


def encode_cursor(row: Row) -> str:
    raw = json.dumps([row["created_at"].isoformat(), str(row["id"])]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, UUID]:
    """The (created_at, id) a cursor from `encode_cursor` names; InvalidRequest for anything else.

    A cursor comes back from the client, so it is parsed as hostile input: any
    base64, any JSON inside. Only a list of two strings, an aware timestamp and
    a UUID, is one this server issued.
    """
    refused = InvalidRequest("cursor is not one this server issued", details={"field": "cursor"})
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (binascii.Error, ValueError, RecursionError):  # UnicodeError is a ValueError
        raise refused from None
    if not (isinstance(value, list) and len(value) == 2):
        raise refused
    created_text, id_text = value
    if not (isinstance(created_text, str) and isinstance(id_text, str)):
        raise refused
    try:
        created_at, scan_id = datetime.fromisoformat(created_text), UUID(id_text)
    except ValueError:
        raise refused from None
    if created_at.tzinfo is None:  # this server writes UTC offsets; a naive time is forged
        raise refused
    return created_at, scan_id


@dataclass(frozen=True, slots=True)
class WebTargetCheck:
    """How a web-scan target is judged when it is submitted; the worker judges it again
    on every connection (a name may resolve elsewhere by then: DNS rebinding).

    `resolve_names`: resolve a host name now (with the guard's resolver, which in the
    API gives up after SECURETAG_TARGET_RESOLVE_TIMEOUT_S) and refuse a name that does
    not resolve exactly as one that resolves to a refused address, so the answer says
    nothing of the service's DNS. False judges literal addresses only.
    """

    guard: SsrfGuard
    resolve_names: bool

    def __call__(self, url: str) -> None:
        self.guard.check_url(url, resolve_names=self.resolve_names)


class ScanService:
    def __init__(
        self,
        db: Database,
        queue: TaskQueue,
        vault: Vault,
        *,
        web_targets: WebTargetCheck | None = None,
    ) -> None:
        self._db = db
        self._queue = queue
        self._vault = vault
        self._store = ScanStore(db, vault)
        # The API passes its own (settings, a timed resolver); other callers judge
        # literal addresses only, without asking DNS.
        self._web_targets = web_targets or WebTargetCheck(SsrfGuard(), resolve_names=False)

    # ------------------------------------------------------------------ submitting

    # Order inside each submission: the rows (the upload may be 50 MiB) first, then
    # the statements that append to the audit chain, whose head lock every audited
    # transaction in the service waits for until this one commits.

    def submit_code_audit(
        self,
        principal: Principal,
        info: RequestInfo,
        *,
        project: str,
        filename: str,
        archive_format: str,
        content: bytes,
        profile: ScanProfile = ScanProfile.DEFAULT,
    ) -> Row:
        digest = hashlib.sha256(content).digest()
        with self._db.transaction(tenant_id=principal.tenant_id) as conn:
            self._queue.admit_scan(conn, principal.tenant_id)  # 429 queue_full, before any row
            scan_id = self._store.insert_scan(
                conn,
                tenant_id=principal.tenant_id,
                scan_type=ScanType.CODE_AUDIT,
                project=project,
                created_by=principal.key_id,
                profile=profile,
            )
            self._store.insert_upload(
                conn,
                tenant_id=principal.tenant_id,
                scan_id=scan_id,
                filename=filename,
                archive_format=archive_format,
                content=content,
                sha256=digest,
            )
            scan = self._enqueue(conn, principal, ScanType.CODE_AUDIT, scan_id)
            details = {
                "type": ScanType.CODE_AUDIT,
                "project": project,
                "profile": profile,
                "filename": filename,
                "size_bytes": len(content),
                "sha256": digest.hex(),
            }
            record(conn, info.success(principal, "scan.create", f"scan:{scan_id}", details))
        return scan

    def submit_web_scan(
        self, principal: Principal, info: RequestInfo, *, project: str, url: str, profile: str
    ) -> Row:
        self._web_targets(url)  # 400 target_refused now, before any row, not a failed scan later
        with self._db.transaction(tenant_id=principal.tenant_id) as conn:
            self._queue.admit_scan(conn, principal.tenant_id)
            scan_id = self._store.insert_scan(
                conn,
                tenant_id=principal.tenant_id,
                scan_type=ScanType.WEB_SCAN,
                project=project,
                created_by=principal.key_id,
                target_url=url,
                profile=profile,
            )
            scan = self._enqueue(conn, principal, ScanType.WEB_SCAN, scan_id)
            # The URL may carry credentials, so the audit log (plain, append-only)
            # keeps only its scheme and host; the scan row keeps it sealed.
            target = urlsplit(url)
            details = {
                "type": ScanType.WEB_SCAN,
                "project": project,
                "profile": profile,
                "target": f"{target.scheme}://{target.hostname}",
            }
            record(conn, info.success(principal, "scan.create", f"scan:{scan_id}", details))
        return scan

    def _enqueue(
        self, conn: Connection, principal: Principal, scan_type: ScanType, scan_id: UUID
    ) -> Row:
        """Enqueue the scan's task (audited) and return the scan pointing at it."""
        task = NewTask(
            type=scan_type.task_type,
            tenant_id=principal.tenant_id,
            payload=task_payload(scan_id),
            dedup_key=f"scan:{scan_id}",
        )
        task_id = self._queue.enqueue(task, conn=conn, actor=principal.key_id).task_id
        row = self._store.attach_task(conn, scan_id, task_id)
        return self._store.opened(principal.tenant_id, row, conn)

    # ------------------------------------------------------------------ reading

    # A read the API may send along with the caller's admission (one round trip
    # for both, see Authenticator.admit_and_read) comes as a pair: `*_read` says
    # what to run, and the method given its rows opens them; without rows the
    # method reads for itself.

    @staticmethod
    def get_read(scan_id: UUID) -> Read:
        return ScanStore.get_read(scan_id)

    def get(self, principal: Principal, scan_id: UUID, *, rows: list[Row] | None = None) -> Row:
        if rows is None:
            rows = self._scoped(principal, self.get_read(scan_id))
        if not rows:
            raise NotFound(f"scan {scan_id} not found")  # another tenant's scan: the same answer
        return self._store.opened(principal.tenant_id, rows[0])

    @staticmethod
    def _get(conn: Connection, scan_id: UUID) -> Row:
        row = ScanStore.get(conn, scan_id)
        if row is None:
            # The same answer for another tenant's scan as for a missing one.
            raise NotFound(f"scan {scan_id} not found")
        return row

    @staticmethod
    def findings_read(scan_id: UUID, *, after: int, limit: int | None) -> Read:
        return ScanStore.findings_read(scan_id, after=after, limit=limit or ALL_ROWS)

    def findings(
        self,
        principal: Principal,
        scan_id: UUID,
        *,
        after: int,
        limit: int | None,
        rows: list[Row] | None = None,
    ) -> list[dict[str, Any]]:
        """Findings of one scan in order after position `after`, their sealed parts opened."""
        if rows is None:
            rows = self._scoped(principal, self.findings_read(scan_id, after=after, limit=limit))
        return [self._opened_finding(principal.tenant_id, row) for row in rows]

    def _scoped(self, principal: Principal, read: Read) -> list[Row]:
        return self._db.scoped_all(principal.tenant_id, read.query, **read.params)

    def _opened_finding(self, tenant: UUID, row: Row) -> dict[str, Any]:
        item = {**row, **self._store.opened_detail(tenant, row), "triage": None, "review": None}
        if row["triage_verdict"] is not None:
            triage = self._store.opened_verdict(tenant, row)
            item["triage"] = {
                "verdict": row["triage_verdict"],
                "confidence": row["triage_confidence"],
                "rationale": triage["rationale"],
                "recommended_fix": triage["recommended_fix"],
                "model": row["triage_model"],
                # The finding whose identical prompt the model answered, if not this one.
                "shared_from": (
                    str(row["triage_shared_from"]) if row["triage_shared_from"] else None
                ),
            }
        elif row["not_triaged_reason"] is not None:
            item["triage"] = not_triaged(row["not_triaged_reason"], cap=row["triage_cap"])
        if row["review_status"] is not None:
            item["review"] = {
                "status": row["review_status"],
                "verdict_correct": row["review_verdict_correct"],
                "note": self._note(
                    tenant,
                    row["project"],
                    row["fingerprint"],
                    row["review_note"],
                    row["review_key_version"],
                ),
                "updated_at": row["review_updated_at"].isoformat(),
            }
        return item

    def _note(
        self, tenant: UUID, project: str, fingerprint: str, sealed, key_version
    ) -> str | None:
        if sealed is None:
            return None
        return self._vault.open(
            tenant, FEEDBACK_NOTE, f"{project}/{fingerprint}", sealed, key_version
        ).decode()

    # ------------------------------------------------------------------ feedback

    def review(
        self,
        principal: Principal,
        info: RequestInfo,
        finding_id: UUID,
        changes: dict[str, Any],
    ) -> dict[str, Any]:
        """Record a person's word on a finding's issue (PATCH semantics: omitted fields stay).

        Keyed by the issue's fingerprint in its project, so it holds for the same
        issue in every later scan of the project.
        """
        tenant = principal.tenant_id
        with self._db.transaction(tenant_id=tenant) as conn:
            finding = ScanStore.finding_for_review(conn, finding_id)
            if finding is None:
                raise NotFound(f"finding {finding_id} not found")
            project, fingerprint = finding["project"], finding["fingerprint"]
            current = conn.one("finding_feedback_of", project=project, fingerprint=fingerprint)
            merged = {
                "status": current["status"] if current else ReviewStatus.OPEN,
                "verdict_correct": current["verdict_correct"] if current else None,
                "note": (
                    self._note(
                        tenant, project, fingerprint, current["note"], current["key_version"]
                    )
                    if current
                    else None
                ),
            }
            merged.update(changes)
            sealed = None
            if merged["note"] is not None:
                sealed = self._vault.seal(
                    tenant,
                    FEEDBACK_NOTE,
                    f"{project}/{fingerprint}",
                    merged["note"].encode(),
                    conn=conn,
                )
            conn.run(
                "upsert_finding_feedback",
                project=project,
                fingerprint=fingerprint,
                status=merged["status"],
                verdict_correct=merged["verdict_correct"],
                note=sealed.ciphertext if sealed else None,
                key_version=sealed.key_version if sealed else None,
                finding_id=finding_id,
                updated_by=principal.key_id,
                labelled="status" in changes or "verdict_correct" in changes,
                label_scope=label_scope_of(principal),
            )
            details = {
                "fingerprint": fingerprint,
                "project": project,
                "status": merged["status"],
                "verdict_correct": merged["verdict_correct"],
                "label_scope": label_scope_of(principal),
                "note_changed": "note" in changes,
            }
            record(
                conn,
                AuditEvent(
                    actor=principal.key_id,
                    action="finding.review",
                    target=str(finding_id),
                    outcome="success",
                    tenant_id=tenant,
                    request_id=info.request_id,
                    client_addr=info.client_addr,
                    details=details,
                ),
            )
        return {
            "finding_id": str(finding_id),
            "project": project,
            "fingerprint": fingerprint,
            "review": merged,
        }

    @staticmethod
    def list_read(
        *,
        scan_type: ScanType | None = None,
        state: TaskState | None = None,
        project: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Read:
        return ScanStore.list_read(
            scan_type=scan_type,
            state=state,
            project=project,
            after=decode_cursor(cursor) if cursor else None,
            limit=limit + 1,  # one more tells whether another page exists
        )

    def list(
        self,
        principal: Principal,
        *,
        scan_type: ScanType | None = None,
        state: TaskState | None = None,
        project: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
        rows: list[Row] | None = None,
    ) -> ScanPage:
        if rows is None:
            read = self.list_read(
                scan_type=scan_type, state=state, project=project, cursor=cursor, limit=limit
            )
            rows = self._scoped(principal, read)
        page, more = rows[:limit], len(rows) > limit
        return ScanPage(
            [self._store.opened(principal.tenant_id, row) for row in page],
            encode_cursor(page[-1]) if more else None,
        )

    @classmethod
    def latest_read(cls, *, scan_type: ScanType, project: str | None) -> Read:
        return cls.list_read(scan_type=scan_type, project=project, limit=1)

    def latest(
        self,
        principal: Principal,
        *,
        scan_type: ScanType,
        project: str | None,
        rows: list[Row] | None = None,
    ) -> Row:
        """The newest scan (`rows`: latest_read's, if already read)."""
        if rows is None:
            rows = self._scoped(principal, self.latest_read(scan_type=scan_type, project=project))
        page = self.list(principal, limit=1, rows=rows)
        if not page.scans:
            raise NotFound("no scan yet" + (f" for project {project!r}" if project else ""))
        return page.scans[0]

    # ------------------------------------------------------------------ cancelling

    def cancel(self, principal: Principal, info: RequestInfo, scan_id: UUID) -> Row:
        with self._db.transaction(tenant_id=principal.tenant_id) as conn:
            scan = self._get(conn, scan_id)
            if TaskState(scan["state"]).is_final:
                raise Conflict(
                    f"scan {scan_id} already {scan['state']}; nothing to cancel",
                    details={"state": scan["state"]},
                )
            ScanStore.cancel(conn, scan_id)
            if scan["task_id"] is not None:
                self._queue.cancel(
                    scan["task_id"],
                    tenant_id=principal.tenant_id,
                    reason=f"scan cancelled by API key {principal.key_id}",
                    conn=conn,
                    actor=principal.key_id,
                )
            record(conn, info.success(principal, "scan.cancel", f"scan:{scan_id}", {}))
            return self._store.opened(principal.tenant_id, self._get(conn, scan_id), conn)


def label_scope_of(principal: Principal) -> str:
    """The scope a label is stored with: only a `labels:train` key's labels may train the model.

    Any key with findings:write may review; its word is kept and shown to the tenant, but a
    dataset export leaves it out unless an operator confirms it (`securetag dataset
    confirm-label`), so one tenant cannot teach the shared model its own verdicts.
    """
    return LABELS_TRAIN if LABELS_TRAIN in principal.scopes else "findings:write"
