"""A small key-value settings holder, as projects wrap their configuration."""

from __future__ import annotations


class RuntimeSettings:
    def __init__(self, **defaults: str) -> None:
        self._values: dict[str, str] = dict(defaults)

    def put(self, key: str, value: str) -> None:
        self._values[key] = value

    def value(self, key: str, default: str = "") -> str:
        return self._values.get(key, default)
