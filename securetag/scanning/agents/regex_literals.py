"""Literal strings a regular expression cannot match without: a substring test before the search.

`required_literals(pattern)` walks the parsed pattern (the standard library's own parser)
and returns a set of literals such that every match of the pattern contains at least one
of them, or None when it finds no such set. Checking `any(literal in text)` is a memchr-
speed test; a pattern with no literal prefix (`(?<=\\W)…`, `(?:\\s|=|:)AKC…`) otherwise
costs a full regular-expression attempt at every position of the text.

This is the prefilter idea of RE2's FilteredRE2 reduced to one rule per construct:
a sequence needs what its most selective part needs (the longest of its literal runs,
or what a group, alternation or repeat in it needs); an alternation needs one of what each
branch needs (nothing, when a branch needs nothing); a repeat needs what its body needs if
it repeats at least once. Zero-width parts (anchors, lookarounds) need nothing and only
end a literal run.

Case: a literal under IGNORECASE is kept lower-cased and only ASCII runs of it count;
`contains` then compares it with the lower-cased text, and only when the text is ASCII
(outside ASCII, case-insensitive matching has equivalences such as the Kelvin sign and
`k`, so a non-ASCII text always passes the test).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # Python 3.11+: the parser is re._parser; sre_parse is its deprecated alias.
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_REPEATS = {
    sre_constants.MAX_REPEAT,
    sre_constants.MIN_REPEAT,
    getattr(sre_constants, "POSSESSIVE_REPEAT", sre_constants.MAX_REPEAT),
}


@dataclass(frozen=True, slots=True)
class Literal:
    text: str
    ignore_case: bool  # text is lower-case ASCII, to be found in the lower-cased text


Needed = frozenset[Literal] | None


def required_literals(pattern: re.Pattern[str]) -> Needed:
    """Literals one of which every match of `pattern` contains, or None."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - it compiled already
        return None
    return _sequence(list(parsed), bool(pattern.flags & re.IGNORECASE))


def contains(needed: Needed, text: str, lowered: str | None) -> bool:
    """Whether `text` (`lowered`: its lower-case form if it is ASCII, else None) can match."""
    if needed is None:
        return True
    for literal in needed:
        if literal.ignore_case:
            if lowered is None or literal.text in lowered:
                return True
        elif literal.text in text:
            return True
    return False


def lowered_if_ascii(text: str) -> str | None:
    return text.lower() if text.isascii() else None


def _sequence(items: list, ignore_case: bool) -> Needed:
    candidates: list[frozenset[Literal]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({Literal("".join(run), ignore_case)}))
            run.clear()

    for op, arg in items:
        if op is sre_constants.LITERAL:
            char = chr(arg)
            if ignore_case and not char.isascii():
                flush()  # no case-insensitive literal outside ASCII
                continue
            run.append(char.lower() if ignore_case else char)
            continue
        flush()
        needed = _item(op, arg, ignore_case)
        if needed:
            candidates.append(needed)
    flush()
    return max(candidates, key=_selectivity, default=None)


def _item(op, arg, ignore_case: bool) -> Needed:
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, body = arg
        if add_flags & re.IGNORECASE:
            ignore_case = True
        if del_flags & re.IGNORECASE:
            ignore_case = False
        return _sequence(list(body), ignore_case)
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _sequence(list(arg), ignore_case)
    if op is sre_constants.BRANCH:
        union: set[Literal] = set()
        for branch in arg[1]:
            needed = _sequence(list(branch), ignore_case)
            if not needed:
                return None
            union |= needed
        return frozenset(union)
    if op in _REPEATS:
        low, _high, body = arg
        return _sequence(list(body), ignore_case) if low >= 1 else None
    return None  # a class, an anchor, a lookaround, a back-reference: nothing to require


def _selectivity(needed: frozenset[Literal]) -> tuple[int, int]:
    """Prefer the set whose shortest literal is longest, then the smaller set."""
    return (min(len(literal.text) for literal in needed), -len(needed))
