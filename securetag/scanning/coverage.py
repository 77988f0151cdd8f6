"""A scan's coverage: what its agents examined and what they did not, as the scan stores it.

Each agent reports a `Coverage` (securetag.scanning.agent); the scan task hands
every agent's run to `ScanCoverage`, and the scan store writes `document()` into
`scan.coverage` (jsonb). That document is what the API, the webhook summary, the
SARIF report and the CI client read:

    {"state": "complete" | "partial",
     "agents": {name: {"examined": n | null, "unit": "files" | "pages",
                       "languages": [..], "skipped": n, "by_reason": {reason: n},
                       "examples": [{"path", "reason", "detail"}],   # at most 5
                       "failure": str | null}},
     "reasons": [short strings, one per agent that missed something]}

A scan is `partial` when an agent failed (its results are missing or incomplete
as a whole) or skipped anything it could have examined: a scan never says "clean"
about files it did not look at. Binary files and the service's own documented
exclusions (`.git`, a web link the SSRF guard refuses) are listed and counted but
expected (EXPECTED_SKIPS), so they do not make a scan partial. `examined` is null
where the tool cannot tell.
`languages` are the languages the engine parses (empty: it reads every file as
text, or fetches pages), so a reader sees which engine looked at which language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from securetag.scanning.agent import Agent, AgentRun, Coverage, Skipped, SkipReason

COMPLETE = "complete"
PARTIAL = "partial"
MAX_EXAMPLES = 5
# Skips that are by design: content no engine reads as code, and what the service
# itself excludes (documented); not what a tenant's tree made a tool miss.
EXPECTED_SKIPS = frozenset({SkipReason.BINARY, SkipReason.EXCLUDED})
# Tenant-facing text is short; a path or detail beyond this is clipped.
MAX_PATH_CHARS = 300
MAX_DETAIL_CHARS = 200


@dataclass(frozen=True, slots=True)
class _AgentEntry:
    name: str
    tool: str
    languages: tuple[str, ...]
    coverage: Coverage
    failure: str | None

    @property
    def missed_something(self) -> bool:
        return self.failure is not None or any(
            skipped.reason not in EXPECTED_SKIPS for skipped in self.coverage.skipped
        )

    @property
    def came_up_empty(self) -> bool:
        """Failed, or examined nothing while skipping something: it covered nothing."""
        coverage = self.coverage
        return self.failure is not None or (coverage.examined == 0 and bool(coverage.skipped))


@dataclass(frozen=True, slots=True)
class CoverageGaps:
    """The tools that failed and the (tool, path) pairs skipped in one scan."""

    failed_tools: frozenset[str] = frozenset()
    skipped: frozenset[tuple[str, str]] = frozenset()

    def looked_at(self, tools: Iterable[str], path: str) -> bool:
        """Whether every tool that once reported an issue at `path` looked there this time:
        only then is the issue's absence a sign it was fixed."""
        return all(
            tool not in self.failed_tools and (tool, path) not in self.skipped for tool in tools
        )


class ScanCoverage:
    """Every agent's coverage for one scan, in the order the agents ran."""

    def __init__(self) -> None:
        self._entries: list[_AgentEntry] = []

    def add(self, agent: Agent, run: AgentRun) -> None:
        self._entries.append(
            _AgentEntry(agent.name, agent.finding_tool, agent.languages, run.coverage, run.failure)
        )

    def not_run(self, agent: Agent, reason: str) -> None:
        self._entries.append(
            _AgentEntry(agent.name, agent.finding_tool, agent.languages, Coverage(), reason)
        )

    @property
    def partial(self) -> bool:
        return any(entry.missed_something for entry in self._entries)

    @property
    def covered_nothing(self) -> bool:
        """True when there were agents and none of them covered anything."""
        return bool(self._entries) and all(entry.came_up_empty for entry in self._entries)

    def gaps(self) -> CoverageGaps:
        """What this scan did not look at, by the tool whose findings would have shown it."""
        return CoverageGaps(
            failed_tools=frozenset(e.tool for e in self._entries if e.failure is not None),
            skipped=frozenset(
                (e.tool, skipped.path)
                for e in self._entries
                for skipped in e.coverage.skipped
                if skipped.reason not in EXPECTED_SKIPS
            ),
        )

    def document(self) -> dict[str, Any]:
        """The JSON document `scan.coverage` holds (see the module doc)."""
        return {
            "state": PARTIAL if self.partial else COMPLETE,
            "agents": {entry.name: _agent_document(entry) for entry in self._entries},
            "reasons": [_reason(entry) for entry in self._entries if entry.missed_something],
        }


def _agent_document(entry: _AgentEntry) -> dict[str, Any]:
    coverage = entry.coverage
    by_reason = Counter(str(item.reason) for item in coverage.skipped)
    return {
        "examined": coverage.examined,
        "unit": coverage.unit,
        "languages": list(entry.languages),
        "skipped": len(coverage.skipped),
        "by_reason": dict(sorted(by_reason.items())),
        "examples": [_example(item) for item in examples(coverage.skipped)],
        "failure": entry.failure,
    }


def examples(skipped: list[Skipped], limit: int = MAX_EXAMPLES) -> list[Skipped]:
    """Up to `limit` skipped items, one of each reason first, then in path order."""
    ordered = sorted(skipped, key=lambda item: (item.path, item.reason))
    first_of_each: dict[str, Skipped] = {}
    for item in ordered:
        first_of_each.setdefault(item.reason, item)
    chosen = list(first_of_each.values())[:limit]
    for item in ordered:
        if len(chosen) >= limit:
            break
        if item not in chosen:
            chosen.append(item)
    return sorted(chosen, key=lambda item: (item.path, item.reason))


def _example(item: Skipped) -> dict[str, str]:
    return {
        "path": _clip(_shown_path(item.path), MAX_PATH_CHARS),
        "reason": str(item.reason),
        "detail": _clip(item.detail, MAX_DETAIL_CHARS),
    }


def _shown_path(path: str) -> str:
    """A page's URL without credentials, query or fragment (they may hold tokens, and the
    coverage is stored in the clear, like a finding's path); a tree path as it is."""
    if "://" not in path:
        return path
    parts = urlsplit(path)
    return urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[-1], parts.path or "/", "", ""))


def _reason(entry: _AgentEntry) -> str:
    """One short line: what this agent missed ("bandit skipped 2 files: parse_error 2")."""
    parts = []
    if entry.failure is not None:
        parts.append(f"{entry.name} failed: {_clip(entry.failure, MAX_DETAIL_CHARS)}")
    skipped = entry.coverage.skipped
    if skipped:
        unit = entry.coverage.unit
        noun = unit if len(skipped) != 1 else unit.removesuffix("s")
        by_reason = Counter(str(item.reason) for item in skipped)
        counts = ", ".join(f"{reason} {n}" for reason, n in sorted(by_reason.items()))
        parts.append(f"{entry.name} skipped {len(skipped)} {noun}: {counts}")
    return "; ".join(parts)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
