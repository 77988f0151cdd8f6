"""The LLM client against a fake server that speaks Ollama's and OpenAI's real wire formats."""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import ValidationError

from securetag.kernel.errors import InvalidRequest, SecuretagError
from securetag.triage.llm.chat import ChatMessage
from securetag.triage.llm.client import LlmClient
from securetag.triage.llm.config import LlmConfig
from securetag.triage.llm.content import parse_json_content
from securetag.triage.llm.errors import (
    LlmContentError,
    LlmProtocolError,
    LlmRequestError,
    LlmUnavailable,
    message_without_server_text,
)
from tests.support.fake_llm import FakeLlmServer

APIS = ["ollama", "openai"]
MESSAGES: list[ChatMessage] = [
    {"role": "system", "content": "You triage static analysis findings."},
    {"role": "user", "content": "Is the SQL injection in app/db.py line 12 real?"},
]
VERDICT = '{"verdict": "true_positive", "confidence": "high"}'
SCHEMA = {
    "title": "Triage verdict",
    "type": "object",
    "properties": {"verdict": {"type": "string"}, "confidence": {"type": "string"}},
    "required": ["verdict", "confidence"],
    "additionalProperties": False,
}
# Wall-clock slack for timing assertions on a busy two-core machine.
MARGIN_S = 0.5


def words(text: str) -> int:
    return len(text.split())


PROMPT_TOKENS = sum(words(message["content"]) for message in MESSAGES)


@pytest.fixture
def server() -> Iterator[FakeLlmServer]:
    with FakeLlmServer() as fake:
        yield fake


def client_for(server: FakeLlmServer, api: str, **overrides: Any) -> LlmClient:
    settings: dict[str, Any] = {
        "api": api,
        # OpenAI users usually paste the URL with /v1; the client must accept both.
        "base_url": server.url + ("/v1" if api == "openai" else ""),
        "connect_timeout_s": 0.5,
        "read_timeout_s": 2.0,
        "total_deadline_s": 5.0,
        "max_retries": 3,
        "backoff_base_s": 0.01,
        "backoff_max_s": 0.05,
    }
    return LlmClient(LlmConfig(**(settings | overrides)))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_answer_carries_content_usage_and_latency(server: FakeLlmServer, api: str) -> None:
    server.respond_with(VERDICT)
    with client_for(server, api) as client:
        result = client.chat(MESSAGES)

    assert result.content == VERDICT
    assert result.model == "securetag-v1"
    assert (result.tokens_in, result.tokens_out) == (PROMPT_TOKENS, words(VERDICT))
    assert result.finish_reason == "stop"
    assert result.attempts == 1
    assert 0 < result.latency_s < 2
    assert result.time_to_first_token_s is None
    [request] = server.chat_requests
    assert request.path == {"ollama": "/api/chat", "openai": "/v1/chat/completions"}[api]
    assert request.json["messages"] == MESSAGES
    assert request.json["stream"] is False
    if api == "ollama":
        assert request.json["options"]["temperature"] == 0
        assert result.raw["done"] is True and result.raw["eval_count"] == words(VERDICT)
    else:
        assert request.json["temperature"] == 0
        assert result.raw["object"] == "chat.completion"
        assert result.raw["usage"]["prompt_tokens"] == PROMPT_TOKENS


@pytest.mark.parametrize("api", APIS)
def test_streamed_answer_is_assembled_with_time_to_first_token(
    server: FakeLlmServer, api: str
) -> None:
    answer = "The query concatenates user input: a real injection."
    server.then_content(answer, token_interval_s=0.05)
    with client_for(server, api, stream=True) as client:
        result = client.chat(MESSAGES)

    assert result.content == answer
    assert (result.tokens_in, result.tokens_out) == (PROMPT_TOKENS, words(answer))
    assert result.finish_reason == "stop"
    # Pieces arrive 50 ms apart: the first one long before the last.
    assert result.time_to_first_token_s is not None
    assert 0 < result.time_to_first_token_s < result.latency_s - 0.2
    [request] = server.chat_requests
    assert request.json["stream"] is True
    if api == "ollama":
        assert request.headers["Accept"] == "application/x-ndjson"
        assert result.raw["message"]["content"] == answer and result.raw["done"] is True
    else:
        assert request.headers["Accept"] == "text/event-stream"
        assert request.json["stream_options"] == {"include_usage": True}
        assert result.raw["choices"][0]["message"]["content"] == answer
        assert result.raw["usage"]["completion_tokens"] == words(answer)


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("stream", [False, True])
def test_json_schema_goes_in_the_api_s_structured_output_field(
    server: FakeLlmServer, api: str, stream: bool
) -> None:
    server.respond_with(VERDICT)
    with client_for(server, api, stream=stream) as client:
        result = client.chat(MESSAGES, json_schema=SCHEMA)

    assert parse_json_content(result.content) == json.loads(VERDICT)
    [request] = server.chat_requests
    if api == "ollama":
        assert request.json["format"] == SCHEMA
    else:
        response_format = request.json["response_format"]
        assert response_format["type"] == "json_schema"
        assert response_format["json_schema"]["schema"] == SCHEMA
        assert response_format["json_schema"]["strict"] is True
        assert response_format["json_schema"]["name"] == "Triage_verdict"


@pytest.mark.parametrize("api", APIS)
def test_max_tokens_reaches_the_server_and_truncation_is_reported(
    server: FakeLlmServer, api: str
) -> None:
    server.respond_with("one two three four five six")
    with client_for(server, api, max_tokens=3) as client:
        result = client.chat(MESSAGES)

    assert result.content.split() == ["one", "two", "three"]
    assert result.finish_reason == "length"


@pytest.mark.parametrize("api", APIS)
def test_list_models(server: FakeLlmServer, api: str) -> None:
    with client_for(server, api) as client:
        models = client.list_models()
    assert models == {"ollama": ["securetag-v1:latest"], "openai": ["securetag-v1"]}[api]


# -- transient failures are retried ----------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_server_errors_are_retried_until_an_answer(server: FakeLlmServer, api: str) -> None:
    server.respond_with(VERDICT).then_fail(status=500, times=2)
    with client_for(server, api) as client:
        result = client.chat(MESSAGES)

    assert result.content == VERDICT
    assert result.attempts == 3
    assert len(server.chat_requests) == 3


@pytest.mark.parametrize("api", APIS)
def test_rate_limit_waits_for_retry_after(server: FakeLlmServer, api: str) -> None:
    server.respond_with(VERDICT).then_rate_limit(retry_after=0.3)
    with client_for(server, api) as client:
        result = client.chat(MESSAGES)

    assert result.attempts == 2
    first, second = server.chat_requests
    # Backoff alone is at most 50 ms here; only Retry-After explains the gap.
    assert second.received_at - first.received_at >= 0.3


def test_retry_after_beyond_the_deadline_gives_up_at_once(server: FakeLlmServer) -> None:
    server.then_rate_limit(retry_after=30)
    started = time.monotonic()
    with (
        client_for(server, "openai", total_deadline_s=2) as client,
        pytest.raises(LlmUnavailable) as caught,
    ):
        client.chat(MESSAGES)

    assert time.monotonic() - started < MARGIN_S
    assert caught.value.retry_after_s == 30
    assert len(server.chat_requests) == 1


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(
    ("where", "stream"),
    [
        ("before_headers", False),
        ("after_headers", False),
        ("mid_body", False),
        ("after_headers", True),
        ("mid_body", True),
    ],
)
def test_dropped_connection_is_retried(
    server: FakeLlmServer, api: str, where: str, stream: bool
) -> None:
    server.respond_with(VERDICT).then_drop_connection(where)  # type: ignore[arg-type]
    with client_for(server, api, stream=stream) as client:
        result = client.chat(MESSAGES)

    assert result.content == VERDICT
    assert result.attempts == 2
    assert len(server.chat_requests) == 2


@pytest.mark.parametrize("api", APIS)
def test_error_reported_inside_a_stream_is_retried(server: FakeLlmServer, api: str) -> None:
    server.respond_with(VERDICT).then_stream_error("CUDA out of memory")
    with client_for(server, api, stream=True) as client:
        result = client.chat(MESSAGES)

    assert result.content == VERDICT
    assert result.attempts == 2


def test_slow_first_byte_within_the_read_timeout_is_fine(server: FakeLlmServer) -> None:
    server.respond_with(VERDICT).then_slow(0.3)
    with client_for(server, "ollama", read_timeout_s=1.5) as client:
        result = client.chat(MESSAGES)

    assert result.attempts == 1
    assert result.latency_s >= 0.3


# -- giving up: deadlines and exhausted retries ------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_server_slower_than_read_timeout_is_retried_then_unavailable(
    server: FakeLlmServer, api: str
) -> None:
    deadline_s = 0.9
    server.then_slow(10, times=50)
    client = client_for(
        server, api, read_timeout_s=0.25, total_deadline_s=deadline_s, max_retries=20
    )
    started = time.monotonic()
    with client, pytest.raises(LlmUnavailable) as caught:
        client.chat(MESSAGES)

    assert time.monotonic() - started < deadline_s + MARGIN_S
    attempts = len(server.chat_requests)
    assert attempts >= 2
    assert caught.value.details["attempts"] == attempts


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("stream", [False, True])
def test_trickling_server_is_cut_off_at_the_deadline(
    server: FakeLlmServer, api: str, stream: bool
) -> None:
    deadline_s = 0.6
    # A byte every 20 ms: far inside the read timeout, yet the body takes minutes.
    server.then_trickle(0.02, content="word " * 5000)
    client = client_for(server, api, stream=stream, read_timeout_s=0.5, total_deadline_s=deadline_s)
    started = time.monotonic()
    with client, pytest.raises(LlmUnavailable, match="deadline"):
        client.chat(MESSAGES)

    elapsed = time.monotonic() - started
    assert deadline_s - 0.05 <= elapsed < deadline_s + MARGIN_S
    assert len(server.chat_requests) == 1


@pytest.mark.parametrize("api", APIS)
def test_deadline_interrupts_a_read_that_is_still_waiting(server: FakeLlmServer, api: str) -> None:
    deadline_s = 1.0
    # Bytes at 0.9 s and 1.8 s: each gap is inside the read timeout, and the second byte
    # lands well after the deadline, so only cutting the blocked read keeps it.
    server.then_trickle(0.9, content="word " * 100)
    client = client_for(server, api, stream=True, read_timeout_s=0.95, total_deadline_s=deadline_s)
    started = time.monotonic()
    with client, pytest.raises(LlmUnavailable, match="deadline"):
        client.chat(MESSAGES)

    assert time.monotonic() - started < deadline_s + 0.5


def test_persistent_errors_stop_at_the_deadline_not_after_all_retries(
    server: FakeLlmServer,
) -> None:
    server.then_fail(status=503, times=100)
    client = client_for(server, "ollama", total_deadline_s=0.5, max_retries=20, backoff_base_s=0.1)
    started = time.monotonic()
    with client, pytest.raises(LlmUnavailable, match="HTTP 503"):
        client.chat(MESSAGES)

    assert time.monotonic() - started < 0.5 + MARGIN_S
    assert len(server.chat_requests) < 21


@pytest.mark.parametrize("api", APIS)
def test_server_down_is_unavailable_quickly(api: str) -> None:
    config = LlmConfig(
        api=api,
        base_url=f"http://127.0.0.1:{closed_port()}",
        max_retries=2,
        backoff_base_s=0.01,
        total_deadline_s=10,
    )
    started = time.monotonic()
    with LlmClient(config) as client, pytest.raises(LlmUnavailable) as caught:
        client.chat(MESSAGES)

    assert time.monotonic() - started < 1.0
    error = caught.value
    assert isinstance(error, SecuretagError) and error.retryable
    assert error.details["attempts"] == 3
    assert "cannot reach" in error.message


# -- failures that are not retried --------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_bad_request_fails_at_once(server: FakeLlmServer, api: str) -> None:
    server.then_fail(status=400, message="prompt is too long for the context window")
    with client_for(server, api) as client, pytest.raises(LlmRequestError) as caught:
        client.chat(MESSAGES)

    assert caught.value.status == 400
    assert not caught.value.retryable
    assert "prompt is too long" in caught.value.message
    assert len(server.chat_requests) == 1


ECHO = "prompt near: cursor.execute(secret_ledger_7f3a)"


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(
    ("fault", "error_type"),
    [
        (lambda server: server.then_fail(status=400, message=ECHO), LlmRequestError),
        (lambda server: server.then_fail(status=503, times=2, message=ECHO), LlmUnavailable),
        (lambda server: server.then_stream_error(ECHO).then_stream_error(ECHO), LlmUnavailable),
    ],
    ids=["rejected", "unavailable", "mid_stream"],
)
def test_the_servers_error_text_is_kept_apart_from_our_own_words(
    server: FakeLlmServer, api: str, fault: Any, error_type: type
) -> None:
    """A server may echo the prompt (tenant code) in its error: the exception says it, for
    the operator, and keeps it apart from a message fit for a plain database column."""
    fault(server)
    client = client_for(server, api, stream=True, max_retries=1)
    with client, pytest.raises(error_type) as caught:
        client.chat(MESSAGES)

    error = caught.value
    assert ECHO in error.message
    assert error.server_message == ECHO == error.details["server_message"]
    plain = message_without_server_text(error)
    assert "secret_ledger" not in plain and "secret_ledger" not in json.dumps(
        {k: v for k, v in error.details.items() if k != "server_message"}
    )
    assert plain.startswith(f"{error.code}: ")
    assert f"{plain}: {ECHO}" == f"{error.code}: {error.message}"


@pytest.mark.parametrize("api", APIS)
def test_unknown_model_says_so(server: FakeLlmServer, api: str) -> None:
    with (
        client_for(server, api, model="not-pulled") as client,
        pytest.raises(LlmRequestError, match="not-pulled") as caught,
    ):
        client.chat(MESSAGES)
    assert caught.value.status == 404


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("kind", ["truncated", "wrong_shape"])
def test_broken_envelope_is_a_protocol_error(
    server: FakeLlmServer, api: str, stream: bool, kind: str
) -> None:
    server.then_malformed_json(kind)  # type: ignore[arg-type]
    with client_for(server, api, stream=stream) as client, pytest.raises(LlmProtocolError):
        client.chat(MESSAGES)
    assert len(server.chat_requests) == 1


@pytest.mark.parametrize("api", APIS)
def test_content_that_is_not_json_is_returned_for_the_caller_to_repair(
    server: FakeLlmServer, api: str
) -> None:
    server.then_content("not json")
    with client_for(server, api) as client:
        result = client.chat(MESSAGES, json_schema=SCHEMA)

    assert result.content == "not json"
    with pytest.raises(LlmContentError):
        parse_json_content(result.content)


@pytest.mark.parametrize(
    "messages",
    [[], [{"role": "tool", "content": "x"}], [{"role": "user", "content": None}]],
)
def test_invalid_messages_are_refused_before_sending(server: FakeLlmServer, messages) -> None:
    with client_for(server, "ollama") as client, pytest.raises(InvalidRequest):
        client.chat(messages)
    assert server.chat_requests == []


# -- secrets ------------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_api_key_is_sent_but_never_logged_or_shown(
    server: FakeLlmServer, api: str, caplog: pytest.LogCaptureFixture
) -> None:
    key = "sk-live-7f3a9c1e5b"
    caplog.set_level(logging.DEBUG)
    server.then_fail(status=500).then_content(VERDICT).then_fail(status=401)
    config = LlmConfig(
        api=api, base_url=server.url, api_key=key, backoff_base_s=0.01, max_retries=1
    )
    with LlmClient(config) as client:
        result = client.chat(MESSAGES)
        with pytest.raises(LlmRequestError) as rejected:
            client.chat(MESSAGES)
    down = LlmConfig(api=api, base_url=f"http://127.0.0.1:{closed_port()}", api_key=key)
    with (
        LlmClient(down.model_copy(update={"backoff_base_s": 0.01})) as client,
        pytest.raises(LlmUnavailable) as unavailable,
    ):
        client.chat(MESSAGES)

    assert result.attempts == 2
    assert {r.headers["Authorization"] for r in server.chat_requests} == {f"Bearer {key}"}
    assert any(record.levelno == logging.WARNING for record in caplog.records)
    shown = [
        caplog.text,
        *(json.dumps(vars(record), default=str) for record in caplog.records),
        repr(config),
        str(config),
        config.model_dump_json(),
        repr(LlmClient(config)),
        str(rejected.value),
        json.dumps(rejected.value.to_dict()),
        str(unavailable.value),
        json.dumps(unavailable.value.to_dict()),
    ]
    assert not [text for text in shown if key in text]


# -- configuration and content parsing -----------------------------------------------------


@pytest.mark.parametrize(
    ("given", "root"),
    [
        ("http://127.0.0.1:11434", "http://127.0.0.1:11434"),
        ("http://127.0.0.1:11434/", "http://127.0.0.1:11434"),
        ("http://llm.internal:8000/v1", "http://llm.internal:8000"),
        ("https://gateway.example/openai/v1/", "https://gateway.example/openai"),
    ],
)
def test_base_url_is_accepted_with_or_without_v1(given: str, root: str) -> None:
    assert LlmConfig(api="openai", base_url=given).base_url == root


@pytest.mark.parametrize(
    "given",
    ["127.0.0.1:11434", "ftp://host", "http://user:pw@host:8000", "http://host:99999", ""],
)
def test_unusable_base_url_is_rejected(given: str) -> None:
    with pytest.raises(ValidationError):
        LlmConfig(api="ollama", base_url=given)


def test_request_goes_to_the_root_when_base_url_has_v1(server: FakeLlmServer) -> None:
    with client_for(server, "ollama", base_url=server.url + "/v1/") as client:
        client.chat(MESSAGES)
    assert [r.path for r in server.chat_requests] == ["/api/chat"]


@pytest.mark.parametrize(
    "text",
    [
        VERDICT,
        f"  \n{VERDICT}\n",
        f"```json\n{VERDICT}\n```",
        f"```\n{VERDICT}\n```",
        f"Here is my assessment:\n```json\n{VERDICT}\n```\nLet me know if you need more.",
        f"<think>the input {{maybe}} reaches execute()</think>\n{VERDICT}",
        f"```json\n{VERDICT}",  # the model ran out of tokens before closing the fence
    ],
)
def test_parse_json_content_tolerates_fences_and_prose(text: str) -> None:
    assert parse_json_content(text) == json.loads(VERDICT)


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", "```json\n{broken\n```"])
def test_parse_json_content_rejects_answers_without_an_object(text: str) -> None:
    with pytest.raises(LlmContentError):
        parse_json_content(text)


@pytest.mark.parametrize("api", APIS)
def test_a_server_trickling_its_headers_is_abandoned_at_the_deadline(
    server: FakeLlmServer, api: str
) -> None:
    """The status line and headers one byte at a time: no read ever waits long enough for
    the read timeout, so only a deadline on the whole call (headers included) ends it."""
    deadline_s = 0.6
    server.then_trickle_headers(0.05)  # ~120 header bytes: about 6 s of headers
    client = client_for(server, api, read_timeout_s=0.5, total_deadline_s=deadline_s)
    started = time.monotonic()
    with client, pytest.raises(LlmUnavailable, match="deadline"):
        client.chat(MESSAGES)

    elapsed = time.monotonic() - started
    assert elapsed < deadline_s + MARGIN_S
    assert len(server.chat_requests) == 1
