"""Chat client for the LLM that triages findings: Ollama or an OpenAI-compatible server.

One call is bounded by `total_deadline_s` whatever the server does: each attempt's
connect/read timeouts are clipped to the time left, and a guard armed around the whole
exchange (connect, request, status line, headers, body) shuts the socket down at the
deadline, because a server that trickles a byte now and then never trips a per-read
timeout.

Only transient failures are retried (connection errors, timeouts, 429, 5xx), with
exponential backoff and jitter, honouring Retry-After when it fits in the deadline.
A call that runs out of attempts or time raises `LlmUnavailable` (retryable: the
queue tries the triage task again later); a request the server rejects raises
`LlmRequestError`; a response that is not the API's envelope raises `LlmProtocolError`.

Its parts: config (LlmConfig), chat (ChatMessage, ChatResult), client (LlmClient: retries
and the deadline), transport (one HTTP exchange and its deadline guard), wire with
ollama_wire and openai_wire (the two protocols), content (parse_json_content) and errors.
"""
