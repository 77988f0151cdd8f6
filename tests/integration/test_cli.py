"""The `securetag` command as an operator runs it: exit codes, JSON output, clear errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from securetag.cli.plumbing import EXIT_CONFIG, EXIT_DB_UNAVAILABLE, EXIT_ERROR
from securetag.store.migrate import load_migrations
from tests.conftest import server_directory
from tests.support.api import free_port
from tests.support.workers import ROOT, wait_for


def _without_securetag_env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SECURETAG_") and k != "DATABASE_URL"
    }


def securetag(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60, cwd: Path = ROOT
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "securetag", *args],
        env={**_without_securetag_env(), **(env or {})},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_task_commands_round_trip(db_url: str) -> None:
    env = {"DATABASE_URL": db_url}
    out = securetag("task", "enqueue", "noop", "--count", "3", "--payload", '{"a": 1}', env=env)
    assert out.returncode == 0, out.stderr
    enqueued = json.loads(out.stdout)
    assert enqueued["enqueued"] == 3
    first = enqueued["task_ids"][0]

    shown = json.loads(securetag("task", "show", str(first), env=env).stdout)
    assert shown["state"] == "queued" and shown["payload"] == {"a": 1}

    cancelled = securetag("task", "cancel", str(first), env=env)
    assert json.loads(cancelled.stdout) == {
        "task_id": first,
        "cancelled": True,
        "previous_state": "queued",
    }
    again = securetag("task", "cancel", str(first), env=env)
    assert again.returncode == EXIT_ERROR and json.loads(again.stdout)["cancelled"] is False

    counts = json.loads(securetag("task", "counts", env=env).stdout)
    assert counts == {"noop": {"cancelled": 1, "queued": 2}}

    reaped = json.loads(securetag("reap", env=env).stdout)
    assert reaped == {"job": "reap", "retried": 0, "failed": 0, "timed_out": 0, "workers_lost": 0}


def test_missing_task_is_a_clear_error(db_url: str) -> None:
    out = securetag("task", "show", "999999", env={"DATABASE_URL": db_url})
    assert out.returncode == EXIT_ERROR
    assert "task 999999 not found" in out.stderr


def test_bad_configuration_exits_3_and_names_the_variable() -> None:
    out = securetag("task", "counts", env={"SECURETAG_WORKER_CONCURRENCY": "lots"})
    assert out.returncode == EXIT_CONFIG
    assert "SECURETAG_WORKER_CONCURRENCY" in out.stderr
    assert "Traceback" not in out.stderr


def test_unreachable_database_exits_4_with_the_reason(tmp_path: Path) -> None:
    url = f"postgresql://postgres@/securetag?host={tmp_path}&port=5999"
    out = securetag(
        "task", "counts", env={"DATABASE_URL": url, "SECURETAG_DB_CONNECT_TIMEOUT_S": "1"}
    )
    assert out.returncode == EXIT_DB_UNAVAILABLE
    assert "database unavailable" in out.stderr and "No such file or directory" in out.stderr
    assert "Traceback" not in out.stderr


def test_no_database_url_and_no_embedded_server_explains_what_to_do(tmp_path: Path) -> None:
    out = securetag("task", "counts", env={"SECURETAG_DATA_DIR": str(tmp_path)})
    assert out.returncode == EXIT_CONFIG
    assert "securetag run" in out.stderr and "DATABASE_URL" in out.stderr


@pytest.mark.slow
def test_run_starts_everything_and_keeps_its_data_across_restarts() -> None:
    """What `make run` does, in a working directory of its own on the embedded default:
    embedded PostgreSQL, migrations, the API and a worker; the commands the README shows,
    from a second terminal with no DATABASE_URL and no pepper or key variable; Ctrl-C; again."""
    # Outside pytest's temp dirs: another pytest session on the machine resets their
    # permissions (0700), and the server's own user must walk down to its data.
    with server_directory("securetag-run-test-") as directory:
        _run_three_times(directory)


class _MakeRun:
    """`securetag run` in `workdir` with its default data dir, and commands beside it."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.data_dir = workdir / ".securetag"
        port = free_port()
        self.api = f"http://127.0.0.1:{port}"
        # Neither DATABASE_URL nor any secret: what a second terminal has.
        self.env = {"SECURETAG_LOG_FORMAT": "text", "SECURETAG_API_PORT": str(port)}

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return securetag(*args, env=self.env, cwd=self.workdir)

    def start(self) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-m", "securetag", "run"],
            env={**_without_securetag_env(), **self.env},
            cwd=self.workdir,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        wait_for(lambda: self.cli("task", "counts").returncode == 0, timeout_s=60, interval_s=0.5)
        wait_for(lambda: self.demo_key_file.exists(), timeout_s=30, interval_s=0.2)
        wait_for(lambda: self.status(self.demo_key) == 200, timeout_s=60, interval_s=0.5)
        return proc

    @staticmethod
    def ctrl_c(proc: subprocess.Popen) -> str:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0, out
        return out

    @property
    def demo_key_file(self) -> Path:
        return self.data_dir / "demo-api-key"

    @property
    def demo_key(self) -> str:
        assert self.demo_key_file.stat().st_mode & 0o777 == 0o600
        return self.demo_key_file.read_text().strip()

    def status(self, key: str) -> int:
        request = urllib.request.Request(f"{self.api}/scans", headers={"X-API-Key": key})
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            return 0

    def active_run_keys(self) -> list[str]:
        listed = self.cli("apikey", "list", "--tenant", "demo")
        assert listed.returncode == 0, listed.stderr
        rows = [json.loads(line) for line in listed.stdout.splitlines()]
        return [r["id"] for r in rows if r["name"] == "make run" and r["revoked_at"] is None]


def _run_three_times(workdir: Path) -> None:
    run = _MakeRun(workdir)

    first = run.start()
    try:
        key = run.demo_key
        assert run.cli("task", "enqueue", "noop", "--count", "50").returncode == 0
        wait_for(
            lambda: json.loads(run.cli("task", "counts").stdout) == {"noop": {"succeeded": 50}},
            timeout_s=30,
            interval_s=0.3,
        )
        _second_terminal_commands(run)
    finally:
        out = run.ctrl_c(first)
    shipped = len(load_migrations())
    assert "Securetag is running." in out and f"migrations {shipped} applied now" in out
    assert f"API key    {key}" in out  # the banner prints the key that works
    assert "embedded PostgreSQL stopped" in out
    assert "created a development master key in .securetag/master.keys" in out
    assert (run.data_dir / "master.keys").stat().st_mode & 0o777 == 0o600
    assert run.cli("task", "counts").returncode == EXIT_CONFIG  # the server is down

    second = run.start()
    try:
        assert run.demo_key == key  # the same key, not one more
        assert len(run.active_run_keys()) == 1
        counts = run.cli("task", "counts")
        assert counts.returncode == 0, counts.stderr
        assert json.loads(counts.stdout) == {"noop": {"succeeded": 50}}
        (run_key_id,) = run.active_run_keys()
        assert run.cli("apikey", "revoke", run_key_id).returncode == 0
    finally:
        out = run.ctrl_c(second)
    assert "migrations 0 applied now" in out
    assert f"API key    {key}" in out
    assert "created a development" not in out  # the same pepper and master key again

    third = run.start()
    try:
        replaced = run.demo_key  # a revoked key is not handed out again
        assert replaced != key
        assert run.status(replaced) == 200 and run.status(key) == 401
        assert len(run.active_run_keys()) == 1
    finally:
        out = run.ctrl_c(third)
    assert f"API key    {replaced}" in out and key not in out
    # The banner is the one place a key is shown: no log or file of the service holds one.
    for path in workdir.rglob("*"):
        if path.is_file() and path != run.demo_key_file:
            assert replaced.encode() not in path.read_bytes(), path


def _second_terminal_commands(run: _MakeRun) -> None:
    """The README's commands, as separate processes beside `make run` (README: "Try it")."""
    created = run.cli(
        "apikey", "create", "--tenant", "demo", "--expires", "15m", "--name", "second terminal"
    )
    assert created.returncode == 0, created.stderr
    # Made with the pepper the running API checks keys against.
    assert run.status(json.loads(created.stdout)["api_key"]) == 200
    exported = run.cli("dataset", "export", "--format", "chat", "--out", "train.jsonl")
    assert exported.returncode == 0, exported.stderr
    assert (run.workdir / "train.jsonl").exists()
    status = run.cli("keys", "status")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["active_master_version"] == "v1"
    assert run.cli("tenant", "create", "acme").returncode == 0
    acme = run.cli("apikey", "create", "--tenant", "acme", "--scopes", "scans:read")
    assert acme.returncode == 0, acme.stderr
    assert run.status(json.loads(acme.stdout)["api_key"]) == 200
    for command in (["workers"], ["db-url"], ["tenant", "list"], ["audit", "verify"]):
        done = run.cli(*command)
        assert done.returncode == 0, (command, done.stderr)


def test_key_management_commands(db_url: str, tmp_path: Path) -> None:
    key_file = tmp_path / "master.keys"
    env = {"DATABASE_URL": db_url, "SECURETAG_MASTER_KEY_FILE": str(key_file)}

    # No key yet: every command that needs one says how to make one.
    refused = securetag("keys", "status", env=env)
    assert refused.returncode == EXIT_CONFIG
    assert "securetag keys generate" in refused.stderr
    generated = securetag("keys", "generate", "--out", str(key_file), env=env)
    assert generated.returncode == 0, generated.stderr
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert securetag("keys", "generate", "--out", str(key_file), env=env).returncode != 0

    assert securetag("tenant", "create", "acme", env=env).returncode == 0
    rotated = securetag("keys", "rotate", env=env)
    assert rotated.returncode == 0, rotated.stderr
    assert json.loads(rotated.stdout)["master_version"] == "v2"
    rewrapped = securetag("keys", "rewrap", "--batch", "10", env=env)
    assert json.loads(rewrapped.stdout)["done"] is True
    status = json.loads(securetag("keys", "status", env=env).stdout)
    assert status["active_master_version"] == "v2"
    assert {v["version"]: v["retirable"] for v in status["master_versions"]} == {
        "v1": True,
        "v2": False,
    }
    assert securetag("keys", "retire", "v2", env=env).returncode == EXIT_ERROR  # the active one
    assert securetag("keys", "retire", "v1", env=env).returncode == 0
    assert not key_file.read_text().startswith("v1:") and "v1:" not in key_file.read_text()

    no_shred = securetag("tenant", "delete", "acme", env=env)
    assert no_shred.returncode == EXIT_CONFIG and "--shred" in no_shred.stderr
    shredded = securetag("tenant", "delete", "acme", "--shred", env=env)
    assert shredded.returncode == 0, shredded.stderr
    assert json.loads(shredded.stdout)["data_keys_destroyed"] == 1
    assert "acme" not in securetag("tenant", "list", env=env).stdout


@pytest.mark.parametrize("command", [["serve"], ["worker"]])
def test_the_service_refuses_to_start_without_a_master_key(
    db_url: str, tmp_path: Path, command: list[str]
) -> None:
    pepper = tmp_path / "pepper"
    assert securetag("gen-secret", str(pepper)).returncode == 0
    env = {"DATABASE_URL": db_url, "SECURETAG_API_KEY_PEPPER_FILE": str(pepper)}

    result = securetag(*command, env=env, timeout=30)

    assert result.returncode == EXIT_CONFIG
    assert "no master key is configured" in result.stderr
    assert "securetag keys generate --out FILE" in result.stderr
