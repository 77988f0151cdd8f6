"""`securetag scan` as a CI pipeline runs it, against a live API, a real worker and a fake LLM.

The client runs in-process through `securetag.cli.ci_client.command.run` (the exit code is what CI
sees); the server side is the real gunicorn API (tests/support/api.py) and a real
`securetag worker` scanning in the sandbox, with triage answered by the fake LLM that
speaks Ollama's protocol. The gitignore matcher and packer are also checked on their own.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import sys
import tarfile
import time
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft7Validator

from securetag.cli.ci_client import options, waiting
from securetag.cli.ci_client.command import run
from securetag.cli.ci_client.gate import coverage_gaps, gating_findings
from securetag.cli.ci_client.gitignore import GitignoreMatcher
from securetag.cli.ci_client.options import API_KEY_ENV, build_parser
from securetag.cli.ci_client.pack import pack_directory, project_name_for
from securetag.kernel.models import Severity
from securetag.scanning.sarif import sarif_schema
from securetag.store.db import Database
from tests.support import vulnerable_project as vulnerable
from tests.support.api import LiveApi, TenantKeys, free_port, live_api, new_tenant
from tests.support.fake_llm import FakeLlmServer
from tests.support.web_targets import WebTarget, misconfigured_site
from tests.support.workers import WorkerProcess

# Planted in scanned code: the fake model judges findings by what their excerpt holds.
MODEL_SAYS_FALSE_POSITIVE = "only-admins-reach-this"
MODEL_IS_DOWN = "the-model-is-down-for-this"
SQLI = "securetag.python.web.sqli"

PING_APP = """\
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args["host"]
    os.system("ping -c 1 " + host)  # MARKER
    return "sent"
"""

MEDIUM_ONLY = """\
import random

reset_token = random.randint(100000, 999999)
"""

# Python 3.12 (PEP 701: the inner quotes repeat the outer ones); nothing to report in it.
PEP_701_MODULE = """\
def greeting(name):
    return f"{'hello' if name else "anonymous"}"
"""


def model_answer(request: dict) -> str:
    prompt = request["messages"][-1]["content"]
    if MODEL_IS_DOWN in prompt:
        raise ConnectionAbortedError("the fake model drops this request")
    verdict = "false_positive" if MODEL_SAYS_FALSE_POSITIVE in prompt else "true_positive"
    return json.dumps({
        "verdict": verdict,
        "confidence": 0.9,
        "rationale": f"judged {verdict} from the excerpt",
        "recommended_fix": "validate the input",
    })  # fmt: skip


# --------------------------------------------------------------------------- helpers


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    elapsed_s: float


def securetag_scan(
    capsys: pytest.CaptureFixture[str], *argv: str, key: str | None = None
) -> Outcome:
    """`securetag scan ARGV` with the key in SECURETAG_API_KEY, as a CI job would set it."""
    capsys.readouterr()
    environ = {API_KEY_ENV: key} if key else {}
    if "--timeout" not in argv:  # a stuck scan fails the test in minutes, not half an hour
        argv = (*argv, "--timeout", "120")
    started = time.monotonic()
    code = run(build_parser().parse_args(list(argv)), environ=environ)
    elapsed = time.monotonic() - started
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.err, elapsed)


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def finding_paths(report: dict) -> set[str]:
    return {item["path"] for item in report["findings"]["items"]}


def request_lines(api: LiveApi, request_id: str) -> list[dict]:
    lines = [json.loads(line) for line in api.log().splitlines() if line.startswith("{")]
    return [line for line in lines if line.get("request_id") == request_id]


def connections_to(url: str) -> int:
    """This process's established TCP connections to `url`'s port (Linux /proc)."""
    port = f"{urlsplit(url).port:04X}"
    ours = set()
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith("socket:["):
                ours.add(target[8:-1])
    with open("/proc/net/tcp") as table:
        rows = [line.split() for line in table.readlines()[1:]]
    return sum(
        1 for row in rows if row[2].endswith(f":{port}") and row[3] == "01" and row[9] in ours
    )


def request_id_in(stderr: str) -> str:
    start = stderr.index("request id ci-") + len("request id ")
    return stderr[start : start + 35]


# --------------------------------------------------------------------------- the live service


@pytest.fixture(scope="module")
def llm() -> Iterator[FakeLlmServer]:
    with FakeLlmServer() as server:
        server.respond_with(model_answer)
        yield server


@pytest.fixture(scope="module")
def service(
    module_db_url: str, tmp_path_factory: pytest.TempPathFactory, llm: FakeLlmServer
) -> Iterator[LiveApi]:
    tmp = tmp_path_factory.mktemp("ci-client")
    with (
        live_api(module_db_url, tmp, webscan_allow="127.0.0.0/8") as api,
        WorkerProcess(
            api.settings,
            types=["code_audit", "web_scan", "triage"],
            concurrency=2,
            log_path=tmp / "worker.log",
            extra_env={
                "SECURETAG_WEBSCAN_ALLOW": "127.0.0.0/8",
                "SECURETAG_LLM_API": "ollama",
                "SECURETAG_LLM_URL": llm.url,
                "SECURETAG_LLM_MAX_RETRIES": "0",
                "SECURETAG_LLM_DEADLINE_S": "5",
            },
        ),
    ):
        yield api


def tenant_of(module_db_url: str, service: LiveApi, **key_options: object) -> TenantKeys:
    with Database(module_db_url, max_size=1) as admin:
        return new_tenant(admin, service.settings, f"ci-{uuid.uuid4().hex[:8]}", **key_options)


@pytest.fixture(scope="module")
def tenant(module_db_url: str, service: LiveApi) -> TenantKeys:
    return tenant_of(module_db_url, service)


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """The vulnerable project, plus copies of its Flask app that must never be uploaded."""
    root = write_tree(
        tmp_path / "shop",
        {
            ".gitignore": "# build outputs\nbuild/\n*.generated.py\n/secrets.py\n",
            "app/views.py": vulnerable.FLASK_APP,
            "app/settings.py": vulnerable.SETTINGS_WITH_A_KEY,
            "web/server.js": vulnerable.EXPRESS_SERVER,
            "src/main/java/com/example/UserServlet.java": vulnerable.JAVA_DAO,
            "cmd/convert/main.go": vulnerable.GO_COMMAND,
            "app/.gitignore": "legacy/\n!keep.generated.py\n",
            "app/keep.generated.py": vulnerable.FLASK_APP,  # re-included by the nested file
            "app/admin.generated.py": vulnerable.FLASK_APP,
            "app/legacy/views.py": vulnerable.FLASK_APP,
            "build/views.py": vulnerable.FLASK_APP,
            "secrets.py": vulnerable.FLASK_APP,
            ".git/hooks/views.py": vulnerable.FLASK_APP,
        },
    )
    outside = write_tree(tmp_path / "outside", {"views.py": vulnerable.FLASK_APP})
    (root / "linked_views.py").symlink_to(outside / "views.py")
    (root / "vendor").symlink_to(outside, target_is_directory=True)
    return root


NEVER_UPLOADED = {
    "app/admin.generated.py",
    "app/legacy/views.py",
    "build/views.py",
    "secrets.py",
    ".git/hooks/views.py",
    "linked_views.py",
    "vendor/views.py",
}


# --------------------------------------------------------------------------- live: code audits


def test_a_vulnerable_directory_fails_the_build_with_every_finding_in_the_report(
    capsys: pytest.CaptureFixture[str], service: LiveApi, tenant: TenantKeys, shop: Path
) -> None:
    report_path = shop.parent / "report.json"
    outcome = securetag_scan(
        capsys, str(shop), "--server", service.url, "--wait", "--fail-on", "high",
        "--out", str(report_path), "--findings-page-size", "2",
        key=tenant.key,
    )  # fmt: skip

    assert outcome.code == 1, outcome.stderr
    report = json.loads(report_path.read_text())
    assert report["state"] == "succeeded" and report["project"] == "shop"
    everything = service.get(
        f"/scans/{report['id']}", tenant.key, params={"findings_limit": 500}
    ).json()
    ids = [item["id"] for item in report["findings"]["items"]]
    assert len(ids) > 4  # more than two pages of two
    assert ids == [item["id"] for item in everything["findings"]["items"]]
    assert report["findings"]["next_cursor"] is None
    paths = finding_paths(report)
    assert {"app/views.py", "web/server.js", "cmd/convert/main.go"} <= paths
    assert "app/keep.generated.py" in paths  # the same code is found where not ignored
    assert not paths & NEVER_UPLOADED, paths & NEVER_UPLOADED
    # --wait waited for the model: High/Critical findings carry its verdict.
    sqli = next(i for i in report["findings"]["items"] if i["rule_id"] == SQLI)
    assert report["triage"] == "done" and sqli["triage"]["verdict"] == "true_positive"
    assert "skipped 2 symbolic links" in outcome.stderr
    summary = outcome.stderr.strip().splitlines()[-1]
    assert f"critical {report['counts']['critical']}, high {report['counts']['high']}" in summary
    assert outcome.stdout == ""


def test_sarif_report_validates_and_triage_and_review_decide_what_gates(
    capsys: pytest.CaptureFixture[str],
    module_db_url: str,
    service: LiveApi,
    tmp_path: Path,
) -> None:
    tenant = tenant_of(module_db_url, service)
    project = write_tree(
        tmp_path / "ping",
        {"app.py": PING_APP.replace("MARKER", MODEL_SAYS_FALSE_POSITIVE)},
    )
    sarif_path = tmp_path / "ping.sarif"
    common = ("--server", service.url, "--wait", "--fail-on", "high")

    plain = securetag_scan(
        capsys, str(project), *common, "--format", "sarif", "--out", str(sarif_path),
        key=tenant.key,
    )  # fmt: skip
    trusted = securetag_scan(capsys, str(project), *common, "--trust-triage", key=tenant.key)

    assert plain.code == 1, plain.stderr  # the model's word alone does not pass the build
    sarif = json.loads(sarif_path.read_text())
    errors = sorted(Draft7Validator(sarif_schema()).iter_errors(sarif), key=str)
    assert not errors, errors[:3]
    assert any("command-injection" in r["ruleId"] for r in sarif["runs"][0]["results"])
    assert trusted.code == 0, trusted.stderr
    report = json.loads(trusted.stdout)
    high = [i for i in report["findings"]["items"] if i["severity"] in ("high", "critical")]
    assert high and all(i["triage"]["verdict"] == "false_positive" for i in high)

    for item in high:  # a person accepts the risk; the review follows the issue
        reviewed = service.patch(
            f"/findings/{item['id']}", tenant.key, json={"status": "accepted_risk"}
        )
        assert reviewed.status_code == 200, reviewed.text
    accepted = securetag_scan(capsys, str(project), *common, key=tenant.key)
    assert accepted.code == 0, accepted.stderr
    assert "waived by review or triage" in accepted.stderr


def test_threshold_decides_for_lower_severities_and_archives_go_up_as_they_are(
    capsys: pytest.CaptureFixture[str], service: LiveApi, tenant: TenantKeys, tmp_path: Path
) -> None:
    project = write_tree(tmp_path / "my tokens!", {"tokens.py": MEDIUM_ONLY})
    archive = tmp_path / "tokens-1.2.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("tokens.py", MEDIUM_ONLY)
    common = ("--server", service.url, "--wait")

    critical_only = securetag_scan(
        capsys, str(project), *common, "--fail-on", "critical", key=tenant.key
    )
    medium = securetag_scan(
        capsys, str(archive), *common, "--fail-on", "medium", "--quiet", key=tenant.key
    )

    assert critical_only.code == 0, critical_only.stderr
    report = json.loads(critical_only.stdout)
    assert report["project"] == "my-tokens"
    severities = {item["severity"] for item in report["findings"]["items"]}
    assert "medium" in severities and not severities & {"high", "critical"}
    assert medium.code == 1, medium.stderr
    zipped_report = json.loads(medium.stdout)
    assert zipped_report["project"] == "tokens-1.2"
    assert finding_paths(zipped_report) == {"tokens.py"}
    assert medium.stderr.count("\n") == 1 and "1 at or above medium" in medium.stderr  # --quiet


def test_without_no_wait_triage_pending_triage_is_waited_for_and_with_it_not(
    capsys: pytest.CaptureFixture[str], service: LiveApi, tenant: TenantKeys, tmp_path: Path
) -> None:
    project = write_tree(tmp_path / "down", {"app.py": PING_APP.replace("MARKER", MODEL_IS_DOWN)})

    outcome = securetag_scan(
        capsys, str(project), "--server", service.url, "--wait", "--no-wait-triage",
        "--fail-on", "high", key=tenant.key,
    )  # fmt: skip

    assert outcome.code == 1, outcome.stderr
    report = json.loads(outcome.stdout)
    assert report["state"] == "succeeded" and report["triage"] == "pending"


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="this Python parses PEP 701; the case needs an older one"
)
def test_a_partial_scan_exits_7_naming_what_was_missed_unless_partial_is_allowed(
    capsys: pytest.CaptureFixture[str], service: LiveApi, tenant: TenantKeys, tmp_path: Path
) -> None:
    # Bandit, under the worker's older Python, cannot parse app/modern.py (PEP 701):
    # the scan succeeds, finds the medium issue in tokens.py, and did not look everywhere.
    project = write_tree(
        tmp_path / "modern", {"app/modern.py": PEP_701_MODULE, "tokens.py": MEDIUM_ONLY}
    )
    sarif_path = tmp_path / "modern.sarif"
    common = ("--server", service.url, "--wait", "--project", "modern")

    partial = securetag_scan(
        capsys, str(project), *common, "--fail-on", "medium",
        "--format", "sarif", "--out", str(sarif_path), key=tenant.key,
    )  # fmt: skip
    findings_decide = securetag_scan(
        capsys, str(project), *common, "--fail-on", "medium", "--allow-partial", key=tenant.key
    )
    nothing_at_high = securetag_scan(
        capsys, str(project), *common, "--fail-on", "high", "--allow-partial", key=tenant.key
    )

    assert partial.code == 7, partial.stderr
    assert "coverage partial" in partial.stderr
    assert "bandit skipped 1 file (parse_error 1): app/modern.py" in partial.stderr
    assert "--allow-partial" in partial.stderr
    sarif = json.loads(sarif_path.read_text())
    assert not sorted(Draft7Validator(sarif_schema()).iter_errors(sarif), key=str)
    [invocation] = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    [skipped] = [n for n in invocation["toolExecutionNotifications"] if n.get("locations")]
    assert skipped["level"] == "warning" and skipped["properties"]["reason"] == "parse_error"
    assert skipped["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "app/modern.py"
    )

    assert findings_decide.code == 1, findings_decide.stderr
    report = json.loads(findings_decide.stdout)
    assert report["state"] == "succeeded" and report["coverage"]["state"] == "partial"
    assert "warning: coverage partial" in findings_decide.stderr
    assert nothing_at_high.code == 0, nothing_at_high.stderr


def test_a_scan_still_running_at_the_timeout_exits_6(
    capsys: pytest.CaptureFixture[str], service: LiveApi, tenant: TenantKeys, tmp_path: Path
) -> None:
    # Enough files that the scan outlasts a second (a one-file scan now ends within it).
    # Each file its own (identical ones would compress past the unpacker's 100:1 bound).
    tree = {
        f"pkg{n // 100}/tokens_{n}.py": MEDIUM_ONLY
        + f"# {hashlib.sha256(str(n).encode()).hexdigest()}\n"
        for n in range(1500)
    }
    project = write_tree(tmp_path / "slow", tree)

    outcome = securetag_scan(
        capsys, str(project), "--server", service.url, "--wait", "--timeout", "1",
        key=tenant.key,
    )  # fmt: skip

    assert outcome.code == 6, outcome.stderr
    assert "--timeout ran out" in outcome.stderr and "raise --timeout" in outcome.stderr
    assert outcome.elapsed_s < 5


def test_an_archive_over_max_bytes_is_refused_before_anything_is_sent(
    capsys: pytest.CaptureFixture[str],
    module_db_url: str,
    service: LiveApi,
    shop: Path,
) -> None:
    tenant = tenant_of(module_db_url, service)
    (shop / "assets").mkdir()
    (shop / "assets" / "blob.bin").write_bytes(os.urandom(200_000))  # gzip cannot shrink it

    outcome = securetag_scan(
        capsys, str(shop), "--server", service.url, "--wait", "--max-bytes", "100000",
        key=tenant.key,
    )  # fmt: skip

    assert outcome.code == 2, outcome.stderr
    assert "exceed 100000 bytes" in outcome.stderr
    assert service.get("/scans", tenant.key).json()["items"] == []


# --------------------------------------------------------------------------- live: web scans


def test_a_web_scan_of_a_misconfigured_site_fails_the_build_at_critical(
    capsys: pytest.CaptureFixture[str], service: LiveApi, tenant: TenantKeys
) -> None:
    with WebTarget(misconfigured_site()) as target:
        outcome = securetag_scan(
            capsys, target.url(), "--server", service.url, "--wait", "--fail-on", "critical",
            "--profile", "quick", key=tenant.key,
        )  # fmt: skip

    assert outcome.code == 1, outcome.stderr
    report = json.loads(outcome.stdout)
    rules = {item["rule_id"].removeprefix("securetag.web.") for item in report["findings"]["items"]}
    assert {"exposed-env", "exposed-git", "missing-csp"} <= rules


def test_a_refused_url_is_refused_when_submitted_and_exits_2(
    capsys: pytest.CaptureFixture[str], service: LiveApi, tenant: TenantKeys
) -> None:
    # The API judges the target before anything is queued: a request refused as invalid.
    outcome = securetag_scan(
        capsys, "http://169.254.169.254/", "--server", service.url, "--wait", key=tenant.key
    )

    assert outcome.code == 2, outcome.stderr
    assert "target_refused" in outcome.stderr and "169.254.169.254" in outcome.stderr
    assert outcome.stdout == ""


def test_without_wait_the_accepted_scan_is_printed_and_the_exit_is_0(
    capsys: pytest.CaptureFixture[str], service: LiveApi, tenant: TenantKeys
) -> None:
    outcome = securetag_scan(
        capsys, "https://example.com/latest", "--server", service.url, "--project", "meta",
        key=tenant.key,
    )  # fmt: skip

    assert outcome.code == 0, outcome.stderr
    accepted = json.loads(outcome.stdout)
    assert accepted["links"]["self"] == f"/scans/{accepted['scan_id']}"
    stored = service.get(accepted["links"]["self"], tenant.key).json()
    assert stored["type"] == "web_scan" and stored["project"] == "meta"


# Nothing exploitable: a constant argv and a parameterized query in an f-string, which
# Bandit flags by shape (B404, B603, B607, B608).
SHAPES_ONLY_MODULE = """import subprocess


def version():
    return subprocess.check_output(["git", "--version"])


def daily_count(db, day: int):
    table = "events"
    return db.execute(f"SELECT count(*) FROM {table} WHERE day = ?", (day,)).fetchone()
"""


def test_the_audit_profile_keeps_the_shape_guesses_the_default_leaves_out(
    capsys: pytest.CaptureFixture[str], service: LiveApi, tenant: TenantKeys, tmp_path: Path
) -> None:
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools/report.py").write_text(SHAPES_ONLY_MODULE)
    rules = {}
    for profile in ("default", "audit"):
        outcome = securetag_scan(
            capsys, str(tmp_path / "tools"), "--server", service.url, "--wait",
            "--no-wait-triage", "--fail-on", "none", "--profile", profile,
            key=tenant.key,
        )  # fmt: skip
        assert outcome.code == 0, outcome.stderr
        report = json.loads(outcome.stdout)
        rules[profile] = {item["rule_id"] for item in report["findings"]["items"]}

    assert not {rule for rule in rules["default"] if rule.startswith("bandit.")}
    assert {"bandit.B404", "bandit.B608"} <= rules["audit"]


# --------------------------------------------------------------------------- live: faults


def test_a_wrong_or_missing_or_underscoped_key_exits_3_without_printing_the_key(
    capsys: pytest.CaptureFixture[str],
    module_db_url: str,
    service: LiveApi,
    tenant: TenantKeys,
    tmp_path: Path,
) -> None:
    project = write_tree(tmp_path / "p", {"a.py": "x = 1\n"})
    wrong_key = tenant.key[:-6] + "AAAAAA"
    reader = tenant_of(module_db_url, service, scopes=["scans:read"])

    wrong = securetag_scan(capsys, str(project), "--server", service.url, key=wrong_key)
    missing = securetag_scan(capsys, str(project), "--server", service.url)
    read_only = securetag_scan(
        capsys, "https://example.com/", "--server", service.url, "--api-key", reader.key
    )

    assert wrong.code == 3 and "401" in wrong.stderr and "request id ci-" in wrong.stderr
    assert wrong_key.split("_", 2)[2] not in wrong.stderr + wrong.stdout  # not even the secret
    assert missing.code == 3 and API_KEY_ENV in missing.stderr
    assert read_only.code == 3 and "403" in read_only.stderr and "scans:write" in read_only.stderr
    assert reader.key.split("_", 2)[2] not in read_only.stderr


def test_an_unreachable_server_exits_4_within_the_timeout(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = write_tree(tmp_path / "p", {"a.py": "x = 1\n"})
    closed = f"http://127.0.0.1:{free_port()}"

    outcome = securetag_scan(
        capsys, str(project), "--server", closed, "--wait", "--timeout", "2", key="stk_x_y"
    )

    assert outcome.code == 4, outcome.stderr
    assert "Connection refused" in outcome.stderr and "attempt" in outcome.stderr
    assert outcome.elapsed_s < 3


def test_a_database_outage_503_is_retried_after_retry_after_then_exits_4(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    unreachable_db = f"postgresql://securetag@127.0.0.1:{free_port()}/nowhere"
    with live_api(
        unreachable_db, tmp_path, workers=1, unavailable_retry_after_s=1, db_connect_timeout_s=0.5
    ) as api:
        outcome = securetag_scan(
            capsys, "https://example.com/", "--server", api.url, "--timeout", "3.5",
            key="stk_abcdefghijkl_" + "s" * 40,
        )  # fmt: skip
        answered = [line["status"] for line in request_lines(api, request_id_in(outcome.stderr))]
        # A keep-alive connection left open would hold one of the server's threads.
        lingering = connections_to(api.url)

    assert outcome.code == 4, outcome.stderr
    assert "503 database_unavailable" in outcome.stderr
    assert len(answered) >= 2 and set(answered) == {503}  # retried, a second apart
    assert f"gave up after {len(answered)} attempt(s)" in outcome.stderr
    assert lingering == 0
    assert outcome.elapsed_s < 8


def test_a_rate_limited_submission_waits_for_retry_after_and_goes_through(
    capsys: pytest.CaptureFixture[str], module_db_url: str, service: LiveApi
) -> None:
    limited = tenant_of(module_db_url, service, rate_limit_per_minute=60)
    for _ in range(200):  # spend the burst
        if service.get("/scans?limit=1", limited.key).status_code == 429:
            break
    else:
        pytest.fail("the key's burst was never spent")

    outcome = securetag_scan(
        capsys, "https://example.com/", "--server", service.url, key=limited.key
    )

    assert outcome.code == 0, outcome.stderr
    statuses = [line["status"] for line in request_lines(service, request_id_in(outcome.stderr))]
    assert statuses[0] == 429 and statuses[-1] == 202, statuses


# --------------------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    ("target", "extra", "message"),
    [
        ("{tmp}/missing", (), "does not exist"),
        ("{tmp}/notes.txt", (), "neither a directory nor"),
        ("ftp://example.com/", (), "http or https"),
        ("https://user:pw@example.com/", (), "credentials"),
        ("ftp://user:pw@example.com/", (), "credentials"),
        ("{tmp}", ("--project", "bad name!"), "not a valid project name"),
        ("{tmp}", ("--out", "{tmp}/no/such/dir/report.json"), "does not exist"),
        ("{tmp}", ("--profile", "quick"), "not one of a code audit's: default, audit"),
        ("https://example.com/", ("--profile", "audit"), "not one of a web scan's"),
    ],
)
def test_usage_errors_exit_2_before_the_server_is_contacted(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    target: str,
    extra: tuple[str, ...],
    message: str,
) -> None:
    (tmp_path / "notes.txt").write_text("hello\n")
    closed = f"http://127.0.0.1:{free_port()}"  # contacting it would exit 4, not 2
    argv = [target.format(tmp=tmp_path), *(arg.format(tmp=tmp_path) for arg in extra)]

    outcome = securetag_scan(capsys, *argv, "--server", closed, key="stk_x_y")

    assert outcome.code == 2, outcome.stderr
    assert message in outcome.stderr
    assert "user:pw" not in outcome.stderr


def test_help_documents_the_exit_codes() -> None:
    text = build_parser().format_help()
    for line in (
        "1  findings at or above --fail-on",
        "4  server unreachable",
        "6  waiting",
        "7  the scan's coverage is partial",
        "--allow-partial",
    ):
        assert line in text


# --------------------------------------------------------------------------- gitignore and packing


@pytest.mark.parametrize(
    ("gitignore", "path", "is_dir", "ignored"),
    [
        ("# comment\n\n*.log\n", "logs/today.log", False, True),
        ("*.log\n", "today.logs", False, False),
        ("*.log\n!keep.log\n", "deep/keep.log", False, False),
        ("build/\n", "build", True, True),
        ("build/\n", "build", False, False),  # trailing slash: directories only
        ("build/\n", "build/out/x.py", False, True),  # inside an ignored directory
        ("build/\n!build/keep.py\n", "build/keep.py", False, True),  # parent stays excluded
        ("/todo.txt\n", "todo.txt", False, True),
        ("/todo.txt\n", "docs/todo.txt", False, False),  # leading slash anchors
        ("docs/*.md\n", "docs/a.md", False, True),
        ("docs/*.md\n", "docs/sub/a.md", False, False),  # `*` stays in one segment
        ("docs/*.md\n", "x/docs/a.md", False, False),  # a middle slash anchors too
        ("**/cache\n", "a/b/cache", True, True),
        ("a/**/b\n", "a/b", False, True),
        ("a/**/b\n", "a/x/y/b", False, True),
        ("dist/**\n", "dist/x/y.js", False, True),
        ("dist/**\n", "dist", True, False),
        ("file?.py\n", "file1.py", False, True),
        ("file?.py\n", "file10.py", False, False),
        ("[abc].py\n", "b.py", False, True),
        ("[!abc].py\n", "d.py", False, True),
        ("[!abc].py\n", "a.py", False, False),
        ("\\#notes\n", "#notes", False, True),
        ("\\!bang\n", "!bang", False, True),
        ("trailing   \n", "trailing", False, True),
    ],
)
def test_gitignore_matcher(gitignore: str, path: str, is_dir: bool, ignored: bool) -> None:
    matcher = GitignoreMatcher().with_gitignore(gitignore)
    assert matcher.is_ignored(path, is_dir=is_dir) is ignored


def test_nested_gitignore_applies_below_its_directory_and_overrides_the_root() -> None:
    matcher = (
        GitignoreMatcher()
        .with_gitignore("*.gen.py\nlocal/\n")
        .with_gitignore("!keep.gen.py\n/only-here.txt\n", base="pkg")
    )
    assert matcher.is_ignored("pkg/drop.gen.py")
    assert not matcher.is_ignored("pkg/keep.gen.py")
    assert matcher.is_ignored("keep.gen.py")  # the nested rule does not reach up
    assert matcher.is_ignored("pkg/only-here.txt")
    assert not matcher.is_ignored("pkg/sub/only-here.txt")
    assert matcher.is_ignored("pkg/local/x.py")


def test_the_packed_archive_holds_exactly_what_git_would_track(shop: Path) -> None:
    upload = pack_directory(shop, max_bytes=10_000_000)
    with upload.file:
        data = upload.file.read()
    assert len(data) == upload.size
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        members = archive.getmembers()
    names = {member.name for member in members}
    assert names == {
        ".gitignore",
        "app/.gitignore",
        "app/keep.generated.py",
        "app/settings.py",
        "app/views.py",
        "cmd/convert/main.go",
        "src/main/java/com/example/UserServlet.java",
        "web/server.js",
    }
    assert all(member.isfile() for member in members)
    assert sorted(upload.skipped_links) == ["linked_views.py", "vendor"]


def finding(name: str, severity: str, *, status: str = "new", review=None, triage=None) -> dict:
    """A finding as GET /scans/{id} lists it (the fields the gate reads)."""
    return {
        "id": name,
        "severity": severity,
        "status": status,
        "review": {"status": review} if review else None,
        "triage": {"verdict": triage} if triage else None,
    }


GATE_INPUT = [
    finding("fixed", "critical", status="fixed"),
    finding("person-says-fp", "critical", review="false_positive"),
    finding("risk-accepted", "high", review="accepted_risk"),
    finding("reopened", "high", status="existing", review="open"),
    finding("model-says-fp", "critical", triage="false_positive"),
    finding("model-says-tp", "high", triage="true_positive"),
    finding("medium", "medium"),
]


@pytest.mark.parametrize(
    ("fail_on", "trust_triage", "gating"),
    [
        ("high", False, {"reopened", "model-says-fp", "model-says-tp"}),
        ("high", True, {"reopened", "model-says-tp"}),
        ("critical", True, set()),
        ("medium", False, {"reopened", "model-says-fp", "model-says-tp", "medium"}),
        ("none", False, set()),
    ],
)
def test_the_gate_skips_fixed_reviewed_and_trusted_triage_findings(
    fail_on: str, trust_triage: bool, gating: set[str]
) -> None:
    threshold = None if fail_on == "none" else Severity(fail_on)
    found = gating_findings(GATE_INPUT, threshold, trust_triage=trust_triage)
    assert {item["id"] for item in found} == gating


def test_a_scan_from_a_server_without_coverage_counts_as_complete() -> None:
    assert coverage_gaps({"id": "s1", "state": "succeeded"}) is None
    assert coverage_gaps({"id": "s1", "state": "succeeded", "coverage": None}) is None
    complete = {"state": "complete", "agents": {}, "reasons": []}
    assert coverage_gaps({"id": "s1", "state": "succeeded", "coverage": complete}) is None


def test_the_partial_message_names_each_engine_its_counts_and_a_few_paths() -> None:
    examples = [
        {"path": f"static/{n}.js", "reason": "too_large", "detail": "big"} for n in range(5)
    ]
    coverage = {
        "state": "partial",
        "agents": {
            "semgrep": {"unit": "files", "skipped": 9, "by_reason": {"too_large": 9},
                        "examples": examples, "failure": None},
            "secrets": {"unit": "files", "skipped": 0, "by_reason": {}, "examples": [],
                        "failure": "stopped by the sandbox: timeout"},
        },
        "reasons": [],
    }  # fmt: skip

    message = coverage_gaps({"id": "s1", "state": "succeeded", "coverage": coverage})

    assert message == (
        "semgrep skipped 9 files (too_large 9): static/0.js, static/1.js, static/2.js …; "
        "secrets failed: stopped by the sandbox: timeout"
    )


def test_project_names_are_derived_to_fit_the_api_pattern() -> None:
    from securetag.api.schemas import PROJECT_PATTERN

    assert options.PROJECT_PATTERN == PROJECT_PATTERN
    assert project_name_for("my tokens!") == "my-tokens"
    assert project_name_for("..hidden") == "hidden"
    assert project_name_for("Überweisung 2") == "berweisung-2"
    assert project_name_for("!!!") == "project"
    assert len(project_name_for("x" * 300)) == 200


@pytest.mark.parametrize(
    ("state", "triage", "waiting_for_triage", "settled"),
    [
        ("running", "none", True, False),
        ("succeeded", "pending", True, False),
        ("succeeded", "pending", False, True),
        ("succeeded", "done", True, True),
        # A triage that ended without finishing is over too: no waiting until --timeout.
        ("succeeded", "failed", True, True),
    ],
)
def test_a_scan_is_settled_once_final_and_its_triage_over(
    state: str, triage: str, waiting_for_triage: bool, settled: bool
) -> None:
    scan = {"id": "s1", "state": state, "triage": triage, "progress": {}}
    assert waiting.is_settled(scan, wait_for_triage=waiting_for_triage) is settled


def test_the_progress_line_says_when_the_triage_failed() -> None:
    scan = {"id": "s1", "state": "succeeded", "triage": "failed", "progress": {}}
    assert waiting.describe_progress(scan) == (
        "scan s1 succeeded; triage failed (findings without a verdict count as they are)"
    )
