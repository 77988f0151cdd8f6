"""The layering is a test: `lint-imports` keeps the import contracts in pyproject.toml.

`make lint` runs it; these tests show it passes on the tree and fails on a copy
of the package that breaks a contract the way a hurried change would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(package_parent: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports with the repository's contracts over the `securetag` under package_parent."""
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(REPO / "pyproject.toml"), "--no-cache"],
        cwd=package_parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    shutil.copytree(
        REPO / "securetag", tmp_path / "securetag", ignore=shutil.ignore_patterns("__pycache__")
    )
    return tmp_path


def test_the_tree_keeps_every_contract(package_copy: Path) -> None:
    result = lint_imports(package_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        (
            "kernel/config.py",
            "from securetag.security.crypto import MasterKeyRing",
            "The ground floor (kernel) imports nothing else of Securetag",
        ),
        (
            "store/vault.py",
            "from securetag.queue.tasks import TaskQueue",
            "The store imports no stage above it",
        ),
        (
            "scanning/task.py",
            "from securetag.triage import prompt",
            "Scanning imports no triage, webhooks or API",
        ),
        (
            "api/scans.py",
            "from securetag.store.db import Database",
            "The API reaches the database only through its composition root",
        ),
        (
            "scanning/agents/web/crawl.py",
            "from securetag.kernel.models import Finding",
            "The programs that run inside the sandbox import nothing of the worker's side",
        ),
    ],
)
def test_an_import_against_the_layering_fails_lint(
    package_copy: Path, module: str, line: str, contract: str
) -> None:
    path = package_copy / "securetag" / module
    path.write_text(path.read_text() + f"\n{line}  # noqa\n")
    result = lint_imports(package_copy)
    assert result.returncode != 0
    assert f"{contract} BROKEN" in result.stdout
