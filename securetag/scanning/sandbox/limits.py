"""The rlimits a run gets, and the uid whose process budget it spends."""

from __future__ import annotations

import os

from securetag.kernel.errors import ConfigError
from securetag.scanning.sandbox.profile import SandboxProfile

DEFAULT_SANDBOX_UID = 65534  # 'nobody' on Debian; its group 'nogroup' is 65534 too


def rlimits(profile: SandboxProfile) -> list[tuple[str, int, int]]:
    return [
        # The soft limit sends SIGXCPU; the hard one, a second later, SIGKILL for a tool
        # that ignores SIGXCPU.
        ("RLIMIT_CPU", profile.cpu_s, profile.cpu_s + 1),
        ("RLIMIT_AS", profile.memory_bytes, profile.memory_bytes),
        ("RLIMIT_FSIZE", profile.file_size_bytes, profile.file_size_bytes),
        ("RLIMIT_NOFILE", profile.open_files, profile.open_files),
        ("RLIMIT_NPROC", profile.processes, profile.processes),
        # A core dump would write tool memory (tenant code) wherever the host puts cores.
        ("RLIMIT_CORE", 0, 0),
    ]


def sandbox_uid(uid: int | None, gid: int | None = None) -> tuple[int | None, int | None]:
    """(uid, gid) to switch to, or (None, None) to stay who we are.

    The gid is the uid's own number unless given: agents of one scan run side by side
    as uids of their own (a process budget each) in the one group that reads its tree.
    """
    if os.geteuid() == 0:
        target = DEFAULT_SANDBOX_UID if uid is None else uid
        if target == 0 or gid == 0:
            raise ConfigError("the sandbox uid must not be 0: root ignores RLIMIT_NPROC")
        return target, target if gid is None else gid
    if uid is not None and uid != os.getuid():
        raise ConfigError(f"cannot switch to uid {uid} without root; leave uid unset")
    return None, None
