"""The demo key `securetag run` prints: reused across starts, replaced once it stops working."""

from __future__ import annotations

from pathlib import Path

import pytest

from securetag.cli import demo
from securetag.kernel.config import Settings
from securetag.store.db import Database
from securetag.tenancy import tenants
from securetag.tenancy.auth import Authenticator, Unauthorized
from tests.support.api import pepper_file
from tests.support.settings import make_settings


@pytest.fixture
def run_settings(settings: Settings, tmp_path: Path) -> Settings:
    return make_settings(
        settings.database_url, data_dir=tmp_path / "data", api_key_pepper_file=pepper_file(tmp_path)
    )


def _active_run_keys(db: Database) -> list[str]:
    return [
        k["id"]
        for k in tenants.list_api_keys(db, demo.DEMO_TENANT)
        if k["name"] == demo.DEMO_KEY_NAME and k["revoked_at"] is None
    ]


def _authenticates(db: Database, settings: Settings, token: str) -> bool:
    try:
        Authenticator(db, settings.pepper()).admit(token, default_per_minute=600, burst=60)
    except Unauthorized:
        return False
    return True


def test_every_start_hands_out_the_same_stored_key(db: Database, run_settings: Settings) -> None:
    first = demo.demo_key(db, run_settings)
    second = demo.demo_key(db, run_settings)
    third = demo.demo_key(db, run_settings)

    assert first == second == third
    assert _authenticates(db, run_settings, first)
    assert len(_active_run_keys(db)) == 1
    stored = demo.demo_key_file(run_settings)
    assert stored.read_text().strip() == first
    assert stored.stat().st_mode & 0o777 == 0o600


def test_a_revoked_key_is_replaced_and_the_file_rewritten(
    db: Database, run_settings: Settings
) -> None:
    old = demo.demo_key(db, run_settings)
    (old_id,) = _active_run_keys(db)
    tenants.revoke_api_key(db, old_id)

    new = demo.demo_key(db, run_settings)

    assert new != old
    assert _authenticates(db, run_settings, new) and not _authenticates(db, run_settings, old)
    stored = demo.demo_key_file(run_settings)
    assert stored.read_text().strip() == new
    assert stored.stat().st_mode & 0o777 == 0o600
    assert len(_active_run_keys(db)) == 1


def test_keys_of_earlier_starts_are_revoked_when_a_new_one_is_issued(
    db: Database, run_settings: Settings
) -> None:
    """Keys that releases before this one issued at every start, and a lost key file."""
    tenants.create_tenant(db, demo.DEMO_TENANT)
    leftovers = [
        tenants.create_api_key(
            db, run_settings.pepper(), demo.DEMO_TENANT, scopes=["scans:read"], name="make run"
        ).token
        for _ in range(3)
    ]
    other = tenants.create_api_key(
        db, run_settings.pepper(), demo.DEMO_TENANT, scopes=["scans:read"], name="ci"
    ).token

    token = demo.demo_key(db, run_settings)

    assert _active_run_keys(db) == [token.split("_")[1]]
    assert not any(_authenticates(db, run_settings, t) for t in leftovers)
    assert _authenticates(db, run_settings, other)  # a key the user made keeps working


def test_a_key_file_others_could_read_is_not_handed_out_again(
    db: Database, run_settings: Settings
) -> None:
    old = demo.demo_key(db, run_settings)
    stored = demo.demo_key_file(run_settings)
    stored.chmod(0o644)

    new = demo.demo_key(db, run_settings)

    assert new != old and not _authenticates(db, run_settings, old)
    assert stored.stat().st_mode & 0o777 == 0o600


def test_a_key_from_another_pepper_is_replaced(
    db: Database, run_settings: Settings, tmp_path: Path
) -> None:
    """The pepper file was deleted and made anew: the stored key no longer authenticates."""
    old = demo.demo_key(db, run_settings)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    repeppered = run_settings.model_copy(update={"api_key_pepper_file": pepper_file(other_dir)})

    new = demo.demo_key(db, repeppered)

    assert new != old and _authenticates(db, repeppered, new)
    assert len(_active_run_keys(db)) == 1
