"""SandboxProfile: what one agent's tool may do (its program, network, limits, environment)."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from securetag.scanning.sandbox.layout import SANDBOX_HOME, SANDBOX_TMP

_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _venv_bin_dir() -> Path:
    return Path(sys.executable).parent


def _tool_search_path() -> str:
    # The venv's own tools win over whatever else is on PATH: those are the versions
    # pyproject.toml pins.
    return os.pathsep.join([str(_venv_bin_dir()), os.environ.get("PATH", os.defpath)])


def resolve_executable(name: str) -> str:
    """Absolute path of a program: absolute paths as given, bare names via venv bin + PATH."""
    if "/" in name:
        path = os.path.abspath(name)
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            raise ValueError(f"{path} is not an executable file")
        return path
    found = shutil.which(name, path=_tool_search_path())
    if found is None:
        raise ValueError(f"{name!r} is not installed (looked in {_tool_search_path()})")
    return os.path.abspath(found)


class SandboxProfile(BaseModel):
    """What one agent's tool may do: its program, network, limits and environment."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    executable: str
    network: bool = False
    timeout_s: float = Field(gt=0)
    cpu_s: int = Field(gt=0)
    memory_bytes: int = Field(gt=0)
    file_size_bytes: int = Field(gt=0)
    open_files: int = Field(gt=0)
    processes: int = Field(gt=0)
    tmpfs_bytes: int = Field(gt=0)
    output_cap_bytes: int = Field(gt=0)
    env_allow: list[str] = Field(default_factory=list)
    env: dict[str, str] = Field(default_factory=dict)
    runtime_dirs: list[str] = Field(default_factory=list)
    """Host directories the program needs beyond the worker's own runtime (another
    interpreter's installation, say), bound read-only at the same path."""

    @field_validator("executable")
    @classmethod
    def _resolve(cls, value: str) -> str:
        return resolve_executable(value)

    @field_validator("runtime_dirs")
    @classmethod
    def _absolute_dirs(cls, paths: list[str]) -> list[str]:
        bad = [path for path in paths if not (os.path.isabs(path) and os.path.isdir(path))]
        if bad:
            raise ValueError(f"runtime_dirs must be existing absolute directories: {bad}")
        return paths

    @field_validator("env_allow", "env")
    @classmethod
    def _env_names(cls, names: list[str] | dict[str, str]) -> list[str] | dict[str, str]:
        bad = [name for name in names if not _ENV_NAME.match(name)]
        if bad:
            raise ValueError(f"not environment variable names: {bad}")
        return names

    def fixed_env(self) -> dict[str, str]:
        """The environment every run of this profile gets, before allowlist and extras."""
        base = {
            "HOME": SANDBOX_HOME,
            "TMPDIR": SANDBOX_TMP,
            "PATH": f"{_venv_bin_dir()}:/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        return base | self.env
