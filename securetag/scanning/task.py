"""The `code_audit` and `web_scan` tasks: from a claimed task to a finished scan.

For each task the runner reads its scan from the scan store, marks it running,
prepares the input (an uploaded archive is opened with the tenant's key and
unpacked safely; a web target's URL is opened), runs the agents the registry
declares for the scan type side by side, each in a sandbox of its own, as the
scan's CPU budget allows (securetag.scanning.agent_slots), records every run,
normalizes and de-duplicates the findings, keeps the code around those to triage,
and hands them to the store, which compares them with the project's previous scan
and finishes the scan. The runner names no tool: each agent declares itself.

An agent that fails (crash, limit hit, unreadable output) is recorded on the scan
and on its tool_execution row; the other agents' findings are kept and the scan
still succeeds, with `error` naming what was incomplete. Every agent's coverage
(what it examined and skipped) becomes the scan's `coverage`: `partial` when an
agent failed or skipped anything; a scan whose agents covered nothing at all
fails. A hostile archive fails the scan for good with the reason; anything
transient (the database) raises, and the queue retries the task.
"""

from __future__ import annotations

import logging
import os
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from uuid import UUID

from securetag.kernel.config import Settings
from securetag.kernel.errors import PermanentTaskError, SecuretagError
from securetag.kernel.models import ClaimedTask, Finding, ScanType, TaskState, ToolRunKind
from securetag.queue.handlers import HandlerRegistry, TaskContext
from securetag.queue.tasks import TaskQueue
from securetag.scanning import ranking, rule_pack
from securetag.scanning.agent import Agent, AgentInput, AgentRun
from securetag.scanning.agent_slots import SandboxIds, UidPool, cpu_shares
from securetag.scanning.coverage import ScanCoverage
from securetag.scanning.excerpts import excerpts_in_tree
from securetag.scanning.registry import AgentRegistry
from securetag.scanning.sandbox.bwrap import find_bwrap
from securetag.scanning.sandbox.limits import sandbox_uid
from securetag.scanning.sandbox.run import SandboxResult, run_sandboxed
from securetag.scanning.scan_dirs import ScanDirectories
from securetag.scanning.store import TRIAGED_SEVERITIES, ScanRecord, ScanStore, ToolRun
from securetag.scanning.unpack.extract import unpack_archive
from securetag.scanning.unpack.limits import UnpackLimits
from securetag.scanning.unpack.refusals import HostileArchive
from securetag.scanning.unpack.tree import TreeAccess
from securetag.security.ssrf import SsrfGuard
from securetag.store.db import Database
from securetag.store.vault import Vault

log = logging.getLogger("securetag.scanning.task")

NOT_RUN = "not run (the task was stopped)"


@dataclass(frozen=True)
class Workspace:
    """What one scan holds while it runs."""

    ids: SandboxIds | None  # the sandbox uids and group of its agents (None: the worker's own)
    directory: Path  # private to the worker: the source tree, sandbox-off work dirs


@dataclass
class Outcome:
    findings: list[Finding] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    coverage: ScanCoverage = field(default_factory=ScanCoverage)
    secret_tools: set[str] = field(default_factory=set)  # tools whose findings are secrets

    @property
    def state(self) -> TaskState:
        """Failed when no agent covered anything (each failed, or skipped all it saw);
        a partial result still succeeds, and its coverage says `partial`."""
        return TaskState.FAILED if self.coverage.covered_nothing else TaskState.SUCCEEDED


class ScanRunner:
    """The handler of every scan type the registry has agents for."""

    def __init__(
        self,
        settings: Settings,
        db: Database,
        vault: Vault,
        *,
        agents: AgentRegistry | None = None,
    ) -> None:
        self._settings = settings
        if settings.sandbox:
            find_bwrap()  # refuse to start, naming the package, rather than fail every scan
        else:
            log.warning(
                "SECURETAG_SANDBOX=off: scanners run WITHOUT isolation; never do this "
                "with untrusted code"
            )
        self._agents = agents or AgentRegistry.load()
        # Only root can hand each agent a uid of its own; otherwise every agent runs
        # as the worker's own unprivileged uid (and shares its process limit).
        self._uids = (
            UidPool(
                settings.sandbox_uid_base,
                scans=max(1, settings.worker_concurrency),
                agents_per_scan=max(
                    (len(self._agents.for_scan(kind)) for kind in self._agents.scan_types()),
                    default=1,
                ),
            )
            if os.geteuid() == 0
            else None
        )
        self._guard = SsrfGuard.from_env_value(settings.webscan_allow)
        # Created at the first scan (a triage-only worker may have no place to write);
        # what dead workers left is removed now.
        self._scan_dirs = ScanDirectories(settings.scan_root)
        self._scan_dirs.remove_leftovers()
        self._store = ScanStore(db, vault, queue=TaskQueue(db, settings))

    def register(self, registry: HandlerRegistry) -> None:
        for scan_type in self._agents.scan_types():
            registry.register(scan_type.task_type, self.run)

    # ------------------------------------------------------------------ one task

    def run(self, task: ClaimedTask, ctx: TaskContext) -> None:
        scan = self._store.for_task(task)
        if scan.state.is_final:
            return  # cancelled (or already finished by an earlier attempt)
        self._store.start(scan, task)
        try:
            with self._workspace() as space, self._input(scan, space) as agent_input:
                outcome = self._run_agents(task, ctx, scan, agent_input, space)
                outcome.findings = ranking.settle(
                    outcome.findings,
                    secret_tools=outcome.secret_tools,
                    pack=rule_pack.load(rule_pack.rules_dir()),
                    profile=scan.profile,
                )
                if agent_input.source_dir is not None:
                    # While the tree still exists: what triage will show the model.
                    self._keep_excerpts(scan, agent_input.source_dir, outcome.findings)
        except HostileArchive as exc:
            self._store.fail(scan, task, f"the archive was refused: {exc.message}", stage="unpack")
            raise PermanentTaskError(exc.message) from None
        if ctx.lease_lost:
            return  # cancelled or rescued meanwhile: another attempt owns the scan now
        coverage = outcome.coverage.document()
        finished = self._store.finish(
            scan,
            task,
            outcome.findings,
            failures=outcome.failures,
            state=outcome.state,
            coverage=coverage,
            gaps=outcome.coverage.gaps(),
        )
        if finished is not None and outcome.coverage.partial:
            log.warning(
                "scan finished incomplete",
                extra={"scan_id": str(scan.id), "coverage": coverage["reasons"]},
            )

    @contextmanager
    def _workspace(self) -> Iterator[Workspace]:
        # One group for the whole scan, so that its tree can be readable by its agents alone.
        with (
            self._uids.ids() if self._uids else nullcontext(None) as ids,
            self._scan_dirs.scan_dir() as directory,
        ):
            yield Workspace(ids, directory)

    @contextmanager
    def _input(self, scan: ScanRecord, space: Workspace) -> Iterator[AgentInput]:
        if scan.type == ScanType.WEB_SCAN:
            url = self._store.target_url(scan)
            yield AgentInput(scan.type, target_url=url, allow=tuple(self._guard.allow))
            return
        content, archive_format = self._store.upload(scan)
        # The sandbox uids read the tree through the scan's group; nobody else but the worker.
        reader_gid = None
        if self._settings.sandbox:
            reader_gid = space.ids.gid if space.ids else sandbox_uid(None)[1]
        self._store.progress(scan, "unpack", "running")
        source_dir = space.directory / "src"
        report = unpack_archive(
            content, archive_format, source_dir, UnpackLimits(), TreeAccess(reader_gid)
        )
        self._store.progress(
            scan, "unpack", "succeeded", files=len(report.files), skipped=len(report.skipped)
        )
        yield AgentInput(scan.type, source_dir=source_dir)

    def _run_agents(
        self,
        task: ClaimedTask,
        ctx: TaskContext,
        scan: ScanRecord,
        agent_input: AgentInput,
        space: Workspace,
    ) -> Outcome:
        """Run the scan's agents side by side within its CPU budget; merge in registry order.

        Agents start in registry order as the CPUs they hold free up. Every store call
        (progress, tool runs) is made here, on the task's own thread, as each agent ends:
        the agents' threads only run the sandbox and parse, so a scan still uses one
        database connection at a time, and the worker's pool is sized as before.
        """
        agents = self._agents.for_scan(scan.type)
        budget = self._settings.scan_cpu_budget
        shares = cpu_shares(agents, budget)
        free = budget
        pending = deque(range(len(agents)))
        running: dict[Future[tuple[AgentRun, SandboxResult]], int] = {}
        done: dict[int, AgentRun] = {}
        with ThreadPoolExecutor(max(1, len(agents)), thread_name_prefix="agent") as pool:
            while pending or running:
                # The next agent waits for its CPUs (nothing running frees them all).
                while pending and (shares[pending[0]] <= free or not running):
                    index = pending.popleft()
                    if ctx.should_stop:
                        continue  # never started: reported NOT_RUN below
                    agent = agents[index]
                    self._store.progress(scan, agent.name, "running")
                    free -= shares[index]
                    own_input = replace(agent_input, jobs=max(1, shares[index]))
                    future = pool.submit(self._run_agent, agent, own_input, ctx, space, index)
                    running[future] = index
                if not running:
                    break
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=running.__getitem__):
                    index = running.pop(future)
                    free += shares[index]
                    run, result = future.result()
                    agent = agents[index]
                    self._agent_done(task, scan, agent, agent_input, run, result)
                    done[index] = run
        outcome = Outcome()
        for index, agent in enumerate(agents):
            if index not in done:
                outcome.failures.append(f"{agent.name}: {NOT_RUN}")
                outcome.coverage.not_run(agent, NOT_RUN)
                continue
            run = done[index]
            outcome.findings += run.findings
            outcome.coverage.add(agent, run)
            if agent.reports_secrets:
                outcome.secret_tools |= {finding.tool for finding in run.findings}
            if run.failure:
                outcome.failures.append(f"{agent.name}: {run.failure}")
        return outcome

    def _agent_done(
        self,
        task: ClaimedTask,
        scan: ScanRecord,
        agent: Agent,
        agent_input: AgentInput,
        run: AgentRun,
        result: SandboxResult,
    ) -> None:
        tool_run = self._record(task, scan, agent, agent_input, result, run)
        if run.failure:
            # The reference an operator looks up; the tool's own words stay sealed there.
            run.failure += f" (tool run {tool_run})"
        self._store.progress(
            scan,
            agent.name,
            "failed" if run.failure else "succeeded",
            findings=len(run.findings),
            skipped=len(run.coverage.skipped) or None,
            error=run.failure,
        )

    def _run_agent(
        self,
        agent: Agent,
        agent_input: AgentInput,
        ctx: TaskContext,
        space: Workspace,
        index: int,
    ) -> tuple[AgentRun, SandboxResult]:
        profile = self._agents.profile(agent)
        if space.ids is None:
            # Without root every agent runs as the worker's uid, so the agents running
            # at once share one RLIMIT_NPROC count: each may use what all of them may.
            shared = sum(
                self._agents.profile(a).processes
                for a in self._agents.for_scan(agent_input.scan_type)
            )
            profile = profile.model_copy(update={"processes": shared})
        result = run_sandboxed(
            agent.argv(agent_input),
            profile,
            input_dir=agent_input.source_dir,
            sandbox_enabled=self._settings.sandbox,
            uid=space.ids.uids[index] if space.ids else None,
            gid=space.ids.gid if space.ids else None,
            cwd=agent.cwd,
            # The task's deadline kills the tool too: the attempt's work stops with it.
            deadline_s=ctx.remaining_s,
            host_work_parent=space.directory,
        )
        try:
            run = agent.outcome(result, agent_input)
        except SecuretagError as exc:
            run = AgentRun(failure=f"unreadable output: {exc.message}")
        if result.violations or result.timed_out:
            reason = result.reason or ", ".join(result.violations)
            run.failure = f"stopped by the sandbox: {reason}" + (
                f"; {run.failure}" if run.failure else ""
            )
        return run, result

    def _record(
        self,
        task: ClaimedTask,
        scan: ScanRecord,
        agent: Agent,
        agent_input: AgentInput,
        result: SandboxResult,
        run: AgentRun,
    ) -> UUID:
        stopped = bool(result.violations or result.timed_out)
        # The URL may carry secrets of the tenant's (a token in a query): never in argv.
        argv = [("{target}" if arg == agent_input.target_url else arg) for arg in result.argv]
        return self._store.record_tool_run(
            scan,
            task,
            ToolRun(
                kind=ToolRunKind.SCANNER,
                agent=agent.name,
                argv=argv,
                output=pack_output(result.stdout, result.stderr),
                started_at=result.started_at,
                finished_at=result.finished_at,
                outcome="stopped" if stopped else "failed" if run.failure else "ok",
                reason=run.failure,
                exit_code=result.exit_code,
                stdout_truncated=result.stdout_truncated,
                stderr_truncated=result.stderr_truncated,
                duration_ms=result.duration_s * 1000,
                cpu_time_ms=result.cpu_time_s * 1000,
                peak_rss_bytes=result.peak_rss_bytes,
                violations=[str(v) for v in result.violations],
                # Counts and kinds only: the errors' own words quote the tenant's code and
                # URLs, and stay in the sealed output the tool printed them to.
                metrics={
                    "findings": len(run.findings),
                    "error_count": len(run.errors),
                    "error_kinds": dict(Counter(run.error_kinds)),
                    "sandboxed": result.sandboxed,
                    "timed_out": result.timed_out,
                },
            ),
            audit_details={
                "agent": agent.name,
                "findings": len(run.findings),
                "failure": run.failure,
            },
        )

    # ------------------------------------------------------------------ results

    def _keep_excerpts(self, scan: ScanRecord, tree: Path, found: list[Finding]) -> None:
        """Keep the code around each finding to triage (secrets redacted) for the triage task.

        Each file is read once for all its findings, and the excerpts are stored in
        one batch (one transaction), not one file read and transaction per finding.
        """
        to_triage = [f for f in found if f.severity in TRIAGED_SEVERITIES]
        context = self._settings.triage_context_lines
        self._store.keep_excerpts(scan, excerpts_in_tree(tree, to_triage, context=context))


def pack_output(stdout: bytes, stderr: bytes) -> bytes:
    """stdout and stderr as one value to seal: uint32 length of stdout, stdout, stderr."""
    return len(stdout).to_bytes(4, "big") + stdout + stderr


def unpack_output(output: bytes) -> tuple[bytes, bytes]:
    size = int.from_bytes(output[:4], "big")
    return output[4 : 4 + size], output[4 + size :]
