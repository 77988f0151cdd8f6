"""Why an archive is refused (Refusal) and the errors that say so, naming the entry."""

from __future__ import annotations

import enum

from securetag.kernel.errors import InvalidRequest, SecuretagError

_MESSAGE_NAME_CHARS = 200


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
            details["entry"] = shorten(entry)
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


def shorten(name: str) -> str:
    if len(name) <= _MESSAGE_NAME_CHARS:
        return name
    return name[:_MESSAGE_NAME_CHARS] + "…"


def quoted(name: str) -> str:
    # repr() shows NULs, control characters and backslashes unambiguously.
    return repr(shorten(name))


def corrupt(error: BaseException) -> CorruptArchive:
    if isinstance(error, RecursionError):
        return CorruptArchive("too many chained tar headers")
    return CorruptArchive(str(error) or type(error).__name__)


def refuse_special(name: str, kind: str) -> None:
    raise HostileArchive(
        f"entry {quoted(name)} is {kind}; archives may hold only files and directories",
        reason=Refusal.SPECIAL_FILE,
        entry=name,
    )
