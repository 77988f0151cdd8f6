"""Settings, built once per entry point from SECURETAG_* environment variables.

Nothing here is global: `Settings.from_env()` is called by the CLI (or a test)
and the object is passed down explicitly.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from securetag.kernel.errors import ConfigError
from securetag.kernel.models import TaskType


class TaskTypeSettings(BaseModel):
    """How the queue treats one task type. Stored on each task row at enqueue time."""

    model_config = {"frozen": True, "extra": "forbid"}

    timeout_s: float = Field(default=900.0, gt=0)
    max_attempts: int = Field(default=5, ge=1, le=100)
    # How many tasks of this type one worker slot claims per statement. Cheap
    # tasks batch well; long ones (scans) should be claimed one at a time so a
    # slot never hoards work that idle slots could start.
    claim_batch: int = Field(default=1, ge=1, le=1000)


BUILTIN_TASK_TYPES: dict[str, TaskTypeSettings] = {
    TaskType.NOOP: TaskTypeSettings(timeout_s=60, max_attempts=3, claim_batch=500),
    TaskType.CODE_AUDIT: TaskTypeSettings(timeout_s=1800, max_attempts=3, claim_batch=1),
    TaskType.WEB_SCAN: TaskTypeSettings(timeout_s=900, max_attempts=3, claim_batch=1),
    # The LLM may be down for a while (a GPU host restarting): many patient attempts.
    TaskType.TRIAGE: TaskTypeSettings(timeout_s=1800, max_attempts=25, claim_batch=1),
    # Created by the database when a scan ends (trigger task_finished, which reads
    # these numbers from table task_type; `securetag migrate` keeps it equal to this):
    # one POST to a tenant's webhook.
    TaskType.WEBHOOK: TaskTypeSettings(timeout_s=60, max_attempts=8, claim_batch=1),
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SECURETAG_",
        extra="ignore",
        frozen=True,
        env_nested_delimiter="__",
        populate_by_name=True,
    )

    # No URL means: run the embedded PostgreSQL under data_dir (the zero-config default).
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("SECURETAG_DATABASE_URL", "DATABASE_URL")
    )
    data_dir: Path = Path(".securetag")
    # Where workers unpack uploads to scan them: one directory per scan, private to the
    # worker, gone when the scan ends (after a crash: at the next worker start, or by
    # `securetag cleanup scan-dirs`). Unset: <data_dir>/scans.
    scan_dir: Path | None = None
    # Non-owner roles the API and the workers connect as (created by migrations).
    # Unset: DATABASE_URL with its user swapped for securetag_api / securetag_worker,
    # which suits trust or peer authentication; set them where roles have passwords.
    api_database_url: str | None = None
    worker_database_url: str | None = None

    # HMAC key for API key secrets: base64 of >= 32 random bytes, or a file holding it.
    api_key_pepper: str | None = Field(default=None, repr=False)
    api_key_pepper_file: Path | None = None

    # Master keys for envelope encryption (securetag/security/crypto.py): "v2:<base64>,v1:<base64>",
    # or a 0600 file holding one "vN:<base64>" per line. The highest version is active.
    master_keys: str | None = Field(default=None, repr=False)
    master_key_file: Path | None = None

    # HMAC key that signs audit anchors (securetag/store/audit.py): base64 of >= 32 random
    # bytes, or a file holding it; like the pepper, it never enters the database.
    audit_key: str | None = Field(default=None, repr=False)
    audit_key_file: Path | None = None
    # Each worker logs the audit chain's head (an unsigned anchor) this often; 0: never.
    audit_anchor_interval_s: float = Field(default=3600.0, ge=0)

    # Scanners run under bubblewrap; SECURETAG_SANDBOX=off runs them bare (development
    # only: a loud warning on every run). Each concurrently running scan gets its own
    # block of unprivileged uids from sandbox_uid_base on, one per agent (its block's first
    # number is the group that reads its tree), so process limits never collide.
    sandbox: bool = True
    sandbox_uid_base: int = Field(default=61000, ge=1000, le=2**31 - 1000)
    # CPUs the scans of one worker process share (how many agents run side by side, and
    # Semgrep's --jobs); unset: this host's CPUs. A scan alone uses them all; a worker
    # whose slots are all scanning still keeps no more tools busy than this.
    scan_cpus: int | None = Field(default=None, ge=1, le=1024)
    # The interpreter Bandit runs under, which decides the Python syntax it parses:
    # "auto" (the newest one newer than the worker's), "worker", or a path
    # (securetag.scanning.agents.bandit_python).
    bandit_python: str = Field(default="auto", min_length=1)
    # CIDRs the web scanner may reach although they are private (testing, internal targets).
    webscan_allow: str | None = None
    # The API resolves a submitted web target's host name and refuses it at once (400
    # target_refused) unless it resolves to addresses the scanner may reach; False where
    # the API cannot ask the DNS the workers use (then only literal addresses are judged
    # at submission; the worker judges every name in any case).
    webscan_resolve_on_submit: bool = True
    # How long the API waits for DNS when it judges a web-scan or webhook target.
    target_resolve_timeout_s: float = Field(default=2.0, gt=0, le=10)

    # The triage model: Ollama (/api/chat) or an OpenAI-compatible server (vLLM, llama.cpp).
    llm_api: Literal["ollama", "openai"] = "ollama"
    llm_url: str = "http://127.0.0.1:11434"
    llm_model: str = "securetag-v1"
    llm_api_key: str | None = Field(default=None, repr=False)
    llm_connect_timeout_s: float = Field(default=5.0, gt=0)
    llm_read_timeout_s: float = Field(default=120.0, gt=0)
    llm_deadline_s: float = Field(default=300.0, gt=0)
    llm_max_retries: int = Field(default=2, ge=0, le=10)
    # Retention for `securetag cleanup` (a tenant's retention_days overrides the
    # uploads and tool-output defaults).
    retention_tasks_days: int = Field(default=14, ge=1)
    retention_uploads_days: int = Field(default=30, ge=1)
    retention_tool_output_days: int = Field(default=90, ge=1)
    retention_workers_hours: int = Field(default=24, ge=1)
    # Per-minute counts of refused requests (request_refusal).
    retention_refusals_days: int = Field(default=7, ge=1)

    # Where `securetag alerts check` posts security events, and its HMAC secret (a file).
    alert_webhook_url: str | None = None
    alert_webhook_secret_file: Path | None = None

    # Tenants' webhooks (POST /webhooks). webhook_allow: CIDRs they may reach although
    # private, like SECURETAG_WEBSCAN_ALLOW but separate (an internal scan target is
    # not an internal receiver). A failed POST is tried again after webhook_retry_base_s,
    # each later try 4x later, up to the cap (a receiver's Retry-After counts too).
    webhook_allow: str | None = None
    # The API's address as tenants reach it (https://securetag.example.com), so the
    # links in webhook summaries are absolute; unset, they are paths.
    public_url: str | None = None
    webhook_timeout_s: float = Field(default=10.0, gt=0, le=50)
    webhook_retry_base_s: float = Field(default=15.0, ge=0)
    webhook_retry_cap_s: float = Field(default=3600.0, ge=0)
    webhooks_per_tenant: int = Field(default=10, ge=1, le=100)

    # Lines of code around a finding that the triage prompt shows.
    triage_context_lines: int = Field(default=8, ge=0, le=60)
    # At most this many findings of one scan go to the model (highest severity, then
    # confidence, first); the rest read `not_triaged` with the reason (docs/triage.md).
    triage_max_findings_per_scan: int = Field(default=200, ge=1, le=100_000)
    # New prompts one triage attempt asks before it hands its slot back and queues
    # behind the triage already waiting, so one tenant's big scan cannot hold the model.
    triage_prompts_per_turn: int = Field(default=10, ge=1, le=1000)
    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8080, ge=0, le=65535)
    api_workers: int = Field(default=2, ge=1, le=64)
    # GET /scans/{id}?wait= requests that may hold a thread at once, per API process
    # (gunicorn gives each 4 threads): more answer at once (api/scan_wait.py).
    api_scan_waiters: int = Field(default=2, ge=0, le=256)
    max_upload_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)
    # Requests per minute per API key, unless a key or its tenant has a limit of its own;
    # a key's or tenant's limit without a burst of its own gets the same share of its
    # rate as burst (60 of 600: six seconds' worth).
    rate_limit_per_minute: int = Field(default=600, ge=1)
    rate_limit_burst: int = Field(default=60, ge=1)
    # Failed authentications per client address (an IPv6 client's /64): past the
    # burst, further failures are answered 429 with Retry-After.
    auth_failures_per_minute: int = Field(default=60, ge=1)
    auth_failures_burst: int = Field(default=20, ge=1)
    # Peers allowed to name the client in X-Forwarded-For (addresses or CIDRs, comma
    # separated, "*" for any); gunicorn reads the same variable for X-Forwarded-Proto.
    forwarded_allow_ips: str = "127.0.0.1"
    # Per-tenant caps (a tenant's own max_running_scans / max_queued_scans override them):
    # how many of its scan tasks of each type run at once, and how many of its scans may
    # wait (queued or retrying) before a submission is refused with 429 queue_full.
    tenant_max_running_scans: int = Field(default=8, ge=1)
    tenant_max_queued_scans: int = Field(default=100, ge=1)
    # Seconds a client is told to wait (Retry-After) when the database is unavailable.
    unavailable_retry_after_s: int = Field(default=5, ge=1)

    db_pool_min: int = Field(default=1, ge=0)
    db_pool_max: int = Field(default=10, ge=1)
    db_connect_timeout_s: float = Field(default=5.0, gt=0)
    db_statement_timeout_s: float = Field(default=30.0, gt=0)

    worker_concurrency: int = Field(default=4, ge=1, le=256)
    # A port to serve Prometheus metrics on from each worker process (unset: none).
    worker_metrics_port: int | None = Field(default=None, ge=1, le=65535)
    worker_metrics_host: str = "127.0.0.1"
    worker_poll_min_s: float = Field(default=0.05, gt=0)
    worker_poll_max_s: float = Field(default=2.0, gt=0)
    # Successful completions are committed in batches at most this far apart.
    worker_flush_interval_s: float = Field(default=0.005, gt=0)
    heartbeat_interval_s: float = Field(default=5.0, gt=0)
    lease_timeout_s: float = Field(default=30.0, gt=0)
    reap_interval_s: float = Field(default=10.0, gt=0)
    shutdown_grace_s: float = Field(default=30.0, ge=0)
    # A handler still running this long after its task's timeout (it ignored
    # ctx.should_stop) is abandoned: the attempt is timed out and its slot goes on.
    task_kill_grace_s: float = Field(default=5.0, ge=0)
    # Longest pause between reconnection attempts while the database is down.
    db_retry_max_s: float = Field(default=5.0, gt=0)

    retry_base_s: float = Field(default=2.0, ge=0)
    retry_cap_s: float = Field(default=600.0, ge=0)
    retry_jitter: float = Field(default=0.25, ge=0, le=1)

    task_defaults: TaskTypeSettings = TaskTypeSettings()
    # Per-type overrides, e.g. SECURETAG_TASK_TYPES='{"noop": {"timeout_s": 5}}'.
    task_types: dict[str, TaskTypeSettings] = Field(default_factory=dict)

    run_worker_processes: int = Field(default=1, ge=1, le=64)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["json", "text"] = "json"

    @field_validator("database_url", "api_database_url", "worker_database_url")
    @classmethod
    def _postgres_url(cls, value: str | None) -> str | None:
        if value is None or value.strip() == "":
            return None
        if not value.startswith(("postgresql://", "postgres://")) and "=" not in value:
            raise ValueError(
                "must be a PostgreSQL URL such as postgresql://user@host:5432/securetag "
                "(or a libpq key=value string)"
            )
        return value

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str | None) -> str | None:
        if value is None or value.strip() == "":
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL such as https://securetag.example.com")
        return value

    @field_validator("forwarded_allow_ips")
    @classmethod
    def _addresses_or_cidrs(cls, value: str) -> str:
        import ipaddress

        for entry in (e.strip() for e in value.split(",")):
            if entry in ("", "*"):
                continue
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError:
                raise ValueError(
                    f"{entry!r} is not an address or CIDR (e.g. 127.0.0.1,10.0.0.0/8, or *)"
                ) from None
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        if self.lease_timeout_s < 2 * self.heartbeat_interval_s:
            raise ValueError(
                f"SECURETAG_LEASE_TIMEOUT_S ({self.lease_timeout_s}) must be at least twice "
                f"SECURETAG_HEARTBEAT_INTERVAL_S ({self.heartbeat_interval_s}), or healthy "
                "workers would lose their tasks to the reaper"
            )
        if self.worker_poll_max_s < self.worker_poll_min_s:
            raise ValueError("SECURETAG_WORKER_POLL_MAX_S must be >= SECURETAG_WORKER_POLL_MIN_S")
        if self.db_pool_max < self.db_pool_min:
            raise ValueError("SECURETAG_DB_POOL_MAX must be >= SECURETAG_DB_POOL_MIN")
        return self

    @property
    def scan_cpu_budget(self) -> int:
        if self.scan_cpus is not None:
            return self.scan_cpus
        return max(1, os.cpu_count() or 1)

    @property
    def scan_root(self) -> Path:
        return self.scan_dir or self.data_dir / "scans"

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Build settings from the environment, turning validation errors into one clear message.

        On the embedded default (no DATABASE_URL), a secret left unset is taken from the
        development file `securetag run` created under data_dir, so every command in a
        second terminal uses the pepper and keys the running service uses.
        """
        try:
            return cls(**overrides).with_development_secrets()
        except ValidationError as exc:
            problems = []
            for err in exc.errors():
                field = ".".join(str(p) for p in err["loc"]) or "settings"
                env_name = (
                    "DATABASE_URL" if field == "database_url" else f"SECURETAG_{field.upper()}"
                )
                problems.append(f"{env_name}: {err['msg']}")
            raise ConfigError(
                "invalid configuration:\n  " + "\n  ".join(problems),
                details={"problems": problems},
            ) from None

    def task_type(self, name: str) -> TaskTypeSettings:
        if name in self.task_types:
            return self.task_types[name]
        return BUILTIN_TASK_TYPES.get(name, self.task_defaults)

    @property
    def embedded_pgdata(self) -> Path:
        return self.data_dir / "pgdata"

    @property
    def dev_pepper_file(self) -> Path:
        """Where `securetag run` keeps the development pepper it creates on first use."""
        return self.data_dir / "api_key_pepper"

    @property
    def dev_master_key_file(self) -> Path:
        """Where `securetag run` keeps the development master key it creates on first use."""
        return self.data_dir / "master.keys"

    def development_secret_files(self) -> dict[str, Path]:
        """The secret files `securetag run` keeps under data_dir, by the setting that names
        such a file, for each secret configured neither inline nor by a file of its own."""
        candidates = {
            # file setting: (inline setting, development file)
            "api_key_pepper_file": ("api_key_pepper", self.dev_pepper_file),
            "master_key_file": ("master_keys", self.dev_master_key_file),
        }
        return {
            file_setting: path
            for file_setting, (inline_setting, path) in candidates.items()
            if getattr(self, file_setting) is None and getattr(self, inline_setting) is None
        }

    def with_development_secrets(self) -> Settings:
        """These settings, with every unset secret naming its existing development file, on
        the embedded default only: with DATABASE_URL set, secrets are always configured."""
        if self.database_url:
            return self
        found = {
            setting: path
            for setting, path in self.development_secret_files().items()
            if path.is_file()
        }
        return self.model_copy(update=found) if found else self

    @property
    def dev_audit_key_file(self) -> Path:
        """Where `securetag run` keeps the development audit key it creates on first use."""
        return self.data_dir / "audit_key"

    def audit_hmac_key(self) -> bytes | None:
        """The audit key (SECURETAG_AUDIT_KEY, else _FILE), None when neither is set."""
        return _random_key(self.audit_key, self.audit_key_file, "SECURETAG_AUDIT_KEY")

    def alert_secret(self) -> bytes | None:
        if self.alert_webhook_secret_file is None:
            return None
        try:
            return self.alert_webhook_secret_file.read_bytes().strip()
        except OSError as exc:
            raise ConfigError(
                f"cannot read SECURETAG_ALERT_WEBHOOK_SECRET_FILE "
                f"({self.alert_webhook_secret_file}): {exc.strerror}"
            ) from None

    def pepper(self) -> bytes:
        """The API key pepper, or a ConfigError that says how to make one."""
        pepper = _random_key(
            self.api_key_pepper, self.api_key_pepper_file, "SECURETAG_API_KEY_PEPPER"
        )
        if pepper is None:
            raise ConfigError(
                "no API key pepper is configured: create one with "
                "`securetag gen-secret /etc/securetag/pepper` and set "
                "SECURETAG_API_KEY_PEPPER_FILE=/etc/securetag/pepper "
                f"(`securetag run` makes a development one in {self.dev_pepper_file}, which "
                "every command uses while DATABASE_URL is unset)"
            )
        return pepper


def _random_key(inline: str | None, file: Path | None, setting: str) -> bytes | None:
    """A key of >= 32 random bytes given as base64, inline (`setting`) or in a file
    (`setting`_FILE); None when neither is set."""
    import base64
    import binascii

    text, source = inline, setting
    if text is None and file is not None:
        source = f"{setting}_FILE ({file})"
        try:
            text = file.read_text().strip()
        except OSError as exc:
            raise ConfigError(f"cannot read {source}: {exc.strerror}") from None
    if text is None:
        return None
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError(f"{source} is not valid base64") from None
    if len(key) < 32:
        raise ConfigError(f"{source} must hold at least 32 random bytes (base64)")
    return key
