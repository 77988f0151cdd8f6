"""A SandboxResult as a finished tool run leaves it, for tests of an agent's `outcome`."""

from __future__ import annotations

from datetime import UTC, datetime

from securetag.scanning.sandbox.run import SandboxResult


def finished_run(
    stdout: bytes, *, stderr: bytes = b"", exit_code: int = 0, stderr_truncated: bool = False
) -> SandboxResult:
    now = datetime.now(UTC)
    return SandboxResult(
        argv=["tool"],
        profile="tool",
        sandboxed=True,
        exit_code=exit_code,
        signal_name=None,
        stdout=stdout,
        stderr=stderr,
        stdout_truncated=False,
        stderr_truncated=stderr_truncated,
        timed_out=False,
        violations=[],
        reason="",
        started_at=now,
        finished_at=now,
        duration_s=0.0,
        cpu_time_s=0.0,
        peak_rss_bytes=0,
    )
