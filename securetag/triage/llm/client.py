"""LlmClient: one chat call with retries, backoff and a total deadline, over either protocol."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import requests
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from securetag.kernel.errors import InvalidRequest
from securetag.triage.llm.chat import ChatMessage, ChatResult, validated_messages
from securetag.triage.llm.config import LlmConfig
from securetag.triage.llm.errors import LlmRequestError, LlmUnavailable
from securetag.triage.llm.ollama_wire import OllamaWire
from securetag.triage.llm.openai_wire import OpenAiWire
from securetag.triage.llm.transport import (
    CallGuard,
    Deadline,
    StopAtDeadline,
    body_chunks,
    error_text,
    guarded_session,
    parse_retry_after,
    read_json,
    stream_lines,
)
from securetag.triage.llm.wire import Reply, Wire

logger = logging.getLogger(__name__)

T = TypeVar("T")

_WIRES: Mapping[str, Wire] = {"ollama": OllamaWire(), "openai": OpenAiWire()}


class LlmClient:
    """Chat with the configured LLM server.

    Build one per process and share it: calls keep their state (deadline, attempts) on
    the stack, and requests' connection pool is thread-safe. Every attempt runs under a
    CallGuard, which cuts the connection at the call's deadline whatever phase it is
    in; that needs the session's connections to be the guarded kind, so a session passed
    in gets the guarded adapter mounted for http:// and https://.
    """

    def __init__(self, config: LlmConfig, session: requests.Session | None = None) -> None:
        self._config = config
        self._wire = _WIRES[config.api]
        self._owns_session = session is None
        if session is None:
            session = guarded_session()
        else:
            guarded = guarded_session()
            for prefix in ("http://", "https://"):
                session.mount(prefix, guarded.get_adapter(prefix))
        self._session = session

    def __repr__(self) -> str:
        config = self._config
        return (
            f"LlmClient(api={config.api!r}, base_url={config.base_url!r}, model={config.model!r})"
        )

    def __enter__(self) -> LlmClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP session if this client created it."""
        if self._owns_session:
            self._session.close()

    @property
    def config(self) -> LlmConfig:
        return self._config

    def chat(
        self, messages: Sequence[ChatMessage], *, json_schema: dict | None = None
    ) -> ChatResult:
        """Send one chat request and return the model's answer.

        json_schema, when given, asks the server to constrain the answer to that schema
        (Ollama `format`, OpenAI `response_format`); the content is still returned as text.
        Raises LlmUnavailable, LlmRequestError or LlmProtocolError.
        """
        cleaned = validated_messages(messages)
        if json_schema is not None and not isinstance(json_schema, dict):
            raise InvalidRequest("json_schema must be a JSON Schema object (a dict)")
        body = self._wire.chat_body(self._config, cleaned, json_schema)
        reply, attempts = self._with_retries(
            "chat", lambda deadline: self._chat_once(body, deadline)
        )
        logger.debug(
            "LLM answered",
            extra={
                "llm_model": reply.model,
                "llm_attempts": attempts,
                "llm_latency_s": round(reply.latency_s, 3),
                "llm_tokens_in": reply.tokens_in,
                "llm_tokens_out": reply.tokens_out,
            },
        )
        return ChatResult(
            content=reply.content,
            model=reply.model,
            tokens_in=reply.tokens_in,
            tokens_out=reply.tokens_out,
            latency_s=reply.latency_s,
            time_to_first_token_s=reply.time_to_first_token_s,
            finish_reason=reply.finish_reason,
            raw=reply.raw,
            attempts=attempts,
        )

    def list_models(self) -> list[str]:
        """Names of the models the server offers (Ollama /api/tags, OpenAI /v1/models)."""

        def once(deadline: Deadline) -> list[str]:
            response = self._send("GET", self._wire.models_path, None, deadline)
            with response:
                self._raise_for_status(response, deadline)
                return self._wire.parse_models(read_json(response, deadline, self._config.api))

        models, _ = self._with_retries("list models", once)
        return models

    def _chat_once(self, body: dict[str, Any], deadline: Deadline) -> Reply:
        started = time.monotonic()
        response = self._send("POST", self._wire.chat_path, body, deadline)
        with response:
            self._raise_for_status(response, deadline)
            content_type = response.headers.get("Content-Type", "")
            # Some servers ignore `stream` and answer in one JSON document.
            if body["stream"] and not content_type.startswith("application/json"):
                reply = self._read_stream(response, deadline, started)
            else:
                reply = self._wire.parse_reply(
                    read_json(response, deadline, self._config.api), self._config.model
                )
        reply.latency_s = time.monotonic() - started
        return reply

    def _read_stream(
        self, response: requests.Response, deadline: Deadline, started: float
    ) -> Reply:
        assembler = self._wire.stream_assembler(self._config.model)
        first_token_at: float | None = None
        for line in stream_lines(body_chunks(response, deadline)):
            piece = assembler.feed(line)
            if piece and first_token_at is None:
                first_token_at = time.monotonic()
            if assembler.complete:
                break
        reply = assembler.finish()
        if first_token_at is not None:
            reply.time_to_first_token_s = first_token_at - started
        return reply

    def _send(
        self, method: str, path: str, body: dict[str, Any] | None, deadline: Deadline
    ) -> requests.Response:
        remaining = deadline.remaining()
        if remaining <= 0:
            raise deadline.passed_error("before the request could be sent")
        timeout = (
            min(self._config.connect_timeout_s, remaining),
            min(self._config.read_timeout_s, remaining),
        )
        try:
            return self._session.request(
                method,
                self._config.base_url + path,
                json=body,
                headers=self._headers(streaming=bool(body and body["stream"])),
                timeout=timeout,
                stream=True,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            if deadline.expired():
                # The guard cut the connection (or a timeout clipped to the deadline fired).
                raise deadline.passed_error("before the response headers were in") from exc
            raise self._send_error(exc, timeout) from exc

    def _send_error(
        self, exc: requests.RequestException, timeout: tuple[float, float]
    ) -> LlmUnavailable | LlmRequestError:
        base_url = self._config.base_url
        # Most specific first: ConnectTimeout is a ConnectionError, ReadTimeout is not.
        if isinstance(exc, requests.ConnectTimeout):
            return LlmUnavailable(f"cannot connect to {base_url} within {timeout[0]:.2g}s")
        if isinstance(exc, requests.ReadTimeout):
            return LlmUnavailable(f"{base_url} sent nothing for {timeout[1]:.2g}s (read timeout)")
        if isinstance(exc, requests.ConnectionError):
            return LlmUnavailable(f"cannot reach {base_url}: {exc}")
        return LlmRequestError(f"cannot send the request: {exc}")

    def _headers(self, *, streaming: bool) -> dict[str, str]:
        accept = {"ollama": "application/x-ndjson", "openai": "text/event-stream"}
        headers = {"Accept": accept[self._config.api] if streaming else "application/json"}
        if self._config.api_key is not None:
            headers["Authorization"] = f"Bearer {self._config.api_key.get_secret_value()}"
        return headers

    def _raise_for_status(self, response: requests.Response, deadline: Deadline) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        if 300 <= status < 400:
            raise LlmRequestError(
                f"the LLM server rejected the request (HTTP {status}): redirected to "
                f"{response.headers.get('Location')}; fix base_url",
                status=status,
            )
        # The server's own words may echo the prompt: kept apart (see errors.py).
        server_message = error_text(response, deadline)
        if status == 429 or status >= 500:
            raise LlmUnavailable(
                f"the server answered HTTP {status}",
                retry_after_s=parse_retry_after(response.headers.get("Retry-After")),
                details={"status": status},
                server_message=server_message,
            )
        raise LlmRequestError(
            f"the LLM server rejected the request (HTTP {status})",
            status=status,
            server_message=server_message,
        )

    def _with_retries(self, what: str, operation: Callable[[Deadline], T]) -> tuple[T, int]:
        deadline = Deadline.start(self._config.total_deadline_s)
        retrying = Retrying(
            retry=retry_if_exception_type(LlmUnavailable),
            wait=self._wait,
            stop=stop_after_attempt(self._config.max_retries + 1) | StopAtDeadline(deadline),
            before_sleep=self._log_retry,
            reraise=True,
        )
        failures: list[str] = []  # in our own words (errors.py: the server's may echo the prompt)
        try:
            for attempt in retrying:
                with attempt:
                    try:
                        with CallGuard(deadline):
                            result = operation(deadline)
                    except LlmUnavailable as exc:
                        failures.append(exc.own_message)
                        raise
        except LlmUnavailable as exc:
            raise self._gave_up(what, exc, failures, deadline) from exc
        return result, len(failures) + 1

    def _wait(self, retry_state: RetryCallState) -> float:
        """Exponential backoff with jitter, or the server's Retry-After if that is longer."""
        ceiling = min(
            self._config.backoff_max_s,
            self._config.backoff_base_s * 2 ** (retry_state.attempt_number - 1),
        )
        # Half fixed, half random: callers that failed together do not retry together.
        backoff = ceiling / 2 + random.uniform(0, ceiling / 2)
        error = retry_state.outcome.exception() if retry_state.outcome else None
        retry_after = getattr(error, "retry_after_s", None)
        return max(backoff, retry_after or 0.0)

    def _log_retry(self, retry_state: RetryCallState) -> None:
        error = retry_state.outcome.exception() if retry_state.outcome else None
        logger.warning(
            "LLM call failed (attempt %d): %s; retrying in %.2fs",
            retry_state.attempt_number,
            # Our own words only: the server's text may echo the prompt (the tenant's code).
            getattr(error, "own_message", None) or type(error).__name__,
            retry_state.upcoming_sleep,
            extra={"llm_api": self._config.api, "llm_base_url": self._config.base_url},
        )

    def _gave_up(
        self, what: str, last: LlmUnavailable, failures: list[str], deadline: Deadline
    ) -> LlmUnavailable:
        elapsed = deadline.budget_s - deadline.remaining()
        retry_after = last.retry_after_s
        message = (
            f"LLM {what} at {self._config.base_url} failed after {len(failures)} attempt(s) "
            f"in {elapsed:.2f}s: {last.own_message}"
        )
        # "deadline passed" alone hides why the earlier attempts failed.
        earlier = [failure for failure in dict.fromkeys(failures) if failure != last.own_message]
        if earlier:
            message += f" (earlier: {earlier[-1]})"
        if retry_after is not None and retry_after >= deadline.remaining():
            message += f" (the server asked to wait {retry_after:g}s, beyond the deadline)"
        return LlmUnavailable(
            message,
            retry_after_s=retry_after,
            details={
                "attempts": len(failures),
                "elapsed_s": round(elapsed, 3),
                "errors": list(dict.fromkeys(failures))[-5:],
                **last.details,
            },
            server_message=last.server_message,
        )
