"""Every agent's SandboxProfile, read from the data file securetag/scanning/agents/profiles.json."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from securetag.kernel.errors import ConfigError
from securetag.scanning.sandbox.profile import SandboxProfile

PROFILES_PACKAGE = "securetag.scanning.agents"
PROFILES_RESOURCE = "profiles.json"


def load_profiles(path: Path | str | None = None) -> dict[str, SandboxProfile]:
    """Read the profiles data file (default: the one shipped in securetag/scanning/agents).

    Executables are resolved here, so a missing tool is a ConfigError at start-up
    rather than a failed scan later.
    """
    try:
        if path is None:
            text = resources.files(PROFILES_PACKAGE).joinpath(PROFILES_RESOURCE).read_text()
            source = f"{PROFILES_PACKAGE}/{PROFILES_RESOURCE}"
        else:
            text = Path(path).read_text()
            source = str(path)
        raw = json.loads(text)["profiles"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        where = path or "package data"
        raise ConfigError(f"cannot read sandbox profiles from {where}: {exc}") from exc
    try:
        return {name: SandboxProfile(name=name, **fields) for name, fields in raw.items()}
    except ValidationError as exc:
        raise ConfigError(f"invalid sandbox profile in {source}: {exc}") from exc
