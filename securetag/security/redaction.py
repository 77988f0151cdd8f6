"""The one place secrets are masked: every secret shown anywhere becomes `abcd…(N chars)`.

A secret is found one of three ways, and cut out of the text one way:

- `redact_secrets(text)` finds secrets itself. Every text taken from a scanned tree
  passes through it before it is stored for the model, shown to it, or exported as
  training data: detect-secrets' detector plugins run in process, plus a few regexes of
  ours (private keys, key material, secret-named assignments). Redacting
  already-redacted text leaves it unchanged.
- `redact_flagged_line(line, secrets)` is the secrets scanner's snippet: the line
  detect-secrets flagged, with the values it reported (found again by their hash)
  redacted out to the whole token around them (`token_span`); `redact_line` does the
  same for one value.
- `redact_hashed_tokens(text, sha256s)` takes out of another tool's message a secret
  the secrets scanner found (Bandit quotes the password it saw).

Each secret becomes a span of the text; overlapping or touching spans are joined and a
joined span is redacted as one secret (`_merged`, `_apply`).
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import math
import re
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

REDACTION_MARK = "…"
# How much of a flagged line a secrets scanner's snippet shows.
FLAGGED_LINE_WIDTH = 200


def redact_secret(value: str) -> str:
    """`AKIA…(20 chars)`: at most the first 4 characters, fewer for short values, and the length.

    A short secret keeps a quarter of its length at most, so redacting a
    6-character password does not print 4 of its characters.
    """
    kept = min(4, len(value) // 4)
    return f"{value[:kept]}{REDACTION_MARK}({len(value)} chars)"


# detect-secrets types whose hits are only a guess: their hits pass detect-secrets'
# own false-positive filters first. A known-format hit (AWS, GitHub, JWT...) is
# always redacted.
_HEURISTIC_TYPES = frozenset(
    {"Secret Keyword", "Base64 High Entropy String", "Hex High Entropy String"}
)
# An IP address is no credential; private keys are handled whole by our own regex
# (the plugin only reports the BEGIN header, which is no secret).
_SKIPPED_TYPES = frozenset({"Public IP (ipv4)", "Private Key"})
# The characters a token is made of (base64, base64url, hex): a hit is widened to the
# run of these around it, because some detectors report only part of a token.
_TOKEN_CHAR = re.compile(r"[A-Za-z0-9+/=_-]")
# On a line the secrets scanner flagged, a run this long with a digit is key material.
_LONG_TOKEN = re.compile(r"[A-Za-z0-9+/=_-]{40,}")
# The end of a redaction and the PEM dashes after it: `BEGI…(17 chars)-----`.
_REDACTED_FORM = re.compile(r"…\(\d+ chars\)-*")
# What a secret quoted in another tool's message looks like: a run of token characters.
_QUOTED_TOKEN = re.compile(r"[A-Za-z0-9+/=_\-.~]{6,}")
# Values that stand for a secret rather than being one: {password}, <token>,
# ${DB_PASS}, $TOKEN, %s, ****, xxxx.
_TEMPLATE = re.compile(
    r"^(?:\{.*\}|<.*>|\$\{.*\}|\$[A-Za-z_][A-Za-z0-9_]*|%[sdr]|\*+|\.\.\.|x+|X+)$", re.DOTALL
)
# What a keyword-guessed "secret" is when it is really code: a snake_case name, an
# HTTP header name, or one of these words.
_CODE_WORD = re.compile(r"^(?:[a-z]+(?:_[a-z]+)+|(?:X-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)*)$")
_ORDINARY_VALUES = frozenset(
    {
        "true", "false", "none", "null", "nil", "undefined", "yes", "no", "on", "off",
        "bearer", "basic", "token", "password", "passwd", "secret", "apikey", "api_key",
        "required", "optional", "string", "str", "bytes", "text", "hidden",
    }
)  # fmt: skip

# The start of a line, in a source file or in a `code_excerpt` ("> 12 | ").
_LINE_START = r"^(?:[> ] *\d+ \| )?"
_PRIVATE_KEY_BEGIN = re.compile(r"-----BEGIN (?P<kind>[A-Z0-9 ]*?)PRIVATE KEY(?: BLOCK)?-----")
# How far a private key's END line may be from its BEGIN line (room for an 8192-bit RSA key).
_MAX_PRIVATE_KEY_CHARS = 16384
# A line that continues a PEM body whose END is out of sight: key material, maybe in
# quotes, after `\n` escapes, or behind an excerpt's line number; or a PEM header.
_PEM_BODY_LINE = re.compile(
    rf"{_LINE_START}[\s\"'+(]*[A-Za-z0-9+/=\\]{{4,}}[\s\"',+)]*$"
    rf"|{_LINE_START}\s*(?:Proc-Type|DEK-Info|Comment):"
)
# Key material inside a PEM body, between line breaks, quotes and excerpt line
# numbers (pure digits, skipped); `\n` escapes are blanked out before the search.
_BODY_RUN = re.compile(r"[A-Za-z0-9+/=]{4,}")
_ESCAPE = re.compile(r"\\[nrt]")
# Less than this is no key: BEGIN and END literals in code that parses keys.
_MIN_KEY_MATERIAL = 32
# A long high-entropy base64 run anywhere: a PEM body line whose header is out of
# sight, a key pasted without quotes.
_KEY_MATERIAL = re.compile(r"[A-Za-z0-9+/_-]{40,}={0,2}")
_KEY_MATERIAL_ENTROPY = 4.5

# Name parts are bounded ({0,40}) so that a long run of name characters (minified
# code, a base64 blob) costs linear time, not quadratic backtracking.
_SECRET_NAME = (
    r"[A-Za-z0-9_.-]{0,40}?(?:passw(?:or)?d|passwd|pwd|secret|token|api[_-]?key|apikey"
    r"|access[_-]?key|auth[_-]?key|private[_-]?key|client[_-]?secret|credentials?)[A-Za-z0-9_.-]{0,40}"
)
# The same names as environment variables are written: upper case.
_ENV_SECRET_NAME = (
    r"[A-Z0-9_]{0,40}?(?:PASSW(?:OR)?D|PASSWD|PWD|SECRET|TOKEN|API_?KEY|APIKEY"
    r"|ACCESS_?KEY|AUTH_?KEY|PRIVATE_?KEY|CLIENT_?SECRET|CREDENTIALS?)[A-Z0-9_]{0,40}"
)


@dataclass(frozen=True, slots=True)
class _Pattern:
    regex: re.Pattern[str]
    guessed: bool  # found by a name, not by a format: the value may be ordinary code


_OWN_PATTERNS: tuple[_Pattern, ...] = (
    # AWS access key ids; the secret keys are 40 chars of base64 (caught below).
    _Pattern(
        re.compile(
            r"\b(?P<value>(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)"
            r"[A-Z0-9]{16})\b"
        ),
        guessed=False,
    ),
    _Pattern(
        re.compile(r"(?i)aws.{0,20}?(?:secret|key).{0,20}?['\"](?P<value>[A-Za-z0-9/+=]{40})['\"]"),
        guessed=False,
    ),
    # GitHub tokens, classic and fine-grained.
    _Pattern(
        re.compile(r"\b(?P<value>gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b"),
        guessed=False,
    ),
    # password = "...", "api_key": '...', PASSWORD := "...", if pwd == "..."
    _Pattern(
        re.compile(
            rf"(?i)\b{_SECRET_NAME}['\"]?\s*(?::=|=>|==|=|:)\s*(?:[rbu]|rb|br)?"
            r"(?P<quote>['\"])(?P<value>[^'\"\n]{3,})(?P=quote)"
        ),
        guessed=True,
    ),
    # .env / shell: DB_PASSWORD=hunter2. Upper case and no spaces, which is what
    # tells it from a keyword argument.
    _Pattern(
        re.compile(
            rf"(?m){_LINE_START}[ \t]*(?:export[ \t]+)?{_ENV_SECRET_NAME}"
            r"=(?P<value>[^\s'\"#;(),]{3,})$"
        ),
        guessed=True,
    ),
    # YAML / properties: `password: hunter2`, only values with a digit or a symbol,
    # so `password: str` in a type annotation stays.
    _Pattern(
        re.compile(
            rf"(?im){_LINE_START}[ \t\-]*{_SECRET_NAME}[ \t]*:[ \t]+"
            r"(?P<value>(?=[^\s'\"#]*[0-9!@#$%^&*+/=?])[^\s'\"#{}\[\]&*!|>][^\s'\"#]{2,})[ \t]*$"
        ),
        guessed=True,
    ),
    # Authorization headers. A token has a digit; "Basic authentication" has none.
    _Pattern(
        re.compile(
            r"(?i)\b(?:bearer|basic)\s+(?P<value>(?=[A-Za-z._~+/=-]*\d)[A-Za-z0-9._~+/=-]{12,})"
        ),
        guessed=False,
    ),
    # scheme://user:password@host
    _Pattern(
        re.compile(r"(?i)\b[a-z][a-z0-9+.-]{1,20}://[^\s:/?#@'\"]*:(?P<value>[^\s/?#@'\"]+)@"),
        guessed=False,
    ),
)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    replacement: str | None = None  # None: redact_secret of the text it covers


def redact_secrets(text: str) -> str:
    """`text` with every secret found replaced by `abcd…(N chars)` (at most 4 characters kept).

    Finds secrets with detect-secrets' detector plugins (line by line, in process,
    never verifying a secret with its vendor) and with our own patterns: private
    key blocks, AWS keys, GitHub tokens, password/secret/token assignments, bearer
    and basic credentials, passwords in URLs, long high-entropy base64 runs.
    Line breaks are kept, so line numbers still match the source. Deterministic,
    and idempotent: a value holding a redaction mark is never taken for a secret.
    """
    spans = [
        *_private_key_spans(text),
        *_own_pattern_spans(text),
        *_key_material_spans(text),
        *_detect_secrets_spans(text),
    ]
    return _apply(text, _merged(spans))


def redact_line(line: str, secret: str) -> str:
    """`line` with every occurrence of `secret` redacted, out to the token that holds it.

    The redaction covers the whole run of base64/hex characters around each
    occurrence (see `token_span`), so a value that is only part of a token does not
    leave the rest of the token in clear.
    """
    return _apply(line, _merged(_token_spans(line, [secret])))


def redact_flagged_line(
    line: str, secrets: Iterable[str], *, width: int = FLAGGED_LINE_WIDTH
) -> str:
    """A line the secrets scanner flagged, as a snippet: its `secrets` and key material redacted.

    Each of `secrets` (the values found on the line) is redacted wherever it occurs,
    out to its token; so is any run of 40 or more token characters with a digit in
    it, which on a line known to hold a secret is key material even when the
    scanner did not name it (a PEM body on the header's line). A line longer than
    `width` is cut to `width` characters around its first redaction, with `…` where
    it was cut.
    """
    spans = _token_spans(line, list(secrets))
    spans += [
        _Span(*match.span())
        for match in _LONG_TOKEN.finditer(line)
        if re.search(r"\d", match.group())
    ]
    return _window(_apply(line, _merged(spans)), width)


def through_first_redaction(snippet: str) -> str:
    """`snippet` cut after its first redaction (and the PEM dashes that close it).

    For a private key, whose flagged value is the "BEGIN … PRIVATE KEY" header: a
    key written on one line (a string with "\\n" escapes) carries its body after it.
    """
    marker = _REDACTED_FORM.search(snippet)
    if marker is None or marker.end() == len(snippet):
        return snippet
    return snippet[: marker.end()] + REDACTION_MARK


def token_span(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` grown to the run of token characters around it.

    Several detectors report only part of a token (GitHub's reports "ghp"), and the
    rest of it is as secret. Dashes at the run's edges are PEM armour
    ("-----BEGIN …") or separators, not the token, so the span gives them back
    (never any part of `text[start:end]` itself).
    """
    first, last = start, end
    while start > 0 and _TOKEN_CHAR.match(text[start - 1]):
        start -= 1
    while end < len(text) and _TOKEN_CHAR.match(text[end]):
        end += 1
    while start < first and text[start] == "-":
        start += 1
    while end > last and text[end - 1] == "-":
        end -= 1
    return start, end


def redact_hashed_tokens(text: str, sha256s: Collection[str]) -> str:
    """`text` with each token whose SHA-256 (hex) is one of `sha256s` redacted.

    For a secret the secrets scanner found (it keeps the hash, never the value) that
    another tool quotes in its message.
    """
    if not sha256s:
        return text
    return _QUOTED_TOKEN.sub(
        lambda m: redact_secret(m.group()) if _sha256(m.group()) in sha256s else m.group(),
        text,
    )


def _token_spans(line: str, secrets: Sequence[str]) -> list[_Span]:
    spans = []
    for secret in filter(None, secrets):
        start = line.find(secret)
        while start != -1:
            spans.append(_Span(*token_span(line, start, start + len(secret))))
            start = line.find(secret, start + 1)
    return spans


def _window(line: str, width: int) -> str:
    """At most `width` characters of `line`, around its first redaction."""
    if len(line) <= width:
        return line
    center = max(0, line.find(REDACTION_MARK))
    start = max(0, min(center - width // 2, len(line) - width))
    prefix = REDACTION_MARK if start else ""
    suffix = REDACTION_MARK if start + width < len(line) else ""
    return f"{prefix}{line[start : start + width]}{suffix}"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _private_key_spans(text: str) -> Iterator[_Span]:
    """Each PEM body: its first run of key material becomes `MIIE…(N chars)`, the rest `…`."""
    for begin in _PRIVATE_KEY_BEGIN.finditer(text):
        body_start, body_end = begin.end(), _private_key_body_end(text, begin)
        body = _ESCAPE.sub("  ", text[body_start:body_end])
        runs = [match.span() for match in _BODY_RUN.finditer(body) if not match.group().isdigit()]
        material = "".join(body[start:end] for start, end in runs)
        if len(material) < _MIN_KEY_MATERIAL:
            continue
        for index, (start, end) in enumerate(runs):
            replacement = redact_secret(material) if index == 0 else REDACTION_MARK
            yield _Span(body_start + start, body_start + end, replacement)


def _private_key_body_end(text: str, begin: re.Match[str]) -> int:
    """Where the body after a BEGIN line ends: its END line, or the last line of key material.

    Without an END in reach (an excerpt cut it off), the body is the rest of the
    BEGIN line and the lines after it that look like key material.
    """
    kind = re.escape(begin.group("kind"))
    end = re.compile(rf"-----END {kind}PRIVATE KEY(?: BLOCK)?-----")
    found = end.search(text, begin.end(), begin.end() + _MAX_PRIVATE_KEY_CHARS)
    if found is not None:
        return found.start()
    line_end = text.find("\n", begin.end())
    while line_end != -1:
        next_end = text.find("\n", line_end + 1)
        line = text[line_end + 1 : next_end if next_end != -1 else len(text)]
        if not _PEM_BODY_LINE.match(line):
            break
        line_end = next_end
    return len(text) if line_end == -1 else line_end


def _own_pattern_spans(text: str) -> Iterator[_Span]:
    for pattern in _OWN_PATTERNS:
        for match in pattern.regex.finditer(text):
            value = match.group("value")
            if _is_placeholder(value) or (pattern.guessed and _is_code_word(value)):
                continue
            yield _Span(*match.span("value"))


def _key_material_spans(text: str) -> Iterator[_Span]:
    for match in _KEY_MATERIAL.finditer(text):
        value = match.group()
        if re.search(r"\d", value) and _entropy(value) >= _KEY_MATERIAL_ENTROPY:
            yield _Span(*match.span())


def _detect_secrets_spans(text: str) -> Iterator[_Span]:
    """detect-secrets' hits, line by line, through the filters detect-secrets applies.

    The plugins are called directly rather than through `scan_line`: that reads a
    process-wide settings singleton which `default_settings()` swaps in and out, so
    two worker threads redacting at once could each scan with the other's (or no)
    plugins. The plugin instances here belong to this thread alone.
    """
    plugins = _detect_secrets_plugins()
    if not plugins:
        return
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    screened = _screened_lines(plugins, text, lines, starts)
    for number, line in enumerate(lines):
        if line.strip():
            keyword = _KEYWORD.search(line) is not None
            for plugin in plugins:
                if plugin.secret_type == "Secret Keyword" and not keyword:
                    continue  # each of its patterns needs one of its keywords
                candidates = screened.get(plugin.secret_type)
                if candidates is not None and number not in candidates:
                    continue  # none of its patterns matches the line
                for value in _plugin_hits(plugin, line):
                    yield from _occurrences(line, value, starts[number])


def _screened_lines(
    plugins: Sequence[Any], text: str, lines: Sequence[str], starts: list[int]
) -> dict[str, set[int]]:
    """For each plain regex plugin, the lines (by index) its patterns may match.

    A plain regex plugin (detect-secrets' own `RegexBasedDetector.analyze_string`)
    reports exactly what its patterns find on a line, so a line none of them matches
    gives it no hit, and only the candidates go through the plugin. A pattern that
    begins with literal characters searches the whole text once (the regex engine
    skips ahead to its prefix, in C), `^`/`$` at line ends: every line a match touches
    is a candidate, and a line with a match of its own is always among them (a match
    found across a line break only adds candidates). Any other pattern searches each
    line, as the plugin would, without the plugin's cost. Patterns that could behave
    otherwise across a line break (a negative look-behind, `\\A`/`\\Z`, a
    back-reference, flags other than case) are not screened: their plugin runs on
    every line.
    """
    try:
        from detect_secrets.plugins.base import RegexBasedDetector
    except ImportError:
        return {}
    screened: dict[str, set[int]] = {}
    for plugin in plugins:
        if type(plugin).analyze_string is not RegexBasedDetector.analyze_string:
            continue
        patterns = list(plugin.denylist)
        if any(_UNSCREENABLE.search(p.pattern) or p.flags & ~_SCREENABLE_FLAGS for p in patterns):
            continue
        candidates: set[int] = set()
        for pattern in patterns:
            if not _LITERAL_START.match(pattern.pattern):
                candidates.update(n for n, line in enumerate(lines) if pattern.search(line))
                continue
            for match in _multiline(pattern).finditer(text):
                first = bisect.bisect_right(starts, match.start()) - 1
                last = bisect.bisect_right(starts, max(match.start(), match.end() - 1)) - 1
                candidates.update(range(first, last + 1))
        screened[plugin.secret_type] = candidates
    return screened


@functools.lru_cache(maxsize=256)
def _multiline(pattern: re.Pattern[str]) -> re.Pattern[str]:
    flags = pattern.flags | (
        re.MULTILINE if "^" in pattern.pattern or "$" in pattern.pattern else 0
    )
    return re.compile(pattern.pattern, flags)


# Two literal characters first (after an opening group): `AKIA…`, `(ghp|…`, `://`.
_LITERAL_START = re.compile(r"(?:\(\?:|\()?(?:[A-Za-z0-9_:/-]|\\[/.]){2}")
_UNSCREENABLE = re.compile(r"\(\?<!|\\[AZ]|\\[1-9]|\(\?P=")
# Flags a screened pattern may carry (re.UNICODE is every str pattern's).
_SCREENABLE_FLAGS = re.IGNORECASE | re.UNICODE


# Every pattern of detect-secrets' keyword detector starts from one of these words
# (detect_secrets/plugins/keyword.py, DENYLIST, matched without case): a line with
# none of them cannot give it a hit, and it costs more than all the others together.
_KEYWORD = re.compile(
    "|".join(
        (
            "api_?key", "auth_?key", "service_?key", "account_?key", "db_?key",
            "database_?key", "priv_?key", "private_?key", "client_?key", "db_?pass",
            "database_?pass", "key_?pass", "password", "passwd", "pwd", "secret",
            "contraseña", "contrasena",
        )
    ),
    re.IGNORECASE,
)  # fmt: skip
# Plugin instances, one set per thread: building them costs milliseconds (the entropy
# plugins compile their patterns), and each thread's own set never meets another's.
_PLUGINS = threading.local()


def _detect_secrets_plugins() -> list[Any]:
    plugins = getattr(_PLUGINS, "instances", None)
    if plugins is None:
        plugins = _PLUGINS.instances = _new_detect_secrets_plugins()
    return plugins


def _new_detect_secrets_plugins() -> list[Any]:
    # detect-secrets is a dependency, but redaction must still run (on our own
    # patterns) where it is missing or its plugin API has moved.
    try:
        from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    except ImportError:
        return []
    return [
        plugin_class()
        for secret_type, plugin_class in sorted(get_mapping_from_secret_type_to_class().items())
        if secret_type not in _SKIPPED_TYPES
    ]


def _plugin_hits(plugin: Any, line: str) -> Iterator[str]:
    try:
        values = list(plugin.analyze_string(line))
    except Exception:  # a plugin failing on one line only means fewer hits on it
        return
    heuristic = plugin.secret_type in _HEURISTIC_TYPES
    for value in values:
        if not value or _is_placeholder(value):
            continue
        if heuristic and _filtered_out(plugin, value, line):
            continue
        yield value


def _filtered_out(plugin: Any, value: str, line: str) -> bool:
    """detect-secrets' default false-positive filters, for the detectors that guess."""
    from detect_secrets.filters import heuristic

    limit = getattr(plugin, "entropy_limit", None)
    if limit is not None and plugin.calculate_shannon_entropy(value) <= limit:
        return True
    if plugin.secret_type == "Secret Keyword" and (
        _is_code_word(value) or heuristic.is_indirect_reference(line)
    ):
        return True
    return (
        heuristic.is_sequential_string(value)
        or heuristic.is_potential_uuid(value)
        or heuristic.is_likely_id_string(value, line, plugin)
        or heuristic.is_templated_secret(value)
        or heuristic.is_not_alphanumeric_string(value)
    )


def _occurrences(line: str, value: str, offset: int) -> Iterator[_Span]:
    start = line.find(value)
    while start != -1:
        first, last = token_span(line, start, start + len(value))
        yield _Span(offset + first, offset + last)
        start = line.find(value, start + 1)


def _is_placeholder(value: str) -> bool:
    """A value that stands for a secret (`{password}`, `$TOKEN`, `password`) or is redacted."""
    return (
        bool(_TEMPLATE.match(value.strip()))
        or value.lower() in _ORDINARY_VALUES
        or REDACTION_MARK in value
    )


def _is_code_word(value: str) -> bool:
    """A value guessed from its name that is really code: spaces, a name, an ordinary word."""
    return (
        any(char.isspace() for char in value)
        or value.lower() in _ORDINARY_VALUES
        or bool(_CODE_WORD.match(value))
    )


def _merged(spans: Iterable[_Span]) -> list[_Span]:
    """Overlapping or touching spans joined; a joined span is redacted as one secret.

    Touching spans join too: two secrets side by side then show one 4-character
    prefix, not two.
    """
    merged: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = _Span(last.start, span.end)
            continue
        merged.append(span)
    return merged


def _apply(text: str, spans: Sequence[_Span]) -> str:
    """`text` with each of `spans` (sorted, disjoint: see `_merged`) replaced by its redaction."""
    pieces, cursor = [], 0
    for span in spans:
        secret = text[span.start : span.end]
        replacement = span.replacement if span.replacement is not None else redact_secret(secret)
        # A line break inside a joined span stays, so line numbers do not move.
        pieces += [text[cursor : span.start], replacement, "\n" * secret.count("\n")]
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _entropy(value: str) -> float:
    counts: dict[str, int] = {}
    for char in value:
        counts[char] = counts.get(char, 0) + 1
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())
