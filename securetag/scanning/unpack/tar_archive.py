"""Tar and tar.gz, read as a forward-only stream whose every byte passes the budget."""

from __future__ import annotations

import gzip
import io
import tarfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from securetag.scanning.unpack.limits import CHUNK_BYTES, MIB, TAR_STREAM_BUFSIZE, Budget
from securetag.scanning.unpack.refusals import (
    CorruptArchive,
    HostileArchive,
    Refusal,
    corrupt,
    quoted,
    refuse_special,
)
from securetag.scanning.unpack.tree import TreeWriter

# tarfile reads a pax or GNU long-name record into memory in one go.
_MAX_TAR_METADATA_BYTES = 1 * MIB
_TAR_METADATA_TYPES = frozenset(
    {tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE}
    | {tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK}
)
# RecursionError: tarfile follows a chain of pax / long-name headers by recursion.
_TAR_READ_ERRORS = (
    tarfile.TarError,
    EOFError,
    zlib.error,
    gzip.BadGzipFile,
    ValueError,
    RecursionError,
)


def unpack_tar(content: bytes, *, gzipped: bool, writer: TreeWriter, budget: Budget) -> None:
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
        raise corrupt(error) from error


@contextmanager
def _open_tar_stream(stream: _CountedStream) -> Iterator[tarfile.TarFile]:
    # Stream mode ("r|") only reads forward, so every byte tarfile sees passes the counter.
    # Opened outside `with` so that only its own errors are read as corruption.
    try:
        archive = tarfile.open(  # noqa: SIM115
            fileobj=stream, mode="r|", tarinfo=_CheckedTarInfo, bufsize=TAR_STREAM_BUFSIZE
        )
    except _TAR_READ_ERRORS as error:
        raise corrupt(error) from error
    with archive:
        yield archive


def _unpack_tar_member(
    archive: tarfile.TarFile, member: tarfile.TarInfo, writer: TreeWriter
) -> None:
    name = member.name
    writer.count_entry(name)
    if member.isdir():
        writer.add_directory(name)
    elif member.isreg():
        writer.add_file(name, _tar_member_chunks(archive, member), packed_bytes=None)
    elif member.issym():
        writer.skip_link(name, f"symbolic link to {quoted(member.linkname)}")
    elif member.islnk():
        writer.skip_link(name, f"hard link to {quoted(member.linkname)}")
    elif member.ischr():
        refuse_special(name, "a character device")
    elif member.isblk():
        refuse_special(name, "a block device")
    elif member.isfifo():
        refuse_special(name, "a FIFO")
    else:
        writer.skip(name, f"unsupported tar entry type {member.type!r}")


def _tar_members(archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    while True:
        try:
            member = archive.next()
        except _TAR_READ_ERRORS as error:
            raise corrupt(error) from error
        if member is None:
            return
        yield member


def _tar_member_chunks(archive: tarfile.TarFile, member: tarfile.TarInfo) -> Iterator[bytes]:
    try:
        source = archive.extractfile(member)
        if source is None:
            return
        with source:
            while chunk := source.read(CHUNK_BYTES):
                yield chunk
    except _TAR_READ_ERRORS as error:
        raise CorruptArchive(f"entry {quoted(member.name)}: {error}", entry=member.name) from error


class _CountedStream:
    """The tar bytes as tarfile reads them, each read counted against the stream caps."""

    def __init__(self, source: BinaryIO, budget: Budget) -> None:
        self._source = source
        self._budget = budget

    def read(self, size: int) -> bytes:
        """Up to `size` bytes; tarfile's stream reader always asks for a bounded amount."""
        data = self._source.read(size)
        self._budget.take_stream(len(data))
        return data

    def drain(self) -> None:
        """Read to the end of the stream, counting, without keeping the bytes."""
        while self.read(CHUNK_BYTES):
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
