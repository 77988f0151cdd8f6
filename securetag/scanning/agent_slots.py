"""What a scan's agents share while they run side by side: CPUs and sandbox uids.

CPUs: a scan may keep `SECURETAG_SCAN_CPUS` CPUs busy. Each CPU-heavy agent holds one
while it runs (a `parallel` one, Semgrep, holds as many as it is given `--jobs`); an
agent that mostly waits (the web checks) holds none. Agents start in registry order as
CPUs free up, so with one CPU they run one after another, as they always did.

Uids: RLIMIT_NPROC counts every process and thread of a uid on the host, so agents
running at once under one uid would share one process budget, and Semgrep's threads
could use up what Bandit needs to start. A root worker therefore hands each agent of a
scan a uid of its own, and the scan one group, the only group that may read its source
tree: each agent runs as (its uid, the scan's gid) with no supplementary groups. A slot
of the pool is a block of uids, one per agent; the block's first number is the group.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from securetag.scanning.agent import Agent


@dataclass(frozen=True)
class SandboxIds:
    """The ids one scan's agents run as."""

    gid: int  # the group that alone (besides the worker) may read the scan's tree
    uids: tuple[int, ...]  # one per agent of the scan, by its place in registry order


class UidPool:
    """One block of sandbox uids per concurrently running scan (one uid per agent)."""

    def __init__(self, first: int, scans: int, agents_per_scan: int) -> None:
        self._per_scan = max(1, agents_per_scan)
        self._free = [first + slot * self._per_scan for slot in range(scans)]
        self._lock = threading.Condition()

    @contextmanager
    def ids(self) -> Iterator[SandboxIds]:
        with self._lock:
            while not self._free:
                self._lock.wait()
            start = self._free.pop()
        try:
            yield SandboxIds(start, tuple(range(start, start + self._per_scan)))
        finally:
            with self._lock:
                self._free.append(start)
                self._lock.notify()


def cpu_shares(agents: Sequence[Agent], budget: int) -> list[int]:
    """How many of the scan's `budget` CPUs each agent holds while it runs.

    Single-threaded heavy agents take one each; a parallel agent gets what they leave
    (split among parallel agents), at least one, so that on a small budget it runs
    beside the others rather than before them: Semgrep on one core beside Bandit and
    detect-secrets on the other finishes sooner than Semgrep on two followed by them.
    """
    budget = max(1, budget)
    serial = sum(1 for agent in agents if agent.cpu_heavy and not agent.parallel)
    parallel = sum(1 for agent in agents if agent.cpu_heavy and agent.parallel)
    spread = max(1, (budget - serial) // parallel) if parallel else 1
    return [
        (min(spread, budget) if agent.parallel else 1) if agent.cpu_heavy else 0 for agent in agents
    ]
