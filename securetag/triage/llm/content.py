"""The JSON object inside a model's answer."""

from __future__ import annotations

import json
import re
from typing import Any

from securetag.triage.llm.errors import LlmContentError

_JSON_FENCE = re.compile(r"```[ \t]*(?:json|JSON|jsonc)?[ \t]*\r?\n(.*?)```", re.DOTALL)
# parse_json_content tries at most this many `{` positions before giving up.
_MAX_JSON_STARTS = 64


def parse_json_content(text: str) -> dict[str, Any]:
    """The JSON object in a model's answer: bare, inside ```json fences, or amid prose.

    Raises LlmContentError when no JSON object can be found.
    """
    candidates = [text.strip(), *(match.group(1).strip() for match in _JSON_FENCE.finditer(text))]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    # Prose around the object, a reasoning preamble, or a fence the model never closed.
    decoder = json.JSONDecoder()
    for count, match in enumerate(re.finditer(r"\{", text)):
        if count >= _MAX_JSON_STARTS:
            break
        try:
            value, _ = decoder.raw_decode(text, match.start())
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    # No excerpt: the answer may quote the tenant's code, secrets included.
    raise LlmContentError(
        "the model's answer does not contain a JSON object",
        details={"length": len(text)},
    )
