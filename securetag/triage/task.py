"""The `triage` task: the LLM's verdict on each High/Critical finding of a code audit.

A code audit that finishes with High or Critical findings enqueues one triage
task for its scan, so triage workers (`securetag worker --types triage`, next to
the GPU) scale apart from scanners. For every such finding that has no verdict
yet and no human verdict (feedback), the runner reads the code excerpt the scan
left in the context store (secrets already redacted), asks the model
(`securetag.triage.prompt`), stores the verdict sealed in `finding_triage`, and records
every LLM call as a `tool_execution` row of kind `llm`.

The LLM down or slow: the task is retried with backoff by the queue and the
scan stays readable with `triage: pending`; verdicts already stored are kept, so
a retry continues where the last attempt stopped. A scan never fails because
of the LLM.
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any
from uuid import UUID

from securetag.kernel.config import Settings
from securetag.kernel.errors import PermanentTaskError, TaskError
from securetag.kernel.models import ClaimedTask
from securetag.queue.handlers import HandlerRegistry, TaskContext
from securetag.scanning.task import (
    METRICS_SCHEMA,
    TRIAGE,
    excerpt_key,
    scan_of_task,
)
from securetag.security.redaction import redact_secrets
from securetag.store import audit
from securetag.store.context_store import ContextStore, scan_scope
from securetag.store.db import Database
from securetag.store.vault import FINDING_DETAIL, TOOL_OUTPUT, TRIAGE_DETAIL, Vault
from securetag.triage import prompt as triage
from securetag.triage.llm.client import LlmClient
from securetag.triage.llm.errors import LlmRequestError, LlmUnavailable

log = logging.getLogger("securetag.triage.prompt")


class TriageRunner:
    def __init__(
        self, settings: Settings, db: Database, vault: Vault, *, client: LlmClient | None = None
    ) -> None:
        self._settings = settings
        self._db = db
        self._vault = vault
        self._client = client or LlmClient(settings.llm_config())
        self._context = ContextStore(db, vault, cache_entries=0)

    def register(self, registry: HandlerRegistry) -> None:
        registry.register(TRIAGE, self.run)

    def run(self, task: ClaimedTask, ctx: TaskContext) -> None:
        scan = scan_of_task(self._db, task)
        pending = self._db.all("findings_to_triage", scan_id=scan["id"])
        for row in pending:
            if ctx.should_stop:
                raise TaskError(
                    "stopped before every finding was triaged; the next attempt goes on from here"
                )
            self._triage_one(task, scan, row)
        self._db.run("scan_triage_state", id=scan["id"], triage_state="done")
        with self._db.transaction() as conn:
            audit.record(
                conn,
                audit.AuditEvent(
                    actor="worker",
                    action="scan.triage",
                    target=str(scan["id"]),
                    outcome="success",
                    tenant_id=scan["tenant_id"],
                    details={"task_id": task.id, "findings": len(pending)},
                ),
            )

    def _triage_one(self, task: ClaimedTask, scan: dict[str, Any], row: dict[str, Any]) -> None:
        tenant_id = scan["tenant_id"]
        detail = json.loads(
            self._vault.open(
                tenant_id, FINDING_DETAIL, str(row["id"]), row["detail"], row["key_version"]
            )
        )
        stored = self._context.get(
            tenant_id, scan_scope(scan["id"]), excerpt_key(row["fingerprint"])
        )
        # Without the stored excerpt (expired, or a scan from before triage existed),
        # the finding's own snippet is what the model sees, redacted again.
        excerpt = stored.decode() if stored is not None else redact_secrets(detail["snippet"])
        finding = triage.FindingForTriage(
            rule_id=row["rule_id"],
            title=row["title"],
            severity=row["severity"],
            cwe=list(row["cwe"]),
            message=detail["message"],
            path=row["path"],
            start_line=row["start_line"],
            end_line=row["end_line"],
            snippet=detail["snippet"],
        )

        def record(call: triage.LlmCall) -> None:
            # As each call ends, so a call that succeeded before a failing one is kept too.
            self._record_call(task, scan, call)

        try:
            outcome = triage.triage(self._client, finding, excerpt, on_call=record)
        except LlmUnavailable as exc:
            raise TaskError(
                f"the LLM is unavailable: {exc.message}", retry_after_s=exc.retry_after_s
            ) from None
        except LlmRequestError as exc:
            raise PermanentTaskError(f"the LLM refused the request: {exc.message}") from None
        self._store_verdict(scan, row, outcome)

    def _store_verdict(self, scan: dict[str, Any], row: dict[str, Any], outcome) -> None:
        verdict = outcome.verdict
        last = outcome.calls[-1] if outcome.calls else None
        detail = {
            "messages": last.messages if last else [],
            "response": last.result.content if last and last.result else None,
            "rationale": verdict.rationale,
            "recommended_fix": verdict.recommended_fix,
            "raw": outcome.raw,
            "prompt_version": triage.PROMPT_VERSION,
        }
        with self._db.transaction() as conn:
            sealed = self._vault.seal(
                scan["tenant_id"],
                TRIAGE_DETAIL,
                str(row["id"]),
                json.dumps(detail).encode(),
                conn=conn,
            )
            conn.run(
                "insert_finding_triage",
                finding_id=row["id"],
                tenant_id=scan["tenant_id"],
                scan_id=scan["id"],
                fingerprint=row["fingerprint"],
                verdict=verdict.verdict,
                confidence=verdict.confidence,
                model=(last.result.model if last and last.result else self._settings.llm_model),
                repaired=outcome.repaired,
                detail=sealed.ciphertext,
                key_version=sealed.key_version,
            )

    def _record_call(self, task: ClaimedTask, scan: dict[str, Any], call) -> None:
        result = call.result
        metrics = {
            "schema": METRICS_SCHEMA,
            "model": result.model if result else self._settings.llm_model,
            "tokens_in": result.tokens_in if result else None,
            "tokens_out": result.tokens_out if result else None,
            "latency_ms": round(result.latency_s * 1000, 1) if result else None,
            "ttft_ms": (
                round(result.time_to_first_token_s * 1000, 1)
                if result and result.time_to_first_token_s is not None
                else None
            ),
            "attempts": result.attempts if result else None,
            "error": call.error,
            "prompt_version": triage.PROMPT_VERSION,
        }
        self._insert_call(
            task,
            scan,
            call.messages,
            result.content if result else None,
            call.started_at,
            call.finished_at,
            metrics,
            call.error,
        )

    def _insert_call(
        self, task, scan, messages, response, started_at, finished_at, metrics, error
    ) -> None:
        execution_id = uuid.uuid4()
        output = json.dumps({"messages": messages, "response": response}).encode()
        tenant_id: UUID = scan["tenant_id"]
        with self._db.transaction() as conn:
            sealed = self._vault.seal(tenant_id, TOOL_OUTPUT, str(execution_id), output, conn=conn)
            conn.run(
                "insert_tool_execution",
                id=execution_id,
                tenant_id=tenant_id,
                task_id=task.id,
                scan_id=scan["id"],
                agent="triage",
                kind="llm",
                argv=json.dumps([self._settings.llm_api, metrics["model"]]),
                exit_code=None,
                output=sealed.ciphertext,
                stdout_truncated=False,
                stderr_truncated=False,
                key_version=sealed.key_version,
                started_at=started_at,
                finished_at=finished_at,
                duration_ms=(finished_at - started_at).total_seconds() * 1000,
                cpu_time_ms=None,
                peak_rss_bytes=None,
                violations=[],
                outcome="failed" if error else "ok",
                reason=error,
                metrics_json=json.dumps(metrics),
            )
