"""The tests' own SQL: tests/support/sql/*.sql, loaded next to the production queries.

The wheel ships sql/queries only; statements that only tests, benchmarks or the
soak run (fixtures, catalog checks, reports) live here. A test that runs one
opens its Database with `queries=TEST_QUERIES`.
"""

from __future__ import annotations

from pathlib import Path

from securetag.store.db import Queries

TEST_SQL = Path(__file__).resolve().parent / "sql"

TEST_QUERIES = Queries.load(TEST_SQL)
