"""unpack_archive: a whole archive into a new or empty directory, or nothing at all."""

from __future__ import annotations

import shutil
from pathlib import Path

from securetag.kernel.errors import InvalidRequest
from securetag.scanning.archives import FORMATS
from securetag.scanning.unpack.limits import Budget, UnpackLimits
from securetag.scanning.unpack.refusals import UnusableDestination
from securetag.scanning.unpack.tar_archive import unpack_tar
from securetag.scanning.unpack.tree import TreeAccess, TreeWriter, UnpackReport
from securetag.scanning.unpack.zip_archive import unpack_zip


def unpack_archive(
    content: bytes,
    fmt: str,
    dest: Path,
    limits: UnpackLimits,
    access: TreeAccess | None = None,
) -> UnpackReport:
    """Unpack `content` (format "zip", "tar" or "tar.gz") into `dest`, which must be new or empty.

    `access` says who besides the owner may read the tree (default: nobody).

    Raises HostileArchive (CorruptArchive for damaged input) when the archive is refused;
    `dest` is then left as it was found (absent or empty).
    """
    if fmt not in FORMATS:
        raise InvalidRequest(
            f"unsupported archive format {fmt!r}: expected one of {', '.join(FORMATS)}",
            details={"field": "file"},
        )
    access = access or TreeAccess()
    created = _prepare_destination(dest, access)
    try:
        budget = Budget(limits, archive_bytes=len(content))
        writer = TreeWriter(dest, limits, budget, access)
        if fmt == "zip":
            unpack_zip(content, writer, limits)
        else:
            unpack_tar(content, gzipped=fmt == "tar.gz", writer=writer, budget=budget)
        return writer.report()
    except BaseException:
        _discard_tree(dest, created)
        raise


def _prepare_destination(dest: Path, access: TreeAccess) -> bool:
    """Create `dest` (True) or accept it as an existing empty directory (False)."""
    if dest.is_symlink():
        raise UnusableDestination(f"unpack destination {dest} is a symbolic link")
    try:
        dest.mkdir(mode=access.directory_mode, parents=True)
    except FileExistsError:
        if not dest.is_dir():
            raise UnusableDestination(f"unpack destination {dest} is not a directory") from None
        if any(dest.iterdir()):
            raise UnusableDestination(f"unpack destination {dest} is not empty") from None
        return False
    access.apply_to_directory(dest)
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
