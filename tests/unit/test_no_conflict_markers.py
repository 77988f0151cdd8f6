"""No merge-conflict markers left in the tree: they can hide in a docstring and still import."""

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"^(<{7} |={7}$|>{7} )", re.MULTILINE)


def test_no_file_holds_a_merge_conflict_marker() -> None:
    files = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    marked = [
        name
        for name in files
        if (REPO / name).is_file()
        and (REPO / name).suffix in {".py", ".sql", ".md", ".toml", ".yaml", ".yml", ".json"}
        and MARKER.search((REPO / name).read_text(encoding="utf-8", errors="replace"))
    ]
    assert marked == []
