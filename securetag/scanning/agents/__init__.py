"""One module per scanning tool, each declaring itself as `AGENT` (securetag.scanning.agent).

Every agent turns its tool's output into `securetag.kernel.models.Finding` objects; the
scan task runs the argv inside `securetag.scanning.sandbox` under the agent's profile,
for the agents `securetag.scanning.registry` finds. The web scan is our own program, so
it is a package (`web/`): `web.agent` is its worker side. Its in-sandbox side imports
this file first, which is why it stays light.
"""

from __future__ import annotations

import json
from typing import Any

from securetag.kernel.errors import AgentOutputError


def load_json_report(
    stdout: bytes, *, tool: str, results: type[list] | type[dict]
) -> dict[str, Any]:
    """A tool's JSON report whose `results` is a `results` (list or dict), else AgentOutputError.

    The error's details keep the first 200 characters the tool printed, so an
    operator sees the crash message or banner that came instead of JSON.
    """
    head = stdout[:200].decode("utf-8", "replace")
    try:
        report = json.loads(stdout)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AgentOutputError(
            tool, f"{tool} did not print a JSON report: {exc}", details={"stdout_head": head}
        ) from exc
    if not isinstance(report, dict) or not isinstance(report.get("results"), results):
        kind = "list" if results is list else "object"
        raise AgentOutputError(
            tool, f"{tool}'s JSON report has no 'results' {kind}", details={"stdout_head": head}
        )
    return report
