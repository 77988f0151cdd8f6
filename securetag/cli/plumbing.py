"""What every `securetag` command module shares: exit codes, JSON lines on stdout, comma lists."""

from __future__ import annotations

import json

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_DB_UNAVAILABLE = 4


def print_json(value: object) -> None:
    print(json.dumps(value, default=str, indent=None))


def split_list(value: str | None) -> list[str]:
    """`a, b,c` -> ["a", "b", "c"]; None or blanks -> []."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]
