"""The scan store: the one owner of every statement on scan, upload, finding,
tool_execution and finding_triage.

The scan task, the triage task and the scan service (the API's side) all go
through here, so a scan's state has one writer: rows become typed records
(`ScanRecord`, `FindingRecord`) at this boundary, sealed columns are sealed and
opened here with the tenant's key, and each state change is audited in the
transaction that makes it. The SQL is in sql/queries/scan.sql, finding.sql and
tool_execution.sql.

API methods take the caller's tenant-scoped connection (`conn`): a submission is
one transaction with the queue and the audit log. Worker methods open their own.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ValidationError

from securetag.kernel.errors import PermanentTaskError
from securetag.kernel.models import (
    ClaimedTask,
    Confidence,
    Finding,
    FindingStatus,
    NewTask,
    Read,
    ReviewStatus,
    Row,
    ScanProfile,
    ScanType,
    Severity,
    TaskState,
    TaskType,
    ToolRunKind,
    TriageState,
)
from securetag.queue.tasks import TaskQueue
from securetag.scanning import findings
from securetag.scanning.coverage import CoverageGaps
from securetag.scanning.excerpts import Excerpt
from securetag.store import audit
from securetag.store.context_store import ContextStore, scan_scope
from securetag.store.db import Connection, Database
from securetag.store.vault import (
    FINDING_DETAIL,
    SCAN_TARGET_URL,
    TOOL_OUTPUT,
    TRIAGE_DETAIL,
    UPLOAD_CONTENT,
    Vault,
)

# The severities the LLM triages; a code audit with one of these asks for triage.
TRIAGED_SEVERITIES = frozenset({Severity.CRITICAL, Severity.HIGH})
# The order in which a scan's findings go to the model, and so which ones the per-scan
# cap leaves out: severity, then the tool's confidence (most important first), then
# the finding's position in the scan.
TRIAGE_SEVERITY_ORDER = [str(s) for s in sorted(Severity, key=lambda s: -s.rank)]
TRIAGE_CONFIDENCE_ORDER = [str(c) for c in (Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW)]
# scan.triage_summary (migration 0016), rewritten by the triage task as it goes:
# {"cap": the per-scan cap in force, "pending": findings still to triage,
#  "triaged": findings with a verdict, "sent_to_model": those whose own prompt the model
#  answered, "shared_verdicts": those that took the verdict of an identical prompt,
#  "not_triaged": findings the model was not asked about, "not_triaged_reasons":
#  {"scan_cap": n}}.
# A person's word that settles an issue: the model never re-triages it.
SETTLED_REVIEWS = (ReviewStatus.FALSE_POSITIVE, ReviewStatus.ACCEPTED_RISK, ReviewStatus.FIXED)
# Excerpts wait this long in the context store for a triage worker (an LLM host may
# be down for days); the cleanup job purges them afterwards.
EXCERPT_TTL_S = 30 * 24 * 3600.0
# metrics_json of every tool_execution row, versioned so training pipelines can read
# old rows: {"schema": METRICS_SCHEMA, "findings": n, "error_count": n, "error_kinds":
# {kind: n}, "sandboxed": bool, "timed_out": bool}; LLM calls (kind "llm") add "model",
# "tokens_in", "tokens_out", "latency_ms", "ttft_ms", "attempts", "error",
# "prompt_version". Metrics are plain: nothing in them quotes the tenant's code or URLs
# (v1 kept the errors' text, which did; migration 0021 moved v1 rows to v2).
METRICS_SCHEMA = "securetag.tool_execution.metrics/v2"
WORKER = "worker"


class ScanTaskPayload(BaseModel):
    """The contract of every task about one scan (what the API and the scan task enqueue)."""

    scan_id: UUID


def task_payload(scan_id: UUID) -> dict[str, str]:
    return ScanTaskPayload(scan_id=scan_id).model_dump(mode="json")


@dataclass(frozen=True, slots=True)
class ScanRecord:
    """A scan as a worker reads it; the target URL stays sealed until asked for."""

    id: UUID
    tenant_id: UUID
    type: ScanType
    project: str
    state: TaskState
    sealed_target_url: bytes | None
    key_version: int | None
    profile: ScanProfile = ScanProfile.DEFAULT

    @classmethod
    def from_row(cls, row: Row) -> ScanRecord:
        return cls(
            id=row["id"],
            tenant_id=row["tenant_id"],
            type=ScanType(row["type"]),
            project=row["project"],
            state=TaskState(row["state"]),
            sealed_target_url=row["target_url"],
            key_version=row["key_version"],
            # A code audit's profile (web scans keep theirs, quick or standard, for the
            # crawler); one stored before profiles existed is the default.
            profile=(
                ScanProfile(row["profile"])
                if row.get("profile") in set(ScanProfile)
                else ScanProfile.DEFAULT
            ),
        )


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """A stored finding as triage reads it; `detail` (message, snippet, extra) is opened."""

    id: UUID
    fingerprint: str
    rule_id: str
    title: str
    severity: Severity
    cwe: tuple[str, ...]
    path: str
    start_line: int
    end_line: int
    detail: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ToolRun:
    """One run of a tool, a scanner in the sandbox or a call to the LLM, as recorded.

    `output` is sealed under the tenant's key (it may quote the tenant's code);
    `outcome` is "ok", "failed" or "stopped" (the sandbox stopped it).
    """

    kind: ToolRunKind
    agent: str
    argv: Sequence[str]
    output: bytes
    started_at: datetime
    finished_at: datetime
    outcome: str
    metrics: Mapping[str, Any]
    reason: str | None = None
    exit_code: int | None = None
    stdout_truncated: bool = False
    stderr_truncated: bool = False
    duration_ms: float | None = None  # measured by the runner; else finished_at - started_at
    cpu_time_ms: float | None = None
    peak_rss_bytes: int | None = None
    violations: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class FinishedScan:
    """What finishing stored: findings compared with the project's previous scan."""

    comparison: findings.Comparison
    triage_requested: bool


@dataclass(frozen=True, slots=True)
class StoredVerdict:
    """The model's verdict on a finding, with what produced it (sealed as its detail)."""

    verdict: str
    confidence: float
    model: str
    repaired: bool
    detail: Mapping[str, Any] = field(default_factory=dict)


class ScanStore:
    def __init__(self, db: Database, vault: Vault, *, queue: TaskQueue | None = None) -> None:
        self._db = db
        self._vault = vault
        self._queue = queue
        self._context = ContextStore(db, vault, cache_entries=0)

    # ------------------------------------------------------------------ a worker's scan

    def for_task(self, task: ClaimedTask) -> ScanRecord:
        """The scan a task's payload names; PermanentTaskError for a bad payload or none."""
        try:
            payload = ScanTaskPayload.model_validate(task.payload)
        except ValidationError as exc:
            raise PermanentTaskError(f"task {task.id}: invalid payload: {exc}") from None
        row = self._db.one("scan_for_task", scan_id=payload.scan_id)
        if row is None:
            raise PermanentTaskError(f"task {task.id}: scan {payload.scan_id} does not exist")
        return ScanRecord.from_row(row)

    def target_url(self, scan: ScanRecord) -> str:
        if scan.sealed_target_url is None:
            raise PermanentTaskError(f"scan {scan.id} has no target URL")
        url = self._vault.open(
            scan.tenant_id, SCAN_TARGET_URL, str(scan.id), scan.sealed_target_url, scan.key_version
        )
        return url.decode()

    def upload(self, scan: ScanRecord) -> tuple[bytes, str]:
        """The uploaded archive, opened, and its format."""
        row = self._db.one("upload_for_scan", scan_id=scan.id)
        if row is None:
            raise PermanentTaskError(f"scan {scan.id} has no upload")
        content = self._vault.open(
            scan.tenant_id, UPLOAD_CONTENT, str(row["id"]), row["content"], row["key_version"]
        )
        return content, row["archive_format"]

    def start(self, scan: ScanRecord, task: ClaimedTask) -> None:
        """Running again from the start: a retried attempt's earlier findings and progress go."""
        with self._db.transaction() as conn:
            conn.run("scan_start", id=scan.id)
            audit.record(conn, _event(scan, task, "scan.start", {"attempt": task.attempts}))

    def progress(self, scan: ScanRecord, stage: str, state: str, **facts: Any) -> None:
        """One stage's entry in the scan's `progress` (running, then succeeded or failed)."""
        now = datetime.now(UTC).isoformat()
        entry = {"state": state, **{k: v for k, v in facts.items() if v is not None}}
        entry["started_at" if state == "running" else "finished_at"] = now
        self._db.run("scan_progress", id=scan.id, stage=stage, entry=json.dumps(entry))

    def fail(self, scan: ScanRecord, task: ClaimedTask, error: str, *, stage: str) -> None:
        self.progress(scan, stage, "failed", error=error)
        with self._db.transaction() as conn:
            conn.one("scan_fail", id=scan.id, error=error)
            details = {"error": error}
            audit.record(conn, _event(scan, task, "scan.fail", details, outcome="failure"))

    def record_tool_run(
        self,
        scan: ScanRecord,
        task: ClaimedTask,
        run: ToolRun,
        *,
        audit_details: Mapping[str, Any] | None = None,
    ) -> UUID:
        """One tool_execution row, its output sealed; audited as `scan.agent` given details."""
        execution_id = uuid.uuid4()
        duration = run.duration_ms
        if duration is None:
            duration = (run.finished_at - run.started_at).total_seconds() * 1000
        with self._db.transaction() as conn:
            sealed = self._vault.seal(
                scan.tenant_id, TOOL_OUTPUT, str(execution_id), run.output, conn=conn
            )
            conn.run(
                "insert_tool_execution",
                id=execution_id,
                tenant_id=scan.tenant_id,
                task_id=task.id,
                scan_id=scan.id,
                agent=run.agent,
                kind=run.kind,
                argv=json.dumps(list(run.argv)),
                exit_code=run.exit_code,
                output=sealed.ciphertext,
                stdout_truncated=run.stdout_truncated,
                stderr_truncated=run.stderr_truncated,
                key_version=sealed.key_version,
                started_at=run.started_at,
                finished_at=run.finished_at,
                duration_ms=duration,
                cpu_time_ms=run.cpu_time_ms,
                peak_rss_bytes=run.peak_rss_bytes,
                violations=list(run.violations),
                outcome=run.outcome,
                reason=run.reason,
                metrics_json=json.dumps({"schema": METRICS_SCHEMA, **run.metrics}),
            )
            if audit_details is not None:
                audit.record(conn, _event(scan, task, "scan.agent", audit_details))
        return execution_id

    def keep_excerpts(self, scan: ScanRecord, excerpts: Sequence[tuple[str, Excerpt]]) -> None:
        """`keep_excerpt` of each (fingerprint, excerpt): one transaction, one batch."""
        self._context.put_many(
            scan.tenant_id,
            scan_scope(scan.id),
            [(_excerpt_key(fingerprint), excerpt.to_bytes()) for fingerprint, excerpt in excerpts],
            ttl_s=EXCERPT_TTL_S,
        )

    def excerpt(self, scan: ScanRecord, fingerprint: str) -> Excerpt | str | None:
        """The kept excerpt (a str if it was kept already rendered), or None (expired, none)."""
        stored = self._context.get(scan.tenant_id, scan_scope(scan.id), _excerpt_key(fingerprint))
        return None if stored is None else Excerpt.from_bytes(stored)

    def finish(
        self,
        scan: ScanRecord,
        task: ClaimedTask,
        found: list[Finding],
        *,
        failures: list[str],
        state: TaskState,
        coverage: Mapping[str, Any],
        gaps: CoverageGaps | None = None,
    ) -> FinishedScan | None:
        """Store the findings compared with the previous scan, end the scan, ask for triage.

        One transaction: findings (`new`, `existing`, and the previous scan's ones gone
        now as `fixed`), the final state, counts and coverage (the document of
        securetag.scanning.coverage), the triage task when a code audit has a finding
        to triage, and the audit event. None when the scan was no longer running
        (cancelled meanwhile): nothing is written then.
        """
        with self._db.transaction() as conn:
            previous = conn.all(
                "previous_scan_findings",
                tenant_id=scan.tenant_id,
                scan_id=scan.id,
                project=scan.project,
                type=scan.type,
            )
            comparison = findings.compare_with_previous(
                found, {row["fingerprint"] for row in previous}
            )
            if state == TaskState.FAILED:
                # A failed scan did not look: what it did not report is not fixed.
                comparison = replace(comparison, fixed=set())
            elif gaps is not None:
                # Nor is an issue on a path a reporting tool skipped (or where it failed).
                looked_at = {
                    row["fingerprint"]
                    for row in previous
                    if gaps.looked_at(row["reported_by"] or [row["tool"]], row["path"])
                }
                comparison = replace(comparison, fixed=comparison.fixed & looked_at)
            # New, then existing, then fixed, numbered in that order; all rows sealed
            # under one key lookup and sent as one batch.
            rows = [
                *(_finding_row(scan, f, FindingStatus.NEW) for f in comparison.new),
                *(_finding_row(scan, f, FindingStatus.EXISTING) for f in comparison.existing),
                *(
                    self._fixed_row(conn, scan, row)
                    for row in previous
                    if row["fingerprint"] in comparison.fixed
                ),
            ]
            sealed = self._vault.seal_many(
                scan.tenant_id,
                FINDING_DETAIL,
                ((str(row["id"]), row.pop("detail")) for row in rows),
                conn=conn,
            )
            for position, (row, one) in enumerate(zip(rows, sealed, strict=True), start=1):
                row.update(detail=one.ciphertext, key_version=one.key_version, position=position)
            conn.many("insert_finding", rows)
            finished = conn.one(
                "scan_finish",
                id=scan.id,
                state=state,
                counts=json.dumps(findings.counts_by_severity(found)),
                error="; ".join(failures) or None,
                coverage=json.dumps(coverage),
            )
            if finished is None:
                return None
            triage = scan.type == ScanType.CODE_AUDIT and any(
                f.severity in TRIAGED_SEVERITIES for f in found
            )
            if triage:
                self._request_triage(conn, scan)
            details = {
                "findings": len(found),
                "new": len(comparison.new),
                "fixed": len(comparison.fixed),
                "incomplete": failures,
                "coverage": coverage["state"],
            }
            audit.record(conn, _event(scan, task, "scan.finish", details))
        return FinishedScan(comparison, triage)

    def _request_triage(self, conn: Connection, scan: ScanRecord) -> None:
        if self._queue is None:
            raise RuntimeError("a ScanStore that finishes scans needs the task queue")
        self._queue.enqueue(
            NewTask(
                type=TaskType.TRIAGE,
                tenant_id=scan.tenant_id,
                payload=task_payload(scan.id),
                dedup_key=f"triage:{scan.id}",
            ),
            conn=conn,
            actor=WORKER,
        )
        conn.run("scan_triage_state", id=scan.id, triage_state=TriageState.PENDING)

    def _fixed_row(self, conn: Connection, scan: ScanRecord, previous: Row) -> dict[str, Any]:
        """A finding of the previous scan that is gone now, its detail opened to be re-sealed
        under its new row."""
        detail = self._vault.open(
            scan.tenant_id,
            FINDING_DETAIL,
            str(previous["id"]),
            previous["detail"],
            previous["key_version"],
            conn=conn,
        )
        return {
            **previous,
            "id": uuid.uuid4(),
            "scan_id": scan.id,
            "status": FindingStatus.FIXED,
            "detail": detail,
        }

    # ------------------------------------------------------------------ triage

    def mark_over_triage_cap(self, scan: ScanRecord, cap: int) -> int:
        """Record the findings ranked past `cap` as not triaged (reason `scan_cap`).

        Idempotent: findings already triaged rank too, so a later attempt marks nothing
        new. Returns how many it marked now.
        """
        return self._db.scalar(
            "mark_findings_over_triage_cap",
            scan_id=scan.id,
            cap=cap,
            **self._triage_filter(),
        )

    def findings_to_triage(self, scan: ScanRecord) -> list[FindingRecord]:
        """Findings at a triaged severity with no verdict yet, not left out by the cap, and
        no settling review, in the order they go to the model."""
        rows = self._db.all("findings_to_triage", scan_id=scan.id, **self._triage_filter())
        return [self._finding_record(scan, row) for row in rows]

    @staticmethod
    def _triage_filter() -> dict[str, Any]:
        return {
            "severities": sorted(TRIAGED_SEVERITIES),
            "settled": list(SETTLED_REVIEWS),
            "severity_order": TRIAGE_SEVERITY_ORDER,
            "confidence_order": TRIAGE_CONFIDENCE_ORDER,
        }

    def answered_prompts(self, scan: ScanRecord) -> dict[bytes, UUID]:
        """The digests of the prompts the model answered in this scan, and for which finding."""
        rows = self._db.all("answered_prompts", scan_id=scan.id)
        return {bytes(row["prompt_sha256"]): row["finding_id"] for row in rows}

    def _finding_record(self, scan: ScanRecord, row: Row) -> FindingRecord:
        detail = self._vault.open(
            scan.tenant_id, FINDING_DETAIL, str(row["id"]), row["detail"], row["key_version"]
        )
        return FindingRecord(
            id=row["id"],
            fingerprint=row["fingerprint"],
            rule_id=row["rule_id"],
            title=row["title"],
            severity=Severity(row["severity"]),
            cwe=tuple(row["cwe"]),
            path=row["path"],
            start_line=row["start_line"],
            end_line=row["end_line"],
            detail=json.loads(detail),
        )

    def store_verdict(
        self,
        scan: ScanRecord,
        finding: FindingRecord,
        verdict: StoredVerdict,
        *,
        prompt_sha256: bytes | None = None,
    ) -> None:
        """The model's verdict on a finding; a second verdict for it is ignored."""
        with self._db.transaction() as conn:
            self._insert_verdict(
                conn, scan, finding, verdict, prompt_sha256=prompt_sha256, shared_from=None
            )

    def share_verdict(
        self, scan: ScanRecord, finding: FindingRecord, source: UUID, prompt_sha256: bytes
    ) -> None:
        """Give `finding` the verdict the model gave finding `source` for the same prompt."""
        with self._db.transaction() as conn:
            row = conn.one("finding_triage_of", finding_id=source)
            if row is None:
                raise PermanentTaskError(f"finding {source}: its verdict is gone")
            detail = self._vault.open(
                scan.tenant_id,
                TRIAGE_DETAIL,
                str(source),
                row["detail"],
                row["key_version"],
                conn=conn,
            )
            verdict = StoredVerdict(
                verdict=row["verdict"],
                confidence=row["confidence"],
                model=row["model"],
                repaired=row["repaired"],
                detail=json.loads(detail),
            )
            self._insert_verdict(
                conn, scan, finding, verdict, prompt_sha256=prompt_sha256, shared_from=source
            )

    def _insert_verdict(
        self,
        conn: Connection,
        scan: ScanRecord,
        finding: FindingRecord,
        verdict: StoredVerdict,
        *,
        prompt_sha256: bytes | None,
        shared_from: UUID | None,
    ) -> None:
        sealed = self._vault.seal(
            scan.tenant_id,
            TRIAGE_DETAIL,
            str(finding.id),
            json.dumps(dict(verdict.detail)).encode(),
            conn=conn,
        )
        conn.run(
            "insert_finding_triage",
            finding_id=finding.id,
            tenant_id=scan.tenant_id,
            scan_id=scan.id,
            fingerprint=finding.fingerprint,
            verdict=verdict.verdict,
            confidence=verdict.confidence,
            model=verdict.model,
            repaired=verdict.repaired,
            detail=sealed.ciphertext,
            key_version=sealed.key_version,
            prompt_sha256=prompt_sha256,
            shared_from=shared_from,
        )

    def triage_progress(self, scan: ScanRecord, *, cap: int, pending: int) -> None:
        """Recount the scan's triage_summary (TRIAGE_SEVERITY_ORDER's comment: the shape)."""
        self._db.run("scan_triage_summary", id=scan.id, cap=cap, pending=pending)

    def triage_done(self, scan: ScanRecord, task: ClaimedTask, *, triaged: int, cap: int) -> None:
        with self._db.transaction() as conn:
            conn.run("scan_triage_summary", id=scan.id, cap=cap, pending=0)
            conn.run("scan_triage_state", id=scan.id, triage_state=TriageState.DONE)
            audit.record(conn, _event(scan, task, "scan.triage", {"findings": triaged}))

    # ------------------------------------------------------------------ retention

    @staticmethod
    def purge_uploads(db: Database, *, days: int, limit: int) -> int:
        """Archives of finished scans past their tenant's retention, `limit` at most."""
        return db.scalar("purge_uploads", days=days, limit=limit)

    @staticmethod
    def purge_tool_output(db: Database, *, days: int, limit: int) -> int:
        """Sealed tool output past retention; the runs' rows, timings and metrics stay."""
        return db.scalar("purge_tool_output", days=days, limit=limit)

    # ------------------------------------------------------------------ the API's side

    def insert_scan(
        self,
        conn: Connection,
        *,
        tenant_id: UUID,
        scan_type: ScanType,
        project: str,
        created_by: str,
        target_url: str | None = None,
        profile: str | None = None,
    ) -> UUID:
        """A new queued scan of the caller's tenant (its target URL sealed)."""
        scan_id = uuid.uuid4()
        sealed = None
        if target_url is not None:
            sealed = self._vault.seal(
                tenant_id, SCAN_TARGET_URL, str(scan_id), target_url.encode(), conn=conn
            )
        return conn.scalar(
            "insert_scan",
            id=scan_id,
            type=scan_type,
            project=project,
            target_url=sealed.ciphertext if sealed else None,
            key_version=sealed.key_version if sealed else None,
            profile=profile,
            created_by=created_by,
        )

    def insert_upload(
        self,
        conn: Connection,
        *,
        tenant_id: UUID,
        scan_id: UUID,
        filename: str,
        archive_format: str,
        content: bytes,
        sha256: bytes,
    ) -> None:
        upload_id = uuid.uuid4()
        sealed = self._vault.seal(tenant_id, UPLOAD_CONTENT, str(upload_id), content, conn=conn)
        conn.run(
            "insert_upload",
            id=upload_id,
            scan_id=scan_id,
            filename=filename,
            archive_format=archive_format,
            size_bytes=len(content),
            sha256=sha256,
            content=sealed.ciphertext,
            key_version=sealed.key_version,
        )

    def attach_task(self, conn: Connection, scan_id: UUID, task_id: int) -> Row:
        row = conn.one("set_scan_task", id=scan_id, task_id=task_id)
        assert row is not None, "the scan was inserted in this transaction"
        return row

    @staticmethod
    def get(conn: Connection, scan_id: UUID) -> Row | None:
        return conn.one("get_scan", id=scan_id)

    @staticmethod
    def cancel(conn: Connection, scan_id: UUID) -> Row | None:
        return conn.one("cancel_scan", id=scan_id)

    def opened(self, tenant_id: UUID, row: Row, conn: Connection | None = None) -> Row:
        """An API row with its sealed target URL opened (a copy; rows are plain dicts)."""
        if row["target_url"] is None:
            return row
        url = self._vault.open(
            tenant_id,
            SCAN_TARGET_URL,
            str(row["id"]),
            row["target_url"],
            row["key_version"],
            conn=conn,
        )
        return {**row, "target_url": url.decode()}

    def opened_detail(self, tenant_id: UUID, row: Row) -> dict[str, Any]:
        """A finding row's sealed detail (message, snippet, extra), opened."""
        detail = self._vault.open(
            tenant_id, FINDING_DETAIL, str(row["id"]), row["detail"], row["key_version"]
        )
        return json.loads(detail)

    def opened_verdict(self, tenant_id: UUID, row: Row) -> dict[str, Any]:
        """A finding row's sealed triage detail (rationale, fix, prompt), opened."""
        detail = self._vault.open(
            tenant_id,
            TRIAGE_DETAIL,
            str(row["id"]),
            row["triage_detail"],
            row["triage_key_version"],
        )
        return json.loads(detail)

    @staticmethod
    def finding_for_review(conn: Connection, finding_id: UUID) -> Row | None:
        return conn.one("finding_for_feedback", id=finding_id)

    # Reads the API sends along with the caller's admission (one round trip for both).

    @staticmethod
    def get_read(scan_id: UUID) -> Read:
        return Read("get_scan", {"id": scan_id})

    @staticmethod
    def findings_read(scan_id: UUID, *, after: int, limit: int) -> Read:
        return Read("scan_findings_page", {"scan_id": scan_id, "after": after, "limit": limit})

    @staticmethod
    def list_read(
        *,
        scan_type: ScanType | None,
        state: TaskState | None,
        project: str | None,
        after: tuple[datetime, UUID] | None,
        limit: int,
    ) -> Read:
        after_created_at, after_id = after or (None, None)
        params = {
            "type": scan_type,
            "state": state,
            "project": project,
            "after_created_at": after_created_at,
            "after_id": after_id,
            "limit": limit,
        }
        return Read("list_scans", params)


def _finding_row(scan: ScanRecord, finding: Finding, status: FindingStatus) -> dict[str, Any]:
    """The insert_finding parameters of a finding, its detail still plain (sealed by finish)."""
    detail = {"message": finding.message, "snippet": finding.snippet, "extra": finding.extra}
    return {
        "id": uuid.uuid4(),
        "tenant_id": scan.tenant_id,
        "scan_id": scan.id,
        "fingerprint": finding.fingerprint,
        "status": status,
        "tool": finding.tool,
        "reported_by": sorted(
            {r["tool"] for r in finding.extra.get("reported_by", [])} | {finding.tool}
        ),
        "rule_id": finding.rule_id,
        "title": finding.title,
        "severity": finding.severity,
        "confidence": finding.confidence,
        "cwe": finding.cwe,
        "owasp": finding.owasp,
        "path": finding.path,
        "start_line": finding.start_line,
        "start_column": finding.start_column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "fix_hint": finding.fix_hint,
        "detail": json.dumps(detail).encode(),
    }


def _excerpt_key(fingerprint: str) -> str:
    return f"excerpt:{fingerprint}"


def _event(
    scan: ScanRecord,
    task: ClaimedTask,
    action: str,
    details: Mapping[str, Any],
    *,
    outcome: str = "success",
) -> audit.AuditEvent:
    return audit.AuditEvent(
        actor=WORKER,
        action=action,
        target=str(scan.id),
        outcome=outcome,
        tenant_id=scan.tenant_id,
        details={"task_id": task.id, **details},
    )
