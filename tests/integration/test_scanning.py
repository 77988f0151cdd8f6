"""End to end: upload through the live API, a real worker scans in the sandbox, results read back.

The project is small and multi-language (tests/support/vulnerable_project.py);
the second upload fixes one bug and moves the rest of the code down, which must
show that bug `fixed` and the others `existing`.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from jsonschema import Draft7Validator

from securetag.scanning.sarif import sarif_schema
from securetag.scanning.task import unpack_output
from securetag.security.crypto import MasterKeyRing
from securetag.store.db import Database
from securetag.store.vault import TOOL_OUTPUT, Vault
from tests.support import vulnerable_project as project
from tests.support.api import LiveApi, TenantKeys, live_api, new_tenant, wait_until_finished
from tests.support.archives import tar_gz
from tests.support.hostile_archives import build, file
from tests.support.queries import TEST_QUERIES
from tests.support.rawbytes import database_directories, files_containing
from tests.support.receiver import Receiver, signature_valid
from tests.support.switch_off_attempts import (
    DEFAULT_IGNORES_TREE,
    SECRETS_EXPECTED,
    SECRETS_TREE,
    semgrep_expected,
)
from tests.support.web_targets import WebTarget, error_site, misconfigured_site, refusing_port
from tests.support.workers import WorkerProcess, wait_for

SQLI = "securetag.python.web.sqli"
EXPECTED = {
    (SQLI, "app/views.py"),
    ("securetag.python.web.command-injection", "app/views.py"),
    ("securetag.javascript.express.xss", "web/server.js"),
    ("securetag.java.web.sqli", "src/main/java/com/example/UserServlet.java"),
    ("securetag.go.nethttp.command-injection", "cmd/convert/main.go"),
    ("secrets.aws-access-key", "app/settings.py"),
}


def source_tree(flask_app: str) -> bytes:
    return tar_gz({
        "app/views.py": flask_app.encode(),
        "app/settings.py": project.SETTINGS_WITH_A_KEY.encode(),
        "web/server.js": project.EXPRESS_SERVER.encode(),
        "src/main/java/com/example/UserServlet.java": project.JAVA_DAO.encode(),
        "cmd/convert/main.go": project.GO_COMMAND.encode(),
    })  # fmt: skip


FIXED_AND_MOVED = "# The query is parameterized now.\n\n\n" + project.FLASK_APP.replace(
    """cursor.execute("SELECT * FROM users WHERE name = '" + name + "'")""",
    """cursor.execute("SELECT * FROM users WHERE name = ?", (name,))""",
)


@pytest.fixture(scope="module")
def service(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    tmp = tmp_path_factory.mktemp("scanning")
    # The worker may scan loopback (the test's web targets) but nothing else private.
    with (
        live_api(
            module_db_url, tmp, webhook_allow="127.0.0.0/8", webscan_allow="127.0.0.0/8"
        ) as api,
        WorkerProcess(
            api.settings,
            types=["code_audit", "web_scan", "webhook"],
            concurrency=2,
            log_path=tmp / "worker.log",
            extra_env={
                "SECURETAG_WEBSCAN_ALLOW": "127.0.0.0/8",
                "SECURETAG_WEBHOOK_ALLOW": "127.0.0.0/8",
            },
        ),
    ):
        yield api


@pytest.fixture(scope="module")
def tenant(module_db_url: str, service: LiveApi) -> TenantKeys:
    with Database(module_db_url, max_size=1) as admin:
        return new_tenant(admin, service.settings, f"scan-{uuid.uuid4().hex[:8]}")


def scan_to_the_end(api: LiveApi, key: str, archive: bytes) -> dict:
    accepted = api.post("/codeaudit/upload?project=shop", key, data=archive)
    return wait_until_finished(api, key, accepted)


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    with Receiver() as running:
        yield running


@pytest.fixture(scope="module")
def hook(service: LiveApi, tenant: TenantKeys, receiver: Receiver) -> dict:
    created = service.post("/webhooks", tenant.key, json={"url": receiver.url})
    assert created.status_code == 201, created.text
    return created.json()


@pytest.fixture(scope="module")
def first(service: LiveApi, tenant: TenantKeys, hook: dict) -> dict:
    return scan_to_the_end(service, tenant.key, source_tree(project.FLASK_APP))


@pytest.fixture(scope="module")
def second(service: LiveApi, tenant: TenantKeys, first: dict) -> dict:
    return scan_to_the_end(service, tenant.key, source_tree(FIXED_AND_MOVED))


def test_a_scan_finds_the_planted_bugs_with_cwe_and_severity(first: dict) -> None:
    assert first["state"] == "succeeded", first
    assert first["error"] is None
    items = first["findings"]["items"]
    assert {(f["rule_id"], f["path"]) for f in items} >= EXPECTED
    sqli = next(f for f in items if f["rule_id"] == SQLI)
    assert sqli["cwe"][0] == "CWE-89" and sqli["severity"] in ("critical", "high")
    assert sqli["start_line"] == 13 and "cursor.execute" in sqli["snippet"]
    assert all(f["status"] == "new" for f in items)
    assert first["counts"]["critical"] + first["counts"]["high"] >= 5
    assert set(first["progress"]) == {"unpack", "semgrep", "bandit", "secrets"}
    assert all(stage["state"] == "succeeded" for stage in first["progress"].values())
    # Every engine looked at everything it reads: the scan says so.
    assert first["coverage"]["state"] == "complete", first["coverage"]
    assert set(first["coverage"]["agents"]) == {"semgrep", "bandit", "secrets"}
    assert first["coverage"]["agents"]["bandit"]["examined"] == 2  # the two Python files


def test_the_scan_list_carries_each_scans_coverage(
    service: LiveApi, tenant: TenantKeys, first: dict
) -> None:
    listed = service.get("/scans", tenant.key, params={"project": "shop"}).json()["items"]
    assert {item["id"]: item["coverage"] for item in listed}[first["id"]] == first["coverage"]


def test_no_finding_holds_a_whole_secret(first: dict) -> None:
    text = repr(first["findings"])
    assert "AKIAZ7Q3RTXPLM4KWN2B" not in text
    assert "q8Jv2XkP9rLm4Tz7Wn1Bc6Hd3Fs5Gy0Ae8Ku2Oi9" not in text


def test_the_sarif_report_validates_against_the_shipped_schema(
    service: LiveApi, tenant: TenantKeys, first: dict
) -> None:
    response = service.get(f"/scans/{first['id']}?format=sarif", tenant.key)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/sarif+json")
    report = response.json()
    errors = sorted(Draft7Validator(sarif_schema()).iter_errors(report), key=str)
    assert not errors, errors[:3]
    results = report["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {rule for rule, _ in EXPECTED}
    for result in results:
        assert result["message"]["text"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
        assert not result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith(
            ("/", "file:")
        )


def test_a_rescan_marks_the_fixed_bug_fixed_and_the_rest_existing(second: dict) -> None:
    assert second["state"] == "succeeded", second
    by_rule = {(f["rule_id"], f["path"]): f for f in second["findings"]["items"]}
    assert by_rule[(SQLI, "app/views.py")]["status"] == "fixed"
    moved = by_rule[("securetag.python.web.command-injection", "app/views.py")]
    assert moved["status"] == "existing" and moved["start_line"] == 30  # three lines down
    others = [f for key, f in by_rule.items() if key != (SQLI, "app/views.py")]
    assert all(f["status"] == "existing" for f in others), others


def test_the_tenants_webhook_hears_of_the_finished_scan(
    first: dict, hook: dict, receiver: Receiver
) -> None:
    def completed() -> list[dict]:
        return [
            entry
            for entry in receiver.received
            if json.loads(entry["body"])["scan"]["id"] == first["id"]
            and json.loads(entry["body"])["event"] == "scan.completed"
        ]

    [entry] = wait_for(completed, timeout_s=30)
    assert signature_valid(entry, hook["secret"].encode())
    summary = json.loads(entry["body"])["scan"]
    assert summary["state"] == "succeeded"
    assert summary["counts"] == first["counts"]
    assert summary["findings"]["new"] == len(first["findings"]["items"])
    assert summary["coverage"]["state"] == first["coverage"]["state"]
    assert summary["coverage"]["agents"]["bandit"]["examined"] == 2
    # A summary, not the findings: no code, no secret, no file path.
    assert b"app/settings.py" not in entry["body"]


def test_findings_page_with_a_cursor(service: LiveApi, tenant: TenantKeys, first: dict) -> None:
    url = f"/scans/{first['id']}"
    page1 = service.get(url, tenant.key, params={"findings_limit": 2}).json()["findings"]
    page2 = service.get(
        url, tenant.key, params={"findings_limit": 50, "findings_cursor": page1["next_cursor"]}
    ).json()["findings"]
    assert len(page1["items"]) == 2 and page1["next_cursor"]
    ids = [f["id"] for f in page1["items"] + page2["items"]]
    assert ids == [f["id"] for f in first["findings"]["items"]]
    bad = service.get(url, tenant.key, params={"findings_cursor": "x"})
    assert bad.status_code == 400


def test_every_agent_run_is_recorded_with_its_output_sealed(
    module_db_url: str, service: LiveApi, first: dict
) -> None:
    with Database(module_db_url, max_size=1, queries=TEST_QUERIES) as admin:
        runs = admin.all("test_tool_executions", scan_id=first["id"])
        assert {r["agent"] for r in runs} == {"semgrep", "bandit", "secrets"}
        for run in runs:
            assert run["outcome"] == "ok" and run["violations"] == []
            assert run["metrics_json"]["schema"] == "securetag.tool_execution.metrics/v2"
            assert run["duration_ms"] > 0 and run["cpu_time_ms"] is not None
            assert b"results" not in bytes(run["output"])  # sealed, not JSON
        semgrep = next(r for r in runs if r["agent"] == "semgrep")
        vault = Vault(admin, MasterKeyRing.from_settings(service.settings))
        output = vault.open(semgrep["tenant_id"], TOOL_OUTPUT, str(semgrep["id"]),
                            semgrep["output"], semgrep["key_version"])  # fmt: skip
        stdout, _ = unpack_output(output)
        assert b'"results"' in stdout


def test_a_hostile_archive_fails_the_scan_with_the_reason(
    service: LiveApi, tenant: TenantKeys
) -> None:
    hostile = build("tar.gz", [file("app.py", b"x = 1\n"), file("../outside.py", b"x = 2\n")])
    body = scan_to_the_end(service, tenant.key, hostile)
    assert body["state"] == "failed"
    assert "../outside.py" in body["error"], body["error"]
    assert body["progress"]["unpack"]["state"] == "failed"


def test_nothing_in_the_uploaded_tree_switches_a_scanner_off(
    service: LiveApi, tenant: TenantKeys
) -> None:
    """`# nosemgrep`, a nested `.semgrepignore`, Semgrep's default ignores (`tests/`,
    `vendor/`, `node_modules/`) and detect-secrets' file name, line and encoding
    heuristics (lock files, `notes.png`, …) each hid one of these findings."""
    tree = {name: text.encode() for name, text in DEFAULT_IGNORES_TREE.items()} | SECRETS_TREE
    accepted = service.post("/codeaudit/upload?project=switch-off", tenant.key, data=tar_gz(tree))
    body = wait_until_finished(service, tenant.key, accepted)

    assert body["state"] == "succeeded", body
    items = body["findings"]["items"]
    reported = {(f["rule_id"], f["path"], f["start_line"]) for f in items}
    assert semgrep_expected(DEFAULT_IGNORES_TREE) <= reported
    # detect-secrets is among each key's reporters (a Semgrep credential rule may report
    # the same line too, and lead the merged finding).
    by_secrets = {
        (f["path"], f["start_line"]) for f in items if "detect-secrets" in f["reported_by"]
    }
    assert set(SECRETS_EXPECTED) <= by_secrets
    # Version-control metadata is the service's one documented exclusion.
    assert not any(f["path"].startswith(".git/") for f in items)


def test_findings_and_tool_output_survive_rotation_and_rewrap(
    module_db_url: str, service: LiveApi, tenant: TenantKeys, first: dict, second: dict
) -> None:
    from securetag.ops import keys

    ring = MasterKeyRing.from_settings(service.settings)
    with Database(module_db_url, max_size=2) as admin:
        keys.rotate(admin, ring, new_master=False)  # env-configured ring: data keys only
        report = keys.rewrap(admin, Vault(admin, ring), batch=5)
        assert report.rows["finding"] > 0 and report.rows["tool_execution"] >= 6
        assert keys.stale_rows(admin) == 0
    again = service.get(f"/scans/{first['id']}", tenant.key).json()
    assert again["findings"]["items"] == first["findings"]["items"]


def test_a_web_scan_reports_a_misconfigured_site(service: LiveApi, tenant: TenantKeys) -> None:
    with WebTarget(misconfigured_site()) as target:
        accepted = service.post("/scans/web", tenant.key, json={"url": target.url()})
        body = wait_until_finished(service, tenant.key, accepted)
    assert body["state"] == "succeeded", (body["error"], body["progress"])
    rules = {f["rule_id"].removeprefix("securetag.web.") for f in body["findings"]["items"]}
    assert {"missing-csp", "exposed-git", "exposed-env", "directory-listing"} <= rules
    assert body["progress"]["web"]["state"] == "succeeded"


def test_a_web_scan_of_a_private_address_is_refused_when_submitted(
    service: LiveApi, tenant: TenantKeys
) -> None:
    # Refused by the API at once, not failed by a worker later; a name that resolves
    # elsewhere by the time the worker connects is tests/unit/test_webscan.py's.
    refused = service.post("/scans/web", tenant.key, json={"url": "http://169.254.169.254/"})
    assert refused.status_code == 400, refused.text
    error = refused.json()["error"]
    assert error["code"] == "target_refused" and "cloud metadata" in error["message"]


@contextmanager
def unreachable_url(kind: str) -> Iterator[str]:
    if kind == "connection_refused":
        with refusing_port() as port:
            yield f"http://127.0.0.1:{port}/"
    else:
        with WebTarget(error_site(500)) as down:
            yield down.url()


@pytest.mark.parametrize(
    ("kind", "detail"),
    [
        ("connection_refused", "refused the connection"),
        ("http_status", "the start page answered HTTP 500 Internal Server Error"),
    ],
)
def test_a_web_scan_that_cannot_reach_its_target_fails_and_says_why(
    service: LiveApi, tenant: TenantKeys, kind: str, detail: str
) -> None:
    project = f"reach-{kind}"
    with WebTarget(misconfigured_site()) as site:
        accepted = service.post(
            "/scans/web", tenant.key, json={"url": site.url(), "project": project}
        )
        earlier = wait_until_finished(service, tenant.key, accepted)
    assert earlier["state"] == "succeeded" and earlier["findings"]["items"]
    with unreachable_url(kind) as url:
        accepted = service.post("/scans/web", tenant.key, json={"url": url, "project": project})
        body = wait_until_finished(service, tenant.key, accepted)
    assert body["state"] == "failed", body
    assert body["error"].startswith(f"web: target unreachable: {kind}: "), body["error"]
    # The short reason, then the tool run an operator can look up.
    assert re.search(rf"{re.escape(detail)} \(tool run [0-9a-f-]{{36}}\)$", body["error"]), body[
        "error"
    ]
    assert body["progress"]["web"]["state"] == "failed"
    # It did not look, so it does not call the earlier scan's findings fixed.
    assert body["findings"]["items"] == []
    for leak in ("Traceback", "Errno", "/usr/", "/opt/", ".py"):
        assert leak not in body["error"]


def test_no_scanned_code_or_secret_is_stored_in_plain_text(
    module_db_url: str, first: dict, second: dict
) -> None:
    with Database(module_db_url, max_size=1, queries=TEST_QUERIES) as admin:
        searched = database_directories(admin)
        admin.run("test_checkpoint")
    # The control: plain metadata (a rule id of a stored finding) is found.
    assert files_containing(searched, SQLI.encode())
    for needle in (
        b"AKIAZ7Q3RTXPLM4KWN2B",
        b"q8Jv2XkP9rLm4Tz7Wn1Bc6Hd3Fs5Gy0Ae8Ku2Oi9",
        b"SELECT * FROM users WHERE name = '",
        b"ping -c 1 ",
    ):
        assert files_containing(searched, needle) == [], needle
