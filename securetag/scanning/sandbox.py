"""Run one external tool under bubblewrap, rlimits, a wall-clock timeout and output caps.

How a run is put together (outermost first):

1. A *trampoline* (a few lines of stdlib Python, run with ``python -I -S``) sets the
   rlimits, and when we are root drops to an unprivileged uid (``setgroups([])``,
   ``setgid``, ``setuid``) before it execs bwrap.  The drop has to happen before bwrap
   because the kernel does not enforce RLIMIT_NPROC for a process that is really root,
   and rlimits set here bind bwrap and everything under it.
2. ``bwrap`` builds the sandbox: every namespace unshared (network shared only for a
   profile with ``network: true``; otherwise only a loopback of its own), no nested user
   namespaces, a read-only view of the system and the Python runtime, the input read-only
   at ``/input``, a size-capped tmpfs at ``/work`` (``HOME=/work/home``,
   ``TMPDIR=/work/tmp``), a cleared environment.  The only writable places are ``/work``
   and a 16 MiB ``/dev/shm`` (multiprocessing semaphores); both vanish with the run.
3. A *supervisor* (stdlib Python again) is pid 1 of the sandbox and the tool's parent.  It
   reports, over a pipe only it holds, how the tool ended (the exact signal) and which
   processes were still alive after the tool exited; it kills and reaps those, and when it
   exits the kernel ends the pid namespace.  A wall-clock timeout SIGKILLs bwrap, whose
   ``--die-with-parent`` takes the supervisor and so the whole namespace with it.

The caller prepares the input directory: it and everything in it must be readable by the
sandbox uid (directories 0755, files 0644 are enough).  Its parent directories may be
private to root: when root, the trampoline re-exposes such paths in a private mount
namespace of its own, which the host never sees.  The same mechanism exposes a Python
runtime installed under a private directory such as ``/root/.pyenv``.

RLIMIT_NPROC counts every process and thread of a uid on the host, so concurrent sandboxes
running as the same uid share one budget: give each concurrent worker slot its own uid
(the ``uid`` argument) so a fork bomb in one cannot starve another.  Without root the run
keeps the caller's uid, and the budget includes the caller's own processes and threads.
Call ``run_sandboxed`` from a thread that lives until it returns (it blocks anyway):
bwrap's parent-death signal follows the spawning thread.

Argument paths are sandbox paths (``/input/...``, ``/work/...``).  With the sandbox
disabled (``SECURETAG_SANDBOX=off``) arguments, ``--flag=value`` values and environment
values under those two roots are mapped onto the real input directory and a temporary
host work directory (the tool's cwd), unless the path exists on the host as written.  The
tool then runs with rlimits, timeout, output caps and a cleared environment, but without
any isolation: no uid switch, no namespaces, no tmpfs cap, and a grandchild that starts
its own session escapes the timeout kill.  Every such run logs a WARNING.

Only stdout and stderr come back from a run; the work directory is discarded.
"""

from __future__ import annotations

import enum
import inspect
import json
import logging
import os
import re
import resource
import selectors
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

import securetag
from securetag.kernel.errors import ConfigError, SecuretagError

logger = logging.getLogger(__name__)

SANDBOX_INPUT_DIR = "/input"
SANDBOX_WORK_DIR = "/work"
SANDBOX_HOME = "/work/home"
SANDBOX_TMP = "/work/tmp"
DEFAULT_SANDBOX_UID = 65534  # 'nobody' on Debian; its group 'nogroup' is 65534 too
SANDBOX_HOSTNAME = "securetag-sandbox"
SANDBOX_ENV_SWITCH = "SECURETAG_SANDBOX"

# After the tool's process is gone, how long stdout/stderr may stay open.  Inside the
# sandbox they close at once (the pid namespace dies with the tool); without the sandbox a
# daemonised grandchild could hold them open forever.
OUTPUT_DRAIN_GRACE_S = 2.0
READ_CHUNK_BYTES = 65536
REPORT_CAP_BYTES = 1 << 20

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

PROFILES_PACKAGE = "securetag.scanning.agents"
PROFILES_RESOURCE = "profiles.json"

_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


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


class SandboxUnavailable(ConfigError):
    """bubblewrap is not installed, so tools cannot be isolated."""

    code = "sandbox_unavailable"


class SandboxSetupError(ConfigError):
    """bwrap or the in-sandbox supervisor failed before the tool could start."""

    code = "sandbox_setup_failed"


class ExecutableNotAllowed(SecuretagError):
    """argv[0] is not the program the profile allows; nothing was run."""

    code = "sandbox_executable_not_allowed"


def _venv_bin_dir() -> Path:
    return Path(sys.executable).parent


def _tool_search_path() -> str:
    # The venv's own tools win over whatever else is on PATH: those are the versions
    # pyproject.toml pins.
    return os.pathsep.join([str(_venv_bin_dir()), os.environ.get("PATH", os.defpath)])


def resolve_executable(name: str) -> str:
    """Absolute path of a program: absolute paths as given, bare names via venv bin + PATH."""
    if "/" in name:
        path = os.path.abspath(name)
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            raise ValueError(f"{path} is not an executable file")
        return path
    found = shutil.which(name, path=_tool_search_path())
    if found is None:
        raise ValueError(f"{name!r} is not installed (looked in {_tool_search_path()})")
    return os.path.abspath(found)


class SandboxProfile(BaseModel):
    """What one agent's tool may do: its program, network, limits and environment."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    executable: str
    network: bool = False
    timeout_s: float = Field(gt=0)
    cpu_s: int = Field(gt=0)
    memory_bytes: int = Field(gt=0)
    file_size_bytes: int = Field(gt=0)
    open_files: int = Field(gt=0)
    processes: int = Field(gt=0)
    tmpfs_bytes: int = Field(gt=0)
    output_cap_bytes: int = Field(gt=0)
    env_allow: list[str] = Field(default_factory=list)
    env: dict[str, str] = Field(default_factory=dict)

    @field_validator("executable")
    @classmethod
    def _resolve(cls, value: str) -> str:
        return resolve_executable(value)

    @field_validator("env_allow", "env")
    @classmethod
    def _env_names(cls, names: list[str] | dict[str, str]) -> list[str] | dict[str, str]:
        bad = [name for name in names if not _ENV_NAME.match(name)]
        if bad:
            raise ValueError(f"not environment variable names: {bad}")
        return names

    def fixed_env(self) -> dict[str, str]:
        """The environment every run of this profile gets, before allowlist and extras."""
        base = {
            "HOME": SANDBOX_HOME,
            "TMPDIR": SANDBOX_TMP,
            "PATH": f"{_venv_bin_dir()}:/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        return base | self.env


def load_profiles(path: Path | str | None = None) -> dict[str, SandboxProfile]:
    """Read the profiles data file (default: the one shipped in securetag/scanning/agents).

    Executables are resolved here, so a missing tool is a ConfigError at start-up
    rather than a failed scan later.
    """
    try:
        if path is None:
            text = resources.files(PROFILES_PACKAGE).joinpath(PROFILES_RESOURCE).read_text()
            source = f"{PROFILES_PACKAGE}/{PROFILES_RESOURCE}"
        else:
            text = Path(path).read_text()
            source = str(path)
        raw = json.loads(text)["profiles"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        where = path or "package data"
        raise ConfigError(f"cannot read sandbox profiles from {where}: {exc}") from exc
    try:
        return {name: SandboxProfile(name=name, **fields) for name, fields in raw.items()}
    except ValidationError as exc:
        raise ConfigError(f"invalid sandbox profile in {source}: {exc}") from exc


@dataclass(frozen=True)
class SandboxResult:
    """Everything observable about one run; `exit_code` < 0 means killed by that signal."""

    argv: list[str]
    profile: str
    sandboxed: bool
    exit_code: int
    signal_name: str | None
    stdout: bytes
    stderr: bytes
    stdout_truncated: bool
    stderr_truncated: bool
    started_at: datetime
    finished_at: datetime
    duration_s: float
    cpu_time_s: float
    peak_rss_bytes: int
    timed_out: bool
    violations: list[Violation]
    reason: str
    leftover_processes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# Code that runs in other processes.  Each function is sent as source to
# `python -I -S -c`, so it may only use the standard library and must import inside.
# ---------------------------------------------------------------------------------------


def _trampoline_main() -> None:
    """Expose root-private paths, set rlimits, drop privileges, exec the next program."""
    import json
    import os
    import resource
    import sys

    spec = json.loads(sys.argv[1])

    if spec["expose"]:
        # A mount namespace of our own (bwrap inherits it; the host never sees it): a small
        # tmpfs covers each directory the sandbox uid cannot enter, and only the paths the
        # sandbox needs are bound back onto it, at their usual place.
        import ctypes

        clone_newns = 0x20000  # <sched.h> and <sys/mount.h>, which ctypes cannot read
        ms_nosuid, ms_nodev, ms_bind, ms_rec, ms_private = 0x2, 0x4, 0x1000, 0x4000, 0x40000
        libc = ctypes.CDLL(None, use_errno=True)

        def check(result: int, what: str) -> None:
            if result != 0:
                errno = ctypes.get_errno()
                raise OSError(errno, f"securetag trampoline: {what}: {os.strerror(errno)}")

        check(libc.unshare(clone_newns), "unshare(CLONE_NEWNS)")
        check(libc.mount(b"none", b"/", None, ms_rec | ms_private, None), "make / private")
        for hidden_parent, paths in spec["expose"]:
            handles = [os.open(path, os.O_PATH) for path in paths]  # before they are covered
            options = spec["expose_tmpfs_options"].encode()
            flags = ms_nosuid | ms_nodev
            check(libc.mount(b"tmpfs", hidden_parent.encode(), b"tmpfs", flags, options), "tmpfs")
            for path, handle in zip(paths, handles, strict=True):
                os.makedirs(path, mode=0o755, exist_ok=True)
                source = f"/proc/self/fd/{handle}".encode()
                check(libc.mount(source, path.encode(), None, ms_bind | ms_rec, None), path)
                os.close(handle)

    privileged = os.geteuid() == 0
    for name, soft, hard in spec["rlimits"]:
        limit = getattr(resource, name)
        _, current_hard = resource.getrlimit(limit)
        if not privileged and current_hard != resource.RLIM_INFINITY:
            hard = min(hard, current_hard)
            soft = min(soft, hard)
        resource.setrlimit(limit, (soft, hard))

    uid = spec["uid"]
    if uid is not None:
        os.setgroups([])
        os.setgid(spec["gid"])
        os.setuid(uid)
        if os.getuid() != uid or os.geteuid() != uid or os.getgroups():
            raise SystemExit("securetag trampoline: privilege drop did not stick")
    os.umask(0o022)
    if spec["cwd"]:
        os.chdir(spec["cwd"])
    argv = spec["argv"]
    os.execve(argv[0], argv, spec["env"])


def _supervisor_main() -> None:
    """Pid 1 of the sandbox: run the tool, reap everything, report how it ended.

    As the namespace's init it cannot be killed from inside the sandbox, and when it
    exits the kernel kills whatever is left there.
    """
    import contextlib
    import ctypes
    import json
    import os
    import resource
    import signal
    import sys

    report_fd = int(sys.argv[1])
    argv = sys.argv[2:]
    os.set_inheritable(report_fd, False)
    # Not dumpable: the tool (same uid) cannot open our report pipe via /proc/1/fd.
    ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE, 0
    report = os.fdopen(report_fd, "w", buffering=1)
    report.write(json.dumps({"started": True}) + "\n")
    try:
        child = os.posix_spawn(argv[0], argv, dict(os.environ))
    except OSError as exc:
        report.write(json.dumps({"spawn_error": f"{argv[0]}: {exc.strerror}"}) + "\n")
        raise SystemExit(127) from None
    status = None
    while status is None:  # orphans are ours to reap while the tool runs
        pid, any_status = os.waitpid(-1, 0)
        if pid == child:
            status = any_status

    leftovers = []
    # Only as pid 1 of the sandbox is /proc ours alone and kill(-1) confined to it;
    # without the sandbox (SECURETAG_SANDBOX=off) neither may happen.
    in_own_namespace = os.getpid() == 1
    for entry in os.listdir("/proc") if in_own_namespace else []:
        if not entry.isdigit() or entry == "1":
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat_file:
                proc_stat = stat_file.read()
        except OSError:
            continue
        state = proc_stat[proc_stat.rindex(")") + 2 :].split(" ", 1)[0]
        if state != "Z":
            leftovers.append(
                f"{entry} {proc_stat[proc_stat.index('(') + 1 : proc_stat.rindex(')')]}"
            )
    if in_own_namespace:
        # Unconditionally: a process forked while we scanned would otherwise keep the
        # reaping loop below waiting.  From init, -1 means every other process in here.
        with contextlib.suppress(ProcessLookupError):
            os.kill(-1, signal.SIGKILL)
    while True:  # reaped, their CPU time and memory count in the rusage the host sees
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    exit_code = os.waitstatus_to_exitcode(status)
    maxrss_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    final = {"exit_code": exit_code, "leftovers": leftovers, "children_maxrss_kib": maxrss_kib}
    report.write(json.dumps(final) + "\n")
    report.close()
    raise SystemExit(exit_code if exit_code >= 0 else 128 - exit_code)


def _python_program(function: Callable[[], None]) -> str:
    return f"{inspect.getsource(function)}\n{function.__name__}()\n"


# ---------------------------------------------------------------------------------------
# Building a run
# ---------------------------------------------------------------------------------------


def _rlimits(profile: SandboxProfile) -> list[tuple[str, int, int]]:
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


def _allowed_env(profile: SandboxProfile, extra_env: Mapping[str, str] | None) -> dict[str, str]:
    env = profile.fixed_env()
    env.update({name: os.environ[name] for name in profile.env_allow if name in os.environ})
    env.update(extra_env or {})
    return env


def _check_argv(argv: list[str], profile: SandboxProfile) -> list[str]:
    """argv with the profile's program as argv[0]; refuses any other program.

    Names and paths are compared by the file they lead to (`sh` and `/bin/sh` are one
    program on a merged-/usr system); what runs is always the profile's path.
    """
    if not argv:
        raise ExecutableNotAllowed(f"empty argv for profile {profile.name}")
    try:
        program = os.path.realpath(resolve_executable(argv[0]))
    except ValueError:
        program = None
    if program != os.path.realpath(profile.executable):
        raise ExecutableNotAllowed(
            f"profile {profile.name} only runs {profile.executable}, not {argv[0]}",
            details={"profile": profile.name, "argv0": argv[0]},
        )
    return [profile.executable, *argv[1:]]


def _sandbox_uid(uid: int | None) -> tuple[int | None, int | None]:
    """(uid, gid) to switch to, or (None, None) to stay who we are."""
    if os.geteuid() == 0:
        target = DEFAULT_SANDBOX_UID if uid is None else uid
        if target == 0:
            raise ConfigError("the sandbox uid must not be 0: root ignores RLIMIT_NPROC")
        return target, target
    if uid is not None and uid != os.getuid():
        raise ConfigError(f"cannot switch to uid {uid} without root; leave uid unset")
    return None, None


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


def _exposures(paths: Iterable[str], uid: int | None, gid: int | None) -> list[list[Any]]:
    if uid is None or gid is None:
        return []
    grouped: dict[str, list[str]] = {}
    for path in sorted(set(paths), key=len):
        hidden = _hidden_parent(path, uid, gid)
        # A path inside one already exposed is visible through it; binding it again would
        # create its mount point in the real directory, on the host.
        if hidden is not None and not _is_under(path, grouped.get(hidden, [])):
            grouped.setdefault(hidden, []).append(path)
    return [[hidden, found] for hidden, found in sorted(grouped.items())]


def _is_under(path: str, parents: Iterable[str]) -> bool:
    return any(path == parent or path.startswith(parent.rstrip("/") + "/") for parent in parents)


def _runtime_dirs(profile: SandboxProfile) -> list[str]:
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
    ]
    chosen: list[str] = []
    for path in sorted({os.path.abspath(p) for p in wanted}, key=len):
        if not _is_under(path, [*SYSTEM_RO_DIRS, *chosen]):
            chosen.append(path)
    return chosen


def _bwrap_options(request: _RunRequest, runtime_dirs: list[str]) -> list[str]:
    profile, input_dir = request.profile, request.input_dir
    options = ["--unshare-all", "--unshare-user", "--disable-userns"]
    if profile.network:
        options.append("--share-net")
    # --as-pid-1: our supervisor is the namespace's init (see _supervisor_main), and bwrap
    # waits for it, so the rusage of everything in the sandbox reaches the host's wait4.
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
    for path in runtime_dirs:
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


def _check_input_dir(input_dir: Path | None, uid: int | None, gid: int | None) -> None:
    if input_dir is None:
        return
    if not input_dir.is_dir():
        raise ConfigError(f"sandbox input {input_dir} is not a directory")
    if uid is None or gid is None:
        return
    info = input_dir.stat()
    needed = stat.S_IROTH | stat.S_IXOTH
    if info.st_uid != uid and (info.st_mode & needed) != needed:
        raise ConfigError(
            f"sandbox input {input_dir} is not readable by uid {uid}: "
            "make directories 0755 and files 0644 before scanning"
        )


@contextmanager
def _memfd_with(args: list[str]) -> Iterator[int]:
    # bwrap reads its options from this fd (--args): environment values handed to the tool
    # never show up in the host's process list.
    fd = os.memfd_create("securetag-bwrap-args", 0)
    try:
        os.write(fd, b"".join(arg.encode() + b"\0" for arg in args))
        os.lseek(fd, 0, os.SEEK_SET)
        yield fd
    finally:
        os.close(fd)


def _host_path(value: str, input_dir: Path | None, work_dir: Path) -> str:
    """The host path standing in for a sandbox path when the sandbox is off.

    A path that exists on the host as written is left alone: the sandbox binds such
    paths (our rules, the venv) at the same place, and some hosts keep code under /work.
    """
    if os.path.exists(value):
        return value
    return _mapped_root(value, input_dir, work_dir)


def _mapped_root(value: str, input_dir: Path | None, work_dir: Path) -> str:
    mapping = [(SANDBOX_WORK_DIR, str(work_dir))]
    if input_dir is not None:
        mapping.append((SANDBOX_INPUT_DIR, str(input_dir)))
    for sandbox_path, host_path in mapping:
        if value == sandbox_path or value.startswith(sandbox_path + "/"):
            return host_path + value[len(sandbox_path) :]
    return value


def _host_arg(arg: str, input_dir: Path | None, work_dir: Path) -> str:
    if arg.startswith("-") and "=" in arg:  # --output=/work/out.json
        flag, _, value = arg.partition("=")
        return f"{flag}={_host_path(value, input_dir, work_dir)}"
    return _host_path(arg, input_dir, work_dir)


# ---------------------------------------------------------------------------------------
# Running and watching
# ---------------------------------------------------------------------------------------


@dataclass
class _Capture:
    cap: int
    data: bytearray = field(default_factory=bytearray)
    truncated: bool = False

    def add(self, chunk: bytes) -> None:
        room = self.cap - len(self.data)
        if len(chunk) > room:
            self.truncated = True
        self.data += chunk[: max(room, 0)]


@dataclass
class _Outcome:
    status: int
    rusage: resource.struct_rusage
    timed_out: bool
    stdout: _Capture
    stderr: _Capture
    report: bytes


def _spawn(spawn_argv: list[str], pass_fds: tuple[int, ...]) -> subprocess.Popen[bytes]:
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


def _collect(
    process: subprocess.Popen[bytes], *, report_fd: int, timeout_s: float, output_cap: int
) -> _Outcome:
    """Capture output until the run ends, enforce the wall clock, reap with rusage."""
    pid = process.pid
    assert process.stdout is not None and process.stderr is not None
    stdout, stderr = _Capture(output_cap), _Capture(output_cap)
    report = _Capture(REPORT_CAP_BYTES)
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
    return _Outcome(reaped[0], reaped[1], timed_out, stdout, stderr, bytes(report.data))


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


def _read_report(raw: bytes) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for line in raw.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            merged.update(entry)
    return merged


def _violations(
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


def _signal_name(exit_code: int) -> str | None:
    if exit_code >= 0:
        return None
    try:
        return signal.Signals(-exit_code).name
    except ValueError:
        return f"signal {-exit_code}"


def _reason(
    profile: SandboxProfile,
    exit_code: int,
    violations: list[Violation],
    report: dict[str, Any],
    sandboxed: bool,
) -> str:
    parts: list[str] = []
    if Violation.TIMEOUT in violations:
        parts.append(f"killed after the wall-clock limit of {profile.timeout_s:g}s")
    elif exit_code < 0:
        parts.append(f"killed by {_signal_name(exit_code)}")
    elif exit_code == 0:
        parts.append("exited 0")
    else:
        parts.append(f"exited with code {exit_code}")
    if "spawn_error" in report:
        parts.append(f"could not start: {report['spawn_error']}")
    elif sandboxed and "exit_code" not in report and Violation.TIMEOUT not in violations:
        parts.append("the sandbox supervisor died before reporting (the tool may have killed it)")
    others = [v.value for v in violations if v is not Violation.TIMEOUT]
    if others:
        parts.append("limits/blocks hit: " + ", ".join(others))
    return "; ".join(parts)


@dataclass(frozen=True)
class _RunRequest:
    argv: list[str]
    profile: SandboxProfile
    env: dict[str, str]
    input_dir: Path | None
    cwd: str


def run_sandboxed(
    argv: list[str],
    profile: SandboxProfile,
    *,
    input_dir: Path | None,
    extra_env: dict[str, str] | None = None,
    sandbox_enabled: bool = True,
    uid: int | None = None,
    cwd: str = SANDBOX_WORK_DIR,
) -> SandboxResult:
    """Run `argv` under `profile` and return what happened; never raises for tool failures.

    `uid` (default 65534) is the user the run switches to when we are root; its gid is the
    same number.  `cwd` is a sandbox path under /work or /input (detect-secrets only scans
    below its cwd).  Raises ExecutableNotAllowed when argv[0] is not the profile's program,
    SandboxUnavailable when bwrap is missing, SandboxSetupError when the sandbox could not
    be built, ConfigError for an unusable input dir, cwd or uid.
    """
    request = _RunRequest(
        argv=_check_argv(argv, profile),
        profile=profile,
        env=_allowed_env(profile, extra_env),
        input_dir=None if input_dir is None else Path(input_dir).absolute(),
        cwd=_check_cwd(cwd, input_dir),
    )
    if not sandbox_enabled:
        logger.warning(
            "sandbox disabled: running %s without isolation",
            profile.name,
            extra={"profile": profile.name, "argv0": request.argv[0]},
        )
        _check_input_dir(request.input_dir, None, None)
        return _run_unsandboxed(request)
    bwrap = find_bwrap()
    target_uid, target_gid = _sandbox_uid(uid)
    _check_input_dir(request.input_dir, target_uid, target_gid)
    return _run_in_bwrap(request, bwrap, target_uid, target_gid)


def _check_cwd(cwd: str, input_dir: Path | None) -> str:
    roots = [SANDBOX_WORK_DIR, *([SANDBOX_INPUT_DIR] if input_dir is not None else [])]
    normalized = os.path.normpath(cwd)
    if not _is_under(normalized, roots):
        raise ConfigError(f"sandbox cwd {cwd} must be under {' or '.join(roots)}")
    return normalized


def _run_in_bwrap(
    request: _RunRequest, bwrap: str, uid: int | None, gid: int | None
) -> SandboxResult:
    runtime_dirs = _runtime_dirs(request.profile)
    input_dirs = [str(request.input_dir)] if request.input_dir is not None else []
    options = _bwrap_options(request, runtime_dirs)
    with _memfd_with(options) as options_fd:
        trampoline = {
            "uid": uid,
            "gid": gid,
            "expose": _exposures([*runtime_dirs, *input_dirs], uid, gid),
            "expose_tmpfs_options": EXPOSE_TMPFS_OPTIONS,
            "cwd": None,
            "env": {},
        }
        return _supervised_run(
            request.argv,
            request.profile,
            launcher=[bwrap, "--args", str(options_fd), "--"],
            trampoline=trampoline,
            pass_fds=(options_fd,),
            sandboxed=True,
        )


def _run_unsandboxed(request: _RunRequest) -> SandboxResult:
    work_dir = Path(tempfile.mkdtemp(prefix="securetag-work-"))
    input_dir = request.input_dir
    try:
        (work_dir / "home").mkdir()
        (work_dir / "tmp").mkdir()
        env = request.env
        trampoline = {
            "uid": None,
            "gid": None,
            "expose": [],
            "expose_tmpfs_options": EXPOSE_TMPFS_OPTIONS,
            "cwd": _mapped_root(request.cwd, input_dir, work_dir),
            "env": {name: _host_path(value, input_dir, work_dir) for name, value in env.items()},
        }
        argv = request.argv
        return _supervised_run(
            [argv[0], *(_host_arg(arg, input_dir, work_dir) for arg in argv[1:])],
            request.profile,
            launcher=[],
            trampoline=trampoline,
            pass_fds=(),
            sandboxed=False,
        )
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)


def _supervised_run(
    argv: list[str],
    profile: SandboxProfile,
    *,
    launcher: list[str],
    trampoline: dict[str, Any],
    pass_fds: tuple[int, ...],
    sandboxed: bool,
) -> SandboxResult:
    """trampoline -> launcher (bwrap or nothing) -> supervisor -> tool, then the result."""
    report_read, report_write = os.pipe()
    try:
        supervisor = [sys.executable, "-I", "-S", "-c", _python_program(_supervisor_main)]
        spec = trampoline | {
            "rlimits": _rlimits(profile),
            "argv": [*launcher, *supervisor, str(report_write), *argv],
        }
        started_at, start = datetime.now(UTC), time.monotonic()
        try:
            process = _spawn(_trampoline_argv(spec), (*pass_fds, report_write))
        finally:
            # Only the supervisor may hold the write end, or the report never reaches EOF.
            os.close(report_write)
        outcome = _collect(
            process,
            report_fd=report_read,
            timeout_s=profile.timeout_s,
            output_cap=profile.output_cap_bytes,
        )
    finally:
        os.close(report_read)
    report = _read_report(outcome.report)
    if not report.get("started") and not outcome.timed_out:
        raise SandboxSetupError(
            f"the sandbox for {profile.name} did not start: "
            + outcome.stderr.data.decode("utf-8", "replace").strip()[-2000:],
            details={"profile": profile.name, "status": outcome.status},
        )
    return _result(argv, profile, outcome, report, started_at, start, sandboxed=sandboxed)


def _trampoline_argv(spec: dict[str, Any]) -> list[str]:
    return [sys.executable, "-I", "-S", "-c", _python_program(_trampoline_main), json.dumps(spec)]


def _peak_rss_kib(outcome: _Outcome, report: dict[str, Any]) -> int:
    # The host's wait4 figure starts at the worker's own size: the trampoline is vforked
    # from it, and the kernel carries that high-water mark across exec.  The supervisor's
    # figure covers only the tool and what it started.
    from_supervisor = report.get("children_maxrss_kib")
    if isinstance(from_supervisor, int):
        return from_supervisor
    return int(outcome.rusage.ru_maxrss)


def _result(
    argv: list[str],
    profile: SandboxProfile,
    outcome: _Outcome,
    report: dict[str, Any],
    started_at: datetime,
    start: float,
    *,
    sandboxed: bool,
) -> SandboxResult:
    duration = time.monotonic() - start
    exit_code = report.get("exit_code")
    if not isinstance(exit_code, int):
        exit_code = os.waitstatus_to_exitcode(outcome.status)
    leftovers = [str(entry) for entry in report.get("leftovers", [])]
    cpu_time = outcome.rusage.ru_utime + outcome.rusage.ru_stime
    stderr = bytes(outcome.stderr.data)
    violations = _violations(
        profile=profile,
        exit_code=exit_code,
        stderr=stderr,
        timed_out=outcome.timed_out,
        cpu_time_s=cpu_time,
        leftovers=leftovers,
    )
    return SandboxResult(
        argv=argv,
        profile=profile.name,
        sandboxed=sandboxed,
        exit_code=exit_code,
        signal_name=_signal_name(exit_code),
        stdout=bytes(outcome.stdout.data),
        stderr=stderr,
        stdout_truncated=outcome.stdout.truncated,
        stderr_truncated=outcome.stderr.truncated,
        started_at=started_at,
        finished_at=datetime.now(UTC),
        duration_s=duration,
        cpu_time_s=cpu_time,
        peak_rss_bytes=_peak_rss_kib(outcome, report) * 1024,
        timed_out=outcome.timed_out,
        violations=violations,
        reason=_reason(profile, exit_code, violations, report, sandboxed),
        leftover_processes=leftovers,
    )
