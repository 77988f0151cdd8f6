"""The bubblewrap command line: namespaces, read-only binds, tmpfs caps, root-private paths."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import securetag
from securetag.scanning.sandbox.errors import SandboxUnavailable
from securetag.scanning.sandbox.layout import (
    SANDBOX_HOME,
    SANDBOX_INPUT_DIR,
    SANDBOX_TMP,
    SANDBOX_WORK_DIR,
    is_under,
)
from securetag.scanning.sandbox.profile import SandboxProfile
from securetag.scanning.sandbox.request import RunRequest

SANDBOX_HOSTNAME = "securetag-sandbox"
SANDBOX_ENV_SWITCH = "SECURETAG_SANDBOX"
SHM_BYTES = 16 << 20

# The tmpfs that re-exposes a root-private parent directory only holds empty mount points.
EXPOSE_TMPFS_OPTIONS = "mode=0755,size=1m"

# System paths the sandbox sees read-only.  /etc/ssl is public data, and semgrep's OCaml
# core refuses to start without a CA bundle even when it never opens a connection.
SYSTEM_RO_DIRS = ("/usr",)
SYSTEM_TOP_LEVEL_LINKS = ("/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32")
SYSTEM_RO_ETC = (
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/localtime",
    "/etc/ssl",
    "/etc/ca-certificates",
)
NETWORK_RO_ETC = (
    "/etc/resolv.conf",
    "/etc/hosts",
    "/etc/gai.conf",
    "/etc/host.conf",
    "/etc/nsswitch.conf",
)


def _can_enter(path: str, uid: int, gid: int) -> bool:
    info = os.stat(path)
    if info.st_uid == uid:
        return bool(info.st_mode & stat.S_IXUSR)
    if info.st_gid == gid:
        return bool(info.st_mode & stat.S_IXGRP)
    return bool(info.st_mode & stat.S_IXOTH)


def _hidden_parent(path: str, uid: int, gid: int) -> str | None:
    """The outermost ancestor of `path` the uid cannot enter, if any."""
    parts = Path(path).parts
    for depth in range(1, len(parts)):
        ancestor = str(Path(*parts[:depth]))
        if not _can_enter(ancestor, uid, gid):
            return ancestor
    return None


def exposures(paths: Iterable[str], uid: int | None, gid: int | None) -> list[list[Any]]:
    if uid is None or gid is None:
        return []
    grouped: dict[str, list[str]] = {}
    for path in sorted(set(paths), key=len):
        hidden = _hidden_parent(path, uid, gid)
        # A path inside one already exposed is visible through it; binding it again would
        # create its mount point in the real directory, on the host.
        if hidden is not None and not is_under(path, grouped.get(hidden, [])):
            grouped.setdefault(hidden, []).append(path)
    return [[hidden, found] for hidden, found in sorted(grouped.items())]


def runtime_dirs(profile: SandboxProfile) -> list[str]:
    """Host directories the tool and the supervisor need: Python runtime, venv, our code.

    Our own package is bound so that `python -m securetag.scanning.agents.web` imports.
    """
    wanted = [
        sys.base_prefix,
        sys.prefix,
        os.path.dirname(os.path.realpath(sys.executable)),
        str(Path(securetag.__file__).resolve().parent),
        os.path.dirname(profile.executable),
        os.path.dirname(os.path.realpath(profile.executable)),
        *profile.runtime_dirs,
    ]
    chosen: list[str] = []
    for path in sorted({os.path.abspath(p) for p in wanted}, key=len):
        if not is_under(path, [*SYSTEM_RO_DIRS, *chosen]):
            chosen.append(path)
    return chosen


def bwrap_options(request: RunRequest, runtime_paths: list[str]) -> list[str]:
    profile, input_dir = request.profile, request.input_dir
    options = ["--unshare-all", "--unshare-user", "--disable-userns"]
    if profile.network:
        options.append("--share-net")
    # --as-pid-1: our supervisor is the namespace's init (see child_programs.supervisor_main),
    # and bwrap waits for it, so the rusage of everything in the sandbox reaches the host's wait4.
    options += ["--die-with-parent", "--new-session", "--as-pid-1"]
    options += ["--hostname", SANDBOX_HOSTNAME]
    options.append("--clearenv")
    for name, value in sorted(request.env.items()):
        options += ["--setenv", name, value]
    # The work tmpfs comes first: host paths that happen to live under /work (such as a
    # checkout in /work/main) are then bound on top of it instead of being hidden by it.
    options += ["--size", str(profile.tmpfs_bytes), "--tmpfs", SANDBOX_WORK_DIR]
    options += ["--dir", SANDBOX_HOME, "--dir", SANDBOX_TMP, "--dir", "/tmp"]
    for path in SYSTEM_RO_DIRS:
        options += ["--ro-bind", path, path]
    for path in SYSTEM_TOP_LEVEL_LINKS:
        if os.path.islink(path):
            options += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            options += ["--ro-bind", path, path]
    etc = SYSTEM_RO_ETC + (NETWORK_RO_ETC if profile.network else ())
    for path in etc:
        options += ["--ro-bind-try", path, path]
    for path in runtime_paths:
        options += ["--ro-bind", path, path]
    if input_dir is not None:
        options += ["--ro-bind", str(input_dir), SANDBOX_INPUT_DIR]
    options += ["--proc", "/proc", "--dev", "/dev"]
    # Python's multiprocessing (detect-secrets uses it) needs a writable /dev/shm for its
    # semaphores; a small tmpfs of its own keeps that from becoming uncapped memory.
    options += ["--size", str(SHM_BYTES), "--tmpfs", "/dev/shm"]
    # Without these, bwrap's root and /dev are writable, RAM-backed and uncapped.
    options += ["--remount-ro", "/", "--remount-ro", "/dev", "--chdir", request.cwd]
    return options


def find_bwrap() -> str:
    """The bwrap executable, or SandboxUnavailable naming the package to install."""
    found = shutil.which("bwrap")
    if found is None:
        raise SandboxUnavailable(
            "bubblewrap (bwrap) is not installed, so scanners cannot be isolated. "
            "Install the Debian package `bubblewrap` (apt-get install bubblewrap), or set "
            f"{SANDBOX_ENV_SWITCH}=off to run tools WITHOUT isolation (not for untrusted code).",
            details={"package": "bubblewrap", "escape_hatch": f"{SANDBOX_ENV_SWITCH}=off"},
        )
    return found


@contextmanager
def memfd_with(args: list[str]) -> Iterator[int]:
    # bwrap reads its options from this fd (--args): environment values handed to the tool
    # never show up in the host's process list.
    fd = os.memfd_create("securetag-bwrap-args", 0)
    try:
        os.write(fd, b"".join(arg.encode() + b"\0" for arg in args))
        os.lseek(fd, 0, os.SEEK_SET)
        yield fd
    finally:
        os.close(fd)
