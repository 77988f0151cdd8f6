"""The .gitignore rules the packer honours (root and nested files), as git reads them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IgnoreRule:
    """One pattern line of a .gitignore, compiled against paths relative to `base`."""

    base: str
    """The directory holding the .gitignore, relative to the tree's root ("" for the root)."""
    regex: re.Pattern[str]
    negated: bool
    directories_only: bool

    def matches(self, path: str, *, is_dir: bool) -> bool:
        if self.directories_only and not is_dir:
            return False
        if self.base:
            prefix = self.base + "/"
            if not path.startswith(prefix):
                return False
            path = path[len(prefix) :]
        return self.regex.fullmatch(path) is not None


def parse_gitignore(text: str, base: str = "") -> list[IgnoreRule]:
    """The rules of one .gitignore file found in directory `base` (relative POSIX path)."""
    rules = []
    for line in text.splitlines():
        rule = _parse_gitignore_line(line, base.strip("/"))
        if rule is not None:
            rules.append(rule)
    return rules


def _parse_gitignore_line(line: str, base: str) -> IgnoreRule | None:
    pattern = _strip_unescaped_trailing_spaces(line)
    if not pattern or pattern.startswith("#"):
        return None
    negated = pattern.startswith("!")
    if negated:
        pattern = pattern[1:]
    directories_only = pattern.endswith("/")
    pattern = pattern.rstrip("/")
    if not pattern:
        return None
    # A slash at the start or in the middle anchors the pattern to the .gitignore's
    # directory; without one, it matches a name at any depth below it.
    anchored = "/" in pattern
    pattern = pattern.removeprefix("/")
    body = _glob_to_regex(pattern)
    regex = body if anchored else f"(?:.*/)?{body}"
    return IgnoreRule(base, re.compile(regex, re.DOTALL), negated, directories_only)


def _strip_unescaped_trailing_spaces(line: str) -> str:
    line = line.rstrip("\r\n")
    while line.endswith(" ") and not line.endswith("\\ "):
        line = line[:-1]
    return line


def _glob_to_regex(pattern: str) -> str:
    """gitignore glob -> regex: `*`/`?` stay within one segment, `**` spans segments."""
    segments = pattern.split("/")
    parts = []
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == "**":
            # "**/x": x at any depth; "x/**": everything inside x; "a/**/b": zero or more dirs.
            parts.append(".*" if last else "(?:.*/)?")
            continue
        parts.append(_segment_to_regex(segment))
        if not last:
            parts.append("/")
    return "".join(parts)


def _segment_to_regex(segment: str) -> str:
    out = []
    index = 0
    while index < len(segment):
        char = segment[index]
        if char == "\\" and index + 1 < len(segment):
            out.append(re.escape(segment[index + 1]))
            index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            translated, index = _bracket_to_regex(segment, index)
            out.append(translated)
            continue
        else:
            out.append(re.escape(char))
        index += 1
    return "".join(out)


def _bracket_to_regex(segment: str, start: int) -> tuple[str, int]:
    """A `[...]` class starting at `start`: (regex, index after it); a lone `[` is literal."""
    index = start + 1
    negated = index < len(segment) and segment[index] in "!^"
    if negated:
        index += 1
    members_start = index
    if index < len(segment) and segment[index] == "]":
        index += 1  # a leading "]" is a member, not the end
    while index < len(segment) and segment[index] != "]":
        index += 1
    if index >= len(segment):
        return re.escape("["), start + 1
    members = "".join(
        "\\" + char if char in "\\^[]" else char for char in segment[members_start:index]
    )
    return (f"[^/{members}]" if negated else f"[{members}]"), index + 1


class GitignoreMatcher:
    """The .gitignore rules in force at some depth of a tree; later (deeper) rules win."""

    def __init__(self, rules: Sequence[IgnoreRule] = ()) -> None:
        self._rules = tuple(rules)

    def with_gitignore(self, text: str, base: str = "") -> GitignoreMatcher:
        """A matcher that also applies the .gitignore `text` found in directory `base`."""
        return GitignoreMatcher(self._rules + tuple(parse_gitignore(text, base)))

    def is_ignored(self, path: str, *, is_dir: bool = False) -> bool:
        """Whether git would ignore `path` (relative POSIX), including by an ignored parent.

        As in git, a file cannot be re-included (`!name`) once a parent directory is
        excluded: git never looks inside that directory.
        """
        parts = path.strip("/").split("/")
        for depth in range(1, len(parts)):
            if self.excludes("/".join(parts[:depth]), is_dir=True):
                return True
        return self.excludes("/".join(parts), is_dir=is_dir)

    def excludes(self, path: str, *, is_dir: bool) -> bool:
        """The verdict of the last matching rule on `path` itself, parents not considered."""
        for rule in reversed(self._rules):
            if rule.matches(path, is_dir=is_dir):
                return not rule.negated
        return False
