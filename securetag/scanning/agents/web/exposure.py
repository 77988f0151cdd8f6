"""Files that must never be served (.git, .env, .svn, backups …) and how to recognise each.

A server that answers every path alike (a soft 404, a catch-all) must not make
every probe a finding, so each answer is compared with a made-up path's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .rules import Hit

PROBE_MAX_BYTES = 64 * 1024
"""Enough of a probed file to recognise it; a real backup.zip may be gigabytes."""


def _looks_like_git_head(body: bytes) -> bool:
    text = body.decode("ascii", errors="replace").strip()
    return bool(re.fullmatch(r"ref: refs/\S+|[0-9a-f]{40}", text))


_ENV_LINE = re.compile(r"^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=")


def _env_lines(body: bytes) -> list[str]:
    text = body.decode("utf-8", errors="replace")
    return [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]


def _looks_like_dotenv(body: bytes) -> bool:
    if b"<" in body[:512]:
        return False  # an HTML page (a soft 404), not a dotenv file
    lines = _env_lines(body)
    assignments = [line for line in lines if _ENV_LINE.match(line)]
    return bool(assignments) and len(assignments) * 2 >= len(lines)


def _dotenv_keys(body: bytes) -> str:
    """The variable names only: the values are the secrets."""
    keys = [line.split("=", 1)[0].strip() for line in _env_lines(body) if _ENV_LINE.match(line)]
    return "\n".join(f"{key}=<redacted>" for key in keys[:20])


def _looks_like_svn_entries(body: bytes) -> bool:
    first_line = body.split(b"\n", 1)[0].strip()
    return first_line.isdigit() or b"<wc-entries" in body[:1024]


@dataclass(frozen=True, slots=True)
class ExposedFileProbe:
    """A file that must never be served, and how to tell it from an error page."""

    path: str
    rule: str
    recognise: Callable[[bytes], bool]
    """True when the body is the file itself, not an error page."""
    snippet: Callable[[bytes], str] = lambda body: body[:200].decode("utf-8", errors="replace")


EXPOSED_FILE_PROBES: tuple[ExposedFileProbe, ...] = (
    ExposedFileProbe("/.git/HEAD", "exposed-git", _looks_like_git_head),
    ExposedFileProbe("/.env", "exposed-env", _looks_like_dotenv, _dotenv_keys),
    ExposedFileProbe("/.svn/entries", "exposed-svn", _looks_like_svn_entries),
    ExposedFileProbe(
        "/.DS_Store", "exposed-ds-store", lambda body: body[4:8] == b"Bud1", lambda _: "Bud1"
    ),
    ExposedFileProbe(
        "/server-status", "exposed-server-status", lambda body: b"Apache Server Status" in body
    ),
    ExposedFileProbe(
        "/index.php.bak", "exposed-backup", lambda body: b"<?php" in body[:4096], lambda _: "<?php"
    ),
    ExposedFileProbe(
        "/backup.zip",
        "exposed-backup",
        lambda body: body[:4] in (b"PK\x03\x04", b"PK\x05\x06"),
        lambda _: "ZIP archive",
    ),
    ExposedFileProbe(
        "/backup.tar.gz",
        "exposed-backup",
        lambda body: body[:2] == b"\x1f\x8b",
        lambda _: "gzip archive",
    ),
    ExposedFileProbe(
        "/backup.sql",
        "exposed-backup",
        lambda body: bool(
            re.search(
                rb"(?i)(create table|insert into|-- (mysql|postgresql)"
                rb".{0,20}dump)",
                body[:8192],
            )
        ),
        lambda _: "SQL dump",
    ),
)


def check_exposed_file(
    probe: ExposedFileProbe, url: str, status: int, body: bytes, baseline: bytes | None
) -> list[Hit]:
    """A finding when `body` is the probed file and a made-up path does not look the same."""
    if status != 200 or not probe.recognise(body):
        return []
    # A server that answers every path with something the probe recognises
    # (a soft 404, a catch-all) has nothing exposed that this probe can tell.
    if baseline is not None and (baseline == body or probe.recognise(baseline)):
        return []
    message = f"{probe.path} is served and its content is the real file."
    return [Hit(probe.rule, url, message, probe.snippet(body), extra={"file": probe.path})]
