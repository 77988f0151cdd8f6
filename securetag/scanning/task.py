"""From a claimed scan task to stored findings: agents in the sandbox, normalized results.

For each `code_audit` or `web_scan` task the orchestrator validates the payload,
marks the scan running, prepares the input (an uploaded archive is opened with
the tenant's key and unpacked safely; a web target is opened), runs the agents
for the scan type one after another in the sandbox under their own profiles,
records every run as a `tool_execution` row, normalizes and de-duplicates the
findings, compares them with the tenant's previous scan of the same project
(`new` / `existing` / `fixed`), and finishes the scan. Each stage is reported on
the scan (`progress`) and audited.

An agent that fails (crash, limit hit, unreadable output) is recorded on the
scan and on its tool_execution row; the other agents' findings are kept and the
scan still succeeds, with `error` naming what was incomplete. A hostile archive
fails the scan for good with the reason; anything transient (the database)
raises, and the queue retries the task.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ValidationError

from securetag.kernel.config import Settings
from securetag.kernel.errors import PermanentTaskError, SecuretagError
from securetag.kernel.models import ClaimedTask, Finding, NewTask, Severity, TaskState
from securetag.queue.handlers import HandlerRegistry, TaskContext
from securetag.queue.tasks import TaskQueue
from securetag.scanning import findings
from securetag.scanning.agents import bandit, secrets, semgrep, web
from securetag.scanning.sandbox.bwrap import find_bwrap
from securetag.scanning.sandbox.profile import SandboxProfile
from securetag.scanning.sandbox.profile_file import load_profiles
from securetag.scanning.sandbox.run import SandboxResult, run_sandboxed
from securetag.scanning.unpack.extract import unpack_archive
from securetag.scanning.unpack.limits import UnpackLimits
from securetag.scanning.unpack.refusals import HostileArchive
from securetag.security import redaction
from securetag.security.ssrf import SsrfGuard
from securetag.store import audit
from securetag.store.context_store import ContextStore, scan_scope
from securetag.store.db import Database
from securetag.store.vault import (
    FINDING_DETAIL,
    SCAN_TARGET_URL,
    TOOL_OUTPUT,
    UPLOAD_CONTENT,
    Vault,
)
from securetag.triage import prompt as triage

log = logging.getLogger("securetag.scanning.task")

CODE_AUDIT = "code_audit"
WEB_SCAN = "web_scan"
TRIAGE = "triage"
TRIAGED_SEVERITIES = frozenset({Severity.CRITICAL, Severity.HIGH})
# Code excerpts wait this long in the context store for a triage worker (an LLM
# host may be down for days); the cleanup job purges them afterwards.
EXCERPT_TTL_S = 30 * 24 * 3600.0


def excerpt_key(fingerprint: str) -> str:
    return f"excerpt:{fingerprint}"


# metrics_json of every tool_execution row, versioned so training pipelines can
# read old rows: {"schema": METRICS_SCHEMA, "findings": n, "errors": [..],
# "parse_error": str | null, "sandboxed": bool, "timed_out": bool}. LLM calls
# (kind "llm") add "model", "tokens_in", "tokens_out", "latency_ms", "ttft_ms".
METRICS_SCHEMA = "securetag.tool_execution.metrics/v1"


class ScanTaskPayload(BaseModel):
    """The contract of a code_audit / web_scan task (what the API enqueues)."""

    scan_id: UUID


def scan_of_task(db: Database, task: ClaimedTask) -> dict[str, Any]:
    """The scan a task's payload names; PermanentTaskError for a bad payload or a missing scan."""
    try:
        payload = ScanTaskPayload.model_validate(task.payload)
    except ValidationError as exc:
        raise PermanentTaskError(f"task {task.id}: invalid payload: {exc}") from None
    scan = db.one("scan_for_task", scan_id=payload.scan_id)
    if scan is None:
        raise PermanentTaskError(f"task {task.id}: scan {payload.scan_id} does not exist")
    return scan


@dataclass
class AgentRun:
    """What one agent produced: its findings and how its run went."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    failure: str | None = None  # why the agent's results are missing or incomplete


@dataclass(frozen=True)
class Agent:
    name: str  # also its sandbox profile
    argv: Callable[[ScanInput], list[str]]
    parse: Callable[[SandboxResult, ScanInput], AgentRun]
    cwd: str = "/work"


@dataclass
class ScanInput:
    scan: dict[str, Any]
    source_dir: Path | None = None  # the unpacked tree on the host (code audits)
    target_url: str | None = None  # web scans
    guard: SsrfGuard | None = None


class UidPool:
    """One sandbox uid per concurrently running agent.

    RLIMIT_NPROC counts every process of a uid on the host, so two sandboxes
    sharing a uid would share (and could exhaust) one process budget.
    """

    def __init__(self, first: int, size: int) -> None:
        self._free = list(range(first, first + size))
        self._lock = threading.Condition()

    @contextmanager
    def uid(self) -> Iterator[int]:
        with self._lock:
            while not self._free:
                self._lock.wait()
            uid = self._free.pop()
        try:
            yield uid
        finally:
            with self._lock:
                self._free.append(uid)
                self._lock.notify()


class Orchestrator:
    def __init__(
        self,
        settings: Settings,
        db: Database,
        vault: Vault,
        *,
        profiles: dict[str, SandboxProfile] | None = None,
    ) -> None:
        self._settings = settings
        self._db = db
        self._vault = vault
        if settings.sandbox:
            find_bwrap()  # refuse to start, naming the package, rather than fail every scan
        else:
            log.warning(
                "SECURETAG_SANDBOX=off: scanners run WITHOUT isolation; never do this "
                "with untrusted code"
            )
        self._profiles = profiles or load_profiles()
        # Only root can hand each agent a uid of its own; otherwise every agent runs
        # as the worker's own unprivileged uid (and shares its process limit).
        self._uids = (
            UidPool(settings.sandbox_uid_base, max(1, settings.worker_concurrency))
            if os.geteuid() == 0
            else None
        )
        self._agents: dict[str, tuple[Agent, ...]] = {
            CODE_AUDIT: (SEMGREP, BANDIT, SECRETS),
            WEB_SCAN: (WEB,),
        }
        self._guard = SsrfGuard.from_env_value(settings.webscan_allow)
        self._queue = TaskQueue(db, settings)
        self._context = ContextStore(db, vault, cache_entries=0)

    def register(self, registry: HandlerRegistry) -> None:
        for scan_type in self._agents:
            registry.register(scan_type, self.run)

    # ------------------------------------------------------------------ one task

    def run(self, task: ClaimedTask, ctx: TaskContext) -> None:
        scan = scan_of_task(self._db, task)
        if TaskState(scan["state"]).is_final:
            return  # cancelled (or already finished by an earlier attempt)
        self._db.run("scan_start", id=scan["id"])
        self._audit(scan, task, "scan.start", {"attempt": task.attempts})
        try:
            with self._input(scan, task) as scan_input:
                outcome = self._run_agents(task, ctx, scan_input)
                outcome.findings = self._normalized(outcome.findings)
                if scan_input.source_dir is not None:
                    # While the tree still exists: what triage will show the model.
                    self._keep_excerpts(scan, scan_input.source_dir, outcome.findings)
        except HostileArchive as exc:
            self._fail(scan, task, f"the archive was refused: {exc.message}", "unpack")
            raise PermanentTaskError(exc.message) from None
        if ctx.lease_lost:
            return  # cancelled or rescued meanwhile: another attempt owns the scan now
        self._finish(scan, task, outcome)

    @contextmanager
    def _input(self, scan: dict[str, Any], task: ClaimedTask) -> Iterator[ScanInput]:
        if scan["type"] == WEB_SCAN:
            url = self._vault.open(
                scan["tenant_id"],
                SCAN_TARGET_URL,
                str(scan["id"]),
                scan["target_url"],
                scan["key_version"],
            ).decode()
            yield ScanInput(scan, target_url=url, guard=self._guard)
            return
        upload = self._db.one("upload_for_scan", scan_id=scan["id"])
        if upload is None:
            raise PermanentTaskError(f"scan {scan['id']} has no upload")
        content = self._vault.open(
            scan["tenant_id"],
            UPLOAD_CONTENT,
            str(upload["id"]),
            upload["content"],
            upload["key_version"],
        )
        with tempfile.TemporaryDirectory(prefix="securetag-scan-") as tmp:
            root = Path(tmp)
            root.chmod(0o755)  # the sandbox runs the tools as an unprivileged uid
            self._stage(scan, "unpack", "running")
            report = unpack_archive(content, upload["archive_format"], root / "src", UnpackLimits())
            self._stage(
                scan, "unpack", "succeeded", files=len(report.files), skipped=len(report.skipped)
            )
            yield ScanInput(scan, source_dir=root / "src")

    def _run_agents(self, task: ClaimedTask, ctx: TaskContext, scan_input: ScanInput) -> Outcome:
        scan = scan_input.scan
        outcome = Outcome()
        for agent in self._agents[scan["type"]]:
            outcome.agents += 1
            if ctx.should_stop:
                outcome.failures.append(f"{agent.name}: not run (the task was stopped)")
                continue
            self._stage(scan, agent.name, "running")
            run, result = self._run_agent(agent, scan_input)
            self._record_execution(task, scan, agent, scan_input, result, run)
            outcome.findings += run.findings
            if run.failure:
                outcome.failures.append(f"{agent.name}: {run.failure}")
            self._stage(
                scan,
                agent.name,
                "failed" if run.failure else "succeeded",
                findings=len(run.findings),
                error=run.failure,
            )
            self._audit(
                scan,
                task,
                "scan.agent",
                {"agent": agent.name, "findings": len(run.findings), "failure": run.failure},
            )
        return outcome

    def _run_agent(self, agent: Agent, scan_input: ScanInput) -> tuple[AgentRun, SandboxResult]:
        with self._uids.uid() if self._uids else nullcontext(None) as uid:
            result = run_sandboxed(
                agent.argv(scan_input),
                self._profiles[agent.name],
                input_dir=scan_input.source_dir,
                sandbox_enabled=self._settings.sandbox,
                uid=uid,
                cwd=agent.cwd,
            )
        try:
            run = agent.parse(result, scan_input)
        except SecuretagError as exc:
            run = AgentRun(failure=f"unreadable output: {exc.message}")
        if result.violations or result.timed_out:
            reason = result.reason or ", ".join(result.violations)
            run.failure = f"stopped by the sandbox: {reason}" + (
                f"; {run.failure}" if run.failure else ""
            )
        return run, result

    # ------------------------------------------------------------------ results

    @staticmethod
    def _normalized(found: list[Finding]) -> list[Finding]:
        """Secrets redacted everywhere, fingerprinted, the same issue from two tools merged."""
        redacted = findings.redact_secret_lines(
            found, secrets_tool=secrets.TOOL, redact=redaction.redact_secret
        )
        return findings.deduplicate(findings.assign_fingerprints(redacted))

    def _keep_excerpts(self, scan: dict[str, Any], tree: Path, found: list[Finding]) -> None:
        """Store the code around each High/Critical finding (secrets redacted) for triage."""
        root = tree.resolve()
        for finding in found:
            if finding.severity not in TRIAGED_SEVERITIES:
                continue
            source = (root / finding.path).resolve()
            if not source.is_relative_to(root) or not source.is_file():
                continue  # a web URL or a path that is not in the tree: nothing to show
            text = source.read_text(encoding="utf-8", errors="replace")
            excerpt = triage.redacted_excerpt(
                text,
                finding.start_line,
                finding.end_line,
                context=self._settings.triage_context_lines,
            )
            self._context.put(
                scan["tenant_id"],
                scan_scope(scan["id"]),
                excerpt_key(finding.fingerprint),
                excerpt.encode(),
                ttl_s=EXCERPT_TTL_S,
            )

    def _finish(self, scan: dict[str, Any], task: ClaimedTask, outcome: Outcome) -> None:
        current = outcome.findings
        tenant_id = scan["tenant_id"]
        with self._db.transaction() as conn:
            previous = conn.all(
                "previous_scan_findings",
                tenant_id=tenant_id,
                scan_id=scan["id"],
                project=scan["project"],
                type=scan["type"],
            )
            comparison = findings.compare_with_previous(
                current, {row["fingerprint"] for row in previous}
            )
            position = 0
            for status, batch in (("new", comparison.new), ("existing", comparison.existing)):
                for finding in batch:
                    position += 1
                    self._insert_finding(conn, scan, finding, status, position)
            for row in previous:
                if row["fingerprint"] in comparison.fixed:
                    position += 1
                    self._insert_fixed(conn, scan, row, position)
            counts = findings.counts_by_severity(current)
            error = "; ".join(outcome.failures) or None
            finished = conn.one(
                "scan_finish",
                id=scan["id"],
                state=outcome.state,
                counts=json.dumps(counts),
                error=error,
            )
            needs_triage = scan["type"] == CODE_AUDIT and any(
                f.severity in TRIAGED_SEVERITIES for f in comparison.new + comparison.existing
            )
            if finished is not None and needs_triage:
                self._queue.enqueue(
                    NewTask(
                        type=TRIAGE,
                        tenant_id=tenant_id,
                        payload={"scan_id": str(scan["id"])},
                        dedup_key=f"triage:{scan['id']}",
                    ),
                    conn=conn,
                    actor="worker",
                )
                conn.run("scan_triage_state", id=scan["id"], triage_state="pending")
            if finished is not None:
                audit.record(
                    conn,
                    self._event(
                        scan,
                        task,
                        "scan.finish",
                        {
                            "findings": len(current),
                            "new": len(comparison.new),
                            "fixed": len(comparison.fixed),
                            "incomplete": outcome.failures,
                        },
                    ),
                )
        if finished is not None and outcome.failures:
            log.warning(
                "scan finished incomplete",
                extra={"scan_id": str(scan["id"]), "failures": outcome.failures},
            )

    def _insert_finding(self, conn, scan, finding: Finding, status: str, position: int) -> None:
        finding_id = uuid.uuid4()
        detail = json.dumps(
            {"message": finding.message, "snippet": finding.snippet, "extra": finding.extra}
        ).encode()
        sealed = self._vault.seal(
            scan["tenant_id"], FINDING_DETAIL, str(finding_id), detail, conn=conn
        )
        conn.run(
            "insert_finding",
            id=finding_id,
            tenant_id=scan["tenant_id"],
            scan_id=scan["id"],
            fingerprint=finding.fingerprint,
            status=status,
            tool=finding.tool,
            reported_by=sorted(
                {r["tool"] for r in finding.extra.get("reported_by", [])} | {finding.tool}
            ),
            rule_id=finding.rule_id,
            title=finding.title,
            severity=str(finding.severity),
            confidence=str(finding.confidence),
            cwe=finding.cwe,
            owasp=finding.owasp,
            path=finding.path,
            start_line=finding.start_line,
            start_column=finding.start_column,
            end_line=finding.end_line,
            end_column=finding.end_column,
            fix_hint=finding.fix_hint,
            detail=sealed.ciphertext,
            key_version=sealed.key_version,
            position=position,
        )

    def _insert_fixed(self, conn, scan, previous: dict[str, Any], position: int) -> None:
        """A finding of the previous scan that is gone now, re-sealed under its new row."""
        detail = self._vault.open(
            scan["tenant_id"],
            FINDING_DETAIL,
            str(previous["id"]),
            previous["detail"],
            previous["key_version"],
            conn=conn,
        )
        finding_id = uuid.uuid4()
        sealed = self._vault.seal(
            scan["tenant_id"], FINDING_DETAIL, str(finding_id), detail, conn=conn
        )
        conn.run(
            "insert_finding",
            **{
                **previous,
                "id": finding_id,
                "scan_id": scan["id"],
                "status": "fixed",
                "detail": sealed.ciphertext,
                "key_version": sealed.key_version,
                "position": position,
            },
        )

    def _record_execution(
        self, task, scan, agent: Agent, scan_input: ScanInput, result: SandboxResult, run: AgentRun
    ) -> None:
        tenant_id = scan["tenant_id"]
        execution_id = uuid.uuid4()
        argv = [("{target}" if arg == scan_input.target_url else arg) for arg in result.argv]
        stopped = bool(result.violations or result.timed_out)
        metrics = {
            "schema": METRICS_SCHEMA,
            "findings": len(run.findings),
            "errors": run.errors[:20],
            "sandboxed": result.sandboxed,
            "timed_out": result.timed_out,
        }
        with self._db.transaction() as conn:
            output = pack_output(result.stdout, result.stderr)
            sealed = self._vault.seal(tenant_id, TOOL_OUTPUT, str(execution_id), output, conn=conn)
            conn.run(
                "insert_tool_execution",
                id=execution_id,
                tenant_id=tenant_id,
                task_id=task.id,
                scan_id=scan["id"],
                agent=agent.name,
                kind="scanner",
                argv=json.dumps(argv),
                exit_code=result.exit_code,
                output=sealed.ciphertext,
                stdout_truncated=result.stdout_truncated,
                stderr_truncated=result.stderr_truncated,
                key_version=sealed.key_version,
                started_at=result.started_at,
                finished_at=result.finished_at,
                duration_ms=result.duration_s * 1000,
                cpu_time_ms=result.cpu_time_s * 1000,
                peak_rss_bytes=result.peak_rss_bytes,
                violations=[str(v) for v in result.violations],
                outcome="stopped" if stopped else "failed" if run.failure else "ok",
                reason=run.failure,
                metrics_json=json.dumps(metrics),
            )

    # ------------------------------------------------------------------ scan state

    def _stage(self, scan: dict[str, Any], stage: str, state: str, **facts: Any) -> None:
        now = datetime.now(UTC).isoformat()
        entry = {"state": state, **{k: v for k, v in facts.items() if v is not None}}
        entry["started_at" if state == "running" else "finished_at"] = now
        self._db.run("scan_progress", id=scan["id"], stage=stage, entry=json.dumps(entry))

    def _fail(self, scan: dict[str, Any], task: ClaimedTask, error: str, stage: str) -> None:
        self._stage(scan, stage, "failed", error=error)
        with self._db.transaction() as conn:
            conn.one("scan_fail", id=scan["id"], error=error)
            audit.record(conn, self._event(scan, task, "scan.fail", {"error": error}, "failure"))

    def _audit(self, scan, task, action: str, details: dict[str, Any]) -> None:
        with self._db.transaction() as conn:
            audit.record(conn, self._event(scan, task, action, details))

    @staticmethod
    def _event(scan, task, action: str, details: dict[str, Any], outcome: str = "success"):
        return audit.AuditEvent(
            actor="worker",
            action=action,
            target=str(scan["id"]),
            outcome=outcome,
            tenant_id=scan["tenant_id"],
            details={"task_id": task.id, **details},
        )


@dataclass
class Outcome:
    findings: list[Finding] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    agents: int = 0

    @property
    def state(self) -> str:
        """Failed when no agent produced results; partial results still make a success."""
        return "failed" if self.agents and len(self.failures) >= self.agents else "succeeded"


def pack_output(stdout: bytes, stderr: bytes) -> bytes:
    """stdout and stderr as one value to seal: uint32 length of stdout, stdout, stderr."""
    return len(stdout).to_bytes(4, "big") + stdout + stderr


def unpack_output(output: bytes) -> tuple[bytes, bytes]:
    size = int.from_bytes(output[:4], "big")
    return output[4 : 4 + size], output[4 + size :]


# ---------------------------------------------------------------------- agents


def _semgrep_parse(result: SandboxResult, scan_input: ScanInput) -> AgentRun:
    # Exit 0: clean, 1: findings, 2: some rules or files failed but the report is whole.
    if result.exit_code not in (0, 1, 2):
        return AgentRun(failure=f"semgrep exited with {result.exit_code}: {_tail(result)}")
    output = semgrep.parse(result.stdout, source_root=scan_input.source_dir, target_dir="/input")
    return AgentRun(output.findings, output.errors)


def _bandit_parse(result: SandboxResult, scan_input: ScanInput) -> AgentRun:
    if result.exit_code not in (0, 1):
        return AgentRun(failure=f"bandit exited with {result.exit_code}: {_tail(result)}")
    return AgentRun(bandit.parse(result.stdout, source_root="/input"))


def _secrets_parse(result: SandboxResult, scan_input: ScanInput) -> AgentRun:
    if result.exit_code != 0:
        return AgentRun(failure=f"detect-secrets exited with {result.exit_code}: {_tail(result)}")
    return AgentRun(
        secrets.parse(result.stdout, source_root=scan_input.source_dir, scan_root="/input")
    )


def _web_parse(result: SandboxResult, scan_input: ScanInput) -> AgentRun:
    if result.exit_code != 0:
        return AgentRun(failure=f"the web agent exited with {result.exit_code}: {_tail(result)}")
    output = web.parse_output(result.stdout.decode("utf-8", "replace"))
    failure = f"target refused: {output.refused}" if output.refused else None
    return AgentRun(output.findings, output.errors, failure)


def _tail(result: SandboxResult) -> str:
    return result.stderr.decode("utf-8", "replace").strip()[-300:] or result.reason or "no output"


SEMGREP = Agent(
    "semgrep",
    lambda scan_input: semgrep.build_argv("/input", rules_dir=str(semgrep.rules_dir())),
    _semgrep_parse,
)
BANDIT = Agent("bandit", lambda scan_input: bandit.build_argv("/input"), _bandit_parse)
# detect-secrets skips files outside its working directory.
SECRETS = Agent(
    "secrets", lambda scan_input: secrets.build_argv("/input"), _secrets_parse, cwd="/input"
)
WEB = Agent(
    "web",
    lambda scan_input: web.build_argv(
        scan_input.target_url, budget=web.WebScanBudget(), allow=scan_input.guard.allow
    ),
    _web_parse,
)
