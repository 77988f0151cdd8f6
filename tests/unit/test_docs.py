"""The README and the pages under docs/ say what the code does.

What a slip costs a reader: a setting they cannot look up, a command copied from the docs
that the CLI rejects, a link to a page or section that is gone, a module path that moved.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shlex
from pathlib import Path

import pytest
from pydantic import AliasChoices

from securetag.cli.main import build_parser
from securetag.kernel.config import Settings

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
CONFIGURATION = DOCS / "configuration.md"
PAGES = sorted([REPO / "README.md", REPO / "deploy" / "README.md", *DOCS.glob("*.md")])

# Paths the docs name that the renovation is adding, and the hypothetical agent that
# docs/agents.md adds as its worked example.
NOT_YET_IN_THE_TREE = frozenset(
    {
        "securetag/scanning/agents/gosec.py",
        "tests/unit/test_agent_gosec.py",
    }
)
SUBPACKAGES = frozenset(
    {
        "kernel",
        "security",
        "store",
        "queue",
        "tenancy",
        "scanning",
        "triage",
        "training",
        "webhooks",
        "ops",
        "api",
        "cli",
    }
)

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_VARIABLE = re.compile(r"^[A-Z][A-Z0-9_]+$")
# A `securetag SUBCOMMAND …` invocation inside a shell line, up to the next shell operator.
_INVOCATION = re.compile(r"(?:^|[\s(/\"'])securetag[ \t]+([a-z][\w-]*(?:[ \t]+[^;&|)\"#\n]*)?)")


def _name(page: Path) -> Path:
    return page.relative_to(REPO)


def _text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def _prose(text: str) -> str:
    """The page without its fenced code blocks."""
    return _FENCE.sub("", text)


def _code_blocks(text: str, languages: set[str]) -> list[str]:
    return [body for language, body in _FENCE.findall(text) if language in languages]


def _settings_variables() -> set[str]:
    names = set()
    for field_name, field in Settings.model_fields.items():
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            names.update(choice for choice in alias.choices if isinstance(choice, str))
        else:
            names.add(f"SECURETAG_{field_name.upper()}")
    return names


def _configuration_table_variables() -> set[str]:
    names = set()
    for line in _prose(_text(CONFIGURATION)).splitlines():
        if not line.startswith("| `"):
            continue
        first_cell = line.split("|")[1]
        names.update(n for n in _CODE_SPAN.findall(first_cell) if _VARIABLE.match(n))
    return names


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = heading.strip().lower().replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    return {
        _slug(line.lstrip("#"))
        for line in _prose(_text(page)).splitlines()
        if re.match(r"^#{1,6} ", line)
    }


def test_the_configuration_table_names_every_setting_and_nothing_else() -> None:
    documented = _configuration_table_variables()
    settings = _settings_variables()
    assert not settings - documented, f"docs/configuration.md lacks {sorted(settings - documented)}"
    assert not documented - settings, f"not settings: {sorted(documented - settings)}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(_name(p)))
def test_every_securetag_command_the_docs_show_is_one_the_cli_accepts(page: Path) -> None:
    for block in _code_blocks(_text(page), {"sh", "bash", "yaml"}):
        for line in block.replace("\\\n", " ").splitlines():
            for invocation in _INVOCATION.findall(line):
                argv = shlex.split(invocation)
                try:
                    build_parser().parse_args(argv)
                except (SystemExit, argparse.ArgumentError):
                    pytest.fail(f"{_name(page)}: the CLI rejects `securetag {invocation.strip()}`")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(_name(p)))
def test_every_link_between_the_pages_leads_to_a_page_and_section_that_exist(page: Path) -> None:
    for target in _LINK.findall(_prose(_text(page))):
        if re.match(r"^[a-z]+:", target):
            continue  # http(s), mailto: outside this repository
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{_name(page)} links to {target}, which does not exist"
        if anchor and linked.suffix == ".md":
            assert anchor in _anchors(linked), f"{_name(page)} links to {target}: no such section"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(_name(p)))
def test_every_repository_path_the_docs_name_exists(page: Path) -> None:
    for span in _CODE_SPAN.findall(_text(page)):
        path = span.rstrip(".,:;")
        if not re.match(r"^(securetag|sql|tests|deploy|docs)/[\w./@-]*$", path):
            continue
        if path in NOT_YET_IN_THE_TREE or "NNNN" in path:  # NNNN: a migration's number
            continue
        assert (REPO / path).exists(), f"{_name(page)} names `{path}`, which does not exist"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(_name(p)))
def test_every_module_and_name_the_docs_name_imports(page: Path) -> None:
    for span in _CODE_SPAN.findall(_text(page)):
        parts = span.split(".")
        if not re.match(r"^securetag(\.\w+)+$", span) or parts[1] not in SUBPACKAGES:
            continue
        for split in range(len(parts), 1, -1):
            try:
                found: object = importlib.import_module(".".join(parts[:split]))
            except ImportError:
                continue
            for attribute in parts[split:]:
                assert hasattr(found, attribute), f"{_name(page)} names `{span}`: no {attribute}"
                found = getattr(found, attribute)
            break
        else:
            pytest.fail(f"{_name(page)} names `{span}`, which does not import")
