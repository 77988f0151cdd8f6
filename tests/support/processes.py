"""What /proc says of a server: its main process and its direct children (Linux only)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path


def server_stats(root_pid: int) -> Iterator[list[str]]:
    """/proc/<pid>/stat fields after the command name, of root_pid and its direct children.

    gunicorn's workers and PostgreSQL's backends are direct children of their
    server's main process, so one level is the whole server. Field 0 is the state,
    1 the parent pid, 11 and 12 user and system CPU ticks, 21 the resident pages.
    """
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:  # gone meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(entry) == root_pid or int(fields[1]) == root_pid:
            yield fields


def server_cpu_s(root_pid: int) -> float:
    """CPU seconds (user + system) the server's processes have used so far."""
    ticks = sum(int(fields[11]) + int(fields[12]) for fields in server_stats(root_pid))
    return ticks / os.sysconf("SC_CLK_TCK")


def server_rss_kib(root_pid: int) -> int:
    """Resident memory of the server's processes, in KiB."""
    pages = sum(int(fields[21]) for fields in server_stats(root_pid))
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024
