"""Text helpers: they reshape a value and hand it back."""

from __future__ import annotations


def normalize_spaces(text: str) -> str:
    return " ".join(text.split())


def strip_value(text: str) -> str:
    return text.strip()


def first_line(text: str) -> str:
    lines = text.splitlines()
    return lines[0] if lines else ""


def truncate(text: str, limit: int = 256) -> str:
    return text[:limit]
