"""The code around a finding, kept at scan time for the triage model to read later.

The scanned tree exists only while its scan runs, so the scan keeps the source lines
around each High/Critical finding, secrets redacted, with the number of the first
line. The triage prompt renders them (numbers, `>` markers, its own window), so a new
prompt version can show old scans' code its own way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from securetag.security.redaction import redact_secrets

# Lines kept on each side of a finding beyond the prompt's context: as many as a
# prompt shows at most, so a later prompt version can show more, and so redaction
# sees a private key whose BEGIN line is above the lines shown.
KEPT_BEYOND_CONTEXT = 120


def source_lines(source_text: str) -> list[str]:
    """The text's lines as scanners number them: split on \\n only, \\r of CRLF dropped."""
    lines = source_text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line starts no new one
    return [line.removesuffix("\r") for line in lines]


@dataclass(frozen=True, slots=True)
class Excerpt:
    """Redacted source lines; `first_line` is the number of `lines[0]` in its file."""

    first_line: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def to_bytes(self) -> bytes:
        document = {"first_line": self.first_line, "lines": list(self.lines)}
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, stored: bytes) -> Excerpt | str:
        """The stored excerpt; a str when it was stored already rendered (before excerpts
        were kept as lines), which the prompt then shows as it is."""
        text = stored.decode("utf-8", "replace")
        try:
            document = json.loads(text)
            return cls(int(document["first_line"]), tuple(str(x) for x in document["lines"]))
        except (ValueError, TypeError, KeyError):
            return text


def excerpt_around(source_text: str, start_line: int, end_line: int, *, context: int) -> Excerpt:
    """The lines within `context + KEPT_BEYOND_CONTEXT` of a finding, secrets redacted.

    Redacts before cutting lines out of the whole, reading only the lines near the
    finding, so a huge file costs no more than a small one.
    """
    lines = source_lines(source_text)
    margin = max(0, context) + KEPT_BEYOND_CONTEXT
    first = max(1, start_line - margin)
    last = min(len(lines), max(start_line, end_line) + margin)
    near = "\n".join(lines[first - 1 : last])
    return Excerpt(first, tuple(source_lines(redact_secrets(near))))
