"""Which limits a run hit or what the sandbox refused it, from its exit, signal and stderr."""

from __future__ import annotations

import enum
import re
import signal

from securetag.scanning.sandbox.profile import SandboxProfile


class Violation(enum.StrEnum):
    """Why a sandboxed run was stopped or what it tried that the sandbox refused."""

    TIMEOUT = "timeout"
    CPU_LIMIT = "cpu_limit"
    MEMORY_LIMIT = "memory_limit"
    FILE_SIZE_LIMIT = "file_size_limit"
    OPEN_FILES_LIMIT = "open_files_limit"
    PROCESS_LIMIT = "process_limit"
    NETWORK_BLOCKED = "network_blocked"
    WRITE_OUTSIDE_WORKDIR = "write_outside_workdir"
    WORKDIR_FULL = "workdir_full"
    LEFTOVER_PROCESSES = "leftover_processes"


# What a limit looks like on stderr, for the tools we run (CPython, OCaml, glibc, shells).
# Stderr is a heuristic: a tool may print these words for other reasons, so the result
# only reports them, it never decides anything else from them.
STDERR_MARKERS: tuple[tuple[Violation, str], ...] = (
    (Violation.CPU_LIMIT, r"CPU time limit exceeded"),
    (Violation.MEMORY_LIMIT, r"MemoryError|Cannot allocate memory|\[Errno 12\]"),
    (Violation.MEMORY_LIMIT, r"(?i:out of memory)|std::bad_alloc|memory exhausted"),
    (Violation.FILE_SIZE_LIMIT, r"File too large|\[Errno 27\]|File size limit exceeded"),
    (Violation.OPEN_FILES_LIMIT, r"Too many open files|\[Errno 24\]"),
    (Violation.PROCESS_LIMIT, r"Resource temporarily unavailable|\[Errno 11\]"),
    (Violation.PROCESS_LIMIT, r"[Cc]annot fork|fork: retry"),
    (Violation.WRITE_OUTSIDE_WORKDIR, r"Read-only file system|\[Errno 30\]"),
    (Violation.WRITE_OUTSIDE_WORKDIR, r"Permission denied: '/(?!work/)"),
    (Violation.WORKDIR_FULL, r"No space left on device|\[Errno 28\]|Disk quota exceeded"),
)
# Only meaningful when the profile has no network: with one, these are ordinary failures.
NETWORK_MARKERS: tuple[tuple[Violation, str], ...] = (
    (Violation.NETWORK_BLOCKED, r"Network is unreachable|\[Errno 101\]"),
    (Violation.NETWORK_BLOCKED, r"Connection refused|\[Errno 111\]"),
    (Violation.NETWORK_BLOCKED, r"Temporary failure in name resolution|\[Errno -3\]"),
)
SIGNAL_VIOLATIONS: dict[int, Violation] = {
    signal.SIGXCPU: Violation.CPU_LIMIT,
    signal.SIGXFSZ: Violation.FILE_SIZE_LIMIT,
}


def detect_violations(
    *,
    profile: SandboxProfile,
    exit_code: int,
    stderr: bytes,
    timed_out: bool,
    cpu_time_s: float,
    leftovers: list[str],
) -> list[Violation]:
    found: set[Violation] = set()
    if timed_out:
        found.add(Violation.TIMEOUT)
    if exit_code < 0:
        by_signal = SIGNAL_VIOLATIONS.get(-exit_code)
        if by_signal is not None:
            found.add(by_signal)
        if -exit_code == signal.SIGKILL and not timed_out and cpu_time_s >= profile.cpu_s:
            found.add(Violation.CPU_LIMIT)
    if leftovers:
        found.add(Violation.LEFTOVER_PROCESSES)
    text = stderr.decode("utf-8", "replace")
    markers = STDERR_MARKERS + (() if profile.network else NETWORK_MARKERS)
    found.update(violation for violation, pattern in markers if re.search(pattern, text))
    return [violation for violation in Violation if violation in found]


def signal_name(exit_code: int) -> str | None:
    if exit_code >= 0:
        return None
    try:
        return signal.Signals(-exit_code).name
    except ValueError:
        return f"signal {-exit_code}"
