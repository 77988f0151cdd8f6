"""Trees that try every way a repository had of switching Securetag's scanners off.

Each holds real vulnerabilities or a real-format secret where a scanner used to look
away: a `# nosemgrep` comment, `.semgrepignore` files at the root and nested, Semgrep's
default ignore list (`tests/`, `vendor/`, `node_modules/`), and detect-secrets' file
name and line heuristics (lock files, a text file named `*.png`, a path with
"swagger" in it, a call elsewhere on the line, one byte that is not UTF-8). Every one
must be reported. Version-control metadata (`.git/`) is the service's own exclusion
and is not.
"""

from __future__ import annotations

from tests.support.made_up_secrets import AWS_KEY

COMMAND_INJECTION_RULE = "securetag.python.web.command-injection"
COMMAND_INJECTION_LINE = 11


def ping_view(comment: str = "") -> str:
    """A Flask view with a command injection on line 11, `comment` at that line's end."""
    return f"""\
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args["host"]
    os.system("ping -c 1 " + host){comment}
    return "sent"
"""


# No `.semgrepignore` at the root: Semgrep's default ignore list applies.
DEFAULT_IGNORES_TREE = {
    "app/marked.py": ping_view("  # nosemgrep"),
    "app/marked_for_the_rule.py": ping_view(f"  # nosemgrep: {COMMAND_INJECTION_RULE}"),
    "lib/.semgrepignore": "helpers/\n",
    "lib/helpers/ping.py": ping_view(),
    "tests/test_ping.py": ping_view(),
    "vendor/pinger/ping.py": ping_view(),
    "node_modules/pinger/ping.py": ping_view(),
    ".git/hooks/ping.py": ping_view(),
}
# A root `.semgrepignore` (which also replaces the default list) and a nested one.
IGNORE_FILES_TREE = {
    ".semgrepignore": "app/listed.py\nsrc/\n",
    "app/listed.py": ping_view(),
    "src/ping.py": ping_view(),
    "lib/.semgrepignore": "*.py\n",
    "lib/ping.py": ping_view("  # nosem"),
}


def semgrep_expected(tree: dict[str, str]) -> set[tuple[str, str, int]]:
    """(rule, path, line) of every finding Semgrep must report on `tree`."""
    return {
        (COMMAND_INJECTION_RULE, path, COMMAND_INJECTION_LINE)
        for path in tree
        if path.endswith(".py") and not path.startswith(".git/")
    }


# A PNG header and chunk lengths: NUL bytes, so binary by content, whatever its name.
PNG_IMAGE = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01" + bytes(64)

SECRETS_TREE = {
    "package-lock.json": (
        f'{{\n  "name": "shop",\n  "lockfileVersion": 3,\n  "deployKey": "{AWS_KEY}"\n}}\n'
    ).encode(),
    "poetry.lock": f'[metadata]\nlock-version = "2.0"\naws_key = "{AWS_KEY}"\n'.encode(),
    "assets/notes.png": f"staging credentials\naws_access_key_id = {AWS_KEY}\n".encode(),
    "api/swagger/settings.py": f'AWS_ACCESS_KEY_ID = "{AWS_KEY}"\n'.encode(),
    "app/fallback.py": (
        f'AWS_ACCESS_KEY_ID = "{AWS_KEY}"  # fallback = settings.get("aws")\n'.encode()
    ),
    "app/latin1.py": f'# caf\xe9\nAWS_ACCESS_KEY_ID = "{AWS_KEY}"\n'.encode("latin-1"),
    "assets/logo.png": PNG_IMAGE,
}
# (path, line) of the AWS key in every file of SECRETS_TREE that holds one.
SECRETS_EXPECTED = {
    ("package-lock.json", 4),
    ("poetry.lock", 3),
    ("assets/notes.png", 2),
    ("api/swagger/settings.py", 1),
    ("app/fallback.py", 1),
    ("app/latin1.py", 2),
}
SECRETS_SKIPPED_AS_BINARY = ["assets/logo.png"]
