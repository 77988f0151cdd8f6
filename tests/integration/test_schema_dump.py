"""sql/schema.sql is the schema the migrations build, so a reader can trust it."""

from __future__ import annotations

import difflib

import pytest

from tests.support.schema_dump import (
    REGENERATE,
    SCHEMA_FILE,
    NoMatchingPgDump,
    dumped_major,
    migrated_schema,
    server_major_version,
)


def test_the_schema_file_is_what_the_migrations_build(
    request: pytest.FixtureRequest, pg_server_url: str
) -> None:
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    server_url = pg_server_url
    if server_major_version(pg_server_url) != dumped_major(committed):
        # Each major version deparses views its own way: compare on the embedded
        # server, the one `make schema` dumps from.
        server_url = request.getfixturevalue("private_server").url("postgres")
    try:
        built = migrated_schema(server_url)
    except NoMatchingPgDump as exc:
        pytest.skip(str(exc))
    if built != committed:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                built.splitlines(keepends=True),
                "sql/schema.sql (committed)",
                "schema of a freshly migrated database",
            )
        )
        pytest.fail(
            f"sql/schema.sql is not the schema the migrations build; run `{REGENERATE}` "
            f"and commit the file.\n{diff}",
            pytrace=False,
        )
