"""Which Python runs Bandit: the newest interpreter on the host, when it is newer than the worker's.

Bandit parses with the interpreter it runs under. Under the worker's Python a file
written for a newer one (PEP 701 f-strings under 3.11, say) is a syntax error to
Bandit and goes unscanned (reported as skipped). So, where the host has a newer
interpreter, Bandit runs under it instead. Bandit and its dependencies are pure
Python, so that interpreter imports them from the worker's own site-packages
(appended to its path; PyYAML falls back from its compiled extension, which is built
for the worker's version, to its pure-Python loader). Nothing is installed for it.

`SECURETAG_BANDIT_PYTHON` chooses:

- `auto` (the default): the newest interpreter newer than the worker's Python that
  can import Bandit, among `python3.12` and later on PATH and the versions installed
  by pyenv (`$PYENV_ROOT/versions`) or uv (`~/.local/share/uv/python`); else the
  worker's;
- `worker`: always the worker's own Bandit;
- a path to an interpreter: that one (start-up fails if it cannot run Bandit).

The choice is made once per process, at start-up (a few short probes).
"""

from __future__ import annotations

import glob
import json
import logging
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from functools import cache

from securetag.kernel.config import Settings
from securetag.kernel.errors import ConfigError

log = logging.getLogger(__name__)

ENV = "SECURETAG_BANDIT_PYTHON"
AUTO = "auto"
WORKER = "worker"
CANDIDATES = ("python3.15", "python3.14", "python3.13", "python3.12")
# Where interpreter managers keep the versions they installed (which need not be on
# PATH: pyenv's shims refuse a version that is not selected).
INSTALLED_GLOBS = (
    os.path.join(os.environ.get("PYENV_ROOT") or "~/.pyenv", "versions/3.*/bin/python3"),
    "~/.local/share/uv/python/cpython-3.*/bin/python3",
)
PROBE_TIMEOUT_S = 30

# Runs Bandit's command line under another interpreter: `-I -S` keeps that
# interpreter's own site-packages (and any Bandit installed there) out, then the
# worker's site-packages (the first argument) is appended to its path.
BOOTSTRAP = (
    "import sys; sys.path.append(sys.argv.pop(1)); sys.argv[0] = 'bandit'; "
    "from bandit.cli.main import main; sys.exit(main())"
)
_DESCRIBE = (
    "import json, os, sys; print(json.dumps({'executable': os.path.realpath(sys.executable), "
    "'version': list(sys.version_info[:2]), 'prefix': sys.base_prefix}))"
)


@dataclass(frozen=True, slots=True)
class BanditPython:
    """The interpreter Bandit runs under, and how to start Bandit with it."""

    version: tuple[int, int]
    interpreter: str | None = None
    """An interpreter other than the worker's; None runs the worker's `bandit`."""
    prefix: str | None = None
    """That interpreter's installation (its standard library), bound into the sandbox."""

    @property
    def executable(self) -> str:
        return self.interpreter or "bandit"

    @property
    def runtime_dirs(self) -> list[str]:
        return [self.prefix] if self.prefix else []

    @property
    def label(self) -> str:
        return f"Python {self.version[0]}.{self.version[1]}"

    def argv(self, bandit_args: list[str]) -> list[str]:
        if self.interpreter is None:
            return ["bandit", *bandit_args]
        site_packages = sysconfig.get_paths()["purelib"]
        return [self.interpreter, "-I", "-S", "-c", BOOTSTRAP, site_packages, *bandit_args]


WORKER_PYTHON = BanditPython(version=(sys.version_info.major, sys.version_info.minor))


def choose(setting: str) -> BanditPython:
    """The interpreter `setting` (see the module docstring) names."""
    setting = setting.strip() or AUTO
    if setting == WORKER:
        return WORKER_PYTHON
    if setting == AUTO:
        return _newest() or WORKER_PYTHON
    candidate = _described(setting)
    if candidate is not None and not _runs_bandit(candidate):
        candidate = None
    if candidate is None:
        raise ConfigError(
            f"{ENV}={setting!r}: that interpreter cannot run Bandit from the worker's "
            f"site-packages; set it to {AUTO!r}, {WORKER!r} or another interpreter"
        )
    return candidate


@cache
def configured() -> BanditPython:
    """The interpreter chosen by this process's settings (once per process)."""
    chosen = choose(Settings().bandit_python)
    log.info("bandit runs under %s (%s)", chosen.label, chosen.executable)
    return chosen


def _newest() -> BanditPython | None:
    """The newest interpreter found that is newer than the worker's and runs Bandit."""
    programs = [found for name in CANDIDATES if (found := shutil.which(name))]
    for pattern in INSTALLED_GLOBS:
        programs += sorted(glob.glob(os.path.expanduser(pattern)))
    described: dict[str, BanditPython] = {}
    for program in programs:
        candidate = _described(program)
        if candidate is not None and candidate.version > WORKER_PYTHON.version:
            described.setdefault(candidate.interpreter or program, candidate)
    for candidate in sorted(described.values(), key=lambda c: c.version, reverse=True):
        if _runs_bandit(candidate):
            return candidate
    return None


def _described(program: str) -> BanditPython | None:
    """`program`'s version and installation, if it runs."""
    output = _run([program, "-I", "-S", "-c", _DESCRIBE])
    if output is None:
        return None
    try:
        facts = json.loads(output)
        return BanditPython(
            version=(int(facts["version"][0]), int(facts["version"][1])),
            interpreter=str(facts["executable"]),
            prefix=str(facts["prefix"]),
        )
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _runs_bandit(candidate: BanditPython) -> bool:
    if _run(candidate.argv(["--version"])) is not None:
        return True
    log.warning("%s cannot import Bandit from the worker's site-packages", candidate.interpreter)
    return False


def _run(argv: list[str]) -> str | None:
    try:
        done = subprocess.run(
            argv, capture_output=True, timeout=PROBE_TIMEOUT_S, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None
