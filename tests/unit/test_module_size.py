"""No module under securetag/ grows past what a reader takes in at once (the house rule)."""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "securetag"
MAX_LINES = 800


def test_no_module_is_longer_than_800_lines() -> None:
    too_long = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        with path.open("rb") as source:
            lines = sum(1 for _ in source)
        if lines > MAX_LINES:
            too_long[str(path.relative_to(PACKAGE.parent))] = lines
    assert not too_long, (
        f"modules over {MAX_LINES} lines; split them along their concerns: "
        + ", ".join(f"{name} ({lines} lines)" for name, lines in too_long.items())
    )
