"""Packing a directory (gitignore-aware) or taking an existing archive as the upload."""

from __future__ import annotations

import io
import os
import re
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from securetag.cli.ci_client.errors import ArchiveTooLarge, CiUsageError
from securetag.cli.ci_client.gitignore import GitignoreMatcher

ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar", ".zip")
# Names derived from a directory stay within the stricter, path-free subset.
_UNSAFE_PROJECT_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
# Below this an archive stays in memory; above it spills to a temporary file.
_IN_MEMORY_ARCHIVE_BYTES = 8 * 1024 * 1024


@dataclass
class PackedUpload:
    """An archive ready to upload: its bytes (in memory or a spooled file) and what it holds."""

    file: BinaryIO
    filename: str
    size: int
    file_count: int
    skipped_links: list[str]


@dataclass(frozen=True, slots=True)
class TreeFile:
    path: Path
    name: str
    """Relative POSIX path inside the archive."""


class _CappedWriter(io.RawIOBase):
    """Counts what gzip writes and stops the packing once it passes the cap."""

    def __init__(self, target: BinaryIO, max_bytes: int) -> None:
        self._target = target
        self._max_bytes = max_bytes
        self.written = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        size = len(data)
        if self.written + size > self._max_bytes:
            raise ArchiveTooLarge(
                f"the packed archive would exceed {self._max_bytes} bytes (--max-bytes); "
                "ignore build outputs and dependencies in .gitignore or raise the limit",
                details={"max_bytes": self._max_bytes},
            )
        self._target.write(data)
        self.written += size
        return size


def tree_files(root: Path, skipped_links: list[str]) -> Iterator[TreeFile]:
    """Regular files under `root` that git would track: .gitignore honoured, `.git` skipped.

    Symbolic links are never followed (one could point out of the tree): their relative
    paths are appended to `skipped_links`. Sockets, FIFOs and devices are skipped.
    """
    yield from _walk(root, "", GitignoreMatcher(), skipped_links)


def _walk(
    directory: Path, relative: str, matcher: GitignoreMatcher, skipped_links: list[str]
) -> Iterator[TreeFile]:
    gitignore = directory / ".gitignore"
    if gitignore.is_file() and not gitignore.is_symlink():
        matcher = matcher.with_gitignore(gitignore.read_text("utf-8", errors="replace"), relative)
    with os.scandir(directory) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name == ".git":
            continue
        name = f"{relative}/{entry.name}" if relative else entry.name
        if entry.is_symlink():
            skipped_links.append(name)
        elif entry.is_dir(follow_symlinks=False):
            if not matcher.excludes(name, is_dir=True):
                yield from _walk(Path(entry.path), name, matcher, skipped_links)
        elif entry.is_file(follow_symlinks=False) and not matcher.excludes(name, is_dir=False):
            yield TreeFile(Path(entry.path), name)


def pack_directory(root: Path, *, max_bytes: int) -> PackedUpload:
    """A tar.gz of the files under `root` (see tree_files), refused past `max_bytes`."""
    # Not a context manager: on success the open spool is handed to the caller.
    spool = tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY_ARCHIVE_BYTES)  # noqa: SIM115
    skipped: list[str] = []
    count = 0
    try:
        capped = _CappedWriter(spool, max_bytes)
        with tarfile.open(fileobj=capped, mode="w:gz", format=tarfile.PAX_FORMAT) as archive:
            for item in tree_files(root, skipped):
                _add_file(archive, item)
                count += 1
        if count == 0:
            raise CiUsageError(
                f"nothing to scan: {root} holds no file that .gitignore does not exclude",
                details={"path": str(root)},
            )
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    filename = f"{root.name or 'source'}.tar.gz"
    return PackedUpload(spool, filename, capped.written, count, skipped)  # type: ignore[arg-type]


def _add_file(archive: tarfile.TarFile, item: TreeFile) -> None:
    # O_NOFOLLOW: a file swapped for a symlink after the walk is refused, not followed.
    try:
        descriptor = os.open(item.path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as exc:
        raise CiUsageError(
            f"cannot read {item.name}: {exc.strerror}", details={"path": item.name}
        ) from None
    with os.fdopen(descriptor, "rb") as source:
        stat = os.fstat(source.fileno())
        info = tarfile.TarInfo(item.name)
        info.size = stat.st_size
        info.mtime = int(stat.st_mtime)
        info.mode = 0o755 if stat.st_mode & 0o111 else 0o644
        archive.addfile(info, source)


def open_archive_file(path: Path, *, max_bytes: int) -> PackedUpload:
    """An existing .zip/.tar/.tar.gz file, uploaded as it is."""
    size = path.stat().st_size
    if size > max_bytes:
        raise ArchiveTooLarge(
            f"{path} is {size} bytes, over the {max_bytes}-byte limit (--max-bytes)",
            details={"max_bytes": max_bytes, "size": size},
        )
    return PackedUpload(path.open("rb"), path.name, size, 0, [])


def archive_suffix(path: Path) -> str | None:
    """The archive suffix of `path` (".tar.gz", ".zip", ...) or None."""
    name = path.name.lower()
    return next((suffix for suffix in ARCHIVE_SUFFIXES if name.endswith(suffix)), None)


def project_name_for(name: str) -> str:
    """`name` (a directory or file stem) made to fit the API's project pattern."""
    cleaned = _UNSAFE_PROJECT_CHARS.sub("-", name).lstrip("._-").rstrip("-")[:200]
    return cleaned or "project"
