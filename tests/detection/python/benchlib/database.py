"""The application's database connection."""

from __future__ import annotations

import os
import sqlite3


def get_connection() -> sqlite3.Connection:
    return sqlite3.connect(os.environ.get("APP_DB", "instance/app.db"))
