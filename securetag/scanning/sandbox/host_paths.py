"""With the sandbox off (SECURETAG_SANDBOX=off): sandbox paths mapped onto host directories."""

from __future__ import annotations

import os
from pathlib import Path

from securetag.scanning.sandbox.layout import SANDBOX_INPUT_DIR, SANDBOX_WORK_DIR


def host_path(value: str, input_dir: Path | None, work_dir: Path) -> str:
    """The host path standing in for a sandbox path when the sandbox is off.

    A path that exists on the host as written is left alone: the sandbox binds such
    paths (our rules, the venv) at the same place, and some hosts keep code under /work.
    """
    if os.path.exists(value):
        return value
    return mapped_root(value, input_dir, work_dir)


def mapped_root(value: str, input_dir: Path | None, work_dir: Path) -> str:
    mapping = [(SANDBOX_WORK_DIR, str(work_dir))]
    if input_dir is not None:
        mapping.append((SANDBOX_INPUT_DIR, str(input_dir)))
    for sandbox_path, host_dir in mapping:
        if value == sandbox_path or value.startswith(sandbox_path + "/"):
            return host_dir + value[len(sandbox_path) :]
    return value


def host_arg(arg: str, input_dir: Path | None, work_dir: Path) -> str:
    if arg.startswith("-") and "=" in arg:  # --output=/work/out.json
        flag, _, value = arg.partition("=")
        return f"{flag}={host_path(value, input_dir, work_dir)}"
    return host_path(arg, input_dir, work_dir)
