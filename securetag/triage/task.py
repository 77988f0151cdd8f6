"""The `triage` task: the LLM's verdict on each High/Critical finding of a code audit.

A code audit that finishes with High or Critical findings enqueues one triage
task for its scan, so triage workers (`securetag worker --types triage`, next to
the GPU) scale apart from scanners. For every such finding that has no verdict
yet and no settling word of a person (feedback), the runner reads the code
excerpt the scan kept (secrets already redacted), renders it into the prompt
(`securetag.triage.prompt`), stores the verdict through the scan store, and
records every LLM call as a tool run of kind `llm`.

The LLM down or slow: the task is retried with backoff by the queue and the
scan stays readable with `triage: pending`; verdicts already stored are kept, so
a retry continues where the last attempt stopped. A scan never fails because
of the LLM.

Bounded, because the model is shared by every tenant (docs/triage.md#bounded-triage):
- at most `triage_max_findings_per_scan` findings of a scan go to the model, highest
  severity then confidence first; the others are recorded as not triaged (reason
  `scan_cap`) before the first prompt, so they read so at once;
- a prompt identical to one the model already answered in this scan is not sent
  again: the finding gets that verdict (`shared_from`);
- one attempt sends at most `triage_prompts_per_turn` new prompts, then raises
  TaskYield: the worker hands the task back to the queue behind the work already
  waiting (the attempt not counted), so another tenant's triage gets the slot next.
"""

from __future__ import annotations

import json
import logging

from securetag.kernel.config import Settings
from securetag.kernel.errors import PermanentTaskError, TaskError, TaskYield
from securetag.kernel.models import ClaimedTask, TaskType, ToolRunKind
from securetag.queue.handlers import HandlerRegistry, TaskContext
from securetag.scanning.store import (
    FindingRecord,
    ScanRecord,
    ScanStore,
    StoredVerdict,
    ToolRun,
)
from securetag.security.redaction import redact_secrets
from securetag.store.db import Database
from securetag.store.vault import Vault
from securetag.triage import prompt
from securetag.triage.llm.chat import ChatMessage
from securetag.triage.llm.client import LlmClient
from securetag.triage.llm.config import LlmConfig
from securetag.triage.llm.errors import (
    LlmRequestError,
    LlmUnavailable,
    message_without_server_text,
)

log = logging.getLogger("securetag.triage")

AGENT_NAME = TaskType.TRIAGE.value  # tool_execution.agent of the model's calls


class TriageRunner:
    def __init__(
        self, settings: Settings, db: Database, vault: Vault, *, client: LlmClient | None = None
    ) -> None:
        self._settings = settings
        self._client = client or LlmClient(LlmConfig.from_settings(settings))
        self._store = ScanStore(db, vault)

    def register(self, registry: HandlerRegistry) -> None:
        registry.register(TaskType.TRIAGE, self.run)

    def run(self, task: ClaimedTask, ctx: TaskContext) -> None:
        scan = self._store.for_task(task)
        cap = self._settings.triage_max_findings_per_scan
        self._store.mark_over_triage_cap(scan, cap)
        pending = self._store.findings_to_triage(scan)
        self._store.triage_progress(scan, cap=cap, pending=len(pending))
        answered = self._store.answered_prompts(scan)
        asked = 0
        for done, finding in enumerate(pending):
            if ctx.should_stop:
                raise TaskError(
                    "stopped before every finding was triaged; the next attempt goes on from here"
                )
            for_prompt, excerpt = self._prompt_parts(scan, finding)
            messages = prompt.build_messages(for_prompt, excerpt)
            digest = prompt.prompt_digest(messages)
            source = answered.get(digest)
            if source is not None:
                self._store.share_verdict(scan, finding, source, digest)
                continue
            if asked == self._settings.triage_prompts_per_turn:
                left = len(pending) - done
                self._store.triage_progress(scan, cap=cap, pending=left)
                raise TaskYield(f"{asked} prompts sent this turn, {left} findings left")
            self._triage_one(task, scan, finding, for_prompt, excerpt, messages, digest)
            answered[digest] = finding.id
            asked += 1
        self._store.triage_done(scan, task, triaged=len(pending), cap=cap)

    def _prompt_parts(
        self, scan: ScanRecord, finding: FindingRecord
    ) -> tuple[prompt.FindingForTriage, str]:
        detail = finding.detail
        kept = self._store.excerpt(scan, finding.fingerprint)
        # Without a kept excerpt (expired, or a scan from before triage existed), the
        # finding's own snippet is what the model sees, redacted again.
        excerpt = (
            prompt.render_excerpt(
                kept,
                finding.start_line,
                finding.end_line,
                context=self._settings.triage_context_lines,
            )
            if kept is not None
            else redact_secrets(detail["snippet"])
        )
        for_prompt = prompt.FindingForTriage(
            rule_id=finding.rule_id,
            title=finding.title,
            severity=finding.severity,
            cwe=list(finding.cwe),
            message=detail["message"],
            path=finding.path,
            start_line=finding.start_line,
            end_line=finding.end_line,
            snippet=detail["snippet"],
        )
        return for_prompt, excerpt

    def _triage_one(
        self,
        task: ClaimedTask,
        scan: ScanRecord,
        finding: FindingRecord,
        for_prompt: prompt.FindingForTriage,
        excerpt: str,
        messages: list[ChatMessage],
        digest: bytes,
    ) -> None:
        def record(call: prompt.LlmCall) -> None:
            # As each call ends, so a call that succeeded before a failing one is kept too.
            self._record_call(task, scan, call)

        # task.last_error is plain: the server's own words (they may echo the prompt)
        # stay in the tool run's sealed output.
        try:
            outcome = prompt.triage(
                self._client, for_prompt, excerpt, on_call=record, messages=messages
            )
        except LlmUnavailable as exc:
            raise TaskError(
                f"the LLM is unavailable: {message_without_server_text(exc)}",
                retry_after_s=exc.retry_after_s,
            ) from None
        except LlmRequestError as exc:
            raise PermanentTaskError(
                f"the LLM refused the request: {message_without_server_text(exc)}"
            ) from None
        self._store.store_verdict(scan, finding, self._stored(outcome), prompt_sha256=digest)

    def _stored(self, outcome: prompt.TriageOutcome) -> StoredVerdict:
        verdict = outcome.verdict
        last = outcome.calls[-1] if outcome.calls else None
        return StoredVerdict(
            verdict=verdict.verdict,
            confidence=verdict.confidence,
            model=last.result.model if last and last.result else self._settings.llm_model,
            repaired=outcome.repaired,
            detail={
                "messages": last.messages if last else [],
                "response": last.result.content if last and last.result else None,
                "rationale": verdict.rationale,
                "recommended_fix": verdict.recommended_fix,
                "raw": outcome.raw,
                "prompt_version": prompt.PROMPT_VERSION,
            },
        )

    def _record_call(self, task: ClaimedTask, scan: ScanRecord, call: prompt.LlmCall) -> None:
        result = call.result
        model = result.model if result else self._settings.llm_model
        metrics = {
            "model": model,
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
            "prompt_version": prompt.PROMPT_VERSION,
        }
        # The reason and metrics are plain columns: `call.error` has no server text. The
        # server's own words go into the sealed output only.
        output = {
            "messages": call.messages,
            "response": result.content if result else None,
            "error": call.error_in_full,
            "server_message": call.server_message,
        }
        self._store.record_tool_run(
            scan,
            task,
            ToolRun(
                kind=ToolRunKind.LLM,
                agent=AGENT_NAME,
                argv=[self._settings.llm_api, model],
                output=json.dumps(output).encode(),
                started_at=call.started_at,
                finished_at=call.finished_at,
                outcome="failed" if call.error else "ok",
                reason=call.error,
                metrics=metrics,
            ),
        )
