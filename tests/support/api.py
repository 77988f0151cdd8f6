"""A live API for tests: the real `securetag serve` (gunicorn) on a free local port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

from securetag.cli.admin import write_secret_file
from securetag.kernel.config import Settings
from securetag.store.db import Database
from securetag.tenancy.auth import SCOPES
from securetag.tenancy.tenants import create_api_key, create_tenant
from tests.support.settings import make_settings, settings_env
from tests.support.workers import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveApi:
    url: str
    settings: Settings
    process: subprocess.Popen
    log_path: Path

    def get(self, path: str, key: str | None = None, **kwargs) -> requests.Response:
        return requests.get(self.url + path, headers=_auth(key, kwargs), timeout=30, **kwargs)

    def post(self, path: str, key: str | None = None, **kwargs) -> requests.Response:
        return requests.post(self.url + path, headers=_auth(key, kwargs), timeout=30, **kwargs)

    def patch(self, path: str, key: str | None = None, **kwargs) -> requests.Response:
        return requests.patch(self.url + path, headers=_auth(key, kwargs), timeout=30, **kwargs)

    def delete(self, path: str, key: str | None = None, **kwargs) -> requests.Response:
        return requests.delete(self.url + path, headers=_auth(key, kwargs), timeout=30, **kwargs)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def _auth(key: str | None, kwargs: dict) -> dict[str, str]:
    headers = dict(kwargs.pop("headers", {}) or {})
    if key is not None:
        headers.setdefault("X-API-Key", key)
    return headers


def pepper_file(directory: Path) -> Path:
    path = directory / "pepper"
    if not path.exists():
        write_secret_file(path)
    return path


@contextmanager
def live_api(
    admin_url: str, tmp_dir: Path, *, workers: int = 2, **overrides: object
) -> Iterator[LiveApi]:
    """gunicorn serving the app against admin_url's database (as securetag_api)."""
    port = free_port()
    settings = make_settings(
        admin_url,
        **{
            "log_format": "json",
            **overrides,
            "api_port": port,
            "api_workers": workers,
            "api_key_pepper_file": pepper_file(tmp_dir),
        },
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURETAG_")}
    env.update(settings_env(settings))
    log_path = tmp_dir / f"api-{port}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "securetag", "serve"], env=env, cwd=ROOT, stdout=log, stderr=log
        )
    api = LiveApi(f"http://127.0.0.1:{port}", settings, process, log_path)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(api.url + "/healthz", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass  # not listening yet, or a worker still booting
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the API did not start:\n{api.log()}")
            time.sleep(0.1)
        yield api
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


@dataclass
class TenantKeys:
    tenant_id: str
    name: str
    key: str  # all scopes
    key_id: str


def new_tenant(db: Database, settings: Settings, name: str, **key_options: object) -> TenantKeys:
    tenant = create_tenant(db, name)
    issued = create_api_key(
        db, settings.pepper(), name, scopes=list(key_options.pop("scopes", SCOPES)), **key_options
    )
    return TenantKeys(str(tenant["id"]), name, issued.token, issued.key_id)


def wait_until_finished(api: LiveApi, key: str, accepted, *, timeout_s: float = 180) -> dict:
    """The scan an accepted submission made, once it has finished (any final state)."""
    assert accepted.status_code == 202, accepted.text
    url = accepted.json()["links"]["self"]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        body = api.get(url, key).json()
        if body["state"] in ("succeeded", "failed", "timed_out", "cancelled"):
            return body
        time.sleep(0.3)
    raise AssertionError(f"scan did not finish: {body}")
