"""Finding the agents: every module of `securetag.scanning.agents` that declares `AGENT`.

A module `agents/<name>.py` declares its agent itself; a package `agents/<name>/`
declares it in its `agent` module (the rest of such a package may be a program that
runs inside the sandbox and must not import the worker's side). Modules without a
declaration (shared helpers) are skipped. Profiles are built and checked here, at
start-up, so a missing tool or a bad limit stops the worker instead of failing
every scan.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable

from pydantic import ValidationError

from securetag.kernel.errors import ConfigError
from securetag.kernel.models import ScanType
from securetag.scanning import agents
from securetag.scanning.agent import Agent
from securetag.scanning.sandbox.profile import SandboxProfile


def discover() -> list[Agent]:
    """Every declared agent, in (scan type, order, name) order."""
    found: dict[str, Agent] = {}
    for module_info in pkgutil.iter_modules(agents.__path__):
        module_name = f"{agents.__name__}.{module_info.name}"
        if module_info.ispkg:
            module_name += ".agent"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # a package of helpers without an agent module
            raise
        agent = getattr(module, "AGENT", None)
        if agent is None:
            continue
        if not isinstance(agent, Agent):
            raise ConfigError(f"{module_name}.AGENT is not a securetag.scanning.agent.Agent")
        if agent.name in found:
            raise ConfigError(f"two agents are named {agent.name!r}")
        found[agent.name] = agent
    return sorted(found.values(), key=lambda a: (a.scan_type, a.order, a.name))


class AgentRegistry:
    """The agents per scan type, with their sandbox profiles built."""

    def __init__(self, declared: Iterable[Agent]) -> None:
        self._agents = list(declared)
        self._profiles = {agent.name: _profile(agent) for agent in self._agents}

    @classmethod
    def load(cls) -> AgentRegistry:
        return cls(discover())

    def for_scan(self, scan_type: ScanType) -> list[Agent]:
        return [agent for agent in self._agents if agent.scan_type == scan_type]

    def profile(self, agent: Agent) -> SandboxProfile:
        return self._profiles[agent.name]

    def profiles(self) -> dict[str, SandboxProfile]:
        return dict(self._profiles)

    def scan_types(self) -> list[ScanType]:
        return sorted({agent.scan_type for agent in self._agents})


def _profile(agent: Agent) -> SandboxProfile:
    try:
        return SandboxProfile(name=agent.name, **agent.profile)
    except ValidationError as exc:
        raise ConfigError(f"invalid sandbox profile of agent {agent.name!r}: {exc}") from exc
