"""A repository written to make Securetag's scanners fall over or look away, all at once.

It holds files that break a tool on their own (a deeply nested YAML file that makes
detect-secrets' YAML parser recurse out of stack, a YAML alias bomb that makes it expand
billions of entries, Python nested deeper than the parser allows), a Flask view with a
PEP 701 f-string that an older Python's Bandit cannot parse next to a real SQL
injection, and every way a repository had of switching a scanner off (`# nosemgrep`, a
`.semgrepignore`, code under `tests/` and `vendor/`, an AWS key in `package-lock.json`
and in a text file named `*.png`).

A scan of it must report every real finding (EXPECTED_FINDINGS) and list every file an
engine could not examine (expected_skips) in its coverage.
"""

from __future__ import annotations

import sys

from tests.support import vulnerable_project as project
from tests.support.made_up_secrets import AWS_KEY
from tests.support.switch_off_attempts import (
    COMMAND_INJECTION_LINE,
    COMMAND_INJECTION_RULE,
    ping_view,
)

# About 100 KB of flow sequences nested inside each other: detect-secrets' YAML
# transformer (PyYAML's recursive composer) ends in RecursionError.
YAML_DEPTH = 50_000
NESTED_YAML = ("settings:\n  matrix: " + "[" * YAML_DEPTH + "]" * YAML_DEPTH + "\n").encode()


def alias_bomb(levels: int = 12, fan_out: int = 9) -> bytes:
    """'Billion laughs': each anchor lists the previous one `fan_out` times (fan_out**levels)."""
    lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*lol{level - 1}"] * fan_out)
        lines.append(f"lol{level}: &lol{level} [{aliases}]")
    return ("\n".join(lines) + "\n").encode()


ALIAS_BOMB = alias_bomb()
# Deeper than Python's parser nests brackets (200): a syntax error to Bandit's Python.
DEEP_PYTHON = ("matrix = " + "[" * 1000 + "]" * 1000 + "\n").encode()

# The Flask app with one PEP 701 f-string (Python 3.12: the inner quotes repeat the outer ones).
NAME_LINE = '    name = request.args.get("name", "")\n'
PEP_701_LINE = """    label = f"{'user' if name else "anonymous"}"\n"""
MODERN_VIEWS = project.FLASK_APP.replace(NAME_LINE, NAME_LINE + PEP_701_LINE)
BANDIT_PARSES_PEP_701 = sys.version_info >= (3, 12)


def line_of(text: str, fragment: str) -> int:
    """The 1-based number of the first line of `text` holding `fragment`."""
    return next(n for n, line in enumerate(text.splitlines(), start=1) if fragment in line)


TREE: dict[str, bytes] = {
    "config/nested.yaml": NESTED_YAML,
    "config/bomb.yaml": ALIAS_BOMB,
    "app/views.py": MODERN_VIEWS.encode(),
    "app/deep.py": DEEP_PYTHON,
    "app/marked.py": ping_view("  # nosemgrep").encode(),
    ".semgrepignore": b"app/listed.py\ntests/\nvendor/\n",
    "app/listed.py": ping_view().encode(),
    "tests/test_ping.py": ping_view().encode(),
    "vendor/pinger/ping.py": ping_view().encode(),
    "package-lock.json": (
        f'{{\n  "name": "shop",\n  "lockfileVersion": 3,\n  "deployKey": "{AWS_KEY}"\n}}\n'
    ).encode(),
    "assets/notes.png": f"staging credentials\naws_access_key_id = {AWS_KEY}\n".encode(),
}

SQLI_RULE = "securetag.python.web.sqli"
AWS_KEY_RULE = "secrets.aws-access-key"
PING_FILES = ("app/marked.py", "app/listed.py", "tests/test_ping.py", "vendor/pinger/ping.py")

# Every real finding a scan of TREE must report, (rule, path, line), with the engines that
# must be among its reporters (one finding reported by two engines is merged into one).
# Bandit's B602 on the ping views is a shape guess in a category the command-injection
# taint rule judges, so the default profile leaves it out (securetag.scanning.ranking):
# Semgrep alone must report them, whatever the tree says to hide them from it.
EXPECTED_FINDINGS: dict[tuple[str, str, int], frozenset[str]] = {
    (SQLI_RULE, "app/views.py", line_of(MODERN_VIEWS, 'cursor.execute("SELECT')): frozenset(
        {"semgrep"}
    ),
    (COMMAND_INJECTION_RULE, "app/views.py", line_of(MODERN_VIEWS, "os.system")): frozenset(
        {"semgrep"}
    ),
    **{
        (COMMAND_INJECTION_RULE, path, COMMAND_INJECTION_LINE): frozenset({"semgrep"})
        for path in PING_FILES
    },
    (AWS_KEY_RULE, "package-lock.json", 4): frozenset({"detect-secrets"}),
    (AWS_KEY_RULE, "assets/notes.png", 2): frozenset({"detect-secrets"}),
}


def expected_skips() -> dict[str, dict[str, set[str]]]:
    """Per agent, each file it must list as not examined, with the reasons it may give.

    The alias bomb runs until detect-secrets' per-file time limit unless the sandbox's
    address-space limit ends it first (MemoryError, a tool_crash): either is honest.
    """
    bandit = {"app/deep.py": {"parse_error"}}
    if not BANDIT_PARSES_PEP_701:
        bandit["app/views.py"] = {"parse_error"}
    return {
        "secrets": {
            "config/nested.yaml": {"tool_crash"},
            "config/bomb.yaml": {"timeout", "tool_crash"},
        },
        "bandit": bandit,
        "semgrep": {},
    }
