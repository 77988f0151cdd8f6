"""Workers for tests: in a thread of the test process, or real `securetag worker` processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from securetag.kernel.config import Settings
from securetag.queue.handlers import HandlerRegistry, builtin_registry
from securetag.queue.worker import Worker
from securetag.store.db import Database
from tests.support import handlers as test_handlers
from tests.support.settings import settings_env

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")


def wait_for(predicate: Callable[[], T], timeout_s: float = 10.0, interval_s: float = 0.02) -> T:
    """Poll predicate until it returns something truthy; fail the test on timeout."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout_s}s")
        time.sleep(interval_s)


def registry_with_test_handlers() -> HandlerRegistry:
    registry = builtin_registry()
    test_handlers.register(registry)
    return registry


class ThreadWorker:
    """A Worker running in a background thread of the test process."""

    def __init__(self, settings: Settings, db: Database, **kwargs: Any) -> None:
        self.worker = Worker(settings, db, registry_with_test_handlers(), **kwargs)
        self.thread = threading.Thread(target=self.worker.run, daemon=True)

    def __enter__(self) -> Worker:
        self.thread.start()
        wait_for(lambda: self.worker.worker_id is not None)
        return self.worker

    def stop(self, timeout_s: float = 30.0) -> None:
        self.worker.request_stop()
        self.thread.join(timeout_s)
        assert not self.thread.is_alive(), "worker did not stop"

    def __exit__(self, *exc: object) -> None:
        if self.thread.is_alive():
            self.stop()


class WorkerProcess:
    """A real `securetag worker` process with the test handlers loaded."""

    def __init__(
        self,
        settings: Settings,
        *,
        types: Sequence[str] | None = None,
        concurrency: int = 4,
        log_path: Path | None = None,
        extra_env: dict[str, str] | None = None,
    ) -> None:
        args = [
            sys.executable,
            "-m",
            "securetag",
            "worker",
            "--handlers",
            "tests.support.handlers",
            "--concurrency",
            str(concurrency),
        ]
        if types:
            args += ["--types", ",".join(types)]
        env = {k: v for k, v in os.environ.items() if not k.startswith("SECURETAG_")}
        env.update(settings_env(settings))
        env.update(extra_env or {})
        self._log = open(log_path, "wb") if log_path else subprocess.DEVNULL  # noqa: SIM115
        self.proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=self._log, stderr=self._log)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def terminate(self, timeout_s: float = 30.0) -> int:
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout_s)
        finally:
            self._close_log()

    def kill9(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self._close_log()

    def _close_log(self) -> None:
        if self._log is not subprocess.DEVNULL:
            self._log.close()

    def __enter__(self) -> WorkerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.alive():
            self.proc.kill()
            self.proc.wait()
        self._close_log()
