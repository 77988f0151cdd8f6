"""What the Semgrep rule pack says about itself: which rules follow taint, for which CWEs.

The ranking policy (securetag.scanning.ranking) needs to know, per language, which
weaknesses a taint rule judges (a dataflow from a source to a sink, with sanitizers),
so that a pattern-only engine's guess in the same category can be left out, and which
findings were confirmed by taint. The pack is read once per directory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from securetag.kernel.errors import ConfigError
from securetag.scanning.findings import normalize_cwe

# Semgrep's language names, as the rule pack spells them, by the language a file is in.
LANGUAGE_ALIASES = {"ts": "typescript", "js": "javascript", "py": "python", "golang": "go"}


def rules_dir() -> Path:
    """The directory of Securetag's rule pack inside the installed package."""
    directory = resources.files("securetag.scanning").joinpath("rules")
    path = Path(str(directory))
    if not path.is_dir():
        raise ConfigError(
            f"Securetag's Semgrep rules are missing: {path} is not a directory; "
            "reinstall the securetag package (the rules are package data)"
        )
    return path


@dataclass(frozen=True, slots=True)
class RuleFacts:
    id: str
    taint: bool
    languages: frozenset[str]
    cwes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RulePack:
    rules: dict[str, RuleFacts]
    # Per language, every CWE a taint rule for it lists: built once, asked per finding.
    _taint_cwes: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_language: dict[str, set[str]] = {}
        for facts in self.rules.values():
            if facts.taint:
                for language in facts.languages:
                    by_language.setdefault(language, set()).update(facts.cwes)
        taint_cwes = {language: frozenset(cwes) for language, cwes in by_language.items()}
        object.__setattr__(self, "_taint_cwes", taint_cwes)

    def is_taint(self, rule_id: str) -> bool:
        facts = self.rules.get(rule_id)
        return facts is not None and facts.taint

    def taint_cwes(self, language: str) -> frozenset[str]:
        """Every CWE a taint rule for `language` lists."""
        return self._taint_cwes.get(language, frozenset())


@cache
def load(directory: Path) -> RulePack:
    rules: dict[str, RuleFacts] = {}
    for rule_file in sorted(directory.rglob("*.yaml")):
        document = yaml.safe_load(rule_file.read_text()) or {}
        for rule in document.get("rules") or []:
            metadata = rule.get("metadata") or {}
            cwes = tuple(
                cwe for cwe in (normalize_cwe(str(c)) for c in metadata.get("cwe") or []) if cwe
            )
            languages = frozenset(
                LANGUAGE_ALIASES.get(str(name).lower(), str(name).lower())
                for name in rule.get("languages") or []
            )
            rules[str(rule["id"])] = RuleFacts(
                str(rule["id"]), rule.get("mode") == "taint", languages, cwes
            )
    return RulePack(rules)
