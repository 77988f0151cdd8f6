"""The polling worker: claims in batches, runs handlers, heartbeats, shuts down gracefully.

Threads inside one worker process:
  slots (N = concurrency)  claim a batch (one type), run each task's handler in turn
  listener                 LISTEN securetag_task; wakes idle slots at once on enqueue
  flusher                  commits successful completions in batches (one statement each)
  heartbeat                extends held leases, updates the `worker` row, runs the reaper
  watchdog                 frees the slot of a handler that runs past its deadline

A handler that ignores `ctx.should_stop` cannot hold its slot: once its task's
timeout (or a lost lease) is SECURETAG_TASK_KILL_GRACE_S behind it, the watchdog
times the attempt out, hands the rest of that slot's batch back, and starts a
new slot thread; the old thread is abandoned and its late result dropped.

A database outage never crashes the worker: every call is retried with
exponential backoff (tenacity) until the database is back or the worker stops.
A task whose lease was lost meanwhile is fenced out by its claim token, so its
late result is dropped rather than written over the rescuing run.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar
from uuid import UUID

from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    wait_exponential_jitter,
)

from securetag.kernel.config import Settings
from securetag.kernel.errors import (
    ConfigError,
    DatabaseUnavailable,
    LeaseLost,
    PermanentTaskError,
    TaskError,
    TaskYield,
)
from securetag.kernel.metrics import WorkerMetrics
from securetag.kernel.models import ClaimedTask, TaskState
from securetag.queue.handlers import HandlerRegistry, TaskContext
from securetag.queue.tasks import TaskQueue
from securetag.store import audit
from securetag.store.db import Database

log = logging.getLogger(__name__)

T = TypeVar("T")

NOTIFY_CHANNEL = "securetag_task"
# How often the watchdog looks for handlers past their deadline.
WATCHDOG_INTERVAL_S = 0.1


class _StopRetrying(Exception):
    """Raised inside the retry loop when the worker gives up on the database for good."""


@dataclass
class _Held:
    task: ClaimedTask
    ctx: TaskContext
    started: bool = False
    finishing: bool = False  # handed to the flusher or a finishing statement
    lost_at: float | None = None  # when the heartbeat found the lease lost (monotonic)


@dataclass
class _Slot:
    """One slot thread and what it is doing; the watchdog may abandon it."""

    name: str
    thread: threading.Thread | None = None
    running: _Held | None = None  # the task whose handler runs now
    waiting: list[ClaimedTask] | None = None  # the rest of its batch, not started yet
    abandoned: bool = False


class Worker:
    def __init__(
        self,
        settings: Settings,
        db: Database,
        registry: HandlerRegistry,
        *,
        types: Sequence[str] | None = None,
        concurrency: int | None = None,
        metrics: WorkerMetrics | None = None,
    ) -> None:
        self.settings = settings
        self.metrics = metrics
        self.db = db
        self.queue = TaskQueue(db, settings)
        self.registry = registry
        self.types = list(types) if types else registry.types()
        unknown = [t for t in self.types if t not in registry]
        if unknown:
            raise ConfigError(
                f"no handler for task type(s) {', '.join(unknown)}; "
                f"known: {', '.join(registry.types())}"
            )
        self.concurrency = concurrency or settings.worker_concurrency
        self.claim_limit = max(settings.task_type(t).claim_batch for t in self.types)
        self.worker_id: UUID | None = None
        self.counters: Counter[str] = Counter()

        self._stopping = threading.Event()  # stop claiming, finish what is in hand
        self._aborted = threading.Event()  # grace period over: give up on in-flight work
        self._closed = threading.Event()  # background threads may exit
        self._lock = threading.Lock()
        self._held: dict[int, _Held] = {}
        self._done: list[tuple[int, UUID]] = []
        self._done_cv = threading.Condition(self._lock)
        self._wake_cv = threading.Condition()
        self._wake_generation = 0
        self._threads: list[threading.Thread] = []
        self._slots: list[_Slot] = []
        self._slot_count = 0
        self._last_reap = 0.0
        self._last_anchor: float | None = None

    # ------------------------------------------------------------------ lifecycle

    def request_stop(self) -> None:
        """First call: stop claiming and drain. Second call: give up on in-flight tasks now.

        Called from signal handlers, so it only sets events: taking a lock here
        could deadlock against the interrupted main thread. `run()` wakes the
        other threads once it sees the event.
        """
        if self._stopping.is_set():
            self._aborted.set()
        self._stopping.set()

    def run(self) -> None:
        """Block until request_stop() and the shutdown sequence has finished."""
        self.worker_id = self._with_db(
            lambda: self.db.scalar(
                "register_worker",
                host=socket.gethostname(),
                pid=os.getpid(),
                types=self.types,
                concurrency=self.concurrency,
            ),
            until=self._stopping,
        )
        if self.worker_id is None:
            return
        log.info(
            "worker started",
            extra={
                "worker_id": str(self.worker_id),
                "types": self.types,
                "concurrency": self.concurrency,
            },
        )
        self._start(self._listen_loop, "listener")
        self._start(self._flush_loop, "flusher")
        self._start(self._heartbeat_loop, "heartbeat")
        self._start(self._watchdog_loop, "watchdog")
        for _ in range(self.concurrency):
            self._start_slot()

        self._stopping.wait()
        self._wake_all()  # idle slots see the stop now, not at their next poll
        self._shutdown()

    def _start(self, target: Callable[[], None], name: str) -> threading.Thread:
        thread = threading.Thread(target=target, name=f"securetag-{name}", daemon=True)
        thread.start()
        self._threads.append(thread)
        return thread

    def _start_slot(self) -> None:
        with self._lock:
            slot = _Slot(f"slot-{self._slot_count}")
            self._slot_count += 1
            self._slots.append(slot)
        slot.thread = self._start(lambda: self._slot_loop(slot), slot.name)

    def _live_slots(self) -> list[_Slot]:
        with self._lock:
            return [s for s in self._slots if not s.abandoned]

    def _shutdown(self) -> None:
        log.info(
            "worker stopping", extra={"worker_id": str(self.worker_id), "in_hand": len(self._held)}
        )
        self._with_db(lambda: self._set_state("stopping"), until=self._aborted, quiet=True)
        deadline = time.monotonic() + self.settings.shutdown_grace_s
        while (
            any(s.thread is not None and s.thread.is_alive() for s in self._live_slots())
            and time.monotonic() < deadline
        ):
            if self._aborted.wait(0.02):  # a second signal ends the grace period
                break
        self._aborted.set()

        # Commit what finished, then hand back whatever is still in hand.
        self._flush_completions()
        with self._lock:
            leftovers = [h for h in self._held.values() if not h.finishing]
            for held in leftovers:
                held.ctx.lease_lost = True
                del self._held[held.task.id]
        if leftovers:
            released = (
                self._with_db(
                    lambda: self.queue.release(
                        self.worker_id,
                        [(h.task.id, h.task.claim_token, h.started) for h in leftovers],
                    ),
                    attempts=5,
                )
                or set()
            )
            self._count("released", len(released))
            log.warning(
                "released unfinished tasks to the queue",
                extra={"task_ids": sorted(released), "worker_id": str(self.worker_id)},
            )
        self._closed.set()
        self._wake_all()
        with self._done_cv:
            self._done_cv.notify_all()
        slot_threads = {s.thread for s in self._slots}
        for thread in self._threads:
            if thread not in slot_threads:
                thread.join(timeout=2.0)
        self._with_db(lambda: self._set_state("stopped"), attempts=5)
        log.info(
            "worker stopped",
            extra={"worker_id": str(self.worker_id), "counters": dict(self.counters)},
        )

    def _count(self, name: str, n: int, task_type: str | None = None) -> None:
        with self._lock:
            self.counters[name] += n
        if self.metrics is not None and task_type is not None and n:
            self.metrics.count(task_type, name, n)

    def _set_state(self, state: str) -> None:
        self.db.run(
            "set_worker_state", id=self.worker_id, state=state, tasks_in_hand=len(self._held)
        )

    # ------------------------------------------------------------------ database calls

    def _with_db(
        self,
        call: Callable[[], T],
        *,
        until: threading.Event | None = None,
        attempts: int | None = None,
        quiet: bool = False,
    ) -> T | None:
        """Run call, retrying while the database is unavailable.

        Gives up (returns None) when `until` is set or after `attempts` tries.
        """
        stop_event = until or self._aborted

        def stop(state: RetryCallState) -> bool:
            return stop_event.is_set() or (
                attempts is not None and state.attempt_number >= attempts
            )

        def before_sleep(state: RetryCallState) -> None:
            if not quiet:
                exc = state.outcome.exception() if state.outcome else None
                log.warning(
                    "database unavailable; retrying",
                    extra={
                        "attempt": state.attempt_number,
                        "error": str(exc),
                        "reason": getattr(exc, "details", {}).get("reason"),
                    },
                )

        retrying = Retrying(
            retry=retry_if_exception_type(DatabaseUnavailable),
            wait=wait_exponential_jitter(multiplier=0.05, max=self.settings.db_retry_max_s),
            stop=stop,
            sleep=lambda s: stop_event.wait(s),
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            return retrying(call)
        except DatabaseUnavailable:
            return None

    # ------------------------------------------------------------------ slots

    def _slot_loop(self, slot: _Slot) -> None:
        idle_wait = self.settings.worker_poll_min_s
        while not self._stopping.is_set() and not slot.abandoned:
            generation = self._wake_generation
            tasks = self._with_db(
                lambda: self.queue.claim(self.worker_id, self.types, self.claim_limit),
                until=self._stopping,
            )
            if not tasks:
                self._wait_for_work(generation, idle_wait)
                idle_wait = min(idle_wait * 2, self.settings.worker_poll_max_s)
                continue
            idle_wait = self.settings.worker_poll_min_s
            # A batch holds one type; full means more of it may be waiting for idle slots.
            batch_size = min(self.claim_limit, self.settings.task_type(tasks[0].type).claim_batch)
            if len(tasks) >= batch_size:
                self._wake_one()
            for task_type, n in Counter(task.type for task in tasks).items():
                self._count("claimed", n, task_type)
            now = time.monotonic()
            with self._lock:
                for task in tasks:
                    ctx = TaskContext(task, now + task.timeout_s, self._aborted)
                    self._held[task.id] = _Held(task, ctx)
            for index, task in enumerate(tasks):
                with self._lock:
                    if slot.abandoned:
                        return  # the watchdog handed the rest of the batch back
                    if self._stopping.is_set():
                        slot.waiting = None
                        stopping = True
                    else:
                        stopping = False
                        held = self._held[task.id]
                        held.started = True
                        slot.running, slot.waiting = held, tasks[index + 1 :]
                if stopping:
                    self._release_unstarted(tasks[index:])
                    break
                self._execute(held)
                with self._lock:
                    if slot.abandoned:
                        return
                    slot.running = None
            with self._lock:
                slot.waiting = None

    def _wait_for_work(self, generation: int, timeout: float) -> None:
        with self._wake_cv:
            if self._wake_generation == generation and not self._stopping.is_set():
                self._wake_cv.wait(timeout)

    def _wake_all(self) -> None:
        with self._wake_cv:
            self._wake_generation += 1
            self._wake_cv.notify_all()

    def _wake_one(self) -> None:
        # One slot per signal: a slot that then claims a full batch wakes the
        # next, so a burst fans out while a single task wakes a single slot.
        with self._wake_cv:
            self._wake_generation += 1
            self._wake_cv.notify(1)

    def _release_unstarted(self, tasks: Sequence[ClaimedTask]) -> None:
        with self._lock:
            held = [self._held.pop(t.id) for t in tasks if t.id in self._held]
        released = (
            self._with_db(
                lambda: self.queue.release(
                    self.worker_id, [(h.task.id, h.task.claim_token, False) for h in held]
                ),
                attempts=5,
            )
            or set()
        )
        self._count("released", len(released))

    def _execute(self, held: _Held) -> None:
        task = held.task
        ctx = held.ctx
        handler = self.registry.get(task.type)
        started = time.monotonic()
        try:
            handler(task, ctx)
        except TaskYield:
            self._hand_back(held)
        except PermanentTaskError as exc:
            self._finish(held, "fail", str(exc) or type(exc).__name__)
        except TaskError as exc:
            self._finish(held, "retry", str(exc) or type(exc).__name__, exc.retry_after_s)
        except Exception as exc:
            log.exception("task handler crashed", extra={"task_id": task.id, "type": task.type})
            self._finish(held, "retry", crash_summary(exc))
        else:
            if self.metrics is not None:
                self.metrics.observe_duration(task.type, time.monotonic() - started)
            if ctx.lease_lost:
                self._drop(held, "succeeded")
                return
            with self._done_cv:
                held.finishing = True
                self._done.append((task.id, task.claim_token))
                if len(self._done) == 1:
                    self._done_cv.notify()

    def _finish(self, held: _Held, how: str, error: str, delay_s: float | None = None) -> None:
        task = held.task
        if held.ctx.lease_lost:
            self._drop(held, how)
            return
        held.finishing = True

        def call() -> TaskState:
            if how == "fail":
                self.queue.fail(task.id, task.claim_token, error)
                return TaskState.FAILED
            return self.queue.retry(task.id, task.claim_token, error, delay_s=delay_s)

        try:
            state = self._with_db(call)
        except LeaseLost:
            self._drop(held, how)
            return
        with self._lock:
            self._held.pop(task.id, None)
        if state is not None:
            self._count("failed" if state == TaskState.FAILED else "retried", 1, task.type)
            log.info(
                "task attempt failed",
                extra={
                    "task_id": task.id,
                    "type": task.type,
                    "state": str(state),
                    "error": error[:500],
                },
            )

    def _hand_back(self, held: _Held) -> None:
        """A handler yielded its slot: back to the queue behind the waiting work, attempt
        not counted (`release_tasks` as for a task that never started)."""
        task = held.task
        if held.ctx.lease_lost:
            self._drop(held, "yielded")
            return
        held.finishing = True
        released = self._with_db(
            lambda: self.queue.release(self.worker_id, [(task.id, task.claim_token, False)])
        )
        with self._lock:
            self._held.pop(task.id, None)
        if released is not None and task.id not in released:
            self._count("lease_lost", 1, task.type)
            return
        self._count("yielded", 1, task.type)

    def _drop(self, held: _Held, outcome: str) -> None:
        with self._lock:
            self._held.pop(held.task.id, None)
        self._count("lease_lost", 1, held.task.type)
        log.warning(
            "lease lost; result dropped",
            extra={"task_id": held.task.id, "type": held.task.type, "outcome": outcome},
        )

    # ------------------------------------------------------------------ flusher

    def _flush_loop(self) -> None:
        interval = self.settings.worker_flush_interval_s
        while not self._closed.is_set():
            with self._done_cv:
                self._done_cv.wait_for(lambda: self._done or self._closed.is_set(), timeout=1.0)
                if not self._done:
                    continue
                full = len(self._done) >= self.claim_limit
            if not full and not self._stopping.is_set():
                # Let the rest of a claimed batch finish so one statement commits it all.
                time.sleep(interval)
            self._flush_completions()

    def _flush_completions(self) -> None:
        with self._done_cv:
            batch, self._done = self._done, []
        if not batch:
            return
        accepted = self._with_db(lambda: self.queue.complete_many(batch))
        if accepted is None:
            # Aborted while the database was down: these stay `running` and the
            # reaper will retry them after their lease expires.
            with self._lock:
                for task_id, _ in batch:
                    self._held.pop(task_id, None)
            return
        with self._lock:
            types = {
                task_id: self._held.pop(task_id).task.type
                for task_id, _ in batch
                if task_id in self._held
            }
        for task_type, n in Counter(types.get(task_id) for task_id in accepted).items():
            self._count("succeeded", n, task_type)
        lost = len(batch) - len(accepted)
        if lost:
            self._count("lease_lost", lost)
            log.warning(
                "lease lost; completions dropped",
                extra={"task_ids": sorted({t for t, _ in batch} - accepted)[:50]},
            )

    # ------------------------------------------------------------------ listener

    def _listen_loop(self) -> None:
        backoff = 0.05
        wanted = set(self.types)
        while not self._closed.is_set():
            try:
                listener = self.db.listener([NOTIFY_CHANNEL])
            except DatabaseUnavailable:
                self._closed.wait(backoff)
                backoff = min(backoff * 2, self.settings.db_retry_max_s)
                continue
            backoff = 0.05
            # Work may have been enqueued while we were not listening.
            self._wake_all()
            try:
                while not self._closed.is_set():
                    notes = listener.wait(0.5)
                    if any(n.payload in wanted for n in notes):
                        self._wake_one()
            except DatabaseUnavailable:
                log.warning("lost the LISTEN connection; reconnecting")
            finally:
                listener.close()

    # ------------------------------------------------------------------ heartbeat and reaper

    def _heartbeat_loop(self) -> None:
        interval = self.settings.heartbeat_interval_s
        wait = interval
        while not self._closed.wait(wait):
            try:
                self._beat()
                wait = interval
                if time.monotonic() - self._last_reap >= self.settings.reap_interval_s:
                    self._last_reap = time.monotonic()
                    self.queue.reap()
                self._log_audit_anchor()
            except DatabaseUnavailable as exc:
                # Try again soon: every missed beat eats into the lease.
                wait = min(interval, 0.25)
                log.warning(
                    "heartbeat failed: database unavailable",
                    extra={"error": exc.message, "reason": exc.details.get("reason")},
                )
            except Exception:
                log.exception("heartbeat failed")

    def _log_audit_anchor(self) -> None:
        """Log the audit chain's head now and then: a copy in the logs, which whoever can
        rewrite the database cannot rewrite, that `securetag audit verify --anchor-file`
        holds the chain to (unsigned: the workers do not hold the audit key)."""
        interval = self.settings.audit_anchor_interval_s
        now = time.monotonic()
        if not interval or (self._last_anchor is not None and now - self._last_anchor < interval):
            return
        self._last_anchor = now
        head = audit.read_head(self.db)
        log.info("audit anchor", extra={"anchor": head.text, "worker_id": str(self.worker_id)})

    def _beat(self) -> None:
        with self._lock:
            snapshot = [(h.task.id, h.task.claim_token) for h in self._held.values()]
        still_held = self.queue.heartbeat(snapshot)
        with self._lock:
            for task_id, _token in snapshot:
                held = self._held.get(task_id)
                if task_id not in still_held and held is not None and not held.finishing:
                    # Cancelled, timed out or rescued: tell the handler, drop its result.
                    held.ctx.lease_lost = True
                    if held.lost_at is None:
                        held.lost_at = time.monotonic()
            in_hand = len(self._held)
        self.db.run("heartbeat_worker", id=self.worker_id, tasks_in_hand=in_hand)

    # ------------------------------------------------------------------ watchdog

    def _watchdog_loop(self) -> None:
        grace = self.settings.task_kill_grace_s
        while not self._closed.wait(WATCHDOG_INTERVAL_S):
            if self._aborted.is_set():
                continue  # shutdown hands in-flight tasks back itself
            now = time.monotonic()
            with self._lock:
                overdue = [
                    slot
                    for slot in self._slots
                    if not slot.abandoned
                    and slot.running is not None
                    and _overdue(slot.running, now, grace)
                ]
            for slot in overdue:
                try:
                    self._abandon(slot)
                except Exception:
                    log.exception("watchdog failed to free a slot", extra={"slot": slot.name})

    def _abandon(self, slot: _Slot) -> None:
        """Free a slot whose handler did not stop: time the task out, hand the rest back."""
        with self._lock:
            held = slot.running
            if slot.abandoned or held is None or held.finishing:
                return
            slot.abandoned = True
            held.ctx.lease_lost = True  # whatever the handler returns later is dropped
            self._held.pop(held.task.id, None)
            rest = [t for t in slot.waiting or [] if t.id in self._held]
        task = held.task
        if not self._stopping.is_set():
            self._start_slot()
        self._count("abandoned", 1, task.type)
        log.warning(
            "handler ran past its deadline; slot freed, handler abandoned",
            extra={
                "task_id": task.id,
                "type": task.type,
                "timeout_s": task.timeout_s,
                "slot": slot.name,
                "lease_lost": held.lost_at is not None,
            },
        )
        if held.lost_at is None:
            try:
                state = self._with_db(lambda: self.queue.time_out(task.id, task.claim_token))
            except LeaseLost:
                state = None  # the reaper or a cancel got there first
            if state is not None:
                self._count("timed_out", 1, task.type)
        if rest:
            self._release_unstarted(rest)


def _overdue(held: _Held, now: float, grace: float) -> bool:
    """Still running `grace` seconds after its deadline, or after its lease was lost."""
    if held.finishing:
        return False
    if now >= held.ctx.deadline + grace:
        return True
    return held.lost_at is not None and now >= held.lost_at + grace


def crash_summary(exc: BaseException) -> str:
    """What task.last_error keeps of a handler's unexpected exception: its type and where
    it was raised, not its message.

    The message of an exception nobody designed (a KeyError, a UnicodeDecodeError, a
    library's own) may quote tenant data, and task rows are plain text in WAL and backups;
    the worker's log has the message and the traceback.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return f"{type(exc).__name__} (message in the worker log)"
    last = frames[-1]
    where = f"{os.path.basename(last.filename)}:{last.lineno} in {last.name}"
    return f"{type(exc).__name__} at {where} (message in the worker log)"
