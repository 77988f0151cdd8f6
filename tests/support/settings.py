"""Test settings: short heartbeats, leases and backoffs so fault tests take seconds."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from securetag.kernel.config import Settings

FAST: dict[str, Any] = {
    "heartbeat_interval_s": 0.2,
    "lease_timeout_s": 1.0,
    "reap_interval_s": 0.2,
    "retry_base_s": 0.05,
    "retry_cap_s": 0.5,
    "retry_jitter": 0.0,
    "worker_poll_min_s": 0.01,
    "worker_poll_max_s": 0.2,
    "shutdown_grace_s": 5.0,
    "db_connect_timeout_s": 2.0,
    "db_retry_max_s": 0.5,
    "log_format": "text",
    # No public DNS here (example.com does not resolve): the API judges literal web-scan
    # targets only, unless a test turns name resolution on (tests/integration/test_api_edges.py).
    "webscan_resolve_on_submit": False,
    # A fixed master key for tests only (never a deployment's): 32 bytes of 0x5e.
    "master_keys": "v1:Xl5eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXl5eXl4=",
}


# Scanned trees go under one temporary directory of the test run, not the checkout's
# .securetag/ (where a `make run` beside the suite keeps its own), unless a test
# names its own data or scan directory.
TEST_SCAN_DIR = Path(tempfile.mkdtemp(prefix="securetag-test-scans-"))


def make_settings(url: str | None, **overrides: Any) -> Settings:
    if "data_dir" not in overrides and "scan_dir" not in overrides:
        overrides["scan_dir"] = TEST_SCAN_DIR
    return Settings(**{"database_url": url, **FAST, **overrides})


def settings_env(settings: Settings) -> dict[str, str]:
    """The same settings as environment variables, for worker subprocesses."""
    env: dict[str, str] = {}
    for name, value in settings.model_dump(mode="json").items():
        if value is None:
            continue
        key = "DATABASE_URL" if name == "database_url" else f"SECURETAG_{name.upper()}"
        env[key] = json.dumps(value) if isinstance(value, dict | list) else str(value)
    return env
