"""One vocabulary: every enum of securetag.kernel.models equals its SQL twin, an enum type, a
CHECK constraint or the task_type table, so a word added on one side only fails here."""

from __future__ import annotations

import enum
import re

import pytest

from securetag.kernel.models import (
    Confidence,
    FindingStatus,
    NotTriagedReason,
    ReviewStatus,
    ScanType,
    Severity,
    TaskState,
    TaskType,
    ToolRunKind,
    TriageState,
    Verdict,
)
from securetag.store.db import Database

_LITERAL = re.compile(r"'([^']*)'::text")


def check_values(db: Database, table: str, column: str) -> set[str]:
    """The values the CHECK constraint on table.column allows."""
    constraints = [
        row["definition"]
        for row in db.all("check_constraints_of", table=table)
        if re.search(rf"\b{column}\b", row["definition"]) and "ANY (ARRAY[" in row["definition"]
    ]
    assert len(constraints) == 1, f"expected one CHECK listing {table}.{column}: {constraints}"
    return set(_LITERAL.findall(constraints[0]))


@pytest.mark.parametrize(
    ("vocabulary", "sql_type"), [(TaskState, "task_state"), (ScanType, "scan_type")]
)
def test_an_enum_equals_its_sql_type_in_order(
    db: Database, vocabulary: type[enum.StrEnum], sql_type: str
) -> None:
    labels = [row["enumlabel"] for row in db.all("enum_labels", type=sql_type)]
    assert labels == [member.value for member in vocabulary]


@pytest.mark.parametrize(
    ("vocabulary", "table", "column"),
    [
        (TriageState, "scan", "triage_state"),
        (FindingStatus, "finding", "status"),
        (Severity, "finding", "severity"),
        (Confidence, "finding", "confidence"),
        (Verdict, "finding_triage", "verdict"),
        (NotTriagedReason, "finding_not_triaged", "reason"),
        (ReviewStatus, "finding_feedback", "status"),
        (ToolRunKind, "tool_execution", "kind"),
    ],
)
def test_an_enum_equals_its_check_constraint(
    db: Database, vocabulary: type[enum.StrEnum], table: str, column: str
) -> None:
    assert check_values(db, table, column) == {member.value for member in vocabulary}


def test_the_task_types_equal_the_task_type_table(db: Database) -> None:
    names = {row["name"] for row in db.all("task_type_names")}
    assert names == {member.value for member in TaskType}
