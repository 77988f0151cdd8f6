"""Audit anchors without a database: their text form, their signature, and the audit key."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

import pytest

from securetag.cli.audit import audit_key
from securetag.kernel.config import Settings
from securetag.kernel.errors import ConfigError
from securetag.store.audit import Anchor, anchor_mac, parse_anchor

HASH = bytes(range(32))


def test_an_anchor_reads_back_from_its_text_with_or_without_a_signature() -> None:
    anchor = Anchor(42, HASH).signed(b"k" * 32)
    assert parse_anchor(anchor.text) == Anchor(42, HASH)
    assert parse_anchor(f"{anchor.text}:{anchor.mac.hex()}") == anchor  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["42", "x:00", f"-1:{HASH.hex()}", f"1:{HASH.hex()[:-2]}", "1:zz"])
def test_a_malformed_anchor_says_what_form_it_needs(text: str) -> None:
    with pytest.raises(ValueError, match="is not SEQ:HASH"):
        parse_anchor(text)


def test_the_signature_binds_seq_hash_and_key() -> None:
    mac = anchor_mac(b"k" * 32, 7, HASH)
    assert mac != anchor_mac(b"k" * 32, 8, HASH)
    assert mac != anchor_mac(b"k" * 32, 7, bytes(32))
    assert mac != anchor_mac(b"j" * 32, 7, HASH)


def test_without_a_database_url_the_development_key_is_made_once_and_used(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert audit_key(settings) is None  # verify does not make one
    key = audit_key(settings, create=True)
    assert key is not None and len(key) >= 32
    assert stat.S_IMODE((tmp_path / "audit_key").stat().st_mode) == 0o600
    assert audit_key(settings) == key == audit_key(settings, create=True)


def test_with_a_database_url_only_a_configured_key_counts(tmp_path: Path) -> None:
    url = "postgresql://owner@db/securetag"
    assert audit_key(Settings(data_dir=tmp_path, database_url=url), create=True) is None
    assert not (tmp_path / "audit_key").exists()
    key_file = tmp_path / "key"
    key_file.write_text(base64.b64encode(b"s" * 40).decode())
    configured = Settings(data_dir=tmp_path, database_url=url, audit_key_file=key_file)
    assert audit_key(configured) == b"s" * 40
    with pytest.raises(ConfigError, match="at least 32 random bytes"):
        audit_key(Settings(audit_key=base64.b64encode(b"short").decode()))
