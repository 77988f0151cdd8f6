"""Archives built in memory for upload tests."""

from __future__ import annotations

import io
import tarfile
import zipfile


def tar_gz(files: dict[str, bytes]) -> bytes:
    return _tar(files, "w:gz")


def tar(files: dict[str, bytes]) -> bytes:
    """An uncompressed tar: its members' bytes appear verbatim in the archive."""
    return _tar(files, "w")


def _tar(files: dict[str, bytes], mode: str) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()
