"""Unpack a tenant's zip / tar / tar.gz upload into a fresh directory, treating it as hostile.

Policy, in one place:

- Only regular files and directories are written. Symbolic and hard links are never
  created: they are skipped and listed in the report, whatever they point at, so no later
  write can follow one. An entry whose parent is such a link is refused, because a real
  extractor would have written it through the link. Device files, FIFOs and sockets are
  refused.
- A name is refused when it is absolute (``/x``, ``C:x``, ``//host/share``), holds ``..``,
  a backslash, a NUL or another control character, is not UTF-8, or is too deep or too long.
  The same path may appear once, except for directories.
- Sizes are counted from the bytes actually decompressed, before they are written, never
  from headers: a per-file cap, a total cap and a compression-ratio cap (per zip member and
  for the whole archive) stop the unpacking the moment one is crossed. Zip members are
  inflated here rather than by ``zipfile`` so that a member holding more than its header
  declares is caught as such. A tar.gz is decompressed through a counter as well, so tar
  metadata and skipped members cannot hide a bomb either.
- Files get mode 0644 and directories 0755 whatever the archive says; ownership is the
  current user's. ``tarfile.data_filter`` is not used: the checks above are a superset of
  it, and its two ``realpath`` calls per member would cost more than the rest of the work.
- On any refusal, corruption or I/O error, everything written is removed before the error
  propagates: the caller sees either a complete tree or an exception, never half a tree.
"""

from __future__ import annotations

import enum
import gzip
import io
import lzma
import os
import re
import shutil
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO

from securetag.kernel.errors import ConfigError, InvalidRequest, SecuretagError
from securetag.scanning.archives import FORMATS

_MIB = 1024 * 1024
FILE_MODE = 0o644
DIRECTORY_MODE = 0o755

# Output is produced and written in chunks of this size, so memory stays flat whatever the
# archive claims, and a cap is noticed within one chunk of being crossed.
_CHUNK = 256 * 1024
_INFLATE_INPUT_CHUNK = 64 * 1024
_TAR_STREAM_BUFSIZE = 64 * 1024
# Linux refuses longer path components; refusing them here gives a reason, not an OSError.
_NAME_MAX_BYTES = 255
# A tar stream carries headers, pax records and padding besides file data; this much per
# entry is generous for real archives (a long path plus macOS xattrs fits in 3 KiB).
_TAR_OVERHEAD_PER_ENTRY = 4 * 1024
# tarfile reads a pax or GNU long-name record into memory in one go.
_MAX_TAR_METADATA_BYTES = 1 * _MIB
_TAR_METADATA_TYPES = frozenset(
    {tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE}
    | {tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK}
)
_FILE_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC

_ZIP_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_ZIP_LOCAL_SIGNATURE = b"PK\x03\x04"
_ZIP_CENTRAL_SIGNATURE = b"PK\x01\x02"
_ZIP_END_SIGNATURE = b"PK\x05\x06"
_ZIP_END_SEARCH_BYTES = 22 + 65535  # the end record plus the longest comment it may carry
_ZIP_UTF8_FLAG = 0x800
_ZIP_ENCRYPTED_FLAG = 0x1
_ZIP_INFLATED_HERE = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
_ZIP_INFLATED_BY_ZIPFILE = frozenset({zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA})
_ZIP_SPECIAL_TYPES = MappingProxyType(
    {
        stat.S_IFCHR: "a character device",
        stat.S_IFBLK: "a block device",
        stat.S_IFIFO: "a FIFO",
        stat.S_IFSOCK: "a socket",
    }
)

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f]")
_MESSAGE_NAME_CHARS = 200

_ZIP_OPEN_ERRORS = (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, struct.error)
_ZIPFILE_READ_ERRORS = (zipfile.BadZipFile, EOFError, OSError, lzma.LZMAError, ValueError)
# RecursionError: tarfile follows a chain of pax / long-name headers by recursion.
_TAR_READ_ERRORS = (
    tarfile.TarError,
    EOFError,
    zlib.error,
    gzip.BadGzipFile,
    ValueError,
    RecursionError,
)


class Refusal(enum.StrEnum):
    """Why an archive was refused; `HostileArchive.details["reason"]` holds one of these."""

    PATH_TRAVERSAL = "path_traversal"
    ABSOLUTE_PATH = "absolute_path"
    INVALID_NAME = "invalid_name"
    PATH_TOO_DEEP = "path_too_deep"
    PATH_TOO_LONG = "path_too_long"
    SPECIAL_FILE = "special_file"
    DUPLICATE_ENTRY = "duplicate_entry"
    THROUGH_LINK = "through_link"
    PATH_CONFLICT = "path_conflict"
    TOO_MANY_ENTRIES = "too_many_entries"
    FILE_TOO_LARGE = "file_too_large"
    TOO_LARGE = "too_large"
    COMPRESSION_RATIO = "compression_ratio"
    DECLARED_SIZE_MISMATCH = "declared_size_mismatch"
    OVERLAPPING_ENTRIES = "overlapping_entries"
    UNSUPPORTED = "unsupported"
    CORRUPT = "corrupt"


class HostileArchive(InvalidRequest):
    """The archive was refused; the message names the entry and the reason."""

    code = "hostile_archive"

    def __init__(self, message: str, *, reason: Refusal, entry: str | None = None) -> None:
        details: dict[str, str] = {"field": "file", "reason": str(reason)}
        if entry is not None:
            details["entry"] = _shorten(entry)
        super().__init__(message, details=details)
        self.reason = reason
        self.entry = entry


class CorruptArchive(HostileArchive):
    """The archive is damaged or truncated ("archive is corrupt: ...")."""

    code = "corrupt_archive"

    def __init__(self, problem: str, *, entry: str | None = None) -> None:
        super().__init__(f"archive is corrupt: {problem}", reason=Refusal.CORRUPT, entry=entry)


class UnusableDestination(SecuretagError):
    """The caller's destination is not a new or empty directory; nothing was unpacked."""

    code = "unpack_destination_unusable"


@dataclass(frozen=True, slots=True)
class UnpackLimits:
    """Caps on what one archive may unpack to; every value must be positive."""

    max_entries: int = 20_000
    max_total_bytes: int = 500 * _MIB
    max_file_bytes: int = 100 * _MIB
    # Unpacked bytes per compressed byte, for the whole archive and for each zip member.
    max_ratio: float = 100.0
    # Below this many unpacked bytes the ratio is not checked: a small file of repeated
    # characters compresses far better than 100:1 and harms nobody.
    ratio_grace_bytes: int = 1 * _MIB
    max_path_depth: int = 48
    # Characters in an entry's normalised relative path.
    max_path_length: int = 1024

    def __post_init__(self) -> None:
        for limit in fields(self):
            value = getattr(self, limit.name)
            if not value > 0:
                raise ConfigError(f"unpack limit {limit.name} must be positive, got {value!r}")


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


def unpack_archive(content: bytes, fmt: str, dest: Path, limits: UnpackLimits) -> UnpackReport:
    """Unpack `content` (format "zip", "tar" or "tar.gz") into `dest`, which must be new or empty.

    Raises HostileArchive (CorruptArchive for damaged input) when the archive is refused;
    `dest` is then left as it was found (absent or empty).
    """
    if fmt not in FORMATS:
        raise InvalidRequest(
            f"unsupported archive format {fmt!r}: expected one of {', '.join(FORMATS)}",
            details={"field": "file"},
        )
    created = _prepare_destination(dest)
    try:
        budget = _Budget(limits, archive_bytes=len(content))
        writer = _TreeWriter(dest, limits, budget)
        if fmt == "zip":
            _unpack_zip(content, writer, limits)
        else:
            _unpack_tar(content, gzipped=fmt == "tar.gz", writer=writer, budget=budget)
        return writer.report()
    except BaseException:
        _discard_tree(dest, created)
        raise


def _prepare_destination(dest: Path) -> bool:
    """Create `dest` (True) or accept it as an existing empty directory (False)."""
    if dest.is_symlink():
        raise UnusableDestination(f"unpack destination {dest} is a symbolic link")
    try:
        dest.mkdir(mode=DIRECTORY_MODE, parents=True)
    except FileExistsError:
        if not dest.is_dir():
            raise UnusableDestination(f"unpack destination {dest} is not a directory") from None
        if any(dest.iterdir()):
            raise UnusableDestination(f"unpack destination {dest} is not empty") from None
        return False
    os.chmod(dest, DIRECTORY_MODE)
    return True


def _discard_tree(dest: Path, created: bool) -> None:
    # Cleanup must not hide the error that caused it, so its own failures are ignored.
    if created:
        shutil.rmtree(dest, ignore_errors=True)
        return
    for child in dest.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def _shorten(name: str) -> str:
    if len(name) <= _MESSAGE_NAME_CHARS:
        return name
    return name[:_MESSAGE_NAME_CHARS] + "…"


def _quoted(name: str) -> str:
    # repr() shows NULs, control characters and backslashes unambiguously.
    return repr(_shorten(name))


def normalise_entry_name(name: str, limits: UnpackLimits) -> str:
    """The safe relative POSIX path for an archive entry name ("" for the root itself).

    Raises HostileArchive when the name is absolute, escapes or could escape the root, or
    is not a plain, printable, bounded UTF-8 path.
    """
    _refuse_unprintable(name)
    _refuse_absolute(name)
    if "\\" in name:
        raise HostileArchive(
            f"entry {_quoted(name)} contains a backslash, which Windows reads as a path "
            "separator; archive names must use '/'",
            reason=Refusal.INVALID_NAME,
            entry=name,
        )
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if ".." in parts:
        _refuse_dot_dot(name, parts)
    path = "/".join(parts)
    if len(parts) > limits.max_path_depth:
        raise HostileArchive(
            f"entry {_quoted(name)} is {len(parts)} directories deep, more than the cap of "
            f"{limits.max_path_depth}",
            reason=Refusal.PATH_TOO_DEEP,
            entry=name,
        )
    if len(path) > limits.max_path_length:
        raise HostileArchive(
            f"entry {_quoted(name)} has a path of {len(path)} characters, more than the cap of "
            f"{limits.max_path_length}",
            reason=Refusal.PATH_TOO_LONG,
            entry=name,
        )
    if any(len(part.encode("utf-8")) > _NAME_MAX_BYTES for part in parts):
        raise HostileArchive(
            f"entry {_quoted(name)} has a path component longer than {_NAME_MAX_BYTES} bytes",
            reason=Refusal.PATH_TOO_LONG,
            entry=name,
        )
    return path


def _refuse_unprintable(name: str) -> None:
    if not name:
        raise HostileArchive("an entry has an empty name", reason=Refusal.INVALID_NAME, entry=name)
    if "\x00" in name:
        problem = "contains a NUL byte"
    elif _CONTROL_CHARACTER.search(name):
        problem = "contains a control character"
    else:
        try:
            name.encode("utf-8")
            return
        except UnicodeEncodeError:
            problem = "is not valid UTF-8"
    raise HostileArchive(
        f"entry {_quoted(name)} {problem}", reason=Refusal.INVALID_NAME, entry=name
    )


def _refuse_absolute(name: str) -> None:
    if name.startswith(("//", "\\\\")):
        kind = "a network (UNC) path"
    elif _WINDOWS_DRIVE.match(name):
        kind = "a Windows drive path"
    elif name.startswith(("/", "\\")):
        kind = "an absolute path"
    else:
        return
    raise HostileArchive(
        f"entry {_quoted(name)} is {kind}; archive entries must be relative to the archive root",
        reason=Refusal.ABSOLUTE_PATH,
        entry=name,
    )


def _refuse_dot_dot(name: str, parts: list[str]) -> None:
    depth = 0
    for part in parts:
        depth += -1 if part == ".." else 1
        if depth < 0:
            raise HostileArchive(
                f"entry {_quoted(name)} escapes the archive root",
                reason=Refusal.PATH_TRAVERSAL,
                entry=name,
            )
    raise HostileArchive(
        f"entry {_quoted(name)} contains a '..' component; archive names must be plain paths",
        reason=Refusal.PATH_TRAVERSAL,
        entry=name,
    )


class _Budget:
    """Counts unpacked bytes as they are produced and refuses the archive the moment a cap
    is crossed; checked before each chunk is written, so a cap is never exceeded on disk."""

    def __init__(self, limits: UnpackLimits, *, archive_bytes: int) -> None:
        self._limits = limits
        self._archive_bytes = max(archive_bytes, 1)
        self._stream_cap = (
            limits.max_total_bytes
            + limits.max_entries * _TAR_OVERHEAD_PER_ENTRY
            + _TAR_STREAM_BUFSIZE
        )
        self.total_bytes = 0
        self._stream_bytes = 0
        self._file_name = ""
        self._file_bytes = 0
        self._file_packed_bytes: int | None = None

    def start_file(self, name: str, packed_bytes: int | None) -> None:
        """Begin counting a member; `packed_bytes` enables the per-member ratio check."""
        self._file_name = name
        self._file_bytes = 0
        self._file_packed_bytes = packed_bytes

    def take(self, size: int) -> None:
        """Account for `size` more bytes of the current file, or refuse the archive."""
        limits = self._limits
        name = self._file_name
        file_bytes = self._file_bytes + size
        total_bytes = self.total_bytes + size
        if file_bytes > limits.max_file_bytes:
            raise HostileArchive(
                f"entry {_quoted(name)} is larger than the cap of "
                f"{limits.max_file_bytes:,} bytes for one file",
                reason=Refusal.FILE_TOO_LARGE,
                entry=name,
            )
        if total_bytes > limits.max_total_bytes:
            raise HostileArchive(
                f"the archive unpacks to more than the cap of {limits.max_total_bytes:,} bytes "
                f"(reached at entry {_quoted(name)})",
                reason=Refusal.TOO_LARGE,
                entry=name,
            )
        if self._exceeds_ratio(total_bytes, self._archive_bytes):
            raise HostileArchive(
                f"the archive expands more than {limits.max_ratio:g}:1 (reached at entry "
                f"{_quoted(name)}): a decompression bomb",
                reason=Refusal.COMPRESSION_RATIO,
                entry=name,
            )
        packed = self._file_packed_bytes
        if packed is not None and self._exceeds_ratio(file_bytes, max(packed, 1)):
            raise HostileArchive(
                f"entry {_quoted(name)} expands more than {limits.max_ratio:g}:1 "
                f"({packed:,} compressed bytes): a decompression bomb",
                reason=Refusal.COMPRESSION_RATIO,
                entry=name,
            )
        self._file_bytes = file_bytes
        self.total_bytes = total_bytes

    def take_stream(self, size: int) -> None:
        """Account for `size` more bytes of a decompressed tar stream, or refuse the archive."""
        stream_bytes = self._stream_bytes + size
        cap = self._stream_cap
        if stream_bytes > cap:
            raise HostileArchive(
                f"the tar stream inside the archive is larger than {cap:,} bytes, more than "
                "its files may unpack to",
                reason=Refusal.TOO_LARGE,
            )
        if self._exceeds_ratio(stream_bytes, self._archive_bytes):
            raise HostileArchive(
                f"the tar stream inside the archive expands more than "
                f"{self._limits.max_ratio:g}:1: a decompression bomb",
                reason=Refusal.COMPRESSION_RATIO,
            )
        self._stream_bytes = stream_bytes

    def _exceeds_ratio(self, unpacked: int, packed: int) -> bool:
        limits = self._limits
        return unpacked > limits.ratio_grace_bytes and unpacked > limits.max_ratio * packed


class _TreeWriter:
    """Writes validated entries under the root and remembers every path it has decided on,
    so duplicates, file/directory clashes and writes through skipped links are refused."""

    def __init__(self, root: Path, limits: UnpackLimits, budget: _Budget) -> None:
        self._root = os.fspath(root)
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
                f"(reached at entry {_quoted(name)})",
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
                f"file entry {_quoted(name)} names the archive root",
                reason=Refusal.INVALID_NAME,
                entry=name,
            )
        self._refuse_taken(name, path)
        self._claim_parents(name, path, create=True)
        self._file_set.add(path)
        self._budget.start_file(name, packed_bytes)
        descriptor = os.open(f"{self._root}/{path}", _FILE_OPEN_FLAGS, FILE_MODE)
        with os.fdopen(descriptor, "wb") as out:
            os.fchmod(descriptor, FILE_MODE)
            for chunk in chunks:
                self._budget.take(len(chunk))
                out.write(chunk)
        self._files.append(path)

    def skip_link(self, name: str, description: str) -> None:
        """Record a link entry as skipped; it is never created."""
        path = normalise_entry_name(name, self._limits)
        if not path:
            raise HostileArchive(
                f"link entry {_quoted(name)} names the archive root",
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
                f"entry {_quoted(name)} appears more than once in the archive (as {path!r})",
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
                    f"entry {_quoted(name)} would be written through the link {prefix!r}",
                    reason=Refusal.THROUGH_LINK,
                    entry=name,
                )
            if prefix in self._file_set:
                raise HostileArchive(
                    f"entry {_quoted(name)} needs {prefix!r} to be a directory, but the "
                    "archive holds it as a file",
                    reason=Refusal.PATH_CONFLICT,
                    entry=name,
                )
            if create:
                self._make_directory(prefix)

    def _make_directory(self, path: str) -> None:
        full_path = f"{self._root}/{path}"
        os.mkdir(full_path, DIRECTORY_MODE)
        # mkdir's mode is filtered by the umask; the documented mode is exact.
        os.chmod(full_path, DIRECTORY_MODE)
        self._directories[path] = None


# --- zip ---------------------------------------------------------------------------------


def _unpack_zip(content: bytes, writer: _TreeWriter, limits: UnpackLimits) -> None:
    _refuse_too_many_zip_entries(content, limits)
    with _open_zip(content) as archive:
        _unpack_zip_members(content, archive, writer)


@contextmanager
def _open_zip(content: bytes) -> Iterator[zipfile.ZipFile]:
    # Opened outside `with` so that only zipfile's own errors are read as corruption.
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except _ZIP_OPEN_ERRORS as error:
        raise _corrupt(error) from error
    with archive:
        yield archive


def _unpack_zip_members(content: bytes, archive: zipfile.ZipFile, writer: _TreeWriter) -> None:
    members = archive.infolist()
    data_offsets = _zip_data_offsets(content, members)
    for info in members:
        name = info.orig_filename
        writer.count_entry(name)
        file_type = stat.S_IFMT(info.external_attr >> 16)
        if info.is_dir() or file_type == stat.S_IFDIR:
            writer.add_directory(name)
        elif file_type == stat.S_IFLNK:
            writer.skip_link(name, "symbolic link")
        elif file_type in _ZIP_SPECIAL_TYPES:
            _refuse_special(name, _ZIP_SPECIAL_TYPES[file_type])
        else:
            _refuse_unreadable_zip_member(info)
            chunks = _zip_member_chunks(content, info, data_offsets[id(info)], archive)
            writer.add_file(name, chunks, packed_bytes=info.compress_size)


def _refuse_too_many_zip_entries(content: bytes, limits: UnpackLimits) -> None:
    """Refuse before zipfile builds an object per central-directory record.

    Every record starts with a signature, so counting signatures in the central directory
    (or, when its size is unknown, the whole file) bounds what zipfile would parse.
    """
    end = content.rfind(_ZIP_END_SIGNATURE, max(0, len(content) - _ZIP_END_SEARCH_BYTES))
    region_start = 0
    if end >= 0 and len(content) >= end + 22:
        (directory_size,) = struct.unpack_from("<L", content, end + 12)
        region_start = max(0, end - directory_size)
    records = content.count(_ZIP_CENTRAL_SIGNATURE, region_start, max(end, 0) or len(content))
    if records > limits.max_entries:
        raise HostileArchive(
            f"the archive has {records:,} entries, more than the cap of {limits.max_entries:,}",
            reason=Refusal.TOO_MANY_ENTRIES,
        )


def _zip_data_offsets(content: bytes, members: list[zipfile.ZipInfo]) -> dict[int, int]:
    """Where each member's compressed data starts, keyed by id(info).

    Also refuses members whose data overlaps another's: that is how a small zip makes many
    large files out of one compressed block.
    """
    offsets: dict[int, int] = {}
    previous: tuple[zipfile.ZipInfo, int] | None = None
    for info in sorted(members, key=lambda member: member.header_offset):
        start = _zip_data_start(content, info)
        end = start + info.compress_size
        if end > len(content):
            raise CorruptArchive(
                f"entry {_quoted(info.orig_filename)} is cut short", entry=info.orig_filename
            )
        if previous is not None and info.header_offset < previous[1]:
            raise HostileArchive(
                f"entries {_quoted(previous[0].orig_filename)} and "
                f"{_quoted(info.orig_filename)} overlap in the archive: a zip bomb trick",
                reason=Refusal.OVERLAPPING_ENTRIES,
                entry=info.orig_filename,
            )
        offsets[id(info)] = start
        previous = (info, end)
    return offsets


def _zip_data_start(content: bytes, info: zipfile.ZipInfo) -> int:
    name = info.orig_filename
    offset = info.header_offset
    header_end = offset + _ZIP_LOCAL_HEADER.size
    if offset < 0 or header_end > len(content):
        raise CorruptArchive(f"the local header of entry {_quoted(name)} is missing", entry=name)
    header = _ZIP_LOCAL_HEADER.unpack_from(content, offset)
    if header[0] != _ZIP_LOCAL_SIGNATURE:
        raise CorruptArchive(f"the local header of entry {_quoted(name)} is missing", entry=name)
    flags, name_length, extra_length = header[3], header[10], header[11]
    raw_name = content[header_end : header_end + name_length]
    encoding = "utf-8" if flags & _ZIP_UTF8_FLAG else "cp437"
    try:
        local_name = raw_name.decode(encoding)
    except UnicodeDecodeError:
        local_name = None
    if local_name != name:
        # Two names for one member let different tools see different trees.
        raise CorruptArchive(
            f"entry {_quoted(name)} has another name in its local header", entry=name
        )
    return header_end + name_length + extra_length


def _refuse_special(name: str, kind: str) -> None:
    raise HostileArchive(
        f"entry {_quoted(name)} is {kind}; archives may hold only files and directories",
        reason=Refusal.SPECIAL_FILE,
        entry=name,
    )


def _refuse_unreadable_zip_member(info: zipfile.ZipInfo) -> None:
    name = info.orig_filename
    if info.flag_bits & _ZIP_ENCRYPTED_FLAG:
        raise HostileArchive(
            f"entry {_quoted(name)} is encrypted; send an unencrypted archive",
            reason=Refusal.UNSUPPORTED,
            entry=name,
        )
    if info.compress_type not in _ZIP_INFLATED_HERE | _ZIP_INFLATED_BY_ZIPFILE:
        raise HostileArchive(
            f"entry {_quoted(name)} uses zip compression method {info.compress_type}, which "
            "is not supported; use deflate",
            reason=Refusal.UNSUPPORTED,
            entry=name,
        )


def _zip_member_chunks(
    content: bytes, info: zipfile.ZipInfo, data_start: int, archive: zipfile.ZipFile
) -> Iterator[bytes]:
    if info.compress_type not in _ZIP_INFLATED_HERE:
        # zipfile stops bzip2/lzma output at the declared size and then fails the CRC check,
        # so a lying header still cannot write more than it declares.
        yield from _zipfile_chunks(archive, info)
        return
    name = info.orig_filename
    packed = memoryview(content)[data_start : data_start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        produced = _stored_chunks(packed)
    else:
        produced = _inflated_chunks(packed, name)
    size = 0
    crc = 0
    for chunk in produced:
        size += len(chunk)
        if size > info.file_size:
            raise HostileArchive(
                f"entry {_quoted(name)} holds more than the {info.file_size:,} bytes its header "
                "declares: a zip bomb trick",
                reason=Refusal.DECLARED_SIZE_MISMATCH,
                entry=name,
            )
        crc = zlib.crc32(chunk, crc)
        yield chunk
    if size != info.file_size:
        raise CorruptArchive(
            f"entry {_quoted(name)} holds {size:,} bytes, fewer than the {info.file_size:,} "
            "its header declares",
            entry=name,
        )
    if crc != info.CRC:
        raise CorruptArchive(f"entry {_quoted(name)} fails its CRC check", entry=name)


def _stored_chunks(packed: memoryview) -> Iterator[bytes]:
    for offset in range(0, len(packed), _CHUNK):
        yield packed[offset : offset + _CHUNK]


def _inflated_chunks(packed: memoryview, name: str) -> Iterator[bytes]:
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        for offset in range(0, len(packed), _INFLATE_INPUT_CHUNK):
            pending: bytes | memoryview = packed[offset : offset + _INFLATE_INPUT_CHUNK]
            while pending and not inflater.eof:
                # max_length keeps each output chunk small however well the input compresses.
                chunk = inflater.decompress(pending, _CHUNK)
                pending = inflater.unconsumed_tail
                if chunk:
                    yield chunk
            if inflater.eof:
                break
        tail = inflater.flush()
    except zlib.error as error:
        raise CorruptArchive(f"entry {_quoted(name)}: {error}", entry=name) from error
    if tail:
        yield tail
    if not inflater.eof:
        raise CorruptArchive(f"the data of entry {_quoted(name)} ends early", entry=name)


def _zipfile_chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    try:
        with archive.open(info) as source:
            while chunk := source.read(_CHUNK):
                yield chunk
    except _ZIPFILE_READ_ERRORS as error:
        name = info.orig_filename
        raise CorruptArchive(f"entry {_quoted(name)}: {error}", entry=name) from error


# --- tar and tar.gz ------------------------------------------------------------------------


def _unpack_tar(content: bytes, *, gzipped: bool, writer: _TreeWriter, budget: _Budget) -> None:
    source: BinaryIO = io.BytesIO(content)
    if gzipped:
        source = gzip.GzipFile(fileobj=source, mode="rb")
    stream = _CountedStream(source, budget)
    with _open_tar_stream(stream) as archive:
        for member in _tar_members(archive):
            _unpack_tar_member(archive, member, writer)
    # Reading on to the end makes gzip verify its CRC and length trailer.
    try:
        stream.drain()
    except _TAR_READ_ERRORS as error:
        raise _corrupt(error) from error


@contextmanager
def _open_tar_stream(stream: _CountedStream) -> Iterator[tarfile.TarFile]:
    # Stream mode ("r|") only reads forward, so every byte tarfile sees passes the counter.
    # Opened outside `with` so that only its own errors are read as corruption.
    try:
        archive = tarfile.open(  # noqa: SIM115
            fileobj=stream, mode="r|", tarinfo=_CheckedTarInfo, bufsize=_TAR_STREAM_BUFSIZE
        )
    except _TAR_READ_ERRORS as error:
        raise _corrupt(error) from error
    with archive:
        yield archive


def _unpack_tar_member(
    archive: tarfile.TarFile, member: tarfile.TarInfo, writer: _TreeWriter
) -> None:
    name = member.name
    writer.count_entry(name)
    if member.isdir():
        writer.add_directory(name)
    elif member.isreg():
        writer.add_file(name, _tar_member_chunks(archive, member), packed_bytes=None)
    elif member.issym():
        writer.skip_link(name, f"symbolic link to {_quoted(member.linkname)}")
    elif member.islnk():
        writer.skip_link(name, f"hard link to {_quoted(member.linkname)}")
    elif member.ischr():
        _refuse_special(name, "a character device")
    elif member.isblk():
        _refuse_special(name, "a block device")
    elif member.isfifo():
        _refuse_special(name, "a FIFO")
    else:
        writer.skip(name, f"unsupported tar entry type {member.type!r}")


def _tar_members(archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    while True:
        try:
            member = archive.next()
        except _TAR_READ_ERRORS as error:
            raise _corrupt(error) from error
        if member is None:
            return
        yield member


def _corrupt(error: BaseException) -> CorruptArchive:
    if isinstance(error, RecursionError):
        return CorruptArchive("too many chained tar headers")
    return CorruptArchive(str(error) or type(error).__name__)


def _tar_member_chunks(archive: tarfile.TarFile, member: tarfile.TarInfo) -> Iterator[bytes]:
    try:
        source = archive.extractfile(member)
        if source is None:
            return
        with source:
            while chunk := source.read(_CHUNK):
                yield chunk
    except _TAR_READ_ERRORS as error:
        raise CorruptArchive(f"entry {_quoted(member.name)}: {error}", entry=member.name) from error


class _CountedStream:
    """The tar bytes as tarfile reads them, each read counted against the stream caps."""

    def __init__(self, source: BinaryIO, budget: _Budget) -> None:
        self._source = source
        self._budget = budget

    def read(self, size: int) -> bytes:
        """Up to `size` bytes; tarfile's stream reader always asks for a bounded amount."""
        data = self._source.read(size)
        self._budget.take_stream(len(data))
        return data

    def drain(self) -> None:
        """Read to the end of the stream, counting, without keeping the bytes."""
        while self.read(_CHUNK):
            pass


class _CheckedTarInfo(tarfile.TarInfo):
    """tarfile's header reader, made strict where the stock one is lenient."""

    @classmethod
    def frombuf(cls, buf: bytes, encoding: str, errors: str) -> tarfile.TarInfo:
        """Refuse an oversized pax or long-name record before tarfile reads it into memory."""
        info = super().frombuf(buf, encoding, errors)
        if info.type in _TAR_METADATA_TYPES and info.size > _MAX_TAR_METADATA_BYTES:
            raise HostileArchive(
                f"a tar metadata record of {info.size:,} bytes is larger than the cap of "
                f"{_MAX_TAR_METADATA_BYTES:,}",
                reason=Refusal.TOO_LARGE,
            )
        return info

    @classmethod
    def fromtarfile(cls, archive: tarfile.TarFile) -> tarfile.TarInfo:
        """Treat a missing end-of-archive marker or a bad header as corruption.

        Stock tarfile silently stops at either one after the first member, which would
        pass off a truncated upload as a smaller, complete one.
        """
        try:
            return super().fromtarfile(archive)
        except (
            tarfile.EmptyHeaderError,
            tarfile.TruncatedHeaderError,
            tarfile.InvalidHeaderError,
        ) as error:
            problem = "the archive ends without its end-of-archive marker (truncated?)"
            if isinstance(error, tarfile.InvalidHeaderError):
                problem = f"invalid tar header ({error})"
            raise CorruptArchive(problem) from error
