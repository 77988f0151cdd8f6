"""End to end: after real scans of a repository and of URLs that carry secrets, no column of
any table holds one of those secrets in plain text.

The repository hides an AWS secret key in a file Semgrep cannot parse (its syntax error
quotes the line), next to other credentials detect-secrets reports; the URLs carry a token
in their query string and cannot be fetched (a refused port, a name that does not resolve),
so the web agent's first-fetch error names the whole URL. Tool output of that kind is
stored sealed with the tenant's key; this test reads every text, varchar, json, jsonb and
bytea column of every table (information_schema), bytea as raw bytes, for the secrets.
"""

from __future__ import annotations

import json
import secrets
import string
import uuid
from collections.abc import Iterator

import pytest

from securetag.scanning.task import unpack_output
from securetag.security.crypto import MasterKeyRing
from securetag.store.db import Database
from securetag.store.vault import TOOL_OUTPUT, Vault
from tests.support.api import LiveApi, TenantKeys, live_api, new_tenant, wait_until_finished
from tests.support.archives import tar_gz
from tests.support.queries import TEST_QUERIES
from tests.support.web_targets import refusing_port
from tests.support.workers import WorkerProcess

ALNUM = string.ascii_letters + string.digits


def _token(length: int, alphabet: str = ALNUM) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


# Fresh values per run, so a hit cannot be an earlier test's row.
AWS_SECRET_KEY = _token(40)
AWS_ACCESS_KEY = "AKIA" + _token(16, string.ascii_uppercase + "234567")
GITHUB_TOKEN = "ghp_" + _token(36)
DB_PASSWORD = "Pw" + _token(30)
URL_TOKEN_REFUSED = "tok" + secrets.token_hex(16)
URL_TOKEN_UNRESOLVABLE = "tok" + secrets.token_hex(16)
PROJECT = f"at-rest-{secrets.token_hex(6)}"

TREE = {
    # Semgrep reports a syntax error on this line and quotes all of it.
    "app/broken.py": f'aws_secret_access_key = "{AWS_SECRET_KEY}" "x" )\n',
    "app/settings.py": f'AWS_ACCESS_KEY_ID = "{AWS_ACCESS_KEY}"\nDEBUG = False\n',
    "deploy/config.yaml": (
        f"github:\n  token: {GITHUB_TOKEN}\ndatabase:\n  password: {DB_PASSWORD}\n"
    ),
    "app/views.py": "import os\n\ndef run(cmd):\n    os.system(cmd)\n",
}
KNOWN_SECRETS = (
    AWS_SECRET_KEY,
    AWS_ACCESS_KEY,
    GITHUB_TOKEN,
    DB_PASSWORD,
    URL_TOKEN_REFUSED,
    URL_TOKEN_UNRESOLVABLE,
)


@pytest.fixture(scope="module")
def service(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    tmp = tmp_path_factory.mktemp("at-rest")
    with (
        live_api(module_db_url, tmp, webscan_allow="127.0.0.0/8") as api,
        WorkerProcess(
            api.settings,
            types=["code_audit", "web_scan"],
            concurrency=2,
            log_path=tmp / "worker.log",
            extra_env={"SECURETAG_WEBSCAN_ALLOW": "127.0.0.0/8"},
        ),
    ):
        yield api


@pytest.fixture(scope="module")
def tenant(module_db_url: str, service: LiveApi) -> TenantKeys:
    with Database(module_db_url, max_size=1) as admin:
        return new_tenant(admin, service.settings, f"at-rest-{uuid.uuid4().hex[:8]}")


@pytest.fixture(scope="module")
def scans(service: LiveApi, tenant: TenantKeys) -> dict[str, dict]:
    archive = tar_gz({name: text.encode() for name, text in TREE.items()})
    code = wait_until_finished(
        service,
        tenant.key,
        service.post(f"/codeaudit/upload?project={PROJECT}", tenant.key, data=archive),
        timeout_s=240,
    )
    with refusing_port() as port:
        refused_url = f"http://127.0.0.1:{port}/callback?access_token={URL_TOKEN_REFUSED}"
        refused = wait_until_finished(
            service,
            tenant.key,
            service.post("/scans/web", tenant.key, json={"url": refused_url, "project": PROJECT}),
            timeout_s=240,
        )
    unresolvable_url = (
        f"http://no-such-host-{secrets.token_hex(4)}.invalid/callback"
        f"?access_token={URL_TOKEN_UNRESOLVABLE}"
    )
    unresolvable = wait_until_finished(
        service,
        tenant.key,
        service.post("/scans/web", tenant.key, json={"url": unresolvable_url, "project": PROJECT}),
        timeout_s=240,
    )
    return {"code": code, "refused": refused, "unresolvable": unresolvable}


def test_the_scans_ran_and_hit_the_cases_that_quote_tenant_data(
    module_db_url: str, service: LiveApi, scans: dict[str, dict]
) -> None:
    """The premise: Semgrep failed on the file holding the secret, detect-secrets reported
    the others, and each web scan failed on its first fetch; the tenant is told so."""
    code = scans["code"]
    assert code["state"] == "succeeded", code
    items = code["findings"]["items"]
    by_secrets = {f["path"] for f in items if "detect-secrets" in f["reported_by"]}
    assert by_secrets >= {"app/broken.py", "app/settings.py", "deploy/config.yaml"}, items
    semgrep_skipped = json.dumps(code["coverage"])
    assert "app/broken.py" in semgrep_skipped, code["coverage"]
    # A name that does not resolve reads as a refused one (no oracle for internal DNS).
    for name, says in (("refused", "target unreachable"), ("unresolvable", "target refused")):
        body = scans[name]
        assert body["state"] == "failed", body
        assert says in body["error"], body["error"]

    # Metrics say how many errors of which kind, in plain; the tool's own words (the
    # syntax error, the failed GET) are in its output, sealed: an operator holding the
    # key reads them back.
    with Database(module_db_url, max_size=1, queries=TEST_QUERIES) as admin:
        vault = Vault(admin, MasterKeyRing.from_settings(service.settings))
        runs = {}
        for scan in (code, scans["refused"]):
            for run in admin.all("test_tool_executions", scan_id=scan["id"]):
                metrics = run["metrics_json"]
                assert metrics["schema"] == "securetag.tool_execution.metrics/v2"
                assert "errors" not in metrics, metrics
                sealed = (run["output"], run["key_version"])
                stdout, _ = unpack_output(
                    vault.open(run["tenant_id"], TOOL_OUTPUT, str(run["id"]), *sealed)
                )
                runs[run["agent"]] = (metrics, stdout.decode())
    semgrep_metrics, semgrep_stdout = runs["semgrep"]
    assert semgrep_metrics["error_count"] >= 1
    assert semgrep_metrics["error_kinds"].get("PartialParsing", 0) >= 1, semgrep_metrics
    assert AWS_SECRET_KEY in semgrep_stdout
    web_metrics, web_stdout = runs["web"]
    assert web_metrics["error_kinds"] == {"fetch_failed": 1}, web_metrics
    assert URL_TOKEN_REFUSED in web_stdout


def test_no_column_of_any_table_holds_a_scanned_secret_in_plain_text(
    module_db_url: str, scans: dict[str, dict]
) -> None:
    with Database(module_db_url, max_size=1, queries=TEST_QUERIES) as admin:
        assert admin.scalar("test_text_columns_searched") > 50
        admin.run("test_define_columns_holding")
        # The control: plain metadata (the project's name) is found by the same search.
        holding_project = admin.all("test_columns_holding", needle=PROJECT)
        assert {(r["table_name"], r["column_name"]) for r in holding_project} >= {
            ("scan", "project")
        }
        leaks = {
            secret: [f"{r['table_name']}.{r['column_name']}" for r in rows]
            for secret in KNOWN_SECRETS
            if (rows := admin.all("test_columns_holding", needle=secret))
        }
    assert leaks == {}, leaks


def test_the_search_reads_bytea_as_raw_bytes(module_db_url: str) -> None:
    """The search's own check: a value held as raw bytes in a bytea column is found."""
    marker = "raw-" + secrets.token_hex(12)
    with Database(module_db_url, max_size=1, queries=TEST_QUERIES) as admin:
        admin.run("test_bytea_probe_create")
        admin.run("test_define_columns_holding")
        try:
            admin.run("test_bytea_probe_insert", value=b"\x00\x01" + marker.encode() + b"\xff")
            rows = admin.all("test_columns_holding", needle=marker)
        finally:
            admin.run("test_bytea_probe_drop")
    assert [(r["table_name"], r["column_name"]) for r in rows] == [("test_bytea_probe", "value")]
