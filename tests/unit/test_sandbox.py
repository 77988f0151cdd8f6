"""The bubblewrap sandbox: each containment is tried by a real hostile program.

Payloads live in tests/support/sandbox_payloads.py and reach the sandbox the way tenant
code does, inside the read-only input directory.  Limits are small so that every attack
ends in about a second.
"""

from __future__ import annotations

import json
import logging
import os
import select
import shutil
import socket
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from securetag.kernel.errors import ConfigError
from securetag.kernel.models import ScanType
from securetag.scanning.agent import AgentInput, AgentRun
from securetag.scanning.agents import semgrep as semgrep_agent
from securetag.scanning.registry import AgentRegistry
from securetag.scanning.sandbox.errors import (
    ExecutableNotAllowed,
    SandboxSetupError,
    SandboxUnavailable,
)
from securetag.scanning.sandbox.limits import DEFAULT_SANDBOX_UID
from securetag.scanning.sandbox.profile import SandboxProfile
from securetag.scanning.sandbox.run import SandboxResult, run_sandboxed
from securetag.scanning.sandbox.violations import Violation
from tests.support import sandbox_payloads
from tests.support.switch_off_attempts import (
    IGNORE_FILES_TREE,
    SECRETS_EXPECTED,
    SECRETS_TREE,
    semgrep_expected,
)

pytestmark = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap not installed")

IS_ROOT = os.geteuid() == 0
# Our own uids, not 'nobody': RLIMIT_NPROC counts every process of a uid on the host, so
# sandboxes other sessions run as nobody must not eat into these tests' process budget.
TEST_UID = 61000 + os.getpid() % 1000
FORK_BOMB_UID = 62000 + os.getpid() % 1000
PAYLOAD = "/input/sandbox_payloads.py"
MIB = 1 << 20
DEATH_WAIT_S = 5.0


def small_profile(**changes: Any) -> SandboxProfile:
    fields: dict[str, Any] = {
        "name": "test-python",
        "executable": sys.executable,
        "network": False,
        "timeout_s": 20,
        "cpu_s": 10,
        "memory_bytes": 512 * MIB,
        "file_size_bytes": 16 * MIB,
        "open_files": 64,
        "processes": 32,
        "tmpfs_bytes": 32 * MIB,
        "output_cap_bytes": 256 * 1024,
    }
    return SandboxProfile(**(fields | changes))


@pytest.fixture
def input_dir(tmp_path: Path) -> Path:
    """A scan input readable by the sandbox uid, holding the payload script."""
    directory = tmp_path / "input"
    directory.mkdir()
    shutil.copy(sandbox_payloads.__file__, directory / "sandbox_payloads.py")
    (directory / "marker.txt").write_text("tenant file\n")
    directory.chmod(0o755)
    for child in directory.iterdir():
        child.chmod(0o644)
    return directory


@pytest.fixture
def token() -> str:
    return f"securetag-test-{uuid.uuid4().hex}"


def run_payload(
    input_dir: Path, *args: str, profile: SandboxProfile | None = None, **options: Any
) -> SandboxResult:
    options.setdefault("uid", TEST_UID if IS_ROOT else None)
    return run_sandboxed(
        [sys.executable, PAYLOAD, *args],
        profile or small_profile(),
        input_dir=input_dir,
        **options,
    )


def stdout_json(result: SandboxResult) -> Any:
    return json.loads(result.stdout.decode().strip().splitlines()[-1])


def pids_with_token(token: str) -> list[int]:
    """Host processes whose command line carries `token`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if token.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def alive_after_waiting(pids: list[int], timeout_s: float) -> list[int]:
    """Wait (on pidfds, not sleeps) for each pid to exit; return those still running."""
    still_alive = []
    for pid in pids:
        try:
            pidfd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue
        try:
            readable, _, _ = select.select([pidfd], [], [], timeout_s)
            if not readable:
                still_alive.append(pid)
        finally:
            os.close(pidfd)
    return still_alive


def processes_of_uid(uid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        uid_line = next(line for line in status.splitlines() if line.startswith("Uid:"))
        if int(uid_line.split()[1]) == uid:
            found.append(int(entry.name))
    return found


def host_ipv4() -> str | None:
    """This host's address on its default route (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") else address


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("0.0.0.0", 0))
        server.listen(8)
        server.setblocking(False)
        yield server


def pending_connections(server: socket.socket) -> int:
    count = 0
    while True:
        try:
            connection, _ = server.accept()
        except BlockingIOError:
            return count
        connection.close()
        count += 1


# --- network ---------------------------------------------------------------------------


def test_outbound_connections_fail_and_the_host_listener_sees_nothing(
    input_dir: Path, listener: socket.socket
) -> None:
    port = listener.getsockname()[1]
    targets = [f"127.0.0.1:{port}"]
    if (address := host_ipv4()) is not None:
        targets.append(f"{address}:{port}")

    result = run_payload(input_dir, "connect", *targets)

    outcome = stdout_json(result)
    assert set(outcome) == set(targets)
    assert all(value != "connected" for value in outcome.values()), outcome
    assert pending_connections(listener) == 0
    assert Violation.NETWORK_BLOCKED in result.violations


def test_a_network_profile_does_reach_the_host(input_dir: Path, listener: socket.socket) -> None:
    port = listener.getsockname()[1]

    result = run_payload(
        input_dir, "connect", f"127.0.0.1:{port}", profile=small_profile(network=True)
    )

    assert stdout_json(result) == {f"127.0.0.1:{port}": "connected"}
    assert pending_connections(listener) == 1
    assert result.violations == []


# --- file system -----------------------------------------------------------------------


def test_writes_outside_the_work_dir_fail_and_leave_nothing_on_the_host(
    input_dir: Path, token: str
) -> None:
    outside = {
        f"/tmp/{token}": Path(f"/tmp/{token}"),
        f"/etc/{token}": Path(f"/etc/{token}"),
        f"/{token}": Path(f"/{token}"),
        f"/input/{token}": input_dir / token,
        f"{sys.prefix}/{token}": Path(sys.prefix) / token,
    }
    # Writable inside (the work dir, and /dev/shm for multiprocessing), but private to it.
    inside = [f"/work/{token}", f"/dev/shm/{token}"]

    result = run_payload(input_dir, "write_outside", *outside, *inside)

    outcome = stdout_json(result)
    assert [outcome[path] for path in inside] == ["written", "written"]
    assert not Path(f"/dev/shm/{token}").exists()
    for sandbox_path, host_path in outside.items():
        assert outcome[sandbox_path] != "written", sandbox_path
        assert not host_path.exists(), host_path
    assert not Path(inside[0]).exists()
    assert Violation.WRITE_OUTSIDE_WORKDIR in result.violations


def test_a_two_gib_file_stops_at_the_file_size_limit(input_dir: Path, token: str) -> None:
    profile = small_profile(file_size_bytes=1 * MIB, tmpfs_bytes=64 * MIB)

    result = run_payload(input_dir, "big_file", f"/work/{token}", "2048", profile=profile)

    assert result.exit_code != 0
    assert Violation.FILE_SIZE_LIMIT in result.violations
    assert "written_mib" not in result.stdout.decode()
    assert not Path(f"/work/{token}").exists()  # /work exists on some hosts: not this file


def test_filling_the_work_dir_stops_at_the_tmpfs_size(input_dir: Path, token: str) -> None:
    profile = small_profile(file_size_bytes=64 * MIB, tmpfs_bytes=4 * MIB)

    result = run_payload(input_dir, "big_file", f"/work/{token}", "2048", profile=profile)

    assert result.exit_code != 0
    assert Violation.WORKDIR_FULL in result.violations
    assert not Path(f"/work/{token}").exists()


def test_the_input_is_readable(input_dir: Path) -> None:
    result = run_payload(input_dir, "read_file", "/input/marker.txt")

    assert result.exit_code == 0, result.stderr
    assert result.stdout == b"tenant file\n"


# --- resources -------------------------------------------------------------------------


@pytest.mark.skipif(not IS_ROOT, reason="RLIMIT_NPROC per uid needs a uid of our own")
def test_a_fork_bomb_hits_the_process_limit_and_the_host_is_fine(
    input_dir: Path, token: str
) -> None:
    result = run_payload(
        input_dir, "fork_bomb", token, profile=small_profile(processes=24), uid=FORK_BOMB_UID
    )

    assert Violation.PROCESS_LIMIT in result.violations
    assert not result.timed_out
    assert alive_after_waiting(pids_with_token(token), DEATH_WAIT_S) == []
    assert processes_of_uid(FORK_BOMB_UID) == []
    assert run_payload(input_dir, "read_file", "/input/marker.txt").exit_code == 0


def test_a_memory_bomb_hits_the_memory_limit(input_dir: Path) -> None:
    profile = small_profile(memory_bytes=256 * MIB)

    result = run_payload(input_dir, "memory_bomb", profile=profile)

    assert result.exit_code == 1
    assert Violation.MEMORY_LIMIT in result.violations
    assert b"MemoryError" in result.stderr
    assert 0 < result.peak_rss_bytes <= profile.memory_bytes


def test_a_cpu_loop_is_stopped_by_the_cpu_limit(input_dir: Path) -> None:
    result = run_payload(input_dir, "cpu_loop", profile=small_profile(cpu_s=1, timeout_s=20))

    assert Violation.CPU_LIMIT in result.violations
    assert result.signal_name == "SIGXCPU"
    assert result.exit_code < 0
    assert not result.timed_out
    # rusage is sampled from scheduler ticks, the limit from exact runtime: close, not equal.
    assert result.cpu_time_s == pytest.approx(1.0, abs=0.3)
    assert result.duration_s < 10


def test_fd_exhaustion_hits_the_open_files_limit(input_dir: Path) -> None:
    result = run_payload(input_dir, "fd_exhaustion", profile=small_profile(open_files=32))

    assert result.exit_code == 1
    assert Violation.OPEN_FILES_LIMIT in result.violations


def test_output_is_capped_and_marked_truncated(input_dir: Path) -> None:
    result = run_payload(
        input_dir, "flood_stdout", "4", profile=small_profile(output_cap_bytes=65536)
    )

    assert result.exit_code == 0
    assert len(result.stdout) == 65536 and result.stdout_truncated
    assert result.stderr == b"done\n" and not result.stderr_truncated


def test_the_exact_signal_that_ended_the_tool_is_reported(input_dir: Path) -> None:
    result = run_payload(input_dir, "kill_self")

    assert result.exit_code == -15
    assert result.signal_name == "SIGTERM"
    assert "SIGTERM" in result.reason


# --- processes -------------------------------------------------------------------------


def test_a_process_left_running_is_reported_and_killed(input_dir: Path, token: str) -> None:
    result = run_payload(input_dir, "leave_daemon", token)

    assert result.exit_code == 0
    assert b"daemon-ready" in result.stdout
    assert Violation.LEFTOVER_PROCESSES in result.violations
    assert len(result.leftover_processes) == 1
    assert alive_after_waiting(pids_with_token(token), DEATH_WAIT_S) == []


def test_a_wall_clock_timeout_kills_a_detached_grandchild_too(input_dir: Path, token: str) -> None:
    result = run_payload(
        input_dir, "sleep_with_grandchild", token, profile=small_profile(timeout_s=1.5)
    )

    assert b"grandchild-ready" in result.stdout
    assert result.timed_out
    assert Violation.TIMEOUT in result.violations
    assert 1.5 <= result.duration_s < 6
    assert "wall-clock" in result.reason
    assert alive_after_waiting(pids_with_token(token), DEATH_WAIT_S) == []


# --- identity and environment ----------------------------------------------------------


def test_the_environment_is_cleared_except_the_allowlist(
    input_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECURETAG_TEST_SECRET", "hunter2")
    monkeypatch.setenv("SECURETAG_TEST_ALLOWED", "visible")
    profile = small_profile(env_allow=["SECURETAG_TEST_ALLOWED"], env={"TOOL_SETTING": "on"})

    result = run_payload(input_dir, "identity", profile=profile, extra_env={"SCAN_ID": "42"})

    env = stdout_json(result)["env"]
    assert "SECURETAG_TEST_SECRET" not in env
    assert "hunter2" not in json.dumps(env)
    assert env["SECURETAG_TEST_ALLOWED"] == "visible"
    assert env["TOOL_SETTING"] == "on" and env["SCAN_ID"] == "42"
    assert env["HOME"] == "/work/home" and env["TMPDIR"] == "/work/tmp"
    assert stdout_json(result)["cwd"] == "/work"


@pytest.mark.skipif(not IS_ROOT, reason="only root switches uid")
def test_the_tool_runs_as_the_unprivileged_uid_with_the_profile_rlimits(input_dir: Path) -> None:
    profile = small_profile()

    chosen = stdout_json(run_payload(input_dir, "identity", profile=profile, uid=TEST_UID))
    # Roomy: other sandboxes on this host may be running as nobody right now.
    roomy = small_profile(processes=4096)
    default = stdout_json(run_payload(input_dir, "identity", profile=roomy, uid=None))

    assert (chosen["uid"], chosen["gid"], chosen["groups"]) == (TEST_UID, TEST_UID, [])
    assert (default["uid"], default["gid"]) == (DEFAULT_SANDBOX_UID, DEFAULT_SANDBOX_UID)
    assert chosen["limits"]["RLIMIT_NPROC"] == [profile.processes, profile.processes]
    assert chosen["limits"]["RLIMIT_AS"] == [profile.memory_bytes, profile.memory_bytes]
    assert chosen["limits"]["RLIMIT_NOFILE"] == [profile.open_files, profile.open_files]


@pytest.mark.skipif(not IS_ROOT, reason="only root switches uid")
def test_uid_zero_is_refused(input_dir: Path) -> None:
    with pytest.raises(ConfigError, match="must not be 0"):
        run_payload(input_dir, "identity", uid=0)


@pytest.mark.skipif(not IS_ROOT, reason="root reads any directory")
def test_an_input_dir_the_sandbox_uid_cannot_read_is_refused(input_dir: Path) -> None:
    input_dir.chmod(0o700)

    with pytest.raises(ConfigError, match="not readable by uid"):
        run_payload(input_dir, "identity")


# --- refusals and configuration --------------------------------------------------------


def test_argv0_other_than_the_profile_executable_is_refused(tmp_path: Path) -> None:
    evidence = tmp_path / "ran"
    profile = small_profile()

    for argv in (["/bin/sh", "-c", f"touch {evidence}"], ["bandit", "--version"]):
        with pytest.raises(ExecutableNotAllowed, match=profile.executable):
            run_sandboxed(argv, profile, input_dir=None, sandbox_enabled=False)
    assert not evidence.exists()


def test_missing_bwrap_names_the_package_and_the_escape_hatch(
    input_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))

    with pytest.raises(SandboxUnavailable) as raised:
        run_payload(input_dir, "identity")

    assert isinstance(raised.value, ConfigError)
    assert "apt-get install bubblewrap" in raised.value.message
    assert "SECURETAG_SANDBOX=off" in raised.value.message


def test_a_sandbox_that_cannot_start_is_a_setup_error_not_a_tool_failure(
    input_dir: Path,
) -> None:
    too_small_for_python = small_profile(memory_bytes=8 * MIB)

    with pytest.raises(SandboxSetupError, match="did not start"):
        run_payload(input_dir, "identity", profile=too_small_for_python)


def test_sandbox_off_warns_on_every_run_and_still_applies_limits(
    input_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("SECURETAG_TEST_SECRET", "hunter2")
    profile = small_profile(open_files=48)
    caplog.set_level(logging.WARNING, logger="securetag.scanning.sandbox.run")

    facts = stdout_json(run_payload(input_dir, "identity", profile=profile, sandbox_enabled=False))
    marker = run_payload(input_dir, "read_file", "/input/marker.txt", sandbox_enabled=False)

    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["sandbox disabled: running test-python without isolation"] * 2
    assert "SECURETAG_TEST_SECRET" not in facts["env"]
    assert facts["limits"]["RLIMIT_NOFILE"] == [48, 48]
    assert facts["env"]["HOME"] != "/work/home" and not Path(facts["env"]["HOME"]).exists()
    assert facts["cwd"] == str(Path(facts["env"]["HOME"]).parent)
    assert marker.stdout == b"tenant file\n" and not marker.sandboxed


def test_a_cwd_outside_the_sandbox_roots_is_refused(input_dir: Path) -> None:
    with pytest.raises(ConfigError, match="must be under"):
        run_payload(input_dir, "identity", cwd="/work/../etc")


# --- the real tools in their real profiles ---------------------------------------------


def test_semgrep_and_bandit_run_in_their_shipped_profiles(input_dir: Path) -> None:
    profiles = AgentRegistry.load().profiles()
    uid = {"uid": TEST_UID} if IS_ROOT else {}

    # The semgrep agent runs Semgrep through its runner (semgrep_project).
    runner = semgrep_agent.runner_argv("/input", rules_dir="/rules")[:7]
    semgrep = run_sandboxed(
        [*runner, "--version", "--metrics=off", "--disable-version-check"],
        profiles["semgrep"],
        input_dir=input_dir,
        **uid,
    )
    bandit = run_sandboxed(["bandit", "--version"], profiles["bandit"], input_dir=input_dir, **uid)

    assert semgrep.exit_code == 0, semgrep.stderr
    assert semgrep.stdout.strip().split(b".")[0].isdigit()
    assert bandit.exit_code == 0, bandit.stderr
    assert bandit.stdout.startswith(b"bandit ")
    assert semgrep.violations == [] and bandit.violations == []


def write_input(input_dir: Path, files: dict[str, bytes]) -> None:
    """Files the sandbox uid can read, as an unpacked upload is."""
    for name, data in files.items():
        path = input_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for path in input_dir.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)


def run_agent(name: str, input_dir: Path) -> AgentRun:
    """One agent as the scan task runs it: its argv, profile and cwd, then its outcome."""
    registry = AgentRegistry.load()
    [agent] = [a for a in registry.for_scan(ScanType.CODE_AUDIT) if a.name == name]
    agent_input = AgentInput(scan_type=ScanType.CODE_AUDIT, source_dir=input_dir)
    uid = {"uid": TEST_UID} if IS_ROOT else {}
    result = run_sandboxed(
        agent.argv(agent_input),
        registry.profile(agent),
        input_dir=input_dir,
        cwd=agent.cwd,
        **uid,
    )
    assert result.violations == [] and not result.timed_out, result.reason
    return agent.outcome(result, agent_input)


def test_the_secrets_agent_reads_every_text_file_in_its_profile(input_dir: Path) -> None:
    write_input(input_dir, SECRETS_TREE)

    run = run_agent("secrets", input_dir)

    assert run.failure is None
    assert {(f.path, f.start_line) for f in run.findings} == SECRETS_EXPECTED


def test_the_semgrep_agent_ignores_the_trees_ignore_files_in_its_profile(input_dir: Path) -> None:
    write_input(input_dir, {name: text.encode() for name, text in IGNORE_FILES_TREE.items()})

    run = run_agent("semgrep", input_dir)

    assert run.failure is None and run.errors == []
    reported = {(f.rule_id, f.path, f.start_line) for f in run.findings}
    assert reported == semgrep_expected(IGNORE_FILES_TREE)


def test_the_web_profile_can_import_securetag(input_dir: Path) -> None:
    uid = {"uid": TEST_UID} if IS_ROOT else {}

    result = run_sandboxed(
        ["python", "-c", "import securetag.scanning.agents, securetag.kernel.models"],
        AgentRegistry.load().profiles()["web"],
        input_dir=input_dir,
        **uid,
    )

    assert result.exit_code == 0, result.stderr
    assert result.violations == []
