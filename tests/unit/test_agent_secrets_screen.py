"""The secrets runner's screen (secrets_screen): the same secrets as detect-secrets' own
loop, at a fraction of its cost (issue 18, item 2).

detect-secrets ran every plugin on every line through its dependency injection; a tree
of ordinary code cost about as much as Semgrep on it (Java: twice as much). The screen
asks each plugin first whether the file, then whether the line, can hold anything it
reports. These tests hold it to the same report as the unscreened loop, on a varied tree
and on generated lines, and count that lines without any trigger reach no plugin.
"""

from __future__ import annotations

import json
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest
from detect_secrets.core import scan as detect_secrets_scan
from detect_secrets.main import parse_args
from detect_secrets.settings import get_plugins
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from securetag.kernel.models import ScanType
from securetag.scanning.agent import AgentInput
from securetag.scanning.agents import regex_literals, secrets_scan, secrets_screen
from securetag.scanning.agents import secrets as secrets_agent

ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"


def token(alphabet: str, length: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


def jwt() -> str:
    import base64

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    return ".".join(
        [part(b'{"alg":"HS256","typ":"JWT"}'), part(b'{"sub":"1234567890"}'), token(ALNUM, 43)]
    )


def varied_tree(root: Path) -> None:
    """Secrets of many kinds in many formats, fresh each run (none lives in the repository)."""
    aws = "AKIA" + token(string.ascii_uppercase + "234567", 16)
    files: dict[str, bytes | str] = {
        "deploy/values.yaml": (
            "service:\n"
            f"  aws_access_key_id: {aws}\n"
            f"  password: {token(ALNUM, 18)}\n"
            f"  signing: {token(B64, 40)}\n"
            f"  hex_seed: {token('0123456789abcdef', 32)}\n"
            "  replicas: 3\n"
        ),
        ".env": (
            f"DATABASE_URL=postgres://app:{token(ALNUM, 16)}@db:5432/app\n"
            f"SECRET_KEY={token(ALNUM, 30)}\n"
            "DEBUG=false\n"
        ),
        "config/settings.json": json.dumps(
            {"api_key": token(ALNUM, 32), "slack": "xoxb-" + "1234567890-" + token(ALNUM, 24)},
            indent=2,
        ),
        "app/client.py": (
            "import os\n\n"
            f'GITHUB_TOKEN = "ghp_{token(ALNUM, 36)}"\n'
            f'db_password = "{token(ALNUM, 14)}"\n'
            f"if pwd == '{token(ALNUM, 12)}':\n    pass\n"
            f'CHECKSUM = "{token("0123456789abcdef", 40)}"\n'
        ),
        "src/main/java/App.java": (
            "public class App {\n"
            f'    private static final String PASSWORD = "{token(ALNUM, 20)}";\n'
            f'    String session = "{jwt()}";\n'
            f'    String stripe = "sk_live_{token(ALNUM, 24)}";\n'
            "}\n"
        ),
        # One minified line: the secrets sit among a few kilobytes of other code.
        "static/app.min.js": (
            "!function(e){"
            + ";".join(f"var a{i}=e.x{i}||{i}" for i in range(300))
            + f';var c={{apiKey:"{token(ALNUM, 32)}",'
            + f'sg:"SG.{token(ALNUM, 22)}.{token(ALNUM, 43)}"}}'
            + ";e.c=c}(window);\n"
        ),
        "keys/id_ecdsa": (
            "-----BEGIN OPENSSH PRIVATE KEY-----\n" + token(B64, 70) + "\n"
            "-----END OPENSSH PRIVATE KEY-----\n"
        ),
        "package-lock.json": f'{{\n  "lockfileVersion": 3,\n  "token": "{aws}"\n}}\n',
        "docs/es.txt": f'contraseña = "{token(ALNUM, 16)}"\nPaSsWoRd: "{token(ALNUM, 16)}"\n',
        "docs/kelvin.py": f'api_\u212aey = "{token(ALNUM, 24)}"\n',  # a Kelvin sign for the k
        "vendor/blob.bin": b"\x89PNG\r\n\x1a\n\x00\x00" + f"key={aws}".encode(),
        "README.md": "Nothing to see here.\n",
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode())


def run_runner(tree: Path, **options: object) -> dict:
    completed = subprocess.run(
        secrets_agent.build_argv(str(tree), python=sys.executable, **options),
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    report = json.loads(completed.stdout)
    return {key: report[key] for key in ("results", "examined", "skipped")}


def test_the_screened_scan_reports_exactly_what_detect_secrets_does_on_a_varied_tree(
    tmp_path: Path,
) -> None:
    varied_tree(tmp_path)

    before = run_runner(tmp_path, unscreened=True)
    screened = run_runner(tmp_path)
    in_two_processes = run_runner(tmp_path, jobs=2)

    assert screened == before
    assert in_two_processes == before
    found = {
        (path, result["type"]) for path, results in before["results"].items() for result in results
    }
    # The tree is not trivially empty for the comparison: every format holds a finding.
    assert {
        ("deploy/values.yaml", "AWS Access Key"),
        ("deploy/values.yaml", "Base64 High Entropy String"),
        (".env", "Basic Auth Credentials"),
        ("config/settings.json", "Secret Keyword"),
        ("config/settings.json", "Slack Token"),
        ("app/client.py", "GitHub Token"),
        ("app/client.py", "Hex High Entropy String"),
        ("src/main/java/App.java", "JSON Web Token"),
        ("src/main/java/App.java", "Stripe Access Key"),
        ("static/app.min.js", "SendGrid API Key"),
        ("static/app.min.js", "Secret Keyword"),
        ("keys/id_ecdsa", "Private Key"),
        ("package-lock.json", "AWS Access Key"),
        ("docs/es.txt", "Secret Keyword"),
    } <= found
    # The binary file is left out by its content, and the coverage says so.
    assert before["skipped"] == [{"path": "vendor/blob.bin", "reason": "binary"}]
    assert before["examined"] == 11


def ordinary_code(n: int) -> str:
    return "".join(
        f"def handler_{n}_{i}(request, items):\n"
        f"    total = sum(item.price for item in items if item.id != {i})\n"
        f"    return {{'count': len(items), 'total': total, 'page': request.args.get('p')}}\n\n"
        for i in range(40)
    )


def test_files_without_any_trigger_reach_no_plugin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """80 files of ordinary code: no (line, plugin) pair goes through detect-secrets'
    per-line scan; unscreened, every line meets every plugin (about 25 of them)."""
    for n in range(80):
        (tmp_path / f"module_{n}.py").write_text(ordinary_code(n))
    (tmp_path / "config.py").write_text(f'password = "{token(ALNUM, 20)}"\n')
    argv = secrets_agent.build_argv(str(tmp_path), python=sys.executable)[4:]
    # main() installs the screen and a lenient `open` into detect-secrets' scan module:
    # put them back after this test.
    unscreened_loop = detect_secrets_scan._process_line_based_plugins
    monkeypatch.setattr(detect_secrets_scan, "_process_line_based_plugins", unscreened_loop)
    monkeypatch.setattr(detect_secrets_scan, "open", open, raising=False)
    calls: list[str] = []
    scan_line = detect_secrets_scan._scan_line

    def counted(**kwargs: object):
        calls.append(str(kwargs["filename"]))
        return scan_line(**kwargs)

    monkeypatch.setattr(detect_secrets_scan, "_scan_line", counted)

    assert secrets_scan.main(argv) == 0
    report = json.loads(capsys.readouterr().out)

    assert report["examined"] == 81
    assert list(report["results"]) == ["config.py"]
    assert calls and {Path(name).name for name in calls} == {"config.py"}

    calls.clear()
    detect_secrets_scan._process_line_based_plugins = unscreened_loop
    assert secrets_scan.main(["--unscreened", *argv[2:]]) == 0
    capsys.readouterr()
    lines = 80 * ordinary_code(0).count("\n") + 1
    assert len(calls) >= lines * 20


# --- every plugin, generated lines: a line the plugin reports always passes its screen ----

FRAGMENTS = [
    "password",
    "PassWord",
    "api_key",
    "ApiKey",
    "secret",
    "pwd",
    "contraseña",
    "\u212a",
    "private_key",
    "token",
    "AKIA",
    "ASIA",
    "ghp_",
    "glpat-",
    "xoxb-",
    "sk_live_",
    "SG.",
    "eyJhbGciOiJIUzI1NiJ9",
    "BEGIN RSA PRIVATE KEY",
    "AccountKey=",
    "://user:",
    "@host",
    "AC",
    "SK",
    "AP",
    "AKC",
    "cloudant",
    "ibm_cloud_",
    "softlayer",
    "-us1",
    "npm_",
    ":",
    "=",
    " = ",
    ": ",
    ":=",
    "==",
    "=>",
    '"',
    "'",
    "`",
    ";",
    "(",
    ")",
    "[",
    "]",
    " ",
    "\t",
    "_",
    "-",
    ".",
    "/",
    "+",
    "\u00e9",
    "\u017f",
]
TOKENS = st.builds(
    token,
    st.sampled_from([ALNUM, B64, "0123456789abcdef", string.ascii_lowercase, string.digits]),
    st.integers(min_value=1, max_value=70),
)
PIECES = st.lists(st.one_of(st.sampled_from(FRAGMENTS), TOKENS), max_size=6).map("".join)
KEYWORDS = st.sampled_from([f for f in FRAGMENTS[:12]] + ["aws_secret", "cloudant_key", "AWS_KEY"])
QUOTES = st.sampled_from(['"', "'", "`", ""])
# `name <sep> "value"` shapes, the ones the keyword and entropy plugins look for.
ASSIGNMENTS = st.builds(
    lambda head, name, sep, quote, value, tail: f"{head}{name}{sep}{quote}{value}{quote}{tail}",
    PIECES, KEYWORDS, st.sampled_from(["=", " = ", ": ", ":=", " == ", " => ", "(", " "]),
    QUOTES, TOKENS, st.sampled_from(["", ";", ",", ")", " # x"]),
)  # fmt: skip
LINES = st.one_of(PIECES, ASSIGNMENTS)
FILENAMES = st.sampled_from(["a.py", "A.java", "c.yaml", "d.go", "e.env", "f.js", "g.txt"])


@pytest.fixture(scope="module")
def plugins() -> list:
    parse_args(secrets_agent.build_argv("/input")[6:])
    return list(get_plugins())


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(LINES, min_size=1, max_size=4), filename=FILENAMES)
def test_no_line_a_plugin_reports_is_screened_out(
    plugins: list, lines: list[str], filename: str
) -> None:
    text = "\n".join(lines)
    lowered = regex_literals.lowered_if_ascii(text)
    for plugin in plugins:
        screen = secrets_screen.screen_for(plugin)
        for line in lines:
            if plugin.analyze_line(filename=filename, line=line, line_number=1):
                assert screen.on_line(line), (type(plugin).__name__, line)
                assert screen.in_text(text, lowered), (type(plugin).__name__, text)


def test_every_enabled_plugin_is_screened(plugins: list) -> None:
    """Only a plugin with a screen saves anything: all of today's have one."""
    assert all(secrets_screen.screen_for(p) is not secrets_screen.UNSCREENED for p in plugins)


def test_required_literals_of_a_pattern() -> None:
    import re

    def needed(pattern: str, flags: int = 0) -> set[tuple[str, bool]]:
        found = regex_literals.required_literals(re.compile(pattern, flags))
        return {(lit.text, lit.ignore_case) for lit in found or ()}

    assert needed(r"(?:\s|=)AKC[a-z]{10,}") == {("AKC", False)}
    assert needed(r"(ghp|gho)_[A-Za-z0-9_]{36}") == {("gh", False)}
    assert needed(r"Api_?Key|secret", re.IGNORECASE) in (
        {("api", True), ("secret", True)},
        {("key", True), ("secret", True)},
    )
    assert needed(r"[a-f0-9]{32}|token") == set()  # a branch with no literal: none needed
    assert needed(r"x?y*") == set()
    text = "api_\u212aey"  # the Kelvin sign matches k case-insensitively: no shortcut then
    assert regex_literals.contains(
        regex_literals.required_literals(re.compile("api_key", re.I)),
        text,
        regex_literals.lowered_if_ascii(text),
    )


def test_argv_passes_the_jobs_it_is_given() -> None:
    argv = secrets_agent.build_argv("/input", jobs=3)
    assert argv[argv.index("--jobs") + 1] == "3"
    assert "--unscreened" not in argv
    with pytest.raises(ValueError):
        secrets_agent.build_argv("/input", jobs=0)
    agent_argv = secrets_agent.AGENT.argv(AgentInput(scan_type=ScanType.CODE_AUDIT, jobs=2))
    assert agent_argv[agent_argv.index("--jobs") + 1] == "2"
