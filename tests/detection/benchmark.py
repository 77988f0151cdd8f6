"""The labelled detection benchmark: its categories, its cases, and how a run is scored.

Each language has one project tree, `tests/detection/<language>/`, scanned as one
repository, and an `expected.csv` naming each case file with its category and verdict.
Scoring is the standard one for such suites: a case is *flagged* when any finding in
its file lists the category's CWE; per category, TPR = flagged true cases / true
cases, FPR = flagged false cases / false cases, and Youden's J = TPR - FPR (0 is a
coin toss, 1 is perfect). Averages are over categories, unweighted.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
LANGUAGES = ("python", "java", "javascript", "go")


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    cwe: str
    name: str
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Case:
    path: str  # relative to the language's tree
    category: str
    vulnerable: bool
    shape: str


@dataclass(frozen=True, slots=True)
class Reported:
    """What a scan said about one file: each finding's CWEs and the tools behind it."""

    cwes: frozenset[str]
    tools: frozenset[str]


@dataclass
class Score:
    """One category's (or one tool's share of one category's) counts."""

    true_cases: int = 0
    false_cases: int = 0
    true_flagged: int = 0
    false_flagged: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def tpr(self) -> float:
        return self.true_flagged / self.true_cases if self.true_cases else 0.0

    @property
    def fpr(self) -> float:
        return self.false_flagged / self.false_cases if self.false_cases else 0.0

    @property
    def youden(self) -> float:
        return self.tpr - self.fpr


def categories() -> dict[str, Category]:
    with open(ROOT / "categories.csv", newline="") as handle:
        return {
            row["category"]: Category(
                row["category"], row["cwe"], row["name"], tuple(row["languages"].split())
            )
            for row in csv.DictReader(handle)
        }


def cases(language: str) -> list[Case]:
    """The language's labelled cases (none if its benchmark is not written yet)."""
    path = ROOT / language / "expected.csv"
    if not path.exists():
        return []
    known = categories()
    found = []
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            if row["category"] not in known:
                raise ValueError(f"{path}: unknown category {row['category']!r}")
            if row["vulnerable"] not in ("true", "false"):
                raise ValueError(f"{path}: vulnerable must be true or false: {row}")
            found.append(
                Case(row["path"], row["category"], row["vulnerable"] == "true", row["shape"])
            )
    return found


def sample(all_cases: Iterable[Case], per_verdict: int) -> list[Case]:
    """The first `per_verdict` true and false cases of each category (by path): a tiny run."""
    chosen: dict[tuple[str, bool], list[Case]] = {}
    for case in sorted(all_cases, key=lambda c: c.path):
        bucket = chosen.setdefault((case.category, case.vulnerable), [])
        if len(bucket) < per_verdict:
            bucket.append(case)
    return [case for bucket in chosen.values() for case in bucket]


def score(
    labelled: Iterable[Case], reported: Mapping[str, list[Reported]], tool: str | None = None
) -> dict[str, Score]:
    """Per category, how the findings in `reported` (by file path) match the labels.

    With `tool`, only findings that tool took part in count.
    """
    known = categories()
    scores: dict[str, Score] = {}
    for case in labelled:
        cwe = known[case.category].cwe
        flagged = any(
            cwe in finding.cwes and (tool is None or tool in finding.tools)
            for finding in reported.get(case.path, [])
        )
        entry = scores.setdefault(case.category, Score())
        if case.vulnerable:
            entry.true_cases += 1
            entry.true_flagged += flagged
            if not flagged:
                entry.missed.append(case.path)
        else:
            entry.false_cases += 1
            entry.false_flagged += flagged
            if flagged:
                entry.false_alarms.append(case.path)
    return dict(sorted(scores.items()))


def average(scores: Mapping[str, Score]) -> tuple[float, float, float]:
    """Unweighted mean TPR, FPR and Youden over the categories."""
    if not scores:
        return 0.0, 0.0, 0.0
    n = len(scores)
    return (
        sum(s.tpr for s in scores.values()) / n,
        sum(s.fpr for s in scores.values()) / n,
        sum(s.youden for s in scores.values()) / n,
    )
