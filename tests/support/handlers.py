"""Task handlers for tests, loaded by workers with `--handlers tests.support.handlers`.

Each writes what it did to a file named in its payload, so a test can see
exactly which process ran which attempt under which claim token.
"""

from __future__ import annotations

import os
import time

from securetag.kernel.errors import PermanentTaskError, TaskError
from securetag.kernel.models import ClaimedTask
from securetag.queue.handlers import HandlerRegistry, TaskContext


def register(registry: HandlerRegistry) -> None:
    registry.register("test.record", record)
    registry.register("test.sleep", sleep)
    registry.register("test.fail", fail)


def _append(path: str, task: ClaimedTask, event: str) -> None:
    line = f"{task.id} {task.attempts} {os.getpid()} {task.claim_token} {event}\n"
    # O_APPEND writes of one short line are atomic across processes.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


def record(task: ClaimedTask, ctx: TaskContext) -> None:
    _append(task.payload["path"], task, "ran")


def sleep(task: ClaimedTask, ctx: TaskContext) -> None:
    """Sleep payload["seconds"].

    "stubborn" ignores stop requests; "first_attempt_only" sleeps on attempt 1 only.
    """
    path = task.payload.get("path")
    if path:
        _append(path, task, "start")
    seconds = float(task.payload.get("seconds", 1.0))
    if task.payload.get("first_attempt_only") and task.attempts > 1:
        seconds = 0.0
    if task.payload.get("stubborn"):
        time.sleep(seconds)
    elif not ctx.sleep(seconds):
        if path:
            _append(path, task, "stopped")
        raise TaskError("stopped early")
    if path:
        _append(path, task, "end")


def fail(task: ClaimedTask, ctx: TaskContext) -> None:
    mode = task.payload.get("mode", "retry")
    if mode == "permanent":
        raise PermanentTaskError("payload can never succeed")
    if mode == "crash":
        raise RuntimeError("handler bug")
    if mode == "retry_after":
        raise TaskError("come back later", retry_after_s=float(task.payload["seconds"]))
    raise TaskError(f"transient failure on attempt {task.attempts}")


def read_records(path: str) -> list[tuple[int, int, int, str, str]]:
    """(task_id, attempt, pid, claim_token, event) per line."""
    if not os.path.exists(path):
        return []
    out = []
    with open(path) as handle:
        for line in handle:
            task_id, attempt, pid, token, event = line.split()
            out.append((int(task_id), int(attempt), int(pid), token, event))
    return out
