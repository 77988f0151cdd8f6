"""One run as asked for, checked: its program, environment, input directory and cwd."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from securetag.kernel.errors import ConfigError
from securetag.scanning.sandbox.errors import ExecutableNotAllowed
from securetag.scanning.sandbox.layout import SANDBOX_INPUT_DIR, SANDBOX_WORK_DIR, is_under
from securetag.scanning.sandbox.profile import SandboxProfile, resolve_executable


@dataclass(frozen=True)
class RunRequest:
    argv: list[str]
    profile: SandboxProfile
    env: dict[str, str]
    input_dir: Path | None
    cwd: str


def allowed_env(profile: SandboxProfile, extra_env: Mapping[str, str] | None) -> dict[str, str]:
    env = profile.fixed_env()
    env.update({name: os.environ[name] for name in profile.env_allow if name in os.environ})
    env.update(extra_env or {})
    return env


def check_argv(argv: list[str], profile: SandboxProfile) -> list[str]:
    """argv with the profile's program as argv[0]; refuses any other program.

    Names and paths are compared by the file they lead to (`sh` and `/bin/sh` are one
    program on a merged-/usr system); what runs is always the profile's path.
    """
    if not argv:
        raise ExecutableNotAllowed(f"empty argv for profile {profile.name}")
    try:
        program = os.path.realpath(resolve_executable(argv[0]))
    except ValueError:
        program = None
    if program != os.path.realpath(profile.executable):
        raise ExecutableNotAllowed(
            f"profile {profile.name} only runs {profile.executable}, not {argv[0]}",
            details={"profile": profile.name, "argv0": argv[0]},
        )
    return [profile.executable, *argv[1:]]


def check_cwd(cwd: str, input_dir: Path | None) -> str:
    roots = [SANDBOX_WORK_DIR, *([SANDBOX_INPUT_DIR] if input_dir is not None else [])]
    normalized = os.path.normpath(cwd)
    if not is_under(normalized, roots):
        raise ConfigError(f"sandbox cwd {cwd} must be under {' or '.join(roots)}")
    return normalized


def check_input_dir(input_dir: Path | None, uid: int | None, gid: int | None) -> None:
    if input_dir is None:
        return
    if not input_dir.is_dir():
        raise ConfigError(f"sandbox input {input_dir} is not a directory")
    if uid is None or gid is None:
        return
    info = input_dir.stat()
    if info.st_uid == uid:
        needed = stat.S_IRUSR | stat.S_IXUSR
    elif info.st_gid == gid:
        needed = stat.S_IRGRP | stat.S_IXGRP
    else:
        needed = stat.S_IROTH | stat.S_IXOTH
    if (info.st_mode & needed) != needed:
        raise ConfigError(
            f"sandbox input {input_dir} is not readable by uid {uid}: give the tree to its "
            f"group {gid} (directories 0750, files 0640) before scanning"
        )
