"""What the client prints: redacted lines on stderr, and the report file or stdout."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO


class Console:
    """Lines on stderr, every one redacted; progress lines are dropped when quiet."""

    def __init__(self, *, quiet: bool, secrets: Sequence[str], stream: TextIO) -> None:
        self._quiet = quiet
        self._secrets = [secret for secret in secrets if secret]
        self._stream = stream
        self._last_progress: str | None = None

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[redacted API key]")
        return text

    def progress(self, line: str) -> None:
        """A progress line, printed once however often it is repeated in a row."""
        if self._quiet or line == self._last_progress:
            return
        self._last_progress = line
        self._emit(line)

    def always(self, line: str) -> None:
        self._emit(line)

    def _emit(self, line: str) -> None:
        self._stream.write(f"securetag: {self.redact(line)}\n")
        self._stream.flush()


def write_report(text: str, out: Path | None, stdout: TextIO) -> None:
    """`text` to `out`, atomically (a reader never sees half a report), or to stdout."""
    if out is None:
        stdout.write(text)
        stdout.flush()
        return
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115  # closed before the rename
        "w", encoding="utf-8", dir=out.parent, prefix=f".{out.name}.", delete=False
    )
    try:
        with handle:
            handle.write(text)
        os.replace(handle.name, out)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
