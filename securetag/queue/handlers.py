"""Task handlers, registered per task type.

A handler is `handler(task, ctx) -> None`. Returning means success; raising
`TaskError` asks for a retry (with backoff, or `retry_after_s`), raising
`PermanentTaskError` fails the task for good, raising `TaskYield` hands the task
back to the queue behind the waiting work without counting the attempt (a handler
that works in turns), and any other exception is treated as a retryable crash. Long
handlers must watch `ctx.should_stop`.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Iterable

from securetag.kernel.errors import ConfigError
from securetag.kernel.models import ClaimedTask, TaskType

log = logging.getLogger(__name__)


class TaskContext:
    """What a running handler may ask of its worker.

    Plain attributes rather than Events: one is built per task, and a no-op
    task must cost microseconds. The heartbeat thread flips `lease_lost`.
    """

    __slots__ = ("deadline", "grace_over", "lease_lost", "task")

    def __init__(self, task: ClaimedTask, deadline: float, grace_over: threading.Event) -> None:
        self.task = task
        self.deadline = deadline  # time.monotonic() value after which the reaper rescues the task
        # Set when a stopping worker's grace period ends: in-flight tasks may
        # finish until then, after which they are handed back to the queue.
        self.grace_over = grace_over
        # Cancelled, timed out or rescued: the result will be dropped.
        self.lease_lost = False

    @property
    def should_stop(self) -> bool:
        """True when the result can no longer be used or the worker is shutting down."""
        return self.lease_lost or self.grace_over.is_set() or time.monotonic() >= self.deadline

    @property
    def remaining_s(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def sleep(self, seconds: float, *, step_s: float = 0.05) -> bool:
        """Sleep up to `seconds`, waking early when the handler should stop; True if slept fully."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if self.should_stop:
                return False
            self.grace_over.wait(min(step_s, left))
        return not self.should_stop


Handler = Callable[[ClaimedTask, TaskContext], None]


class HandlerRegistry:
    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}

    def register(self, task_type: str, handler: Handler) -> None:
        if task_type in self._handlers:
            raise ConfigError(f"a handler for task type {task_type!r} is already registered")
        self._handlers[task_type] = handler

    def get(self, task_type: str) -> Handler:
        return self._handlers[task_type]

    def types(self) -> list[str]:
        return sorted(self._handlers)

    def __contains__(self, task_type: str) -> bool:
        return task_type in self._handlers


def noop_handler(task: ClaimedTask, ctx: TaskContext) -> None:
    """Does nothing: for benchmarks and end-to-end health checks of the queue."""


def builtin_registry() -> HandlerRegistry:
    registry = HandlerRegistry()
    registry.register(TaskType.NOOP, noop_handler)
    return registry


def load_handler_modules(registry: HandlerRegistry, modules: Iterable[str]) -> None:
    """Import extra modules that each expose `register(registry)` (plugins, test handlers)."""
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            raise ConfigError(f"cannot import handler module {name!r}: {exc}") from exc
        register = getattr(module, "register", None)
        if not callable(register):
            raise ConfigError(f"handler module {name!r} has no register(registry) function")
        register(registry)
