"""LlmConfig: where the LLM server is, which wire protocol it speaks, and how long to wait."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from securetag.kernel.config import Settings


class LlmConfig(BaseModel):
    """Where the LLM is and how long a worker may wait for it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    api: Literal["ollama", "openai"]
    # API root, e.g. http://127.0.0.1:11434 (Ollama) or http://host:8000 (with or without /v1).
    base_url: str
    model: str = Field(default="securetag-v1", min_length=1)
    # Sent as `Authorization: Bearer`; also to Ollama, which is often behind an auth proxy.
    api_key: SecretStr | None = None
    connect_timeout_s: float = Field(default=5.0, gt=0)
    # Without streaming nothing arrives until generation ends, so this must cover a whole answer.
    read_timeout_s: float = Field(default=300.0, gt=0)
    total_deadline_s: float = Field(default=600.0, gt=0)
    max_retries: int = Field(default=3, ge=0, le=20)
    backoff_base_s: float = Field(default=1.0, ge=0)
    backoff_max_s: float = Field(default=30.0, ge=0)
    temperature: float = Field(default=0.0, ge=0, le=2)
    max_tokens: int = Field(default=1024, ge=1)
    stream: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> LlmConfig:
        """The LLM the settings (SECURETAG_LLM_*) name."""
        return cls(
            api=settings.llm_api,
            base_url=settings.llm_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            connect_timeout_s=settings.llm_connect_timeout_s,
            read_timeout_s=settings.llm_read_timeout_s,
            total_deadline_s=settings.llm_deadline_s,
            max_retries=settings.llm_max_retries,
        )

    @field_validator("base_url")
    @classmethod
    def _api_root(cls, value: str) -> str:
        url = value.strip().rstrip("/")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an http(s) URL such as http://127.0.0.1:11434")
        _ = parts.port  # raises ValueError on a malformed port
        if parts.username or parts.password:
            raise ValueError("must not carry credentials (they would end up in logs); use api_key")
        if parts.query or parts.fragment:
            raise ValueError("must not have a query string or fragment")
        if url.endswith("/v1"):
            url = url.removesuffix("/v1").rstrip("/")
        return url

    @field_validator("api_key", mode="before")
    @classmethod
    def _blank_key_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value
