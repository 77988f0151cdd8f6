import re
from pathlib import Path

import pytest

from securetag.kernel.errors import MigrationError
from securetag.store.db import Queries, copy_text_field, parse_named_blocks
from securetag.store.migrate import load_migrations

ROOT = Path(__file__).resolve().parents[2]


def test_named_blocks_are_split_on_name_lines() -> None:
    text = """
-- a file comment
-- name: first
-- what it does
SELECT 1;

-- name: second
SELECT %(x)s;
"""
    assert parse_named_blocks(text) == [
        ("first", "-- what it does\nSELECT 1;"),
        ("second", "SELECT %(x)s;"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT 1;\n-- name: a\nSELECT 2;", "before the first"),
        ("-- name: a\n-- only a comment\n", "has no SQL"),
    ],
)
def test_malformed_sql_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_named_blocks(text)


def test_every_query_the_code_names_exists() -> None:
    """A typo in a query name would otherwise surface only when that path runs."""
    queries = Queries.load()
    called = set()
    pattern = re.compile(r"\.(?:all|one|scalar|run|copy_text)\(\s*\"([a-z_]+)\"")
    for path in [*(ROOT / "securetag").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        called.update(pattern.findall(path.read_text()))
    assert called, "the scan found no query calls"
    missing = sorted(name for name in called if name not in queries)
    assert missing == []


def test_sql_is_not_built_in_python() -> None:
    """House rule: SQL lives in sql/; only db.py composes identifiers for DDL."""
    offenders = []
    for path in (ROOT / "securetag").rglob("*.py"):
        text = path.read_text()
        if re.search(r"\b(SELECT|UPDATE|INSERT INTO|DELETE FROM)\b.*\{", text):
            offenders.append(path.name)
        if path.name != "db.py" and re.search(r"^\s*(import psycopg|from psycopg)", text, re.M):
            offenders.append(f"{path.name} imports psycopg")
    assert offenders == []


def test_migrations_are_numbered_without_gaps() -> None:
    migrations = load_migrations()
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert all(len(m.checksum) == 64 for m in migrations)


def test_badly_named_migration_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from securetag.store import migrate

    (tmp_path / "migrations").mkdir()
    (tmp_path / "migrations" / "1_no_padding.sql").write_text("SELECT 1;")

    class Files:
        def joinpath(self, name: str) -> Path:
            return tmp_path / name

    monkeypatch.setattr(migrate.resources, "files", lambda package: Files())
    with pytest.raises(MigrationError, match=r"NNNN_lower_case_name\.sql"):
        migrate.load_migrations()


def test_copy_text_fields_are_escaped() -> None:
    assert copy_text_field(None) == "\\N"
    assert copy_text_field('{"a":"x\\\\y"}') == '{"a":"x\\\\\\\\y"}'
    assert copy_text_field("a\tb\nc\rd") == "a\\tb\\nc\\rd"
    assert copy_text_field("plain") == "plain"
