"""The `securetag` command as an operator runs it: exit codes, JSON output, clear errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from securetag.cli.plumbing import EXIT_CONFIG, EXIT_DB_UNAVAILABLE, EXIT_ERROR
from securetag.store.migrate import load_migrations
from tests.conftest import server_directory
from tests.support.workers import ROOT, wait_for


def securetag(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SECURETAG_") and k != "DATABASE_URL"
    }
    return subprocess.run(
        [sys.executable, "-m", "securetag", *args],
        env={**base, **(env or {})},
        cwd=ROOT,
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
    """What `make run` does: embedded PostgreSQL, migrations, a worker; Ctrl-C; again."""
    # Outside pytest's temp dirs: another pytest session on the machine resets their
    # permissions (0700), and the server's own user must walk down to its data.
    with server_directory("securetag-run-test-") as directory:
        _run_twice(directory / "data")


def _run_twice(data_dir: Path) -> None:
    env = {"SECURETAG_DATA_DIR": str(data_dir), "SECURETAG_LOG_FORMAT": "text"}

    def start() -> subprocess.Popen:
        base = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("SECURETAG_") and k != "DATABASE_URL"
        }
        return subprocess.Popen(
            [sys.executable, "-m", "securetag", "run"],
            env={**base, **env},
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def ctrl_c(proc: subprocess.Popen) -> str:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0, out
        return out

    first = start()
    try:
        wait_for(
            lambda: securetag("task", "counts", env=env).returncode == 0,
            timeout_s=60,
            interval_s=0.5,
        )
        assert securetag("task", "enqueue", "noop", "--count", "50", env=env).returncode == 0
        wait_for(
            lambda: (
                json.loads(securetag("task", "counts", env=env).stdout)
                == {"noop": {"succeeded": 50}}
            ),
            timeout_s=30,
            interval_s=0.3,
        )
    finally:
        out = ctrl_c(first)
    shipped = len(load_migrations())
    assert "Securetag is running." in out and f"migrations {shipped} applied now" in out
    assert "embedded PostgreSQL stopped" in out
    key_file = data_dir / "master.keys"
    assert f"created a development master key in {key_file}" in out
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert securetag("task", "counts", env=env).returncode == EXIT_CONFIG  # the server is down

    second = start()
    try:
        wait_for(
            lambda: securetag("task", "counts", env=env).returncode == 0,
            timeout_s=60,
            interval_s=0.5,
        )
        counts = securetag("task", "counts", env=env)
        assert counts.returncode == 0, counts.stderr  # the server answered a moment ago
        assert json.loads(counts.stdout) == {"noop": {"succeeded": 50}}
        time.sleep(0.5)
    finally:
        out = ctrl_c(second)
    assert "migrations 0 applied now" in out
    assert "created a development master key" not in out  # the same key again


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
