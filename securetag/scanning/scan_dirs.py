"""Scan directories: where a scan's decrypted source lives while its agents run.

Each scan gets ``<root>/<name>/`` (the root is SECURETAG_SCAN_DIR, by default
``<data dir>/scans``), private to the worker (0700), beside a lock file
``<root>/<name>.lock`` that the worker holds with ``flock`` for as long as the scan runs.
The kernel drops the lock when its process dies, however it dies (SIGKILL, the OOM
killer), so a directory whose lock can be taken has no live owner: ``remove_leftovers``
deletes exactly those, at every worker start and in ``securetag cleanup scan-dirs``.
Several worker processes, on one host or in containers sharing the directory, never
delete each other's live scans.

A lock file is created under a temporary name, locked, and only then renamed to its
final name, so a final name is never seen unlocked while its owner lives; a directory
is created after its lock and removed before it, so a directory without a lock file is
always a leftover.
"""

from __future__ import annotations

import fcntl
import logging
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from securetag.kernel.errors import ConfigError

log = logging.getLogger("securetag.scanning.scan_dirs")

LOCK_SUFFIX = ".lock"
NEW_LOCK_PREFIX = ".new-"
ROOT_MODE = 0o700
SCAN_DIR_MODE = 0o700


@dataclass(frozen=True)
class LeftoverReport:
    removed: int = 0  # directories whose owner was gone
    kept: int = 0  # directories a live process holds

    def as_dict(self) -> dict[str, int]:
        return {"removed": self.removed, "kept": self.kept}


class ScanDirectories:
    """The scan directories under one root, on this host."""

    def __init__(self, root: Path) -> None:
        self.root = root.absolute()

    def prepare(self) -> None:
        """Create the root (0700), or tighten an existing one of ours to 0700."""
        try:
            self.root.mkdir(mode=ROOT_MODE, parents=True, exist_ok=True)
            info = self.root.lstat()
        except OSError as exc:
            raise ConfigError(
                f"cannot create the scan directory {self.root} ({exc.strerror}); set "
                "SECURETAG_SCAN_DIR (or SECURETAG_DATA_DIR) to a directory the worker may write"
            ) from None
        if not stat.S_ISDIR(info.st_mode):
            raise ConfigError(f"the scan directory {self.root} is not a directory")
        if info.st_uid != os.geteuid():
            raise ConfigError(
                f"the scan directory {self.root} belongs to uid {info.st_uid}, not to the "
                f"worker's uid {os.geteuid()}: tenants' code must be private to the worker"
            )
        if stat.S_IMODE(info.st_mode) != ROOT_MODE:
            self.root.chmod(ROOT_MODE)

    @contextmanager
    def scan_dir(self) -> Iterator[Path]:
        """A new private directory, locked by this process until the block ends."""
        self.prepare()
        lock_fd, name = self._locked_name()
        directory = self.root / name
        try:
            directory.mkdir(mode=SCAN_DIR_MODE)
            yield directory
        finally:
            # Directory first, then its lock: a directory never outlives its lock file
            # while its owner still counts it as its own.
            shutil.rmtree(directory, ignore_errors=True)
            with suppress(FileNotFoundError):
                (self.root / (name + LOCK_SUFFIX)).unlink()
            os.close(lock_fd)

    def _locked_name(self) -> tuple[int, str]:
        while True:
            name = f"{os.getpid()}-{secrets.token_hex(8)}"
            new = self.root / f"{NEW_LOCK_PREFIX}{name}{LOCK_SUFFIX}"
            fd = os.open(new, os.O_CREAT | os.O_EXCL | os.O_RDWR | os.O_CLOEXEC, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                os.rename(new, self.root / (name + LOCK_SUFFIX))
            except (BlockingIOError, FileNotFoundError):
                # A cleaner took the unlocked new file for a dead one's and removed it.
                os.close(fd)
                continue
            except BaseException:
                os.close(fd)
                with suppress(FileNotFoundError):
                    new.unlink()
                raise
            return fd, name

    def remove_leftovers(self) -> LeftoverReport:
        """Delete the directories (and lock files) whose owning process is gone."""
        if not self.root.is_dir():
            return LeftoverReport()
        removed = kept = 0
        for entry in sorted(self.root.iterdir()):
            name = entry.name
            if name.endswith(LOCK_SUFFIX):
                owner_alive = not _remove_if_unlocked(entry, self.root / name[: -len(LOCK_SUFFIX)])
                if not name.startswith(NEW_LOCK_PREFIX):
                    kept += owner_alive
                    removed += not owner_alive
            elif _is_orphan_directory(entry, self.root / (name + LOCK_SUFFIX)):
                shutil.rmtree(entry, ignore_errors=True)  # its remover was interrupted
                removed += 1
        report = LeftoverReport(removed=removed, kept=kept)
        if removed:
            log.info("removed scan directories left by dead workers", extra=report.as_dict())
        return report


def _is_orphan_directory(entry: Path, lock_file: Path) -> bool:
    # A directory is made after its lock file and removed before it.
    return entry.is_dir() and not entry.is_symlink() and not lock_file.exists()


def _remove_if_unlocked(lock_file: Path, directory: Path) -> bool:
    """Remove `directory` and then `lock_file` when no process holds the lock."""
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CLOEXEC | os.O_NOFOLLOW)
    except FileNotFoundError:
        return True  # its owner finished meanwhile
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        shutil.rmtree(directory, ignore_errors=True)
        with suppress(FileNotFoundError):
            lock_file.unlink()
        return True
    finally:
        os.close(fd)
