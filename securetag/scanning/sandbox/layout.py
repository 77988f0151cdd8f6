"""Where things are inside the sandbox, as the tool sees them; argv paths use these."""

from __future__ import annotations

from collections.abc import Iterable

SANDBOX_INPUT_DIR = "/input"
SANDBOX_WORK_DIR = "/work"
SANDBOX_HOME = "/work/home"
SANDBOX_TMP = "/work/tmp"


def is_under(path: str, parents: Iterable[str]) -> bool:
    return any(path == parent or path.startswith(parent.rstrip("/") + "/") for parent in parents)
