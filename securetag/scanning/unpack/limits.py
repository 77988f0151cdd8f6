"""UnpackLimits, and the Budget that counts unpacked bytes against them as they are produced."""

from __future__ import annotations

from dataclasses import dataclass, fields

from securetag.kernel.errors import ConfigError
from securetag.scanning.unpack.refusals import HostileArchive, Refusal, quoted

MIB = 1024 * 1024
# Output is produced and written in chunks of this size, so memory stays flat whatever the
# archive claims, and a cap is noticed within one chunk of being crossed.
CHUNK_BYTES = 256 * 1024
TAR_STREAM_BUFSIZE = 64 * 1024
# A tar stream carries headers, pax records and padding besides file data; this much per
# entry is generous for real archives (a long path plus macOS xattrs fits in 3 KiB).
_TAR_OVERHEAD_PER_ENTRY = 4 * 1024


@dataclass(frozen=True, slots=True)
class UnpackLimits:
    """Caps on what one archive may unpack to; every value must be positive."""

    max_entries: int = 20_000
    max_total_bytes: int = 500 * MIB
    max_file_bytes: int = 100 * MIB
    # Unpacked bytes per compressed byte, for the whole archive and for each zip member.
    max_ratio: float = 100.0
    # Below this many unpacked bytes the ratio is not checked: a small file of repeated
    # characters compresses far better than 100:1 and harms nobody.
    ratio_grace_bytes: int = 1 * MIB
    max_path_depth: int = 48
    # Characters in an entry's normalised relative path.
    max_path_length: int = 1024

    def __post_init__(self) -> None:
        for limit in fields(self):
            value = getattr(self, limit.name)
            if not value > 0:
                raise ConfigError(f"unpack limit {limit.name} must be positive, got {value!r}")


class Budget:
    """Counts unpacked bytes as they are produced and refuses the archive the moment a cap
    is crossed; checked before each chunk is written, so a cap is never exceeded on disk."""

    def __init__(self, limits: UnpackLimits, *, archive_bytes: int) -> None:
        self._limits = limits
        self._archive_bytes = max(archive_bytes, 1)
        self._stream_cap = (
            limits.max_total_bytes
            + limits.max_entries * _TAR_OVERHEAD_PER_ENTRY
            + TAR_STREAM_BUFSIZE
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
                f"entry {quoted(name)} is larger than the cap of "
                f"{limits.max_file_bytes:,} bytes for one file",
                reason=Refusal.FILE_TOO_LARGE,
                entry=name,
            )
        if total_bytes > limits.max_total_bytes:
            raise HostileArchive(
                f"the archive unpacks to more than the cap of {limits.max_total_bytes:,} bytes "
                f"(reached at entry {quoted(name)})",
                reason=Refusal.TOO_LARGE,
                entry=name,
            )
        if self._exceeds_ratio(total_bytes, self._archive_bytes):
            raise HostileArchive(
                f"the archive expands more than {limits.max_ratio:g}:1 (reached at entry "
                f"{quoted(name)}): a decompression bomb",
                reason=Refusal.COMPRESSION_RATIO,
                entry=name,
            )
        packed = self._file_packed_bytes
        if packed is not None and self._exceeds_ratio(file_bytes, max(packed, 1)):
            raise HostileArchive(
                f"entry {quoted(name)} expands more than {limits.max_ratio:g}:1 "
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
