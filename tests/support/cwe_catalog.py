"""MITRE's CWE list, pinned (tests/support/cwe_catalog.csv): names and Research View parents.

`python -m tests.support.cwe_catalog cwec_vX.Y.xml` rewrites the CSV from a newer
catalogue downloaded from https://cwe.mitre.org/data/downloads.html.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CSV_PATH = Path(__file__).resolve().parent / "cwe_catalog.csv"
RESEARCH_VIEW = "1000"
_NS = {"c": "http://cwe.mitre.org/cwe-7"}


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    name: str
    abstraction: str  # Pillar, Class, Base, Variant, Compound, or Category
    status: str  # Stable, Draft, Incomplete, Deprecated, Obsolete, ...
    child_of: tuple[int, ...]


@cache
def catalog() -> dict[int, Entry]:
    with open(CSV_PATH, newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {
            int(row["id"]): Entry(
                int(row["id"]),
                row["name"],
                row["abstraction"],
                row["status"],
                tuple(int(n) for n in row["child_of"].split()),
            )
            for row in rows
        }


def ancestors(cwe_id: int) -> set[int]:
    """Every CWE above `cwe_id` in the Research View."""
    found: set[int] = set()
    pending = list(catalog()[cwe_id].child_of) if cwe_id in catalog() else []
    while pending:
        parent = pending.pop()
        if parent not in found:
            found.add(parent)
            pending.extend(catalog()[parent].child_of if parent in catalog() else ())
    return found


def rewrite(xml_path: Path) -> None:
    root = ET.parse(xml_path).getroot()
    rows = []
    for weakness in root.find("c:Weaknesses", _NS) or []:
        parents = {
            related.get("CWE_ID")
            for related in weakness.findall("c:Related_Weaknesses/c:Related_Weakness", _NS)
            if related.get("Nature") == "ChildOf" and related.get("View_ID") == RESEARCH_VIEW
        }
        parent_ids = " ".join(sorted((p for p in parents if p), key=int))
        rows.append(
            (
                int(weakness.get("ID")),
                weakness.get("Name"),
                weakness.get("Abstraction"),
                weakness.get("Status"),
                parent_ids,
            )
        )
    for category in root.find("c:Categories", _NS) or []:
        rows.append(
            (int(category.get("ID")), category.get("Name"), "Category", category.get("Status"), "")
        )
    with open(CSV_PATH, "w", newline="") as handle:
        handle.write(
            f"# MITRE CWE List v{root.get('Version')} ({root.get('Date')}): every weakness and "
            "category with its name, abstraction,\n# status and ChildOf parents in the Research "
            "View (CWE-1000). Extracted from the catalogue's XML\n# "
            "(https://cwe.mitre.org/data/downloads.html, CWE terms of use) by "
            "tests/support/cwe_catalog.py.\n"
        )
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "abstraction", "status", "child_of"])
        writer.writerows(sorted(rows))


if __name__ == "__main__":
    rewrite(Path(sys.argv[1]))
