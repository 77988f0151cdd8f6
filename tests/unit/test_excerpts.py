"""Excerpts are kept as redacted source lines plus the first line's number; the prompt renders
them, so a new prompt version can show an old scan's code its own way."""

from __future__ import annotations

from securetag.scanning.excerpts import (
    KEPT_BEYOND_CONTEXT,
    Excerpt,
    excerpt_around,
    excerpts_around,
)
from securetag.triage.prompt import code_excerpt, render_excerpt

SOURCE = "\n".join(f"line_{n} = {n}" for n in range(1, 501)) + "\n"
PASSWORD_LINE = 'DB_PASSWORD = "Tr0ub4dor-3-correct-horse-battery"'


def test_the_kept_lines_start_at_their_own_number_and_reach_past_the_context() -> None:
    kept = excerpt_around(SOURCE, 250, 251, context=8)

    margin = 8 + KEPT_BEYOND_CONTEXT
    assert kept.first_line == 250 - margin
    assert kept.lines[0] == f"line_{250 - margin} = {250 - margin}"
    assert kept.lines[-1] == f"line_{251 + margin} = {251 + margin}"


def test_kept_lines_are_redacted() -> None:
    source = "import os\n" + PASSWORD_LINE + "\nconnect(DB_PASSWORD)\n"

    kept = excerpt_around(source, 3, 3, context=2)

    assert "Tr0ub4dor" not in kept.text
    assert kept.lines[1].startswith("DB_PASSWORD = ")


def test_stored_bytes_read_back_as_the_same_excerpt() -> None:
    kept = excerpt_around(SOURCE, 3, 3, context=2)

    assert Excerpt.from_bytes(kept.to_bytes()) == kept


def test_the_prompt_renders_kept_lines_as_it_renders_the_source() -> None:
    kept = excerpt_around(SOURCE, 250, 251, context=8)

    assert render_excerpt(kept, 250, 251, context=8) == code_excerpt(SOURCE, 250, 251, context=8)
    # A later prompt may show more context from the same kept lines.
    wider = render_excerpt(kept, 250, 251, context=20)
    assert wider == code_excerpt(SOURCE, 250, 251, context=20)


def test_an_excerpt_kept_already_rendered_before_this_format_is_shown_as_it_was() -> None:
    legacy = code_excerpt(SOURCE, 10, 10, context=2)

    stored = Excerpt.from_bytes(legacy.encode())

    assert stored == legacy
    assert render_excerpt(stored, 10, 10, context=8) == legacy


def test_excerpts_of_one_file_at_once_equal_each_taken_alone() -> None:
    # Overlapping, touching, apart, past the end; CRLF lines and a blank last line.
    source = "\r\n".join(f"x_{n} = {n}" for n in range(1, 700)) + "\r\n" + PASSWORD_LINE + "\n\n"
    spans = [(10, 12), (140, 140), (300, 301), (700, 700), (699, 700), (900, 905), (1, 1)]

    together = excerpts_around(source, spans, context=8)

    assert together == [excerpt_around(source, s, e, context=8) for s, e in spans]
    assert all("Tr0ub4dor" not in kept.text for kept in together)
