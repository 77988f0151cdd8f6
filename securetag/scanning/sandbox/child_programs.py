"""The trampoline and the supervisor: code that runs in other processes.

Each function is sent as source to `python -I -S -c`, so it may only use the standard library
and must import inside.
"""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Callable
from typing import Any


def trampoline_main() -> None:
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


def supervisor_main() -> None:
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


def python_program(function: Callable[[], None]) -> str:
    return f"{inspect.getsource(function)}\n{function.__name__}()\n"


def trampoline_argv(spec: dict[str, Any]) -> list[str]:
    return [sys.executable, "-I", "-S", "-c", python_program(trampoline_main), json.dumps(spec)]
