import ast
import re
from pathlib import Path

import pytest

from securetag.kernel.errors import MigrationError
from securetag.store.db import Queries, copy_text_field, parse_named_blocks
from securetag.store.migrate import load_migrations
from tests.support.queries import TEST_QUERIES

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


QUERY_CALL = re.compile(r"\.(?:all|one|scalar|run|copy_text)\(\s*\"([a-z_]+)\"")


def called_names(folder: Path) -> set[str]:
    return {name for path in folder.rglob("*.py") for name in QUERY_CALL.findall(path.read_text())}


def test_every_query_the_code_names_exists() -> None:
    """A typo in a query name would otherwise surface only when that path runs.

    Production code finds its queries in the wheel (sql/queries) alone; tests may
    also use their own (tests/support/sql).
    """
    production, tests = called_names(ROOT / "securetag"), called_names(ROOT / "tests")
    assert production and tests, "the scan found no query calls"
    assert sorted(name for name in production if name not in Queries.load()) == []
    assert sorted(name for name in tests if name not in TEST_QUERIES) == []


def names_in_code(folder: Path) -> tuple[set[str], set[str]]:
    """Every string constant in the folder's Python, and every f-string's leading text
    (`f"rewrap_load_{table}"` names a family of queries by its prefix)."""
    constants: set[str] = set()
    prefixes: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                head = node.values[0]
                if isinstance(head, ast.Constant) and isinstance(head.value, str):
                    prefixes.add(head.value)
    return constants, prefixes


def test_the_wheel_ships_production_queries_only() -> None:
    """A block that only tests, benchmarks or the soak run belongs in tests/support/sql."""
    constants, prefixes = names_in_code(ROOT / "securetag")
    shipped = set(Queries.load().names())
    named_for_tests = sorted(
        name for name in shipped if name.startswith(("test_", "bench_", "soak_"))
    )
    unused = sorted(
        name
        for name in shipped
        if name not in constants and not any(name.startswith(p) for p in prefixes if p)
    )
    assert named_for_tests == [], "move these to tests/support/sql"
    assert unused == [], "no module under securetag/ runs these: move them to tests/support/sql"


def test_test_queries_are_named_once_across_both_folders(tmp_path: Path) -> None:
    (tmp_path / "mine.sql").write_text("-- name: claim_tasks\nSELECT 1;\n")
    with pytest.raises(ValueError, match="'claim_tasks' is defined twice"):
        Queries.load(tmp_path)


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
