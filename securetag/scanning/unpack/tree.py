"""TreeWriter: writes validated entries, refusing duplicates, clashes and writes through links."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from securetag.scanning.unpack.limits import Budget, UnpackLimits
from securetag.scanning.unpack.names import normalise_entry_name
from securetag.scanning.unpack.refusals import HostileArchive, Refusal, quoted

_FILE_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


@dataclass(frozen=True, slots=True)
class TreeAccess:
    """Who reads an unpacked tree: its owner only, or its owner and one group.

    The group is the scan's sandbox group (its agents' uids run in it), so tenant code is
    never readable by other local users; the owner is whoever unpacks.
    """

    reader_gid: int | None = None

    @property
    def file_mode(self) -> int:
        return 0o600 if self.reader_gid is None else 0o640

    @property
    def directory_mode(self) -> int:
        return 0o700 if self.reader_gid is None else 0o750

    # chmod after chown (chown may clear bits); the creating call's mode was filtered by
    # the umask, so the mode is set again, exactly.
    def apply_to_file(self, descriptor: int) -> None:
        if self.reader_gid is not None:
            os.fchown(descriptor, -1, self.reader_gid)
        os.fchmod(descriptor, self.file_mode)

    def apply_to_directory(self, path: str | Path) -> None:
        if self.reader_gid is not None:
            os.chown(path, -1, self.reader_gid, follow_symlinks=False)
        os.chmod(path, self.directory_mode)


@dataclass(frozen=True, slots=True)
class SkippedEntry:
    """An entry that was deliberately not written (links, unsupported tar types)."""

    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class UnpackReport:
    """What was written, as relative POSIX paths in archive order."""

    files: tuple[str, ...]
    directories: tuple[str, ...]
    total_bytes: int
    skipped: tuple[SkippedEntry, ...]


class TreeWriter:
    """Writes validated entries under the root and remembers every path it has decided on,
    so duplicates, file/directory clashes and writes through skipped links are refused."""

    def __init__(
        self, root: Path, limits: UnpackLimits, budget: Budget, access: TreeAccess
    ) -> None:
        self._root = os.fspath(root)
        self._access = access
        self._limits = limits
        self._budget = budget
        self._entries = 0
        self._directories: dict[str, None] = {"": None}  # insertion-ordered set
        self._files: list[str] = []
        self._file_set: set[str] = set()
        self._links: set[str] = set()
        self._skipped: list[SkippedEntry] = []

    def count_entry(self, name: str) -> None:
        """Count one more archive entry of any kind against the cap."""
        self._entries += 1
        if self._entries > self._limits.max_entries:
            raise HostileArchive(
                f"the archive has more than the cap of {self._limits.max_entries:,} entries "
                f"(reached at entry {quoted(name)})",
                reason=Refusal.TOO_MANY_ENTRIES,
                entry=name,
            )

    def add_directory(self, name: str) -> None:
        """Create the directory entry `name` (and any missing parents)."""
        path = normalise_entry_name(name, self._limits)
        if path in self._directories:
            return
        self._refuse_taken(name, path)
        self._claim_parents(name, path, create=True)
        self._make_directory(path)

    def add_file(self, name: str, chunks: Iterable[bytes], *, packed_bytes: int | None) -> None:
        """Write the file entry `name` from `chunks`, counting every byte against the caps."""
        path = normalise_entry_name(name, self._limits)
        if not path:
            raise HostileArchive(
                f"file entry {quoted(name)} names the archive root",
                reason=Refusal.INVALID_NAME,
                entry=name,
            )
        self._refuse_taken(name, path)
        self._claim_parents(name, path, create=True)
        self._file_set.add(path)
        self._budget.start_file(name, packed_bytes)
        descriptor = os.open(f"{self._root}/{path}", _FILE_OPEN_FLAGS, self._access.file_mode)
        with os.fdopen(descriptor, "wb") as out:
            self._access.apply_to_file(descriptor)
            for chunk in chunks:
                self._budget.take(len(chunk))
                out.write(chunk)
        self._files.append(path)

    def skip_link(self, name: str, description: str) -> None:
        """Record a link entry as skipped; it is never created."""
        path = normalise_entry_name(name, self._limits)
        if not path:
            raise HostileArchive(
                f"link entry {quoted(name)} names the archive root",
                reason=Refusal.INVALID_NAME,
                entry=name,
            )
        self._refuse_taken(name, path)
        self._claim_parents(name, path, create=False)
        self._links.add(path)
        self._skipped.append(SkippedEntry(name, f"{description}; links are never created"))

    def skip(self, name: str, reason: str) -> None:
        """Record an entry that is ignored without being written (its name must still be safe)."""
        normalise_entry_name(name, self._limits)
        self._skipped.append(SkippedEntry(name, reason))

    def report(self) -> UnpackReport:
        """The summary of everything written and skipped."""
        return UnpackReport(
            files=tuple(self._files),
            directories=tuple(path for path in self._directories if path),
            total_bytes=self._budget.total_bytes,
            skipped=tuple(self._skipped),
        )

    def _refuse_taken(self, name: str, path: str) -> None:
        if path in self._file_set or path in self._links or path in self._directories:
            raise HostileArchive(
                f"entry {quoted(name)} appears more than once in the archive (as {path!r})",
                reason=Refusal.DUPLICATE_ENTRY,
                entry=name,
            )

    def _claim_parents(self, name: str, path: str, *, create: bool) -> None:
        parent = path.rpartition("/")[0]
        if parent in self._directories:
            return
        prefix = ""
        for part in parent.split("/"):
            prefix = f"{prefix}/{part}" if prefix else part
            if prefix in self._directories:
                continue
            if prefix in self._links:
                raise HostileArchive(
                    f"entry {quoted(name)} would be written through the link {prefix!r}",
                    reason=Refusal.THROUGH_LINK,
                    entry=name,
                )
            if prefix in self._file_set:
                raise HostileArchive(
                    f"entry {quoted(name)} needs {prefix!r} to be a directory, but the "
                    "archive holds it as a file",
                    reason=Refusal.PATH_CONFLICT,
                    entry=name,
                )
            if create:
                self._make_directory(prefix)

    def _make_directory(self, path: str) -> None:
        full_path = f"{self._root}/{path}"
        os.mkdir(full_path, self._access.directory_mode)
        self._access.apply_to_directory(full_path)
        self._directories[path] = None
