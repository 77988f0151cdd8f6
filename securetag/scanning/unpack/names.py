"""Entry names: the safe relative path for a name, or a refusal saying what is wrong with it."""

from __future__ import annotations

import re

from securetag.scanning.unpack.limits import UnpackLimits
from securetag.scanning.unpack.refusals import HostileArchive, Refusal, quoted

# Linux refuses longer path components; refusing them here gives a reason, not an OSError.
_NAME_MAX_BYTES = 255
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f]")


def normalise_entry_name(name: str, limits: UnpackLimits) -> str:
    """The safe relative POSIX path for an archive entry name ("" for the root itself).

    Raises HostileArchive when the name is absolute, escapes or could escape the root, or
    is not a plain, printable, bounded UTF-8 path.
    """
    _refuse_unprintable(name)
    _refuse_absolute(name)
    if "\\" in name:
        raise HostileArchive(
            f"entry {quoted(name)} contains a backslash, which Windows reads as a path "
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
            f"entry {quoted(name)} is {len(parts)} directories deep, more than the cap of "
            f"{limits.max_path_depth}",
            reason=Refusal.PATH_TOO_DEEP,
            entry=name,
        )
    if len(path) > limits.max_path_length:
        raise HostileArchive(
            f"entry {quoted(name)} has a path of {len(path)} characters, more than the cap of "
            f"{limits.max_path_length}",
            reason=Refusal.PATH_TOO_LONG,
            entry=name,
        )
    if any(len(part.encode("utf-8")) > _NAME_MAX_BYTES for part in parts):
        raise HostileArchive(
            f"entry {quoted(name)} has a path component longer than {_NAME_MAX_BYTES} bytes",
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
    raise HostileArchive(f"entry {quoted(name)} {problem}", reason=Refusal.INVALID_NAME, entry=name)


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
        f"entry {quoted(name)} is {kind}; archive entries must be relative to the archive root",
        reason=Refusal.ABSOLUTE_PATH,
        entry=name,
    )


def _refuse_dot_dot(name: str, parts: list[str]) -> None:
    depth = 0
    for part in parts:
        depth += -1 if part == ".." else 1
        if depth < 0:
            raise HostileArchive(
                f"entry {quoted(name)} escapes the archive root",
                reason=Refusal.PATH_TRAVERSAL,
                entry=name,
            )
    raise HostileArchive(
        f"entry {quoted(name)} contains a '..' component; archive names must be plain paths",
        reason=Refusal.PATH_TRAVERSAL,
        entry=name,
    )
