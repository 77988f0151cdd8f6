"""Ollama's wire protocol: /api/chat (NDJSON when streaming) and /api/tags."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from securetag.triage.llm.config import LlmConfig
from securetag.triage.llm.errors import LlmUnavailable
from securetag.triage.llm.wire import Reply, StreamAssembler, excerpt, optional_int, protocol_error


class OllamaWire:
    chat_path = "/api/chat"
    models_path = "/api/tags"

    def chat_body(
        self, config: LlmConfig, messages: list[dict[str, str]], json_schema: dict | None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": config.model,
            "messages": messages,
            "stream": config.stream,
            "options": {"temperature": config.temperature, "num_predict": config.max_tokens},
        }
        if json_schema is not None:
            body["format"] = json_schema
        return body

    def parse_reply(self, doc: Any, requested_model: str) -> Reply:
        if not isinstance(doc, dict):
            raise protocol_error("Ollama", "the body is not a JSON object")
        message = doc.get("message")
        if not isinstance(message, dict) or not isinstance(message.get("content"), str):
            raise protocol_error("Ollama", "no message.content")
        return Reply(
            content=message["content"],
            model=doc.get("model") if isinstance(doc.get("model"), str) else requested_model,
            tokens_in=optional_int(doc.get("prompt_eval_count")),
            tokens_out=optional_int(doc.get("eval_count")),
            finish_reason=doc.get("done_reason")
            if isinstance(doc.get("done_reason"), str)
            else None,
            raw=doc,
        )

    def stream_assembler(self, requested_model: str) -> StreamAssembler:
        return _OllamaStream(requested_model)

    def parse_models(self, doc: Any) -> list[str]:
        models = doc.get("models") if isinstance(doc, dict) else None
        if not isinstance(models, list):
            raise protocol_error("Ollama", "no models list in /api/tags")
        return [m["name"] for m in models if isinstance(m, dict) and isinstance(m.get("name"), str)]


@dataclass
class _OllamaStream:
    """NDJSON: one object per line with message.content pieces; the last one has done=true."""

    requested_model: str
    complete: bool = False
    pieces: list[str] = field(default_factory=list)
    final: dict[str, Any] | None = None

    def feed(self, line: str) -> str:
        if not line.strip():
            return ""
        try:
            item = json.loads(line)
        except ValueError:
            raise protocol_error("Ollama", "a stream line is not JSON") from None
        if not isinstance(item, dict):
            raise protocol_error("Ollama", "a stream line is not a JSON object")
        if "error" in item:
            # Ollama reports a crashed or evicted runner this way, after a 200 status line.
            raise LlmUnavailable(
                "the server failed mid-stream", server_message=excerpt(item["error"])
            )
        message = item.get("message")
        piece = message.get("content") if isinstance(message, dict) else None
        if item.get("done") is True:
            self.final = item
            self.complete = True
        elif not isinstance(piece, str):
            raise protocol_error("Ollama", "a stream line has no message.content")
        if isinstance(piece, str):
            self.pieces.append(piece)
            return piece
        return ""

    def finish(self) -> Reply:
        if self.final is None:
            raise LlmUnavailable("the stream ended before its done line (connection cut short?)")
        message = self.final.get("message")
        # The raw record looks like a non-streamed answer: the done line with the whole text.
        message = {"role": "assistant", **(message if isinstance(message, dict) else {})}
        raw = {**self.final, "message": {**message, "content": "".join(self.pieces)}}
        return OllamaWire().parse_reply(raw, self.requested_model)
