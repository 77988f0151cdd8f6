"""What the wheel ships: every sub-package, its data files, and no test-only SQL.

setuptools is given an explicit package list (sql/ and deploy/ are mapped into the
package from the top level), so a new sub-package that is not listed would be
missing from an installed worker, and the agent registry would not find it there.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def configured_packages() -> set[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    return set(config["tool"]["setuptools"]["packages"])


def test_every_sub_package_is_shipped() -> None:
    on_disk = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "securetag").rglob("__init__.py")
    }
    missing = sorted(on_disk - configured_packages())
    assert missing == [], f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_the_top_level_holds_only_the_entry_points_and_sub_packages() -> None:
    files = sorted(p.name for p in (REPO / "securetag").iterdir() if p.is_file())
    assert files == ["__init__.py", "__main__.py"]
