"""Crafted zip / tar / tar.gz archives, hostile and benign, built in memory.

Builders write exactly the names, types and sizes asked for (no sanitising), so tests can
hand securetag.scanning.unpack what an attacker would. Byte-patching helpers produce what no
library writes on purpose: lying size headers, NUL bytes in zip names, damaged data.
"""

from __future__ import annotations

import enum
import gzip
import io
import random
import stat
import struct
import tarfile
import warnings
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass

FORMATS = ("zip", "tar", "tar.gz")

_ZIP_LOCAL = b"PK\x03\x04"
_ZIP_CENTRAL = b"PK\x01\x02"
_ZIP_END = b"PK\x05\x06"
_ZIP_LOCAL_SIZE_OFFSET = 22  # uncompressed size in a local file header
_ZIP_CENTRAL_SIZE_OFFSET = 24  # uncompressed size in a central directory record


class Kind(enum.StrEnum):
    FILE = "file"
    DIRECTORY = "directory"
    SYMLINK = "symlink"
    HARDLINK = "hardlink"
    CHAR_DEVICE = "char_device"
    BLOCK_DEVICE = "block_device"
    FIFO = "fifo"
    SOCKET = "socket"  # zip only: tar has no socket type


@dataclass(frozen=True)
class Entry:
    """One archive member as the attacker wants it to appear."""

    name: str
    data: bytes = b""
    kind: Kind = Kind.FILE
    target: str = ""  # what a link points at
    mode: int = 0o644


def file(name: str, data: bytes = b"", mode: int = 0o644) -> Entry:
    return Entry(name, data, Kind.FILE, mode=mode)


def directory(name: str, mode: int = 0o755) -> Entry:
    return Entry(name, kind=Kind.DIRECTORY, mode=mode)


def symlink(name: str, target: str) -> Entry:
    return Entry(name, kind=Kind.SYMLINK, target=target, mode=0o777)


def hardlink(name: str, target: str) -> Entry:
    return Entry(name, kind=Kind.HARDLINK, target=target)


def fifo(name: str) -> Entry:
    return Entry(name, kind=Kind.FIFO)


def char_device(name: str) -> Entry:
    return Entry(name, kind=Kind.CHAR_DEVICE)


def block_device(name: str) -> Entry:
    return Entry(name, kind=Kind.BLOCK_DEVICE)


def socket(name: str) -> Entry:
    return Entry(name, kind=Kind.SOCKET)


def build(fmt: str, entries: Iterable[Entry]) -> bytes:
    """An archive of `fmt` ("zip", "tar", "tar.gz") holding `entries` in order."""
    if fmt == "zip":
        return build_zip(entries)
    if fmt == "tar":
        return build_tar(entries)
    if fmt == "tar.gz":
        return build_tar(entries, gzipped=True)
    raise ValueError(f"unknown format {fmt!r}")


# --- zip ---------------------------------------------------------------------------------

_ZIP_FILE_TYPES = {
    Kind.FILE: stat.S_IFREG,
    Kind.DIRECTORY: stat.S_IFDIR,
    Kind.SYMLINK: stat.S_IFLNK,
    Kind.CHAR_DEVICE: stat.S_IFCHR,
    Kind.BLOCK_DEVICE: stat.S_IFBLK,
    Kind.FIFO: stat.S_IFIFO,
    Kind.SOCKET: stat.S_IFSOCK,
}


def build_zip(entries: Iterable[Entry], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip whose members carry Unix file types in their external attributes.

    A symlink's data is its target, as Info-ZIP stores it. Zip has no hard links.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for entry in entries:
            if entry.kind == Kind.HARDLINK:
                raise ValueError("zip archives cannot hold hard links")
            info = zipfile.ZipInfo(entry.name, date_time=(2024, 1, 2, 3, 4, 6))
            info.create_system = 3  # Unix, so readers honour the mode bits
            info.external_attr = (_ZIP_FILE_TYPES[entry.kind] | entry.mode) << 16
            info.compress_type = compression
            data = entry.target.encode() if entry.kind == Kind.SYMLINK else entry.data
            with warnings.catch_warnings():
                # Duplicate names are one of the attacks this module exists to build.
                warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
                archive.writestr(info, data)
    return buffer.getvalue()


def rename_zip_entry(content: bytes, old: str, new: bytes, *, central_only: bool = False) -> bytes:
    """Rename an entry to raw bytes of the same length, in both headers or only the central one.

    zipfile cuts names at a NUL when writing; this puts one back. Renaming only the central
    record gives one member two names, which different tools resolve differently.
    """
    old_bytes = old.encode()
    if len(old_bytes) != len(new):
        raise ValueError("the new name must have as many bytes as the old one")
    patched = bytearray(content)
    local, central = _zip_header_offsets(content, old_bytes)
    name_offsets = [central + 46] if central_only else [local + 30, central + 46]
    for name_offset in name_offsets:
        patched[name_offset : name_offset + len(new)] = new
    return bytes(patched)


def patch_zip_compressed_size(content: bytes, name: str, size: int) -> bytes:
    """Make both headers of `name` declare `size` compressed bytes (shorter: data cut off)."""
    patched = bytearray(content)
    local, central = _zip_header_offsets(content, name.encode())
    struct.pack_into("<L", patched, local + 18, size)
    struct.pack_into("<L", patched, central + 20, size)
    return bytes(patched)


def patch_zip_crc(content: bytes, name: str, crc: int) -> bytes:
    """Make both headers of `name` declare another CRC-32 than its data has."""
    patched = bytearray(content)
    local, central = _zip_header_offsets(content, name.encode())
    struct.pack_into("<L", patched, local + 14, crc)
    struct.pack_into("<L", patched, central + 16, crc)
    return bytes(patched)


def patch_zip_declared_size(content: bytes, name: str, size: int) -> bytes:
    """Make both headers of `name` declare `size` uncompressed bytes, whatever the data holds."""
    patched = bytearray(content)
    local, central = _zip_header_offsets(content, name.encode())
    struct.pack_into("<L", patched, local + _ZIP_LOCAL_SIZE_OFFSET, size)
    struct.pack_into("<L", patched, central + _ZIP_CENTRAL_SIZE_OFFSET, size)
    return bytes(patched)


def patch_zip_flags(content: bytes, name: str, flag_bits: int) -> bytes:
    """Set general-purpose flag bits (e.g. 0x1, encrypted) in both headers of `name`."""
    patched = bytearray(content)
    local, central = _zip_header_offsets(content, name.encode())
    for offset in (local + 6, central + 8):
        (flags,) = struct.unpack_from("<H", patched, offset)
        struct.pack_into("<H", patched, offset, flags | flag_bits)
    return bytes(patched)


def damage_zip_member_data(content: bytes, name: str) -> bytes:
    """Flip bytes in the middle of a member's compressed data (headers stay intact)."""
    local, _ = _zip_header_offsets(content, name.encode())
    name_length, extra_length = struct.unpack_from("<HH", content, local + 26)
    (compressed_size,) = struct.unpack_from("<L", content, local + 18)
    start = local + 30 + name_length + extra_length
    middle = start + compressed_size // 2
    patched = bytearray(content)
    for offset in range(middle, min(middle + 8, start + compressed_size)):
        patched[offset] ^= 0xFF
    return bytes(patched)


def zip_with_repeated_entry_data(content: bytes, name: str) -> bytes:
    """Add a second central-directory record pointing at the same local header and data.

    Overlapping members are how a tiny zip unpacks into many large files.
    """
    end = content.rindex(_ZIP_END)
    directory_start = struct.unpack_from("<L", content, end + 16)[0]
    _, central = _zip_header_offsets(content, name.encode())
    record_length = _central_record_length(content, central)
    record = content[central : central + record_length]
    directory = content[directory_start:end] + record
    end_record = bytearray(content[end:])
    entries = struct.unpack_from("<H", end_record, 10)[0] + 1
    struct.pack_into("<HHL", end_record, 8, entries, entries, len(directory))
    return content[:directory_start] + directory + bytes(end_record)


def zip_bomb(unpacked_bytes: int, *, declared_size: int | None = None) -> bytes:
    """One deflated member of zeros; `declared_size` makes its headers lie about the size."""
    content = build_zip([file("bomb.bin", bytes(unpacked_bytes))])
    if declared_size is not None:
        content = patch_zip_declared_size(content, "bomb.bin", declared_size)
    return content


def _central_record_length(content: bytes, offset: int) -> int:
    name_length, extra_length, comment_length = struct.unpack_from("<HHH", content, offset + 28)
    return 46 + name_length + extra_length + comment_length


def _zip_central_records(content: bytes) -> Iterable[int]:
    end = content.rindex(_ZIP_END)
    count, _, directory_start = struct.unpack_from("<HLL", content, end + 10)
    offset = directory_start
    for _ in range(count):
        if content[offset : offset + 4] != _ZIP_CENTRAL:
            raise ValueError("not a central directory record")
        yield offset
        offset += _central_record_length(content, offset)


def _zip_header_offsets(content: bytes, name: bytes) -> tuple[int, int]:
    for central in _zip_central_records(content):
        name_length = struct.unpack_from("<H", content, central + 28)[0]
        if content[central + 46 : central + 46 + name_length] == name:
            local = struct.unpack_from("<L", content, central + 42)[0]
            return local, central
    raise KeyError(name)


# --- tar ---------------------------------------------------------------------------------

_TAR_TYPES = {
    Kind.FILE: tarfile.REGTYPE,
    Kind.DIRECTORY: tarfile.DIRTYPE,
    Kind.SYMLINK: tarfile.SYMTYPE,
    Kind.HARDLINK: tarfile.LNKTYPE,
    Kind.CHAR_DEVICE: tarfile.CHRTYPE,
    Kind.BLOCK_DEVICE: tarfile.BLKTYPE,
    Kind.FIFO: tarfile.FIFOTYPE,
}


def build_tar(
    entries: Iterable[Entry],
    *,
    gzipped: bool = False,
    tar_format: int = tarfile.PAX_FORMAT,
    trailing_zeros: int = 0,
) -> bytes:
    """A tar (or tar.gz) holding `entries` exactly as named, links and devices included.

    `trailing_zeros` pads the tar after its end marker, as a large blocking factor does.
    """
    buffer = io.BytesIO()
    # surrogateescape lets a test write a name that is not valid UTF-8.
    with tarfile.open(
        fileobj=buffer, mode="w", format=tar_format, errors="surrogateescape"
    ) as archive:
        for entry in entries:
            archive.addfile(_tar_info(entry), io.BytesIO(entry.data))
    content = buffer.getvalue() + bytes(trailing_zeros)
    return gzip.compress(content, mtime=0) if gzipped else content


def _tar_info(entry: Entry) -> tarfile.TarInfo:
    if entry.kind not in _TAR_TYPES:
        raise ValueError(f"tar archives cannot hold a {entry.kind}")
    info = tarfile.TarInfo(entry.name)
    info.type = _TAR_TYPES[entry.kind]
    info.mode = entry.mode
    info.mtime = 1_700_000_000
    info.linkname = entry.target
    info.size = len(entry.data) if entry.kind == Kind.FILE else 0
    if entry.kind in (Kind.CHAR_DEVICE, Kind.BLOCK_DEVICE):
        info.devmajor, info.devminor = 1, 3
    return info


def tar_with_raw_member(
    info: tarfile.TarInfo, data: bytes = b"", *, gzipped: bool = False
) -> bytes:
    """A tar of one member built from a TarInfo the caller has set up by hand."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        archive.addfile(info, io.BytesIO(data))
    content = buffer.getvalue()
    return gzip.compress(content, mtime=0) if gzipped else content


def tar_gz_bomb(unpacked_bytes: int) -> bytes:
    """A tar.gz of one file of zeros: tiny on the wire, huge on disk."""
    return build_tar([file("bomb.bin", bytes(unpacked_bytes))], gzipped=True)


def tar_sparse_bomb(real_size: int, *, gzipped: bool = False) -> bytes:
    """A GNU sparse (pax 1.0) file: one stored byte at the end of `real_size` bytes of hole.

    A reader that honours the sparse map unpacks gigabytes from a few kilobytes of tar.
    """
    sparse_map = f"1\n{real_size - 1}\n1\n".encode().ljust(512, b"\0")
    info = tarfile.TarInfo("GNUSparseFile.0/bomb.bin")
    info.size = len(sparse_map) + 1
    info.pax_headers = {
        "GNU.sparse.major": "1",
        "GNU.sparse.minor": "0",
        "GNU.sparse.name": "bomb.bin",
        "GNU.sparse.realsize": str(real_size),
    }
    return tar_with_raw_member(info, sparse_map + b"!", gzipped=gzipped)


def tar_with_pax_chain(length: int, *, gzipped: bool = False) -> bytes:
    """`length` empty pax extended headers in a row before one file.

    tarfile follows such a chain by recursion, one level per header.
    """
    pax = tarfile.TarInfo("././@PaxHeader")
    pax.type = tarfile.XHDTYPE
    header = pax.tobuf(tarfile.USTAR_FORMAT)
    content = header * length + build_tar([file("after-chain.txt", b"x")])
    return gzip.compress(content, mtime=0) if gzipped else content


def tar_without_end_marker(entries: Iterable[Entry]) -> bytes:
    """A tar cut off exactly after its last member's data: no end-of-archive blocks."""
    content = build_tar(entries, tar_format=tarfile.USTAR_FORMAT)
    end = len(content)
    while end >= 512 and content[end - 512 : end] == bytes(512):
        end -= 512
    return content[:end]


def damage_tar_header(content: bytes, member_index: int) -> bytes:
    """Spoil the checksum of the `member_index`-th ustar header (0-based)."""
    buffer = io.BytesIO(content)
    with tarfile.open(fileobj=buffer, mode="r:") as archive:
        offset = archive.getmembers()[member_index].offset
    patched = bytearray(content)
    patched[offset + 148 : offset + 156] = b"0000000\x00"
    return bytes(patched)


# --- content -----------------------------------------------------------------------------


def incompressible(size: int, *, seed: int = 0) -> bytes:
    """Deterministic random bytes, so ratio caps stay out of size-cap tests."""
    return random.Random(seed).randbytes(size)


def source_tree(file_count: int, *, files_per_directory: int = 50) -> dict[str, bytes]:
    """A plausible project: nested packages of small Python modules."""
    tree: dict[str, bytes] = {}
    for index in range(file_count):
        package = index // files_per_directory
        path = f"src/pkg{package // 20}/mod{package}/file_{index}.py"
        tree[path] = (
            f"def handler_{index}(request):\n"
            f"    return request.args.get('q{index}', '') * {index % 7}\n"
        ).encode()
    return tree
