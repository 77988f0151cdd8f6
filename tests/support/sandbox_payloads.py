"""Hostile programs for the sandbox tests, run as `python /input/sandbox_payloads.py NAME ...`.

The tests copy this file into the scan input, as a tenant's upload would arrive, and run
it with the sandbox's Python.  Standard library only; nothing runs on import.  Failures
are printed to stderr the way a real tool would print them, because that is where the
sandbox looks for limit markers; facts the tests assert on go to stdout as JSON.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
import subprocess
import sys
import time

ONE_MIB = 1 << 20
SLEEP_FOREVER_S = 300


def _report_error(exc: BaseException) -> str:
    message = f"{type(exc).__name__}: {exc}"
    print(message, file=sys.stderr, flush=True)
    return message


def connect(*targets: str) -> None:
    """Try TCP connections to host:port targets; print what happened to each."""
    outcome = {}
    for target in targets:
        host, port = target.rsplit(":", 1)
        try:
            with socket.create_connection((host, int(port)), timeout=3):
                outcome[target] = "connected"
        except OSError as exc:
            outcome[target] = _report_error(exc)
    print(json.dumps(outcome))


def write_outside(*paths: str) -> None:
    """Try to create each path; print which writes succeeded."""
    outcome = {}
    for path in paths:
        try:
            with open(path, "w") as handle:
                handle.write("escaped")
            outcome[path] = "written"
        except OSError as exc:
            outcome[path] = _report_error(exc)
    print(json.dumps(outcome))


def fork_bomb(token: str) -> None:
    """Fork without end; the original process gives up at its first refused fork.

    `token` is unused here: it marks the command line every copy inherits.
    """
    original = os.getpid()
    while True:
        try:
            os.fork()
        except OSError as exc:
            _report_error(exc)
            os._exit(1 if os.getpid() == original else 0)


def memory_bomb() -> None:
    hoard = []
    while True:
        hoard.append(bytearray(16 * ONE_MIB))


def cpu_loop() -> None:
    while True:
        pass


def big_file(path: str, size_mib: str) -> None:
    chunk = b"\0" * ONE_MIB
    with open(path, "wb") as handle:
        for _ in range(int(size_mib)):
            handle.write(chunk)
    print(json.dumps({"written_mib": int(size_mib)}))


def fd_exhaustion() -> None:
    handles = []
    while True:
        handles.append(open(os.devnull))  # noqa: SIM115 - holding them open is the point


def _start_daemon(token: str) -> None:
    """A detached process (own session) that outlives us; returns once it runs."""
    ready_read, ready_write = os.pipe()
    program = "import os, sys, time; os.write(int(sys.argv[1]), b'r'); time.sleep(int(sys.argv[3]))"
    subprocess.Popen(
        [sys.executable, "-c", program, str(ready_write), token, str(SLEEP_FOREVER_S)],
        pass_fds=(ready_write,),
        start_new_session=True,
    )
    os.close(ready_write)
    os.read(ready_read, 1)


def leave_daemon(token: str) -> None:
    """Exit at once, leaving a running daemon behind."""
    _start_daemon(token)
    print("daemon-ready", flush=True)


def sleep_with_grandchild(token: str) -> None:
    """Start a detached grandchild, then sleep past any timeout."""
    _start_daemon(token)
    print("grandchild-ready", flush=True)
    time.sleep(SLEEP_FOREVER_S)


def identity() -> None:
    """Who the tool runs as, what it may see of its environment, and its limits."""
    limits = {
        name: resource.getrlimit(getattr(resource, name))
        for name in ("RLIMIT_CPU", "RLIMIT_AS", "RLIMIT_FSIZE", "RLIMIT_NOFILE", "RLIMIT_NPROC")
    }
    facts = {
        "uid": os.getuid(),
        "gid": os.getgid(),
        "groups": os.getgroups(),
        "env": dict(os.environ),
        "cwd": os.getcwd(),
        "limits": limits,
    }
    print(json.dumps(facts))


def read_file(path: str) -> None:
    with open(path) as handle:
        print(handle.read(), end="")


def flood_stdout(size_mib: str) -> None:
    sys.stdout.buffer.write(b"x" * (int(size_mib) * ONE_MIB))
    sys.stdout.flush()
    print("done", file=sys.stderr)


def kill_self() -> None:
    os.kill(os.getpid(), signal.SIGTERM)


PAYLOADS = {
    "connect": connect,
    "write_outside": write_outside,
    "fork_bomb": fork_bomb,
    "memory_bomb": memory_bomb,
    "cpu_loop": cpu_loop,
    "big_file": big_file,
    "fd_exhaustion": fd_exhaustion,
    "leave_daemon": leave_daemon,
    "sleep_with_grandchild": sleep_with_grandchild,
    "identity": identity,
    "read_file": read_file,
    "flood_stdout": flood_stdout,
    "kill_self": kill_self,
}

if __name__ == "__main__":
    PAYLOADS[sys.argv[1]](*sys.argv[2:])
