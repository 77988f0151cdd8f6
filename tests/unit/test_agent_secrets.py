"""The secrets agent: the real detect-secrets over planted secrets, and nothing leaks."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import string
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from securetag.kernel.errors import AgentOutputError
from securetag.kernel.models import Finding, ScanType, Severity
from securetag.scanning.agent import AgentInput
from securetag.scanning.agents import secrets as secrets_agent
from securetag.scanning.findings import assign_fingerprints, deduplicate
from securetag.scanning.sarif import sarif_report, sarif_schema
from tests.support.sandbox_results import finished_run
from tests.support.switch_off_attempts import (
    SECRETS_EXPECTED,
    SECRETS_SKIPPED_AS_BINARY,
    SECRETS_TREE,
)

ALNUM = string.ascii_letters + string.digits


def random_text(alphabet: str, length: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


@dataclass(frozen=True)
class Planted:
    """Fresh secrets for each run, so no credential-shaped literal lives in the repository."""

    aws_key: str
    github_token: str
    password: str
    db_password: str
    stripe_key: str
    pem: str

    @classmethod
    def generate(cls) -> Planted:
        key = ec.generate_private_key(ec.SECP256R1())
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        return cls(
            aws_key="AKIA" + random_text(string.ascii_uppercase + "234567", 16),
            github_token="ghp_" + random_text(ALNUM, 36),
            password=random_text(ALNUM, 20),
            db_password=random_text(ALNUM, 16),
            stripe_key="sk_live_" + random_text(ALNUM, 24),
            pem=pem,
        )

    @property
    def pem_body_lines(self) -> list[str]:
        return [line for line in self.pem.splitlines() if line and not line.startswith("-----")]

    def values(self) -> list[str]:
        return [
            self.aws_key,
            self.github_token,
            self.password,
            self.db_password,
            self.stripe_key,
            self.pem,
            *self.pem_body_lines,
        ]


@dataclass(frozen=True)
class Scan:
    tree: Path
    planted: Planted
    stdout: bytes
    findings: list[Finding]


def write_tree(tree: Path, planted: Planted) -> None:
    one_line_key = planted.pem.replace("\n", "\\n")
    files = {
        "config/settings.py": (
            f'AWS_ACCESS_KEY_ID = "{planted.aws_key}"\n'
            f'GITHUB_TOKEN = "{planted.github_token}"\n'
            f'password = "{planted.password}"\n'
            f'STRIPE_KEY = "{planted.stripe_key}"  # pragma: allowlist secret\n'
        ),
        "keys/service.pem": planted.pem,
        "app/signing.py": f'SIGNING_KEY = "{one_line_key}"\n',
        ".env": f"DATABASE_URL=postgres://admin:{planted.db_password}@db:5432/app\n",
        "README.md": "Nothing to see here.\n",
    }
    for name, text in files.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text(text)


def snapshot(tree: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(tree)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in tree.rglob("*")
    }


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Scan:
    """detect-secrets run for real over a tree that is not a git repository."""
    tree = tmp_path_factory.mktemp("tree")
    planted = Planted.generate()
    write_tree(tree, planted)
    before = snapshot(tree)
    home = tmp_path_factory.mktemp("home")
    completed = run_scan(tree, home)
    assert snapshot(tree) == before, "the scan wrote into the scanned tree"
    assert not list(home.iterdir()), "the scan wrote into its working directory"
    findings = secrets_agent.parse(completed.stdout, source_root=tree, scan_root=str(tree))
    return Scan(tree, planted, completed.stdout, findings)


def run_scan(tree: Path, home: Path) -> subprocess.CompletedProcess[bytes]:
    """The agent's command line, run for real outside the sandbox."""
    completed = subprocess.run(
        secrets_agent.build_argv(str(tree), python=sys.executable),
        capture_output=True,
        cwd=home,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    return completed


def by_type(findings: list[Finding], secret_type: str) -> list[Finding]:
    return [f for f in findings if f.extra["secret_type"] == secret_type]


def assert_no_secret_in(text: str, planted: Planted) -> None:
    for value in planted.values():
        assert value not in text
    # No 12-character piece of a secret either, beyond the 4 characters a redaction keeps.
    for value in [*planted.values()[:5], *planted.pem_body_lines]:
        for start in range(4, len(value) - 11):
            assert value[start : start + 12] not in text


def test_argv_scans_all_files_without_git_baseline_or_network() -> None:
    argv = secrets_agent.build_argv("/input", python="/venv/bin/python")
    assert argv[:4] == ["/venv/bin/python", "-I", "-m", "securetag.scanning.agents.secrets_scan"]
    assert argv[-1] == "/input"
    assert argv[argv.index("-C") + 1] == "/input"
    assert {"scan", "--all-files", "-n"} <= set(argv)
    assert "--baseline" not in argv


def test_argv_switches_off_every_filter_the_tree_could_trigger() -> None:
    argv = secrets_agent.build_argv("/input")
    disabled = {argv[i + 1] for i, arg in enumerate(argv) if arg == "--disable-filter"}
    assert disabled == {
        "detect_secrets.filters.allowlist.is_line_allowlisted",
        "detect_secrets.filters.heuristic.is_indirect_reference",
        "detect_secrets.filters.heuristic.is_lock_file",
        "detect_secrets.filters.heuristic.is_non_text_file",
        "detect_secrets.filters.heuristic.is_swagger_file",
    }


def test_file_names_encodings_and_other_code_on_the_line_hide_no_secret(tmp_path: Path) -> None:
    """Lock files, a text file named *.png, a swagger path, `x = f(y)` elsewhere on the
    line and one byte that is not UTF-8 each used to hide an AWS key; a real image is
    left out by its content, and said so."""
    tree = tmp_path / "tree"
    for name, data in SECRETS_TREE.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_bytes(data)
    home = tmp_path / "home"
    home.mkdir()

    completed = run_scan(tree, home)
    findings = secrets_agent.parse(completed.stdout, source_root=tree, scan_root=str(tree))
    report = json.loads(completed.stdout)

    assert {(f.path, f.start_line) for f in findings} == SECRETS_EXPECTED
    assert {f.extra["secret_type"] for f in findings} == {"AWS Access Key"}
    assert all("AKIA…(20 chars)" in f.snippet for f in findings)
    assert report["skipped"] == [{"path": p, "reason": "binary"} for p in SECRETS_SKIPPED_AS_BINARY]
    assert report["examined"] == len(SECRETS_TREE) - len(SECRETS_SKIPPED_AS_BINARY)


def test_the_program_refuses_what_is_not_a_plain_scan(tmp_path: Path) -> None:
    argv = secrets_agent.build_argv(str(tmp_path), python=sys.executable)
    completed = subprocess.run(
        [*argv[:4], "scan", "--string", "AKIA"], capture_output=True, timeout=60, check=False
    )
    assert completed.returncode == 2
    assert b"only `scan` of paths" in completed.stderr


def test_every_planted_secret_is_found(scan: Scan) -> None:
    located = {(f.path, f.start_line, f.extra["secret_type"]) for f in scan.findings}
    assert {
        ("config/settings.py", 1, "AWS Access Key"),
        ("config/settings.py", 2, "GitHub Token"),
        ("config/settings.py", 3, "Secret Keyword"),
        ("config/settings.py", 4, "Stripe Access Key"),
        ("keys/service.pem", 1, "Private Key"),
        ("app/signing.py", 1, "Private Key"),
        (".env", 1, "Basic Auth Credentials"),
    } <= located
    assert not any(f.path == "README.md" for f in scan.findings)


def test_findings_are_rated_and_classified(scan: Scan) -> None:
    for finding in scan.findings:
        assert finding.tool == "detect-secrets"
        assert finding.cwe == ["CWE-798"]
        assert finding.owasp == ["A07:2021 - Identification and Authentication Failures"]
    for secret_type in ("AWS Access Key", "GitHub Token", "Private Key", "Stripe Access Key"):
        assert {f.severity for f in by_type(scan.findings, secret_type)} == {Severity.HIGH}
    assert {f.severity for f in by_type(scan.findings, "Secret Keyword")} == {Severity.MEDIUM}


def test_snippets_show_where_the_secret_is_but_not_the_secret(scan: Scan) -> None:
    planted = scan.planted
    (aws,) = by_type(scan.findings, "AWS Access Key")
    assert aws.snippet == 'AWS_ACCESS_KEY_ID = "AKIA…(20 chars)"'
    assert aws.extra["redacted"] == "AKIA…(20 chars)"
    assert aws.extra["secret_sha256"] == hashlib.sha256(planted.aws_key.encode()).hexdigest()

    (github,) = by_type(scan.findings, "GitHub Token")
    assert github.snippet == 'GITHUB_TOKEN = "ghp_…(40 chars)"'
    assert (
        github.extra["secret_sha256"] == hashlib.sha256(planted.github_token.encode()).hexdigest()
    )

    (keyword,) = by_type(scan.findings, "Secret Keyword")
    assert keyword.snippet == f'password = "{planted.password[:4]}…(20 chars)"'

    keys = {f.path: f for f in by_type(scan.findings, "Private Key")}
    pem_file, one_line = keys["keys/service.pem"], keys["app/signing.py"]
    assert pem_file.snippet == "-----BEGI…(17 chars)-----"
    assert one_line.snippet.startswith('SIGNING_KEY = "-----BEGI…(17 chars)-----')

    (basic_auth,) = by_type(scan.findings, "Basic Auth Credentials")
    assert basic_auth.snippet == (
        f"DATABASE_URL=postgres://admin:{planted.db_password[:4]}…(16 chars)@db:5432/app"
    )


def test_no_finding_field_holds_a_planted_secret(scan: Scan) -> None:
    dumped = json.dumps([f.model_dump(mode="json") for f in scan.findings], ensure_ascii=False)
    assert_no_secret_in(dumped, scan.planted)


def test_the_sarif_report_holds_no_secret_and_is_valid(scan: Scan) -> None:
    findings = deduplicate(assign_fingerprints(scan.findings))
    report = sarif_report({"id": "s1", "project": "p", "state": "succeeded"}, findings)
    jsonschema.Draft7Validator(sarif_schema()).validate(report)
    assert_no_secret_in(json.dumps(report, ensure_ascii=False), scan.planted)
    assert_no_secret_in(json.dumps(report), scan.planted)
    # The GitHub token is also a high-entropy string: one result, both detectors named.
    token_results = [
        r
        for r in report["runs"][0]["results"]
        if r["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
        and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "config/settings.py"
    ]
    assert len(token_results) == 1


def report_for(path: str, secret: str, line_number: int = 1) -> bytes:
    sha1 = hashlib.sha1(secret.encode()).hexdigest()
    result = {
        "type": "Secret Keyword",
        "filename": path,
        "hashed_secret": sha1,
        "is_verified": False,
        "line_number": line_number,
    }
    return json.dumps({"version": "1.5.0", "results": {path: [result]}}).encode()


def test_a_file_outside_the_tree_is_never_read(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    outside_secret = random_text(ALNUM, 24)
    (tmp_path / "outside.py").write_text(f'password = "{outside_secret}"\n')
    os.symlink(tmp_path / "outside.py", tree / "link.py")

    for path in ("../outside.py", "link.py"):
        (finding,) = secrets_agent.parse(report_for(path, outside_secret), source_root=tree)
        assert finding.snippet == secrets_agent.WITHHELD_SNIPPET
        assert "secret_sha256" not in finding.extra
        assert outside_secret not in finding.model_dump_json()


def test_a_secret_that_cannot_be_found_again_withholds_the_line(tmp_path: Path) -> None:
    line_secret = random_text(ALNUM, 24)
    (tmp_path / "app.py").write_text(f'token = "{line_secret}"\n')
    (finding,) = secrets_agent.parse(
        report_for("app.py", "a different value"), source_root=tmp_path
    )
    assert finding.snippet == secrets_agent.WITHHELD_SNIPPET
    assert line_secret not in finding.model_dump_json()


@pytest.mark.parametrize("stdout", [b"", b"not json", b'{"results": []}', b'{"version": "1"}'])
def test_output_that_is_not_a_detect_secrets_report_is_a_clear_error(stdout: bytes) -> None:
    with pytest.raises(AgentOutputError) as caught:
        secrets_agent.parse(stdout, source_root=Path("/nonexistent"))
    assert caught.value.retryable is False


def test_the_agent_reports_what_it_examined_and_what_it_left_out(tmp_path: Path) -> None:
    """The runner counts the files it scanned and lists the ones it left out, with why."""
    tree = tmp_path / "tree"
    (tree / "app").mkdir(parents=True)
    for name in ("app/a.py", "app/b.txt", "README.md"):
        (tree / name).write_text("nothing to see\n")
    (tree / "logo.bin").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0binary")
    completed = subprocess.run(
        secrets_agent.build_argv(str(tree)),
        capture_output=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr.decode()

    run = secrets_agent.AGENT.outcome(
        finished_run(completed.stdout, stderr=completed.stderr),
        AgentInput(ScanType.CODE_AUDIT, source_dir=tree),
    )
    assert run.coverage.examined == 3
    assert [(s.path, s.reason) for s in run.coverage.skipped] == [("logo.bin", "binary")]
    # Another report (detect-secrets' own) does not say: unknown, not zero.
    plain = b'{"version": "1", "results": {}}'
    assert secrets_agent.coverage(plain).examined is None
