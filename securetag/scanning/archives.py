"""Archive formats a code audit accepts, recognised by their first bytes."""

from __future__ import annotations

import gzip
import zlib

from securetag.kernel.errors import InvalidRequest

FORMATS = ("zip", "tar", "tar.gz")


def detect_format(content: bytes) -> str:
    """zip, tar or tar.gz by magic bytes; anything else is refused with a clear reason."""
    if content.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if content.startswith(b"\x1f\x8b"):
        # Look inside the gzip stream: a gzip that holds no tar is not an archive we take.
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(content[:65536], 512)
        except (zlib.error, gzip.BadGzipFile):
            head = b""
        if _is_tar(head):
            return "tar.gz"
        raise InvalidRequest(
            "the gzip file does not contain a tar archive", details={"field": "file"}
        )
    if _is_tar(content[:512]):
        return "tar"
    raise InvalidRequest(
        "unsupported archive: send a zip, tar or tar.gz file", details={"field": "file"}
    )


def _is_tar(block: bytes) -> bool:
    return len(block) >= 262 and block[257:262] == b"ustar"
