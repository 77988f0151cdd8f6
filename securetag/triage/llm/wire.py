"""One wire protocol's shape (paths, request body, envelopes), and what both protocols share."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from securetag.triage.llm.config import LlmConfig
from securetag.triage.llm.errors import LlmProtocolError

# How much of a server's error text goes into our messages (and so into logs).
_ERROR_EXCERPT_CHARS = 300


@dataclass(slots=True)
class Reply:
    content: str
    model: str
    tokens_in: int | None
    tokens_out: int | None
    finish_reason: str | None
    raw: dict[str, Any]
    time_to_first_token_s: float | None = None
    latency_s: float = 0.0


class StreamAssembler(Protocol):
    complete: bool

    def feed(self, line: str) -> str:
        """Take one line of the stream; return the content it adds ("" for none)."""
        ...

    def finish(self) -> Reply: ...


class Wire(Protocol):
    """One API's wire format: paths, request body, response envelopes."""

    chat_path: str
    models_path: str

    def chat_body(
        self, config: LlmConfig, messages: list[dict[str, str]], json_schema: dict | None
    ) -> dict[str, Any]: ...

    def parse_reply(self, doc: Any, requested_model: str) -> Reply: ...

    def stream_assembler(self, requested_model: str) -> StreamAssembler: ...

    def parse_models(self, doc: Any) -> list[str]: ...


def optional_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def protocol_error(api: str, problem: str) -> LlmProtocolError:
    return LlmProtocolError(
        f"the {api} server's response is not the expected envelope: {problem} "
        "(is `api` set to the kind of server at base_url?)"
    )


def server_error_message(doc: Any) -> str | None:
    """The human message in an error body from Ollama, OpenAI, vLLM or FastAPI, if any."""
    if not isinstance(doc, dict):
        return None
    error = doc.get("error")
    if isinstance(error, str):
        return error
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"]
    if isinstance(doc.get("message"), str):
        return doc["message"]
    detail = doc.get("detail")
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list):
        # FastAPI validation errors echo the request ("input"), i.e. tenant code: keep only msg.
        messages = [item["msg"] for item in detail if isinstance(item, dict) and "msg" in item]
        return "; ".join(str(message) for message in messages) or None
    return None


def excerpt(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    text = " ".join(text.split())
    if len(text) > _ERROR_EXCERPT_CHARS:
        return text[:_ERROR_EXCERPT_CHARS] + "…"
    return text
