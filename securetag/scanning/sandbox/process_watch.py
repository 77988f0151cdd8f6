"""Spawning a run and watching it: output caps, the wall clock, reaping with rusage."""

from __future__ import annotations

import json
import os
import resource
import selectors
import signal
import subprocess
import time
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

# After the tool's process is gone, how long stdout/stderr may stay open.  Inside the
# sandbox they close at once (the pid namespace dies with the tool); without the sandbox a
# daemonised grandchild could hold them open forever.
OUTPUT_DRAIN_GRACE_S = 2.0
READ_CHUNK_BYTES = 65536
REPORT_CAP_BYTES = 1 << 20


@dataclass
class Capture:
    cap: int
    data: bytearray = field(default_factory=bytearray)
    truncated: bool = False

    def add(self, chunk: bytes) -> None:
        room = self.cap - len(self.data)
        if len(chunk) > room:
            self.truncated = True
        self.data += chunk[: max(room, 0)]


@dataclass
class Outcome:
    status: int
    rusage: resource.struct_rusage
    timed_out: bool
    stdout: Capture
    stderr: Capture
    report: bytes


def spawn(spawn_argv: list[str], pass_fds: tuple[int, ...]) -> subprocess.Popen[bytes]:
    # A new session makes the run its own process group, so a timeout can kill it whole.
    return subprocess.Popen(
        spawn_argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={},
        pass_fds=pass_fds,
        start_new_session=True,
    )


def collect(
    process: subprocess.Popen[bytes], *, report_fd: int, timeout_s: float, output_cap: int
) -> Outcome:
    """Capture output until the run ends, enforce the wall clock, reap with rusage."""
    pid = process.pid
    assert process.stdout is not None and process.stderr is not None
    stdout, stderr = Capture(output_cap), Capture(output_cap)
    report = Capture(REPORT_CAP_BYTES)
    sinks = {process.stdout.fileno(): stdout, process.stderr.fileno(): stderr, report_fd: report}
    exited = os.pidfd_open(pid)
    timed_out = False
    reaped: tuple[int, resource.struct_rusage] | None = None
    try:
        with selectors.DefaultSelector() as selector:
            for fd in sinks:
                os.set_blocking(fd, False)
                selector.register(fd, selectors.EVENT_READ)
            selector.register(exited, selectors.EVENT_READ)
            deadline = time.monotonic() + timeout_s
            drain_until: float | None = None
            while selector.get_map():
                now = time.monotonic()
                if drain_until is not None and now >= drain_until:
                    break
                if drain_until is None and now >= deadline and not timed_out:
                    timed_out = True
                    os.killpg(pid, signal.SIGKILL)
                for key, _ in selector.select(timeout=_next_wait(now, deadline, drain_until)):
                    if key.fd == exited:
                        selector.unregister(exited)
                        # Still a zombie, so its process group id cannot have been reused:
                        # safe to kill whatever stayed in the group, then reap.
                        _kill_group(pid)
                        reaped = _reap(pid)
                        drain_until = time.monotonic() + OUTPUT_DRAIN_GRACE_S
                        continue
                    chunk = os.read(key.fd, READ_CHUNK_BYTES)
                    if chunk:
                        sinks[key.fd].add(chunk)
                    else:
                        selector.unregister(key.fd)
    finally:
        if reaped is None:
            _kill_group(pid)
            reaped = _reap(pid)
        os.close(exited)
        process.stdout.close()
        process.stderr.close()
        process.returncode = os.waitstatus_to_exitcode(reaped[0])
    return Outcome(reaped[0], reaped[1], timed_out, stdout, stderr, bytes(report.data))


def _next_wait(now: float, deadline: float, drain_until: float | None) -> float | None:
    if drain_until is not None:
        return max(drain_until - now, 0.0)
    if now >= deadline:
        return None  # killed: the pidfd says when it is gone
    return deadline - now


def _kill_group(pid: int) -> None:
    with suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def _reap(pid: int) -> tuple[int, resource.struct_rusage]:
    _, status, rusage = os.wait4(pid, 0)
    return status, rusage


def read_report(raw: bytes) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for line in raw.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            merged.update(entry)
    return merged
