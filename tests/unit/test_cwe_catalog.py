"""Every CWE Securetag reports is MITRE's, by number and name, most specific first.

Checked against a pinned copy of MITRE's CWE list (tests/support/cwe_catalog.csv):
each rule's `cwe` entries name a live weakness with its exact name, a descendant comes
before its ancestor, and the category CWE above each (the one consumers filter by)
is listed too.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
import yaml

from securetag.scanning.agents.bandit import CWE_BY_TEST
from securetag.scanning.rule_pack import rules_dir
from securetag.scanning.weaknesses import CATEGORY_OF, with_categories
from tests.support.cwe_catalog import ancestors, catalog

ENTRY = re.compile(r"^CWE-([1-9][0-9]*): (.+)$")
RETIRED = {"Deprecated", "Obsolete"}


def pack_cwe_lists() -> list[tuple[str, list[str]]]:
    found = []
    for rule_file in sorted(rules_dir().rglob("*.yaml")):
        for rule in yaml.safe_load(rule_file.read_text()).get("rules") or []:
            found.append((str(rule["id"]), list((rule.get("metadata") or {}).get("cwe") or [])))
    return found


def number(cwe: str) -> int:
    return int(cwe.split(":")[0].removeprefix("CWE-"))


def test_the_pinned_catalogue_is_mitres_list() -> None:
    entries = catalog()
    assert len(entries) > 1000
    assert entries[89].name.endswith("('SQL Injection')")
    assert 94 in ancestors(95) and 943 in ancestors(89)


@pytest.mark.parametrize(("rule_id", "cwes"), pack_cwe_lists(), ids=lambda v: str(v)[:60])
def test_each_rule_names_live_mitre_weaknesses_most_specific_first(
    rule_id: str, cwes: list[str]
) -> None:
    assert cwes, f"{rule_id} lists no CWE"
    numbers = []
    for entry in cwes:
        match = ENTRY.match(entry)
        assert match, f"{rule_id}: {entry!r} is not 'CWE-N: name'"
        cwe_id, name = int(match.group(1)), match.group(2)
        known = catalog().get(cwe_id)
        assert known is not None, f"{rule_id}: CWE-{cwe_id} is not in MITRE's list"
        assert known.status not in RETIRED, f"{rule_id}: CWE-{cwe_id} is {known.status}"
        assert known.abstraction != "Category", f"{rule_id}: CWE-{cwe_id} is a category"
        assert name == known.name, f"{rule_id}: CWE-{cwe_id} is named {known.name!r}"
        numbers.append(cwe_id)
    for earlier, later in itertools.pairwise(numbers):
        assert earlier not in ancestors(later), f"{rule_id}: CWE-{earlier} is above CWE-{later}"
    listed = {f"CWE-{n}" for n in numbers}
    missing = set(with_categories(sorted(listed))) - listed
    assert not missing, f"{rule_id}: lists no category CWE {sorted(missing)} above its own"


@pytest.mark.parametrize(("specific", "category"), sorted(CATEGORY_OF.items()))
def test_each_category_is_above_its_weakness_in_mitres_view(specific: str, category: str) -> None:
    assert number(category) in ancestors(number(specific))


@pytest.mark.parametrize("cwe", sorted(set(CWE_BY_TEST.values())))
def test_bandit_corrections_name_live_weaknesses(cwe: str) -> None:
    assert catalog()[number(cwe)].status not in RETIRED


def test_with_categories_appends_the_category_once_after_the_weakness() -> None:
    assert with_categories(["CWE-95"]) == ["CWE-95", "CWE-94"]
    assert with_categories(["CWE-95", "CWE-94"]) == ["CWE-95", "CWE-94"]
    assert with_categories(["CWE-916"]) == ["CWE-916", "CWE-328"]
    assert with_categories(["CWE-328"]) == ["CWE-328"]
    assert with_categories(["CWE-89"]) == ["CWE-89"]


def test_the_catalogue_file_says_where_it_came_from() -> None:
    head = Path(__file__).resolve().parents[1] / "support" / "cwe_catalog.csv"
    assert "MITRE CWE List v4.14" in head.read_text().splitlines()[0]
