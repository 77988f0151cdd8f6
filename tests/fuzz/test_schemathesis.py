"""Schemathesis against the live API: no 5xx, and every response as documented.

Cases come from the OpenAPI document (examples, boundary coverage and random
fuzzing, valid and invalid inputs alike) and are sent to a live gunicorn with
a key that holds every scope, so the authenticated paths are exercised, not
just their 401s. The server's rate limit is raised out of the way: a 429 is a
correct answer, but one that would stop the fuzzer from reaching anything else.
Random strings are almost never a scannable URL or an archive, so valid ones
are mixed in (schemathesis "dictionaries") to reach the 202 paths too; a few
scans are made first so that lists and "latest" have something to return; and
a stateful run follows the links schemathesis infers (submit -> read, cancel).

The cases are generated at collection time, before any server runs, from the
document `build_document` makes; the first test checks that the live server's
/openapi.json is that very document. (Schemathesis' lazy `from_fixture`
loader, which would fetch it from the server, fails under pytest 9.2:
schemathesis 4.32 writes `request.node._nodeid`, which pytest 9.2 removed.)

SECURETAG_FUZZ_EXAMPLES (default 25) sets the fuzzing examples per operation
and the stateful scenarios; SECURETAG_FUZZ_SEED (default fixed, so runs repeat)
the seed.
"""

from __future__ import annotations

import base64
import io
import json
import os
import tarfile
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from securetag.api.openapi import build_document
from securetag.store.db import Database
from tests.support.api import LiveApi, live_api, new_tenant

EXAMPLES = int(os.environ.get("SECURETAG_FUZZ_EXAMPLES", "25"))
SEED = int(os.environ.get("SECURETAG_FUZZ_SEED", "20240611"))
MAX_UPLOAD = 64 * 1024


def ascii_tar() -> str:
    """A real tar archive that is also plain ASCII, so it can stand in a text dictionary."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        data = b"import os\nos.system(input())\n"
        info = tarfile.TarInfo("app/main.py")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue().decode("ascii")


# Nothing is fetched from these: the test server runs no worker.
WEB_TARGETS = [
    "https://example.com",
    "http://example.com:8080/path?q=1#top",
    "HTTPS://EXAMPLE.COM/",
    "https://[::1]:8443/",
    "http://127.0.0.1/",
    "https://xn--r8jz45g.jp/",
    "http://a",
    "https://example.com/" + "a" * 2000,
]


def forged_cursor(value: object) -> str:
    """A list cursor as the server encodes one (URL-safe base64 of JSON), holding `value`."""
    raw = json.dumps(value).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


# Cursors are opaque: random strings are almost never valid base64 of JSON, so
# these reach the decoder's type checks (a JSON number once raised a 500).
FORGED_CURSORS = [
    forged_cursor(123),
    forged_cursor(None),
    forged_cursor([1, 2]),
    forged_cursor(["2024-01-01T00:00:00+00:00", 123]),
    forged_cursor([["2024-01-01"], {"id": 1}]),
    forged_cursor({"2024-01-01T00:00:00+00:00": 1, "0" * 32: 2}),
    forged_cursor(["2024-01-01T00:00:00", "00000000-0000-0000-0000-000000000000"]),
    "not base64!",
]

DOCUMENT = build_document(MAX_UPLOAD)
schema = schemathesis.openapi.from_dict(
    DOCUMENT,
    config=SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "generation": {"mode": "all", "max-examples": EXAMPLES},
            # DELETE /scans/{id} cancels: the scan stays readable (state "cancelled"), as
            # documented, so "a deleted resource must be gone" does not apply.
            "checks": {"enabled": True, "use_after_free": {"enabled": False}},
            "dictionaries": {
                "web-targets": {"values": WEB_TARGETS},
                "archives": {"values": [ascii_tar()]},
                "cursors": {"values": FORGED_CURSORS},
            },
            "operations": [
                {
                    "include-path-regex": "^/(scans/web|webhooks)$",
                    "parameters": {"body.url": {"dictionary": "web-targets", "probability": 0.5}},
                },
                {
                    "include-path": "/codeaudit/upload",
                    "parameters": {"body.file": {"dictionary": "archives", "probability": 0.5}},
                },
                {
                    "include-path-regex": "^/(scans|codeaudit/index)$",
                    "parameters": {"query.cursor": {"dictionary": "cursors", "probability": 0.5}},
                },
                # "Schema-valid data must be accepted" cannot hold where validity is more
                # than a JSON Schema says: a cursor is opaque (only one the server issued
                # is valid), an upload must be a real archive, a web target a scannable URL,
                # a webhook URL one that resolves to a public address.
                {
                    "include-path-regex": (
                        "^/(scans|scans/web|codeaudit/index|codeaudit/upload|webhooks)$"
                    ),
                    "checks": {"positive_data_acceptance": {"enabled": False}},
                },
                # An archive over maxLength is refused with the documented 413.
                {
                    "include-path": "/codeaudit/upload",
                    "checks": {
                        "negative_data_rejection": {
                            "expected-statuses": [400, 401, 403, 404, 413, 422, 429]
                        }
                    },
                },
            ],
        }
    ),
)

SETTINGS = settings(
    database=None,  # no example database in the work tree
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(scope="module")
def api(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    with live_api(
        module_db_url,
        tmp_path_factory.mktemp("fuzz"),
        max_upload_bytes=MAX_UPLOAD,
        rate_limit_per_minute=100_000,
        rate_limit_burst=100_000,
        auth_failures_per_minute=100_000,
        auth_failures_burst=100_000,
        # A generated `wait` on a scan that no worker moves would hold each call up to
        # 20 s; answered at once it conforms all the same (tests/integration/test_scan_wait.py
        # covers the wait itself).
        api_scan_waiters=0,
    ) as server:
        yield server


@pytest.fixture(scope="module")
def api_key(module_db_url: str, api: LiveApi) -> str:
    """A key with every scope, whose tenant already has a few scans of each type."""
    with Database(module_db_url, max_size=1) as admin:
        key = new_tenant(admin, api.settings, f"fuzz-{uuid.uuid4().hex[:8]}").key
    for project in ("alpha", "beta"):
        web = api.post("/scans/web", key, json={"url": "https://example.com", "project": project})
        assert web.status_code == 202, web.text
        audit = api.post(f"/codeaudit/upload?project={project}", key, data=ascii_tar().encode())
        assert audit.status_code == 202, audit.text
    return key


def call_kwargs(api: LiveApi, api_key: str) -> dict[str, Any]:
    return {"base_url": api.url, "headers": {"X-API-Key": api_key}, "timeout": 30}


def test_the_live_server_serves_the_fuzzed_document(api: LiveApi) -> None:
    assert api.get("/openapi.json").json() == DOCUMENT


@schema.parametrize()
@SETTINGS
def test_api_conforms_to_its_document(case: schemathesis.Case, api: LiveApi, api_key: str) -> None:
    case.call_and_validate(**call_kwargs(api, api_key))


# Findings exist only after a worker scanned; none runs here, so a link to a finding
# would have no id to follow and make the state machine's rule choice flaky.
WORKFLOW_SCHEMA = schema.exclude(path="/findings/{finding_id}")


def test_scan_workflows(api: LiveApi, api_key: str) -> None:
    """Sequences along the inferred links: submit or list, then read or cancel that scan."""
    kwargs = call_kwargs(api, api_key)

    class Workflow(WORKFLOW_SCHEMA.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return kwargs

    # Derandomized: the same sequences every run, so CI cannot draw a rare, different one.
    Workflow.run(
        settings=settings(SETTINGS, max_examples=EXAMPLES, stateful_step_count=6, derandomize=True)
    )
