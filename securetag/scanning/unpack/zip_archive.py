"""Zip members, inflated here so that a member holding more than its header declares is caught."""

from __future__ import annotations

import io
import lzma
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from types import MappingProxyType

from securetag.scanning.unpack.limits import CHUNK_BYTES, UnpackLimits
from securetag.scanning.unpack.refusals import (
    CorruptArchive,
    HostileArchive,
    Refusal,
    corrupt,
    quoted,
    refuse_special,
)
from securetag.scanning.unpack.tree import TreeWriter

_INFLATE_INPUT_CHUNK = 64 * 1024
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

_ZIP_OPEN_ERRORS = (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, struct.error)
_ZIPFILE_READ_ERRORS = (zipfile.BadZipFile, EOFError, OSError, lzma.LZMAError, ValueError)


def unpack_zip(content: bytes, writer: TreeWriter, limits: UnpackLimits) -> None:
    _refuse_too_many_zip_entries(content, limits)
    with _open_zip(content) as archive:
        _unpack_zip_members(content, archive, writer)


@contextmanager
def _open_zip(content: bytes) -> Iterator[zipfile.ZipFile]:
    # Opened outside `with` so that only zipfile's own errors are read as corruption.
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except _ZIP_OPEN_ERRORS as error:
        raise corrupt(error) from error
    with archive:
        yield archive


def _unpack_zip_members(content: bytes, archive: zipfile.ZipFile, writer: TreeWriter) -> None:
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
            refuse_special(name, _ZIP_SPECIAL_TYPES[file_type])
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
                f"entry {quoted(info.orig_filename)} is cut short", entry=info.orig_filename
            )
        if previous is not None and info.header_offset < previous[1]:
            raise HostileArchive(
                f"entries {quoted(previous[0].orig_filename)} and "
                f"{quoted(info.orig_filename)} overlap in the archive: a zip bomb trick",
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
        raise CorruptArchive(f"the local header of entry {quoted(name)} is missing", entry=name)
    header = _ZIP_LOCAL_HEADER.unpack_from(content, offset)
    if header[0] != _ZIP_LOCAL_SIGNATURE:
        raise CorruptArchive(f"the local header of entry {quoted(name)} is missing", entry=name)
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
            f"entry {quoted(name)} has another name in its local header", entry=name
        )
    return header_end + name_length + extra_length


def _refuse_unreadable_zip_member(info: zipfile.ZipInfo) -> None:
    name = info.orig_filename
    if info.flag_bits & _ZIP_ENCRYPTED_FLAG:
        raise HostileArchive(
            f"entry {quoted(name)} is encrypted; send an unencrypted archive",
            reason=Refusal.UNSUPPORTED,
            entry=name,
        )
    if info.compress_type not in _ZIP_INFLATED_HERE | _ZIP_INFLATED_BY_ZIPFILE:
        raise HostileArchive(
            f"entry {quoted(name)} uses zip compression method {info.compress_type}, which "
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
                f"entry {quoted(name)} holds more than the {info.file_size:,} bytes its header "
                "declares: a zip bomb trick",
                reason=Refusal.DECLARED_SIZE_MISMATCH,
                entry=name,
            )
        crc = zlib.crc32(chunk, crc)
        yield chunk
    if size != info.file_size:
        raise CorruptArchive(
            f"entry {quoted(name)} holds {size:,} bytes, fewer than the {info.file_size:,} "
            "its header declares",
            entry=name,
        )
    if crc != info.CRC:
        raise CorruptArchive(f"entry {quoted(name)} fails its CRC check", entry=name)


def _stored_chunks(packed: memoryview) -> Iterator[bytes]:
    for offset in range(0, len(packed), CHUNK_BYTES):
        yield packed[offset : offset + CHUNK_BYTES]


def _inflated_chunks(packed: memoryview, name: str) -> Iterator[bytes]:
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        for offset in range(0, len(packed), _INFLATE_INPUT_CHUNK):
            pending: bytes | memoryview = packed[offset : offset + _INFLATE_INPUT_CHUNK]
            while pending and not inflater.eof:
                # max_length keeps each output chunk small however well the input compresses.
                chunk = inflater.decompress(pending, CHUNK_BYTES)
                pending = inflater.unconsumed_tail
                if chunk:
                    yield chunk
            if inflater.eof:
                break
        tail = inflater.flush()
    except zlib.error as error:
        raise CorruptArchive(f"entry {quoted(name)}: {error}", entry=name) from error
    if tail:
        yield tail
    if not inflater.eof:
        raise CorruptArchive(f"the data of entry {quoted(name)} ends early", entry=name)


def _zipfile_chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    try:
        with archive.open(info) as source:
            while chunk := source.read(CHUNK_BYTES):
                yield chunk
    except _ZIPFILE_READ_ERRORS as error:
        name = info.orig_filename
        raise CorruptArchive(f"entry {quoted(name)}: {error}", entry=name) from error
