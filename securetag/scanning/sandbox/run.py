"""run_sandboxed: one tool run under a profile, and the SandboxResult of what happened."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from securetag.scanning.sandbox.bwrap import (
    EXPOSE_TMPFS_OPTIONS,
    bwrap_options,
    exposures,
    find_bwrap,
    memfd_with,
    runtime_dirs,
)
from securetag.scanning.sandbox.child_programs import (
    python_program,
    supervisor_main,
    trampoline_argv,
)
from securetag.scanning.sandbox.errors import SandboxSetupError
from securetag.scanning.sandbox.host_paths import host_arg, host_path, mapped_root
from securetag.scanning.sandbox.layout import SANDBOX_WORK_DIR
from securetag.scanning.sandbox.limits import rlimits, sandbox_uid
from securetag.scanning.sandbox.process_watch import Outcome, collect, read_report, spawn
from securetag.scanning.sandbox.profile import SandboxProfile
from securetag.scanning.sandbox.request import (
    RunRequest,
    allowed_env,
    check_argv,
    check_cwd,
    check_input_dir,
)
from securetag.scanning.sandbox.violations import Violation, detect_violations, signal_name

logger = logging.getLogger(__name__)


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


def run_sandboxed(
    argv: list[str],
    profile: SandboxProfile,
    *,
    input_dir: Path | None,
    extra_env: dict[str, str] | None = None,
    sandbox_enabled: bool = True,
    uid: int | None = None,
    gid: int | None = None,
    cwd: str = SANDBOX_WORK_DIR,
    deadline_s: float | None = None,
    host_work_parent: Path | None = None,
) -> SandboxResult:
    """Run `argv` under `profile` and return what happened; never raises for tool failures.

    `deadline_s` (the time left to the task that runs it) shortens the profile's
    wall-clock limit: the tool is killed when either passes.

    `uid` (default 65534) is the user the run switches to when we are root; its gid is the
    same number unless `gid` names another (the group that may read the input).
    `host_work_parent` is where the sandbox-off run's host work directory is
    made (default: the system's temporary directory). `cwd` is a sandbox path under /work or
    /input (detect-secrets only scans below its cwd). Raises ExecutableNotAllowed when
    argv[0] is not the profile's program, SandboxUnavailable when bwrap is missing,
    SandboxSetupError when the sandbox could not be built, ConfigError for an unusable input
    dir, cwd or uid.
    """
    if deadline_s is not None and deadline_s < profile.timeout_s:
        profile = profile.model_copy(update={"timeout_s": max(deadline_s, 0.001)})
    request = RunRequest(
        argv=check_argv(argv, profile),
        profile=profile,
        env=allowed_env(profile, extra_env),
        input_dir=None if input_dir is None else Path(input_dir).absolute(),
        cwd=check_cwd(cwd, input_dir),
    )
    if not sandbox_enabled:
        logger.warning(
            "sandbox disabled: running %s without isolation",
            profile.name,
            extra={"profile": profile.name, "argv0": request.argv[0]},
        )
        check_input_dir(request.input_dir, None, None)
        return _run_unsandboxed(request, host_work_parent)
    bwrap = find_bwrap()
    target_uid, target_gid = sandbox_uid(uid, gid)
    check_input_dir(request.input_dir, target_uid, target_gid)
    return _run_in_bwrap(request, bwrap, target_uid, target_gid)


def _run_in_bwrap(
    request: RunRequest, bwrap: str, uid: int | None, gid: int | None
) -> SandboxResult:
    runtime_paths = runtime_dirs(request.profile)
    input_dirs = [str(request.input_dir)] if request.input_dir is not None else []
    options = bwrap_options(request, runtime_paths)
    with memfd_with(options) as options_fd:
        trampoline = {
            "uid": uid,
            "gid": gid,
            "expose": exposures([*runtime_paths, *input_dirs], uid, gid),
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


def _run_unsandboxed(request: RunRequest, work_parent: Path | None) -> SandboxResult:
    # 0700: what the tool writes (caches, summaries of tenant code) is the worker's alone.
    work_dir = Path(tempfile.mkdtemp(prefix="securetag-work-", dir=work_parent))
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
            "cwd": mapped_root(request.cwd, input_dir, work_dir),
            "env": {name: host_path(value, input_dir, work_dir) for name, value in env.items()},
        }
        argv = request.argv
        return _supervised_run(
            [argv[0], *(host_arg(arg, input_dir, work_dir) for arg in argv[1:])],
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
        supervisor = [sys.executable, "-I", "-S", "-c", python_program(supervisor_main)]
        spec = trampoline | {
            "rlimits": rlimits(profile),
            "argv": [*launcher, *supervisor, str(report_write), *argv],
        }
        started_at, start = datetime.now(UTC), time.monotonic()
        try:
            process = spawn(trampoline_argv(spec), (*pass_fds, report_write))
        finally:
            # Only the supervisor may hold the write end, or the report never reaches EOF.
            os.close(report_write)
        outcome = collect(
            process,
            report_fd=report_read,
            timeout_s=profile.timeout_s,
            output_cap=profile.output_cap_bytes,
        )
    finally:
        os.close(report_read)
    report = read_report(outcome.report)
    if not report.get("started") and not outcome.timed_out:
        raise SandboxSetupError(
            f"the sandbox for {profile.name} did not start: "
            + outcome.stderr.data.decode("utf-8", "replace").strip()[-2000:],
            details={"profile": profile.name, "status": outcome.status},
        )
    return _result(argv, profile, outcome, report, started_at, start, sandboxed=sandboxed)


def _peak_rss_kib(outcome: Outcome, report: dict[str, Any]) -> int:
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
    outcome: Outcome,
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
    violations = detect_violations(
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
        signal_name=signal_name(exit_code),
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
        parts.append(f"killed by {signal_name(exit_code)}")
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
