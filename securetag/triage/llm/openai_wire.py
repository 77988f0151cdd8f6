"""OpenAI-compatible wire protocol: /v1/chat/completions (server-sent events), /v1/models."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from securetag.triage.llm.config import LlmConfig
from securetag.triage.llm.errors import LlmUnavailable
from securetag.triage.llm.wire import (
    Reply,
    StreamAssembler,
    excerpt,
    optional_int,
    protocol_error,
    server_error_message,
)

_DEFAULT_SCHEMA_NAME = "securetag_response"
_SCHEMA_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class OpenAiWire:
    chat_path = "/v1/chat/completions"
    models_path = "/v1/models"

    def chat_body(
        self, config: LlmConfig, messages: list[dict[str, str]], json_schema: dict | None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": config.model,
            "messages": messages,
            "temperature": config.temperature,
            "max_tokens": config.max_tokens,
            "stream": config.stream,
        }
        if config.stream:
            # Without this, streamed answers carry no token counts at all.
            body["stream_options"] = {"include_usage": True}
        if json_schema is not None:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {
                    "name": _schema_name(json_schema),
                    "schema": json_schema,
                    "strict": True,
                },
            }
        return body

    def parse_reply(self, doc: Any, requested_model: str) -> Reply:
        if not isinstance(doc, dict):
            raise protocol_error("OpenAI-compatible", "the body is not a JSON object")
        choices = doc.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise protocol_error("OpenAI-compatible", "no choices")
        message = choices[0].get("message")
        if not isinstance(message, dict):
            raise protocol_error("OpenAI-compatible", "no choices[0].message")
        content = message.get("content")
        # null content is legal (a refusal or tool call); there is simply no text.
        if content is not None and not isinstance(content, str):
            raise protocol_error("OpenAI-compatible", "choices[0].message.content is not text")
        usage = doc.get("usage") if isinstance(doc.get("usage"), dict) else {}
        finish_reason = choices[0].get("finish_reason")
        return Reply(
            content=content or "",
            model=doc.get("model") if isinstance(doc.get("model"), str) else requested_model,
            tokens_in=optional_int(usage.get("prompt_tokens")),
            tokens_out=optional_int(usage.get("completion_tokens")),
            finish_reason=finish_reason if isinstance(finish_reason, str) else None,
            raw=doc,
        )

    def stream_assembler(self, requested_model: str) -> StreamAssembler:
        return _OpenAiStream(requested_model)

    def parse_models(self, doc: Any) -> list[str]:
        data = doc.get("data") if isinstance(doc, dict) else None
        if not isinstance(data, list):
            raise protocol_error("OpenAI-compatible", "no data list in /v1/models")
        return [m["id"] for m in data if isinstance(m, dict) and isinstance(m.get("id"), str)]


@dataclass
class _OpenAiStream:
    """Server-sent events: `data: {chunk}` with choices[0].delta.content, then `data: [DONE]`."""

    requested_model: str
    complete: bool = False
    pieces: list[str] = field(default_factory=list)
    data_lines: list[str] = field(default_factory=list)
    first_chunk: dict[str, Any] | None = None
    finish_reason: str | None = None
    usage: dict[str, Any] | None = None

    def feed(self, line: str) -> str:
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return ""  # a keep-alive comment
        name, _, value = line.partition(":")
        if name == "data":
            self.data_lines.append(value.removeprefix(" "))
        return ""

    def _dispatch(self) -> str:
        if not self.data_lines:
            return ""
        data = "\n".join(self.data_lines)
        self.data_lines.clear()
        if data.strip() == "[DONE]":
            self.complete = True
            return ""
        try:
            chunk = json.loads(data)
        except ValueError:
            raise protocol_error("OpenAI-compatible", "a stream event is not JSON") from None
        if not isinstance(chunk, dict):
            raise protocol_error("OpenAI-compatible", "a stream event is not a JSON object")
        if "error" in chunk or chunk.get("object") == "error":
            message = server_error_message(chunk) or "unknown error"
            raise LlmUnavailable("the server failed mid-stream", server_message=excerpt(message))
        return self._take_chunk(chunk)

    def _take_chunk(self, chunk: dict[str, Any]) -> str:
        choices = chunk.get("choices")
        if not isinstance(choices, list):
            raise protocol_error("OpenAI-compatible", "a stream chunk has no choices")
        if self.first_chunk is None:
            self.first_chunk = chunk
        if isinstance(chunk.get("usage"), dict):
            self.usage = chunk["usage"]
        piece = ""
        for choice in choices:
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta")
            content = delta.get("content") if isinstance(delta, dict) else None
            if isinstance(content, str):
                piece += content
            if isinstance(choice.get("finish_reason"), str):
                self.finish_reason = choice["finish_reason"]
        self.pieces.append(piece)
        return piece

    def finish(self) -> Reply:
        self._dispatch()  # a last event the server did not end with a blank line
        # Some llama.cpp builds end without [DONE]; a finish_reason says the answer is whole.
        if self.first_chunk is None or not (self.complete or self.finish_reason):
            raise LlmUnavailable("the stream ended before [DONE] (connection cut short?)")
        first = self.first_chunk
        raw = {
            "id": first.get("id"),
            "object": "chat.completion",
            "created": first.get("created"),
            "model": first.get("model"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "".join(self.pieces)},
                    "finish_reason": self.finish_reason,
                }
            ],
            "usage": self.usage,
        }
        return OpenAiWire().parse_reply(raw, self.requested_model)


def _schema_name(json_schema: dict) -> str:
    title = json_schema.get("title")
    if isinstance(title, str):
        name = re.sub(r"[^A-Za-z0-9_-]+", "_", title.strip())[:64]
        if _SCHEMA_NAME.match(name):
            return name
    return _DEFAULT_SCHEMA_NAME
