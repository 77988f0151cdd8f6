"""Schemathesis against the live API: no 5xx, and every response as documented.

Cases come from /openapi.json (examples, boundary coverage and random fuzzing,
valid and invalid inputs alike) and are sent with a key that holds every
scope, so the authenticated paths are exercised, not just their 401s. The
server's rate limit is raised out of the way: a 429 is a correct answer, but
one that would stop the fuzzer from reaching anything else.

SECURETAG_FUZZ_EXAMPLES (default 25) sets the fuzzing examples per operation
and SECURETAG_FUZZ_SEED (default fixed, so runs repeat) the seed.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from securetag.db import Database
from tests.support.api import LiveApi, live_api, new_tenant

EXAMPLES = int(os.environ.get("SECURETAG_FUZZ_EXAMPLES", "25"))
SEED = int(os.environ.get("SECURETAG_FUZZ_SEED", "20240611"))


@pytest.fixture(scope="module")
def api(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    with live_api(
        module_db_url,
        tmp_path_factory.mktemp("fuzz"),
        max_upload_bytes=64 * 1024,
        rate_limit_per_minute=100_000,
        rate_limit_burst=100_000,
    ) as server:
        yield server


@pytest.fixture(scope="module")
def api_key(module_db_url: str, api: LiveApi) -> str:
    with Database(module_db_url, max_size=1) as admin:
        return new_tenant(admin, api.settings, f"fuzz-{uuid.uuid4().hex[:8]}").key


@pytest.fixture(scope="module")
def openapi(api: LiveApi, api_key: str) -> schemathesis.BaseSchema:
    config = SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "headers": {"X-API-Key": api_key},
            "generation": {"mode": "all", "max-examples": EXAMPLES},
            "checks": {"enabled": True},
        }
    )
    return schemathesis.openapi.from_url(api.url + "/openapi.json", config=config)


schema = schemathesis.pytest.from_fixture("openapi")


@schema.parametrize()
@settings(
    database=None,  # no .hypothesis/ directory in the work tree
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_document(case: schemathesis.Case, api: LiveApi) -> None:
    case.call_and_validate(timeout=30)
