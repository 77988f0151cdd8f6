"""The secrets agent's post-processing runs in the worker, outside the sandbox: its cost must
be linear in the report and the lines it names, whatever the tenant's files hold.

Before, a value detect-secrets flagged that was not written literally on its line (an
escaped YAML string) sent the worker through every substring of the line (~131k SHA-1s
for a 512-character line) and re-read the file for every flagged line: an 82 KB YAML
upload held a worker at 100 % CPU for minutes. The runner now says where each value is.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest

from securetag.scanning.agents import secrets as secrets_agent
from securetag.scanning.agents.secrets_scan import SPAN_KEY

ALNUM = string.ascii_letters + string.digits


def token(length: int) -> str:
    return "".join(secrets.choice(ALNUM) for _ in range(length))


def escaped_yaml(lines: int, width: int = 480) -> str:
    """Double-quoted YAML scalars with an escape in the middle: detect-secrets flags the
    unescaped value (high entropy), which is written nowhere on the line."""
    half = width // 2
    return "".join(f'key_{i}: "{token(half)}\\u0041{token(half)}"\n' for i in range(lines))


def literal_yaml(lines: int, width: int = 400) -> str:
    return "".join(f"password_{i}: {token(width)}\n" for i in range(lines))


def run_runner(tree: Path) -> bytes:
    completed = subprocess.run(
        secrets_agent.build_argv(str(tree), python=sys.executable),
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    return completed.stdout


def test_an_80_kb_yaml_of_unlocatable_secrets_is_post_processed_in_well_under_a_second(
    tmp_path: Path,
) -> None:
    """Measured on this input (82 KB, 165 flagged lines): 14.2 s of CPU before, 0.004 s now."""
    (tmp_path / "config").mkdir()
    yaml = tmp_path / "config" / "values.yaml"
    yaml.write_text(escaped_yaml(150) + literal_yaml(15))
    assert 75_000 < yaml.stat().st_size < 90_000
    stdout = run_runner(tmp_path)

    started = time.process_time()
    found = secrets_agent.parse(stdout, source_root=tmp_path, scan_root=str(tmp_path))
    spent = time.process_time() - started

    assert spent < 1.0, f"post-processing took {spent:.2f} s of CPU"
    # Detection is the runner's: every flagged line is reported; the values written on
    # their line are located and redacted, the escaped ones withheld as before.
    lines = {f.start_line for f in found}
    assert lines == set(range(1, 166))
    located = [f for f in found if f.snippet != secrets_agent.WITHHELD_SNIPPET]
    assert {f.start_line for f in located} >= set(range(151, 166))
    assert all(f.start_line > 150 for f in located)
    text = yaml.read_text()
    for finding in found:
        assert "secret_sha256" not in finding.extra or finding.extra["redacted"]
        assert finding.snippet not in text  # never the raw line


def test_the_runner_says_where_each_value_is_on_its_line(tmp_path: Path) -> None:
    value = token(40)
    (tmp_path / "app.py").write_text(f'x = 1\npassword = "{value}"\n')
    report = json.loads(run_runner(tmp_path))
    results = report["results"]["app.py"]
    assert {r["type"] for r in results} >= {"Secret Keyword"}
    line = f'password = "{value}"'
    for result in results:  # the keyword and the high-entropy string: the same value
        start, end = result[SPAN_KEY]
        assert line[start:end] == value
        assert hashlib.sha1(value.encode()).hexdigest() == result["hashed_secret"]


class CountingSha1:
    def __init__(self) -> None:
        self.calls = 0
        self._sha1 = hashlib.sha1  # the real one, before the test patches it

    def __call__(self, data: bytes = b"") -> hashlib._Hash:
        self.calls += 1
        return self._sha1(data)


def report_of(path: str, hits: list[tuple[int, str, list[int] | None]]) -> bytes:
    results = []
    for line_number, value, span in hits:
        result = {
            "type": "Base64 High Entropy String",
            "filename": path,
            "hashed_secret": hashlib.sha1(value.encode()).hexdigest(),
            "is_verified": False,
            "line_number": line_number,
        }
        if span is not None:
            result[SPAN_KEY] = span
        results.append(result)
    return json.dumps({"version": "1.5.0", "results": {path: results}}).encode()


@pytest.mark.parametrize("lines", [100, 200, 400])
def test_the_work_is_one_hash_per_finding_and_one_read_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: int
) -> None:
    """Counted, not timed: doubling the flagged lines doubles the hashes, and the file is
    read once however many of its lines are flagged, located or not."""
    rows = [f"key_{i}: {token(500)}" for i in range(lines)]
    (tmp_path / "values.yaml").write_text("\n".join(rows) + "\n")
    hits = []
    for number, row in enumerate(rows, start=1):
        if number % 2:  # located by the runner
            start = row.index(": ") + 2
            hits.append((number, row[start:], [start, len(row)]))
        else:  # not written on the line (the runner gives no span)
            hits.append((number, token(30), None))
    report = report_of("values.yaml", hits)
    reads = []
    real_read_lines = secrets_agent.read_lines
    monkeypatch.setattr(
        secrets_agent,
        "read_lines",
        lambda path, numbers: reads.append(path) or real_read_lines(path, numbers),
    )
    sha1 = CountingSha1()
    monkeypatch.setattr(secrets_agent.hashlib, "sha1", sha1)

    found = secrets_agent.parse(report, source_root=tmp_path)

    assert len(found) == lines
    assert sha1.calls <= lines  # at most one per finding (the hash check of a span)
    assert len(reads) == 1
    withheld = [f for f in found if f.snippet == secrets_agent.WITHHELD_SNIPPET]
    assert {f.start_line for f in withheld} == set(range(2, lines + 1, 2))


def test_a_span_that_does_not_hold_the_reported_value_is_not_trusted(tmp_path: Path) -> None:
    value, other = token(32), token(32)
    line = f"token: {value} {other}"
    (tmp_path / "app.yaml").write_text(line + "\n")
    start = line.index(other)
    (finding,) = secrets_agent.parse(
        report_of("app.yaml", [(1, value, [start, start + len(other)])]), source_root=tmp_path
    )
    assert finding.snippet == secrets_agent.WITHHELD_SNIPPET
    assert value not in finding.model_dump_json() and other not in finding.model_dump_json()
