import base64
from pathlib import Path

import pytest

from securetag.kernel.config import BUILTIN_TASK_TYPES, Settings
from securetag.kernel.errors import ConfigError


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("SECURETAG_") or key == "DATABASE_URL":
            monkeypatch.delenv(key)


def test_defaults_need_no_environment() -> None:
    settings = Settings.from_env()
    assert settings.database_url is None  # the embedded server
    assert settings.worker_concurrency == 4
    assert settings.lease_timeout_s >= 2 * settings.heartbeat_interval_s


def test_database_url_from_either_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://a@h/db")
    assert Settings.from_env().database_url == "postgresql://a@h/db"
    monkeypatch.setenv("SECURETAG_DATABASE_URL", "postgresql://b@h/db")
    assert Settings.from_env().database_url == "postgresql://b@h/db"


def test_numbers_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECURETAG_WORKER_CONCURRENCY", "9")
    monkeypatch.setenv("SECURETAG_HEARTBEAT_INTERVAL_S", "1.5")
    settings = Settings.from_env()
    assert settings.worker_concurrency == 9
    assert settings.heartbeat_interval_s == 1.5


def test_bad_url_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://root@localhost/x")
    with pytest.raises(ConfigError) as caught:
        Settings.from_env()
    assert "DATABASE_URL" in caught.value.message
    assert "PostgreSQL URL" in caught.value.message


def test_bad_number_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECURETAG_WORKER_CONCURRENCY", "many")
    with pytest.raises(ConfigError, match="SECURETAG_WORKER_CONCURRENCY"):
        Settings.from_env()


def test_lease_must_outlast_two_heartbeats(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECURETAG_HEARTBEAT_INTERVAL_S", "10")
    monkeypatch.setenv("SECURETAG_LEASE_TIMEOUT_S", "15")
    with pytest.raises(ConfigError, match="LEASE_TIMEOUT_S"):
        Settings.from_env()


def test_per_type_settings_override_builtin_and_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "SECURETAG_TASK_TYPES", '{"noop": {"timeout_s": 5, "max_attempts": 2, "claim_batch": 50}}'
    )
    monkeypatch.setenv("SECURETAG_TASK_DEFAULTS", '{"timeout_s": 42}')
    settings = Settings.from_env()
    assert settings.task_type("noop").timeout_s == 5
    assert settings.task_type("noop").claim_batch == 50
    assert settings.task_type("something_else").timeout_s == 42
    assert settings.task_type("something_else").claim_batch == 1


def test_builtin_noop_batches_claims() -> None:
    settings = Settings.from_env()
    assert settings.task_type("noop") == BUILTIN_TASK_TYPES["noop"]
    assert settings.task_type("noop").claim_batch > 1


def test_unknown_type_setting_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECURETAG_TASK_TYPES", '{"noop": {"timeout": 5}}')
    with pytest.raises(ConfigError, match="SECURETAG_TASK_TYPES"):
        Settings.from_env()


def test_the_public_url_must_be_http() -> None:
    with pytest.raises(ConfigError, match=r"SECURETAG_PUBLIC_URL: .*http"):
        Settings.from_env(public_url="ftp://securetag.example.com")
    assert Settings.from_env(public_url="").public_url is None


def _development_files(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "api_key_pepper").write_text("cGVwcGVy" * 8 + "\n")
    (data_dir / "master.keys").write_text("v1:" + "A" * 43 + "=\n")


def test_embedded_default_uses_the_secret_files_securetag_run_made(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A second terminal after `make run` needs no SECURETAG_* variable for the secrets."""
    _development_files(tmp_path)
    monkeypatch.setenv("SECURETAG_DATA_DIR", str(tmp_path))

    settings = Settings.from_env()

    assert settings.api_key_pepper_file == tmp_path / "api_key_pepper"
    assert settings.master_key_file == tmp_path / "master.keys"
    assert settings.pepper() == base64.b64decode("cGVwcGVy" * 8)


def test_configured_secrets_and_database_url_win_over_the_development_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _development_files(tmp_path)
    monkeypatch.setenv("SECURETAG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SECURETAG_API_KEY_PEPPER", "b3du" * 12)
    monkeypatch.setenv("SECURETAG_MASTER_KEY_FILE", str(tmp_path / "own.keys"))
    settings = Settings.from_env()
    assert settings.api_key_pepper_file is None
    assert settings.master_key_file == tmp_path / "own.keys"

    monkeypatch.delenv("SECURETAG_API_KEY_PEPPER")
    monkeypatch.delenv("SECURETAG_MASTER_KEY_FILE")
    monkeypatch.setenv("DATABASE_URL", "postgresql://a@h/db")
    settings = Settings.from_env()
    assert settings.api_key_pepper_file is None and settings.master_key_file is None


def test_missing_pepper_names_the_development_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SECURETAG_DATA_DIR", str(tmp_path))
    with pytest.raises(ConfigError, match=f"securetag run.*{tmp_path}/api_key_pepper"):
        Settings.from_env().pepper()
