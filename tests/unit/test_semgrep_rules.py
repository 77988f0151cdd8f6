"""Securetag's Semgrep rule pack: its examples pass, it validates, its metadata is complete.

`semgrep --test` pairs securetag/scanning/rules/<lang>/<file>.yaml with the examples in
tests/rules/<lang>/<file>.<ext>; a `# ruleid:` line must be matched by that rule and
an `# ok:` line must not. Semgrep runs offline: metrics and version check off, a
temporary HOME.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from securetag.scanning.findings import OWASP_2021_CWES

REPO_ROOT = Path(__file__).resolve().parents[2]
RULES_DIR = REPO_ROOT / "securetag" / "scanning" / "rules"
EXAMPLES_DIR = REPO_ROOT / "tests" / "rules"
SEMGREP = Path(sys.executable).with_name("semgrep")
SEMGREP_TIMEOUT_S = 240

SEMGREP_LEVEL_FOR = {
    "critical": "ERROR",
    "high": "ERROR",
    "medium": "WARNING",
    "low": "WARNING",
    "info": "INFO",
}
REQUIRED_METADATA = ("category", "title", "cwe", "owasp", "confidence", "securetag-severity")
CWE_ENTRY = re.compile(r"^CWE-[1-9][0-9]*: \S.*$")
ANNOTATION = re.compile(r"(?://|#)\s*(ruleid|ok):\s*(.+?)\s*$")
FIX_HINT_MAX_CHARS = 300


@dataclass(frozen=True)
class PackRule:
    file: Path
    body: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.body.get("id", ""))


@pytest.fixture(scope="module")
def pack() -> list[PackRule]:
    rules = []
    for rule_file in sorted(RULES_DIR.rglob("*.yaml")):
        document = yaml.safe_load(rule_file.read_text(encoding="utf-8"))
        rules += [PackRule(rule_file, body) for body in document["rules"]]
    assert len(rules) >= 50, "the rule pack lost most of its rules"
    return rules


@pytest.fixture
def semgrep_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {
        **os.environ,
        "HOME": str(home),
        "SEMGREP_SEND_METRICS": "off",
        "SEMGREP_ENABLE_VERSION_CHECK": "0",
    }


def run_semgrep(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SEMGREP), *args, "--metrics=off", "--disable-version-check"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=SEMGREP_TIMEOUT_S,
        check=False,
    )


# --- semgrep --test ------------------------------------------------------------------------


def test_every_rule_passes_its_examples(pack: list[PackRule], semgrep_env: dict[str, str]):
    completed = run_semgrep(
        ["--test", "--json", "--config", str(RULES_DIR), str(EXAMPLES_DIR)], semgrep_env
    )
    report = _json_or_none(completed.stdout)
    if report is None:
        pytest.fail(
            f"semgrep --test exited {completed.returncode} without a JSON report:\n"
            f"{completed.stdout[-4000:]}\n{completed.stderr[-4000:]}"
        )

    checks = {
        rule_id: check
        for config in report["results"].values()
        for rule_id, check in config["checks"].items()
    }
    problems = [_check_failure(rule_id, check) for rule_id, check in checks.items()]
    problems = [problem for problem in problems if problem]
    problems += [f"rule file with errors: {entry}" for entry in report["config_with_errors"]]
    problems += [f"rule file without examples: {c}" for c in report["config_missing_tests"]]
    problems += [f"{rule.id}: never tested" for rule in pack if rule.id not in checks]
    assert not problems, "semgrep --test report:\n" + "\n".join(problems)
    assert completed.returncode == 0, completed.stderr[-4000:]


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def _check_failure(rule_id: str, check: dict[str, Any]) -> str | None:
    if check["passed"]:
        return None
    lines = [f"{rule_id}: FAILED {check.get('errors') or ''}"]
    for target, match in check["matches"].items():
        expected, reported = set(match["expected_lines"]), set(match["reported_lines"])
        lines.append(
            f"  {Path(target).relative_to(REPO_ROOT)}: missed lines {sorted(expected - reported)}"
            f", unexpected lines {sorted(reported - expected)}"
        )
    return "\n".join(lines)


# --- semgrep --validate --------------------------------------------------------------------


class _EmptyLintPack(http.server.BaseHTTPRequestHandler):
    """Answers Semgrep's download of its rule-lint pack with a pack of no rules."""

    def do_GET(self) -> None:
        body = json.dumps({"rules": []}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.requested_paths.append(self.path)  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def lint_pack_server() -> Iterator[http.server.HTTPServer]:
    """`semgrep --validate` always downloads Semgrep's lint pack (p/semgrep-rule-lints)
    from SEMGREP_URL; offline, this loopback server stands in for semgrep.dev. What
    is still checked is the rule schema and that Semgrep's core parses every rule
    and pattern; the metadata lints below replace Semgrep's own lint pack."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _EmptyLintPack)
    server.requested_paths = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def validate(
    config: Path, server: http.server.HTTPServer, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    host, port = server.server_address[:2]
    return run_semgrep(
        ["--validate", "--config", str(config)], {**env, "SEMGREP_URL": f"http://{host}:{port}"}
    )


def test_rule_pack_validates(
    pack: list[PackRule], lint_pack_server: http.server.HTTPServer, semgrep_env: dict[str, str]
):
    completed = validate(RULES_DIR, lint_pack_server, semgrep_env)

    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert f"Configuration is valid - found 0 configuration error(s), and {len(pack)} rule(s)" in (
        completed.stderr
    )
    assert lint_pack_server.requested_paths == ["/c/p/semgrep-rule-lints"]  # type: ignore[attr-defined]


def test_validation_rejects_a_rule_semgrep_cannot_parse(
    tmp_path: Path, lint_pack_server: http.server.HTTPServer, semgrep_env: dict[str, str]
):
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "rules:\n"
        "  - id: securetag.python.lang.broken\n"
        "    languages: [python]\n"
        "    severity: ERROR\n"
        "    message: an unbalanced pattern\n"
        "    pattern: os.system(\n",
        encoding="utf-8",
    )

    completed = validate(broken, lint_pack_server, semgrep_env)

    assert completed.returncode != 0
    assert "securetag.python.lang.broken" in completed.stdout + completed.stderr


# --- metadata lint -------------------------------------------------------------------------


def test_rule_ids_are_unique_and_follow_the_file_layout(pack: list[PackRule]):
    problems = []
    seen: set[str] = set()
    for rule in pack:
        language, framework = rule.file.relative_to(RULES_DIR).with_suffix("").parts
        if not re.fullmatch(
            rf"securetag\.{language}\.{framework}\.[a-z0-9]+(-[a-z0-9]+)*", rule.id
        ):
            problems.append(
                f"{rule.id!r} in {rule.file.name}: want securetag.{language}.{framework}.<issue>"
            )
        if rule.id in seen:
            problems.append(f"{rule.id}: defined twice")
        seen.add(rule.id)
    assert not problems, "\n".join(problems)


def test_every_rule_carries_complete_metadata(pack: list[PackRule]):
    problems = [problem for rule in pack for problem in _metadata_problems(rule.body)]
    assert not problems, "\n".join(problems)


def _metadata_problems(rule: dict[str, Any]) -> list[str]:
    rule_id = rule.get("id", "?")
    metadata = rule.get("metadata") or {}
    problems = [
        f"{rule_id}: metadata.{key} missing" for key in REQUIRED_METADATA if not metadata.get(key)
    ]
    if problems:
        return problems
    own_severity = metadata["securetag-severity"]
    if own_severity not in SEMGREP_LEVEL_FOR:
        allowed = list(SEMGREP_LEVEL_FOR)
        problems.append(f"{rule_id}: securetag-severity {own_severity!r} is not one of {allowed}")
    elif rule.get("severity") != SEMGREP_LEVEL_FOR[own_severity]:
        problems.append(
            f"{rule_id}: severity {rule.get('severity')!r} does not match securetag-severity "
            f"{own_severity!r} (want {SEMGREP_LEVEL_FOR[own_severity]})"
        )
    if metadata["category"] != "security":
        problems.append(f"{rule_id}: category must be 'security'")
    if metadata["confidence"] not in ("HIGH", "MEDIUM", "LOW"):
        problems.append(f"{rule_id}: confidence {metadata['confidence']!r} is not HIGH/MEDIUM/LOW")
    problems += _list_problems(rule_id, "cwe", metadata["cwe"], lambda e: bool(CWE_ENTRY.match(e)))
    problems += _list_problems(rule_id, "owasp", metadata["owasp"], lambda e: e in OWASP_2021_CWES)
    hint = metadata.get("fix-hint")
    if not isinstance(hint, str) or not hint.strip() or len(hint) > FIX_HINT_MAX_CHARS:
        problems.append(
            f"{rule_id}: fix-hint must be one or two sentences (1-{FIX_HINT_MAX_CHARS} chars)"
        )
    if not str(rule.get("message") or "").strip():
        problems.append(f"{rule_id}: message missing")
    if rule.get("mode") == "taint" and not (
        rule.get("pattern-sources") and rule.get("pattern-sinks")
    ):
        problems.append(f"{rule_id}: taint rule without sources or sinks")
    return problems


def _list_problems(rule_id: str, key: str, entries: Any, valid: Any) -> list[str]:
    if not isinstance(entries, list) or not entries:
        return [f"{rule_id}: metadata.{key} must be a non-empty list"]
    return [f"{rule_id}: metadata.{key} entry {e!r} is malformed" for e in entries if not valid(e)]


def test_every_rule_has_a_matching_and_a_non_matching_example(pack: list[PackRule]):
    problems = []
    known_ids = {rule.id for rule in pack}
    for rule_file in sorted({rule.file for rule in pack}):
        annotations = _annotations(_examples_for(rule_file))
        for rule in (r for r in pack if r.file == rule_file):
            for kind in ("ruleid", "ok"):
                if rule.id not in annotations[kind]:
                    problems.append(f"{rule.id}: no `{kind}:` example next to {rule_file.name}")
        unknown = (annotations["ruleid"] | annotations["ok"]) - known_ids
        problems += [
            f"examples for {rule_file.name} name unknown rule {u!r}" for u in sorted(unknown)
        ]
    assert not problems, "\n".join(problems)


def _examples_for(rule_file: Path) -> list[Path]:
    """The files `semgrep --test` pairs with `rule_file`: same directory, same stem."""
    relative = rule_file.relative_to(RULES_DIR)
    directory = EXAMPLES_DIR / relative.parent
    stem = relative.name.split(".", 1)[0]
    return sorted(p for p in directory.glob("*") if p.is_file() and p.name.split(".", 1)[0] == stem)


def _annotations(example_files: list[Path]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"ruleid": set(), "ok": set()}
    for example in example_files:
        for line in example.read_text(encoding="utf-8").splitlines():
            annotation = ANNOTATION.search(line)
            if annotation:
                ids = {i.strip() for i in annotation.group(2).split(",")}
                found[annotation.group(1)] |= ids
    return found


def test_readme_lists_every_rule(pack: list[PackRule]):
    readme = (RULES_DIR / "README.md").read_text(encoding="utf-8")
    missing = [rule.id for rule in pack if f"`{rule.id}`" not in readme]
    assert not missing, f"securetag/scanning/rules/README.md does not list: {missing}"
