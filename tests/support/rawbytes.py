"""Reading a test database's files raw, to prove what is (not) stored in plain text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from securetag.store.db import Database


def database_directories(admin: Database) -> list[Path]:
    """This database's heap files and the server's WAL (skips when they are out of reach)."""
    where = admin.one("test_database_files")
    data_dir = Path(where["data_directory"])
    if not os.access(data_dir, os.R_OK):
        pytest.skip(f"the server's data directory {data_dir} is not readable from here")
    return [data_dir / "base" / str(where["oid"]), data_dir / "pg_wal"]


def files_containing(directories: list[Path], needle: bytes) -> list[Path]:
    found = []
    for directory in directories:
        for root, _, names in os.walk(directory):
            for name in names:
                path = Path(root, name)
                try:
                    if needle in path.read_bytes():
                        found.append(path)
                except OSError:
                    continue  # a file removed while walking (a recycled WAL segment)
    return found
