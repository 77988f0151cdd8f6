"""A cheap screen in front of detect-secrets' plugins that cannot change what they find.

detect-secrets runs every plugin on every line of every file through its dependency
injection (`call_function_with_arguments`, which inspects each callable on every call):
about 25 plugins times every line, most of the time spent deciding which arguments to
pass. Almost no line holds anything any plugin could report. `process_lines` replaces
`detect_secrets.core.scan._process_line_based_plugins` (the per-file loop; the rest of
`scan_file`, transformers included, is unchanged) and asks, per plugin, first whether
the file's lines can hold anything it reports (substring tests and a regular-expression
search over the whole text, in C), then which lines can; only those (line, plugin) pairs go through
detect-secrets' own `_scan_line` and filters, as before.

Each screen is a necessary condition for its plugin to report anything, so the screened
scan reports exactly what the full one does:

- a regex plugin (`RegexBasedDetector` not overriding how it reads a line) reports only
  where one of its own patterns matches the line. Over the whole text its patterns run
  with MULTILINE, so `^` and `$` hold at each line's start and end as they do on the line
  alone; a pattern with something that sees past a line's end differently in the joined
  text (`\\A`, `\\Z`, or a negative lookaround that could match the newline) is not
  screened over the whole text (`_text_safe`), only line by line. Before any pattern
  runs, a substring test for the literals it cannot match without (`regex_literals`:
  `AKIA`-like prefixes, `BEGIN … PRIVATE KEY`, a keyword) rules most files out at memchr
  speed; a pattern with no literal prefix otherwise costs a full attempt at every position.
  The JWT plugin's own reading only drops some of its pattern's matches, so the same holds.
- the keyword plugin reports only where one of its keywords (`keyword.DENYLIST`) occurs;
  its patterns all contain one, matched case-insensitively or not.
- the entropy plugins report a quoted run of their charset whose Shannon entropy is over
  the limit; a string of n characters has entropy at most log2(n), so the run is at least
  2**limit characters long (22 for base64 at 4.5, 8 for hex at 3.0, rounded down).

Any other plugin (a custom one, a subclass that reads lines its own way) is not screened:
it runs on every line, as in detect-secrets.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from typing import Any

from detect_secrets.core import scan as detect_secrets_scan
from detect_secrets.core.potential_secret import PotentialSecret
from detect_secrets.plugins import keyword
from detect_secrets.plugins.base import BasePlugin, RegexBasedDetector
from detect_secrets.plugins.high_entropy_strings import (
    Base64HighEntropyString,
    HexHighEntropyString,
)
from detect_secrets.plugins.jwt import JwtTokenDetector
from detect_secrets.settings import get_plugins
from detect_secrets.util.code_snippet import get_code_snippet

from securetag.scanning.agents import regex_literals

TextTest = Callable[[str, "str | None"], bool]  # (text, its lower case if ASCII, else None)
LineTest = Callable[[str], bool]
# Regex plugins whose own `analyze_string` only drops some of their patterns' matches (the
# JWT plugin keeps a match only if its parts decode as base64 JSON).
_FILTERS_ITS_MATCHES = (JwtTokenDetector,)


@dataclass(frozen=True, slots=True)
class Screen:
    """Whether a plugin can report anything in a file's text, and on which lines."""

    in_text: TextTest  # over all the lines joined by "\n"
    on_line: LineTest  # over one line, as the plugin sees it


def _always(*_: object) -> bool:
    return True


UNSCREENED = Screen(in_text=_always, on_line=_always)


def screen_for(plugin: BasePlugin) -> Screen:
    """The screen for `plugin` (UNSCREENED when nothing cheap is known to be safe)."""
    kind = type(plugin)
    if kind in (Base64HighEntropyString, HexHighEntropyString):
        return _entropy_screen(plugin.charset, plugin.entropy_limit)
    if kind is keyword.KeywordDetector:
        words = re.compile("|".join(keyword.DENYLIST), re.IGNORECASE)
        return _regex_screen([words])
    if kind in _FILTERS_ITS_MATCHES or (
        isinstance(plugin, RegexBasedDetector)
        and kind.analyze_string is RegexBasedDetector.analyze_string
        and kind.analyze_line is BasePlugin.analyze_line
    ):
        return _regex_screen(list(plugin.denylist))
    return UNSCREENED


def _entropy_screen(charset: str, limit: float) -> Screen:
    shortest = max(1, math.floor(2**limit))
    run = "[" + re.escape(charset) + "]{" + str(shortest) + ",}"
    pattern = re.compile(r"""(['"])""" + run + r"\1")
    return Screen(
        in_text=lambda text, _lowered: pattern.search(text) is not None,
        on_line=lambda line: pattern.search(line) is not None,
    )


@dataclass(frozen=True, slots=True)
class _PatternScreen:
    pattern: re.Pattern[str]
    needed: regex_literals.Needed
    over_text: re.Pattern[str] | None  # the pattern over joined lines; None: not safe
    # The same, case-sensitive, for the lower-cased text when that is ASCII (None: not
    # known to be the same): case-insensitive alternations are about 10x slower in `re`.
    folded: re.Pattern[str] | None = None

    def in_text(self, text: str, lowered: str | None) -> bool:
        if not regex_literals.contains(self.needed, text, lowered):
            return False
        if self.folded is not None and lowered is not None:
            return self.folded.search(lowered) is not None
        return self.over_text is None or self.over_text.search(text) is not None

    def on_line(self, line: str) -> bool:
        lowered = regex_literals.lowered_if_ascii(line)
        if not regex_literals.contains(self.needed, line, lowered):
            return False
        if self.folded is not None and lowered is not None:
            return self.folded.search(lowered) is not None
        return self.pattern.search(line) is not None


def _regex_screen(patterns: list[re.Pattern[str]]) -> Screen:
    screens = [
        _PatternScreen(
            pattern=p,
            needed=regex_literals.required_literals(p),
            over_text=re.compile(p.pattern, p.flags | re.MULTILINE) if _text_safe(p) else None,
            folded=_folded(p),
        )
        for p in patterns
    ]
    return Screen(
        in_text=lambda text, lowered: any(s.in_text(text, lowered) for s in screens),
        on_line=lambda line: any(s.on_line(line) for s in screens),
    )


# Literal letters and digits, `_`, `-`, alternation, optional parts and plain groups: on
# ASCII text, such a pattern matches case-insensitively exactly where its lower-case form
# matches the lower-cased text (no class, escape or flag whose meaning the case changes).
_FOLDABLE = re.compile(r"(?:[A-Za-z0-9_\-|?]|\((?:\?:)?|\))*")


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE:
        return None
    # A letter outside ASCII (the `ñ` of `contraseña`) matches no ASCII text either way,
    # unless `re` counts it the same as an ASCII letter (the long s and `s`).
    others = {char for char in source if not char.isascii()}
    if not all(char.isalpha() and not _ascii_equivalent(char) for char in others):
        return None
    if not _FOLDABLE.fullmatch("".join(char for char in source if char.isascii())):
        return None
    return re.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE)


def _ascii_equivalent(char: str) -> bool:
    return any(re.fullmatch(re.escape(char), ascii, re.IGNORECASE) for ascii in _ASCII_LETTERS)


_ASCII_LETTERS = string.ascii_letters


# A negative lookaround made only of one class or escape that cannot match a newline sees
# the same at a line's edge whether the line stands alone (nothing there) or is joined to
# the next by "\n". Anything else that can look past a line's edge is not trusted.
_NEGATIVE_LOOKAROUND = re.compile(r"\(\?<?!((?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\])*)\)")
_SINGLE_CHARACTER = re.compile(r"\\[A-Za-z]|\[(?:\\.|[^\]\\])+\]")


def _text_safe(pattern: re.Pattern[str]) -> bool:
    source = pattern.pattern
    if "\\A" in source or "\\Z" in source:
        return False
    for lookaround in _NEGATIVE_LOOKAROUND.finditer(source):
        body = lookaround.group(1)
        if not _SINGLE_CHARACTER.fullmatch(body):
            return False
        if re.fullmatch(body, "\n", pattern.flags & ~re.VERBOSE):
            return False
    remaining = _NEGATIVE_LOOKAROUND.sub("", source)
    return "(?!" not in remaining and "(?<!" not in remaining


def process_lines(
    lines: list[tuple[int, str]], filename: str
) -> Generator[PotentialSecret, None, None]:
    """What `_process_line_based_plugins(lines, filename)` yields, screened (module doc)."""
    plugins = get_plugins()
    stripped = [(number, line.rstrip()) for number, line in lines]
    text = "\n".join(line for _, line in stripped)
    lowered = regex_literals.lowered_if_ascii(text)
    active = [
        (plugin, screen) for plugin, screen in _screens(plugins) if screen.in_text(text, lowered)
    ]
    if not active:
        return
    line_content = [line for _, line in lines]
    for line_number, line in stripped:
        candidates = [plugin for plugin, screen in active if screen.on_line(line)]
        if not candidates:
            continue
        yield from _scan_candidates(candidates, filename, line, line_number, line_content)


def _scan_candidates(
    plugins: Iterable[BasePlugin],
    filename: str,
    line: str,
    line_number: int,
    line_content: list[str],
) -> Generator[PotentialSecret, None, None]:
    # detect-secrets' own steps for one line (`_process_line_based_plugins`' loop body).
    code_snippet = get_code_snippet(lines=line_content, line_number=line_number)
    if detect_secrets_scan._is_filtered_out(
        required_filter_parameters=["line"], filename=filename, line=line, context=code_snippet
    ):
        return
    for plugin in plugins:
        for secret in detect_secrets_scan._scan_line(
            plugin=plugin,
            filename=filename,
            line=line,
            line_number=line_number,
            context=code_snippet,
        ):
            if not detect_secrets_scan._is_filtered_out(
                required_filter_parameters=["context"],
                filename=secret.filename,
                secret=secret.secret_value,
                plugin=plugin,
                line=line,
                context=code_snippet,
            ):
                yield secret


_SCREENS: dict[int, tuple[Any, Screen]] = {}


def _screens(plugins: list[BasePlugin]) -> list[tuple[BasePlugin, Screen]]:
    """Each plugin with its screen, built once per plugin object."""
    screened = []
    for plugin in plugins:
        cached = _SCREENS.get(id(plugin))
        if cached is None or cached[0] is not plugin:
            cached = (plugin, screen_for(plugin))
            _SCREENS[id(plugin)] = cached
        screened.append(cached)
    return screened


def install() -> None:
    """Put the screened loop in place of detect-secrets' own, for this process."""
    detect_secrets_scan._process_line_based_plugins = process_lines
