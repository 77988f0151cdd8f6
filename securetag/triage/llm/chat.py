"""What one chat call sends (ChatMessage) and what it returns (ChatResult)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypedDict

from securetag.kernel.errors import InvalidRequest

ChatRole = Literal["system", "user", "assistant"]
CHAT_ROLES: frozenset[str] = frozenset({"system", "user", "assistant"})


class ChatMessage(TypedDict):
    role: ChatRole
    content: str


@dataclass(frozen=True, slots=True)
class ChatResult:
    """One model answer plus what the server said about producing it.

    latency_s and time_to_first_token_s are measured on the attempt that succeeded;
    tokens_in/tokens_out are None when the server does not report usage.
    """

    content: str
    model: str
    tokens_in: int | None
    tokens_out: int | None
    latency_s: float
    time_to_first_token_s: float | None
    finish_reason: str | None
    raw: dict[str, Any]
    attempts: int


def validated_messages(messages: Sequence[Mapping[str, Any]]) -> list[dict[str, str]]:
    if isinstance(messages, str | bytes) or not messages:
        raise InvalidRequest("messages must be a non-empty list of {role, content}")
    cleaned = []
    for index, message in enumerate(messages):
        role = message.get("role") if isinstance(message, Mapping) else None
        content = message.get("content") if isinstance(message, Mapping) else None
        if role not in CHAT_ROLES or not isinstance(content, str):
            raise InvalidRequest(
                f"messages[{index}] must have role system|user|assistant and text content",
                details={"index": index},
            )
        cleaned.append({"role": role, "content": content})
    return cleaned
