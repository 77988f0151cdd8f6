"""The code around a finding, kept at scan time for the triage model to read later.

The scanned tree exists only while its scan runs, so the scan keeps the source lines
around each High/Critical finding, secrets redacted, with the number of the first
line. The triage prompt renders them (numbers, `>` markers, its own window), so a new
prompt version can show old scans' code its own way.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from securetag.kernel.models import Finding
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


def excerpts_around(
    source_text: str, spans: Sequence[tuple[int, int]], *, context: int
) -> list[Excerpt]:
    """`excerpt_around` of each (start_line, end_line) of one file, the file split once.

    Windows that overlap or touch are redacted together, once: a file with many
    findings costs its flagged lines once, not once per finding. A window alone is
    redacted exactly as `excerpt_around` does; one redacted with its neighbours sees
    more context, which can only find a secret across its edge (a private key whose
    BEGIN line is above it), not lose one.
    """
    lines = source_lines(source_text)
    margin = max(0, context) + KEPT_BEYOND_CONTEXT
    windows = [
        (max(1, start - margin), min(len(lines), max(start, end) + margin)) for start, end in spans
    ]
    redacted: dict[int, str] = {}  # line number -> redacted line, for every window's lines
    for first, last in _joined(windows):
        near = "\n".join(lines[first - 1 : last])
        # split, not source_lines: one entry per source line, so numbers stay aligned.
        for number, line in enumerate(redact_secrets(near).split("\n"), start=first):
            redacted[number] = line
    return [
        Excerpt(first, tuple(source_lines("\n".join(redacted[n] for n in range(first, last + 1)))))
        for first, last in windows
    ]


def _joined(windows: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The windows' line ranges with overlapping or touching ones joined, in order."""
    joined: list[tuple[int, int]] = []
    for first, last in sorted(windows):
        if last < first:
            continue  # past the end of the file: no lines
        if joined and first <= joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], max(joined[-1][1], last))
        else:
            joined.append((first, last))
    return joined


def excerpts_in_tree(
    tree: Path, found: Sequence[Finding], *, context: int
) -> list[tuple[str, Excerpt]]:
    """(fingerprint, excerpt) of each finding whose path is a file in `tree`.

    Each file is read and split once for all its findings (`excerpts_around`). A
    finding whose path is no file in the tree (a web URL, a path leading out of
    it) has no excerpt.
    """
    root = tree.resolve()
    by_path: dict[str, list[Finding]] = {}
    for finding in found:
        by_path.setdefault(finding.path, []).append(finding)
    kept: list[tuple[str, Excerpt]] = []
    for path, group in by_path.items():
        source = (root / path).resolve()
        if not source.is_relative_to(root) or not source.is_file():
            continue
        text = source.read_text(encoding="utf-8", errors="replace")
        spans = [(finding.start_line, finding.end_line) for finding in group]
        excerpts = excerpts_around(text, spans, context=context)
        kept += [(f.fingerprint, e) for f, e in zip(group, excerpts, strict=True)]
    return kept
