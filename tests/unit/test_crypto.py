"""Envelope encryption: sealed fields, data-key wrapping, the master key ring and its files."""

from __future__ import annotations

import base64
import os
import re
import stat
import subprocess
import sys
import threading
import traceback
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from securetag.kernel.errors import ConfigError, SecuretagError
from securetag.security.crypto import (
    SEAL_HEADER,
    SEAL_OVERHEAD,
    IntegrityError,
    KeyIntegrityError,
    KeyRingError,
    MasterKeyRing,
    UnknownMasterVersion,
    append_new_version,
    format_key_line,
    generate_master_key,
    new_data_key,
    open_sealed,
    seal,
    sealed_key_version,
    write_new_key_file,
)

TENANT = uuid.UUID("11111111-2222-3333-4444-555555555555")
OTHER_TENANT = uuid.UUID("99999999-8888-7777-6666-555555555555")
PURPOSE = "upload.content"
ROW = "7f3c2a10-0000-4000-8000-000000000001"
SECRET_TEXT = b"AKIA-very-secret-plaintext-value"


def b64(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def sealed_sample(plaintext: bytes = SECRET_TEXT, key_version: int = 3) -> tuple[bytes, bytes]:
    data_key = new_data_key()
    return data_key, seal(
        data_key, key_version, plaintext, tenant_id=TENANT, purpose=PURPOSE, row_id=ROW
    )


def open_sample(data_key: bytes, ciphertext: bytes) -> bytes:
    return open_sealed(data_key, ciphertext, tenant_id=TENANT, purpose=PURPOSE, row_id=ROW)


def assert_no_secret(error: BaseException, *secrets: str | bytes) -> None:
    """Neither the message, the details nor the printed traceback may quote a secret."""
    printed = "".join(traceback.format_exception(error))
    details = repr(getattr(error, "details", {}))
    for secret in secrets:
        text = secret.decode("latin-1") if isinstance(secret, bytes) else secret
        assert text not in printed
        assert text not in details


def write_key_file(path: Path, text: str, mode: int = 0o600) -> Path:
    path.write_text(text)
    path.chmod(mode)
    return path


# --- sealed fields ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 4096, 1024 * 1024])
def test_seal_round_trips(size: int) -> None:
    plaintext = os.urandom(size)
    data_key, ciphertext = sealed_sample(plaintext)
    assert len(ciphertext) == SEAL_OVERHEAD + size
    assert open_sample(data_key, ciphertext) == plaintext


def test_sealing_twice_gives_different_ciphertexts() -> None:
    data_key = new_data_key()
    first, second = (
        seal(data_key, 1, SECRET_TEXT, tenant_id=TENANT, purpose=PURPOSE, row_id=ROW)
        for _ in range(2)
    )
    assert first != second
    assert SECRET_TEXT not in first


@pytest.mark.parametrize("key_version", [0, 1, 7, 2**32 - 1])
def test_sealed_key_version_reads_the_header_without_a_key(key_version: int) -> None:
    _, ciphertext = sealed_sample(key_version=key_version)
    assert sealed_key_version(ciphertext) == key_version


def test_sealed_key_version_rejects_what_is_not_a_sealed_value() -> None:
    with pytest.raises(IntegrityError):
        sealed_key_version(b"plain text that was never sealed")
    with pytest.raises(IntegrityError):
        sealed_key_version(b"ST")


def _offset_in(region: str, length: int) -> list[int]:
    header_end = SEAL_HEADER.size
    return {
        "magic": [0, 1],
        "format": [2],
        "key_version": [3, 6],
        "nonce": [7, header_end - 1],
        "body": [header_end, header_end + 10, length - 17],
        "tag": [length - 16, length - 1],
    }[region]


@pytest.mark.parametrize("region", ["magic", "format", "key_version", "nonce", "body", "tag"])
def test_a_flipped_byte_anywhere_does_not_open(region: str) -> None:
    data_key, ciphertext = sealed_sample()
    for offset in _offset_in(region, len(ciphertext)):
        tampered = bytearray(ciphertext)
        tampered[offset] ^= 0x01
        with pytest.raises(IntegrityError) as caught:
            open_sample(data_key, bytes(tampered))
        assert PURPOSE in caught.value.message
        assert ROW in caught.value.message
        assert_no_secret(caught.value, SECRET_TEXT)


@pytest.mark.parametrize("keep", [0, 1, 3, SEAL_HEADER.size, SEAL_OVERHEAD - 1, -1])
def test_truncated_values_do_not_open(keep: int) -> None:
    data_key, ciphertext = sealed_sample()
    with pytest.raises(IntegrityError, match=r"upload\.content"):
        open_sample(data_key, ciphertext[:keep])


def test_an_empty_value_truncated_by_one_byte_does_not_open() -> None:
    data_key, ciphertext = sealed_sample(b"")
    with pytest.raises(IntegrityError):
        open_sample(data_key, ciphertext[:-1])


@pytest.mark.parametrize(
    "binding",
    [
        {"tenant_id": OTHER_TENANT, "purpose": PURPOSE, "row_id": ROW},
        {"tenant_id": TENANT, "purpose": "finding.snippet", "row_id": ROW},
        {"tenant_id": TENANT, "purpose": PURPOSE, "row_id": ROW.replace("1", "2")},
    ],
    ids=["other-tenant", "other-purpose", "other-row"],
)
def test_a_value_moved_to_another_tenant_purpose_or_row_does_not_open(
    binding: dict[str, object],
) -> None:
    data_key, ciphertext = sealed_sample()
    with pytest.raises(IntegrityError) as caught:
        open_sealed(data_key, ciphertext, **binding)  # type: ignore[arg-type]
    assert str(binding["row_id"]) in caught.value.message
    assert str(binding["purpose"]) in caught.value.message
    assert_no_secret(caught.value, SECRET_TEXT)


def test_the_bindings_are_length_prefixed_so_shifted_boundaries_do_not_collide() -> None:
    data_key = new_data_key()
    ciphertext = seal(data_key, 1, SECRET_TEXT, tenant_id=TENANT, purpose="upload", row_id="c1")
    with pytest.raises(IntegrityError):
        open_sealed(data_key, ciphertext, tenant_id=TENANT, purpose="uploadc", row_id="1")


def test_another_data_key_does_not_open() -> None:
    _, ciphertext = sealed_sample()
    with pytest.raises(IntegrityError):
        open_sample(new_data_key(), ciphertext)


def test_integrity_error_is_a_securetag_error_with_its_own_code() -> None:
    data_key, ciphertext = sealed_sample()
    with pytest.raises(SecuretagError) as caught:
        open_sample(data_key, ciphertext[:-1] + bytes([ciphertext[-1] ^ 0x80]))
    assert caught.value.code == "integrity_error"
    assert caught.value.to_dict()["error"]["details"]["row_id"] == ROW


def test_out_of_range_key_versions_and_short_keys_are_refused() -> None:
    with pytest.raises(ValueError):
        seal(new_data_key(), 2**32, b"x", tenant_id=TENANT, purpose=PURPOSE, row_id=ROW)
    with pytest.raises(ValueError):
        seal(new_data_key(), -1, b"x", tenant_id=TENANT, purpose=PURPOSE, row_id=ROW)
    with pytest.raises(ValueError):
        seal(os.urandom(16), 1, b"x", tenant_id=TENANT, purpose=PURPOSE, row_id=ROW)


texts = st.text(max_size=40)


@given(
    plaintext=st.binary(max_size=2048),
    key_version=st.integers(min_value=0, max_value=2**32 - 1),
    tenant=st.uuids(),
    purpose=texts,
    row_id=texts,
)
def test_property_round_trip(
    plaintext: bytes, key_version: int, tenant: uuid.UUID, purpose: str, row_id: str
) -> None:
    data_key = new_data_key()
    ciphertext = seal(
        data_key, key_version, plaintext, tenant_id=tenant, purpose=purpose, row_id=row_id
    )
    assert sealed_key_version(ciphertext) == key_version
    assert open_sealed(data_key, ciphertext, tenant_id=tenant, purpose=purpose, row_id=row_id) == (
        plaintext
    )


@given(
    plaintext=st.binary(max_size=256), position=st.integers(min_value=0), flip=st.integers(1, 255)
)
def test_property_any_changed_byte_is_detected(plaintext: bytes, position: int, flip: int) -> None:
    data_key, ciphertext = sealed_sample(plaintext)
    tampered = bytearray(ciphertext)
    tampered[position % len(tampered)] ^= flip
    with pytest.raises(IntegrityError):
        open_sample(data_key, bytes(tampered))


def test_wrap_uses_the_active_version_and_unwraps() -> None:
    ring = MasterKeyRing.from_spec(
        f"v1:{b64(generate_master_key())},v2:{b64(generate_master_key())}"
    )
    data_key = new_data_key()
    wrapped = ring.wrap(data_key, tenant_id=TENANT, key_version=4)
    assert wrapped.master_version == "v2"
    assert data_key not in wrapped.blob
    unwrapped = ring.unwrap(wrapped.blob, master_version="v2", tenant_id=TENANT, key_version=4)
    assert unwrapped == data_key


def test_unwrap_with_the_wrong_master_key_names_the_version() -> None:
    writer = MasterKeyRing.from_spec(f"v2:{b64(generate_master_key())}")
    reader = MasterKeyRing.from_spec(f"v2:{b64(generate_master_key())}")
    data_key = new_data_key()
    wrapped = writer.wrap(data_key, tenant_id=TENANT, key_version=5)
    with pytest.raises(KeyIntegrityError) as caught:
        reader.unwrap(wrapped.blob, master_version="v2", tenant_id=TENANT, key_version=5)
    assert caught.value.message == (
        f"data key for tenant {TENANT} version 5 does not open under master key v2: "
        "wrong master key or tampered row"
    )
    assert isinstance(caught.value, IntegrityError)
    assert_no_secret(caught.value, data_key, b64(data_key))


@pytest.mark.parametrize(
    "change", ["other-tenant", "other-key-version", "flipped-byte", "truncated"]
)
def test_a_wrapped_key_moved_or_tampered_does_not_open(change: str) -> None:
    ring = MasterKeyRing.from_spec(f"v2:{b64(generate_master_key())}")
    wrapped = ring.wrap(new_data_key(), tenant_id=TENANT, key_version=1)
    blob, tenant, key_version = wrapped.blob, TENANT, 1
    if change == "other-tenant":
        tenant = OTHER_TENANT
    elif change == "other-key-version":
        key_version = 2
    elif change == "flipped-byte":
        blob = blob[:20] + bytes([blob[20] ^ 0x04]) + blob[21:]
    else:
        blob = blob[:-1]
    with pytest.raises(KeyIntegrityError, match=f"tenant {tenant} version {key_version} .* v2"):
        ring.unwrap(blob, master_version="v2", tenant_id=tenant, key_version=key_version)


def test_a_wrapped_key_is_bound_to_its_master_version_label() -> None:
    # Even the same key bytes under another label must not open: the row's label is trusted
    # to pick the key, so a tampered label has to fail rather than silently work.
    key = generate_master_key()
    ring = MasterKeyRing({1: key, 2: key})
    wrapped = ring.wrap(new_data_key(), tenant_id=TENANT, key_version=1)
    with pytest.raises(KeyIntegrityError, match="master key v1"):
        ring.unwrap(wrapped.blob, master_version="v1", tenant_id=TENANT, key_version=1)


def test_unwrap_of_an_unknown_version_says_which_one_is_missing() -> None:
    ring = MasterKeyRing.from_spec(f"v1:{b64(generate_master_key())}")
    with pytest.raises(UnknownMasterVersion, match="'v9'") as caught:
        ring.unwrap(b"\x01" * 61, master_version="v9", tenant_id=TENANT, key_version=1)
    assert isinstance(caught.value, ConfigError)


# --- the master key ring ---------------------------------------------------------------------


def test_the_active_version_is_the_highest_number_not_the_last_or_largest_string() -> None:
    keys = {number: generate_master_key() for number in (2, 10, 3)}
    ring = MasterKeyRing.from_spec(",".join(format_key_line(n, k) for n, k in keys.items()))
    assert ring.active_version == "v10"
    assert ring.versions == ("v10", "v3", "v2")
    assert ring.wrap(new_data_key(), tenant_id=TENANT, key_version=1).master_version == "v10"


def test_the_ring_repr_shows_versions_not_keys() -> None:
    key = generate_master_key()
    ring = MasterKeyRing.from_spec(format_key_line(1, key))
    assert "v1" in repr(ring)
    assert b64(key) not in repr(ring)


GOOD = b64(bytes(range(32)))
SHORT = b64(bytes(range(16)))
NOT_BASE64 = "zz$not*base64!!secret-ish"

BAD_ENTRIES = {
    # case: (entries, text the error must name, key text it must not quote)
    "bad-base64": ([f"v1:{GOOD}", f"v2:{NOT_BASE64}"], "v2", NOT_BASE64),
    "short-key": ([f"v1:{SHORT}"], "16 bytes", SHORT),
    "duplicate": ([f"v1:{GOOD}", f"v1:{b64(bytes(32))}"], "v1 appears twice", GOOD),
    "zero-version": ([f"v0:{GOOD}"], "'v0'", GOOD),
    "no-v": ([f"1:{GOOD}"], "'1'", GOOD),
    "leading-zero": ([f"v01:{GOOD}"], "'v01'", GOOD),
    "no-colon": ([GOOD], "no ':'", GOOD),
}


@pytest.mark.parametrize("case", BAD_ENTRIES)
def test_bad_spec_entries_are_named_without_quoting_the_key(case: str) -> None:
    entries, named, secret = BAD_ENTRIES[case]
    with pytest.raises(ConfigError) as caught:
        MasterKeyRing.from_spec(",".join(entries))
    assert named in caught.value.message
    assert f"entry {len(entries)}" in caught.value.message
    assert_no_secret(caught.value, secret, base64.b64decode(GOOD))


@pytest.mark.parametrize("case", BAD_ENTRIES)
def test_bad_key_file_lines_are_named_without_quoting_the_key(case: str, tmp_path: Path) -> None:
    entries, named, secret = BAD_ENTRIES[case]
    path = write_key_file(tmp_path / "keys", "# master keys\n\n" + "\n".join(entries) + "\n")
    with pytest.raises(ConfigError) as caught:
        MasterKeyRing.from_file(path)
    assert named in caught.value.message
    assert f"{path} line {2 + len(entries)}" in caught.value.message
    assert_no_secret(caught.value, secret, base64.b64decode(GOOD))


@pytest.mark.parametrize("spec", ["", " ", " , ,"])
def test_an_empty_ring_says_how_to_make_a_key(spec: str) -> None:
    with pytest.raises(ConfigError, match=r"holds no master keys.*securetag keys generate"):
        MasterKeyRing.from_spec(spec)


def test_a_key_file_of_only_comments_is_an_empty_ring(tmp_path: Path) -> None:
    path = write_key_file(tmp_path / "keys", "# nothing here yet\n\n")
    with pytest.raises(ConfigError, match="holds no master keys"):
        MasterKeyRing.from_file(path)


def test_key_file_comments_and_blank_lines_are_ignored(tmp_path: Path) -> None:
    text = f"# rotated 2024-05\n\nv1:{b64(generate_master_key())}  # old\nv2:{GOOD}\n"
    ring = MasterKeyRing.from_file(write_key_file(tmp_path / "keys", text))
    assert ring.versions == ("v2", "v1")


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o620, 0o601])
def test_a_key_file_others_can_reach_is_refused(mode: int, tmp_path: Path) -> None:
    path = write_key_file(tmp_path / "keys", f"v1:{GOOD}\n", mode)
    with pytest.raises(ConfigError, match=re.escape(f"chmod 600 {path}")) as caught:
        MasterKeyRing.from_file(path)
    assert f"{mode:04o}" in caught.value.message
    assert_no_secret(caught.value, GOOD)


@pytest.mark.parametrize("mode", [0o600, 0o400])
def test_an_owner_only_key_file_is_accepted(mode: int, tmp_path: Path) -> None:
    path = write_key_file(tmp_path / "keys", f"v1:{GOOD}\n", mode)
    assert MasterKeyRing.from_file(path).active_version == "v1"


def test_a_missing_key_file_says_how_to_create_it(tmp_path: Path) -> None:
    path = tmp_path / "absent.keys"
    with pytest.raises(ConfigError, match=re.escape(f"securetag keys generate --out {path}")):
        MasterKeyRing.from_file(path)


def test_from_sources_takes_exactly_one_source(tmp_path: Path) -> None:
    path = write_key_file(tmp_path / "keys", f"v3:{GOOD}\n")
    assert MasterKeyRing.from_sources(None, path).key_file == path
    assert MasterKeyRing.from_sources(f"v4:{GOOD}", None).active_version == "v4"
    with pytest.raises(ConfigError, match="both SECURETAG_MASTER_KEYS and"):
        MasterKeyRing.from_sources(f"v4:{GOOD}", path)


def test_from_sources_without_either_says_how_to_configure_one() -> None:
    with pytest.raises(ConfigError) as caught:
        MasterKeyRing.from_sources(None, None)
    message = caught.value.message
    assert "securetag keys generate --out FILE" in message
    assert "SECURETAG_MASTER_KEY_FILE" in message
    assert "SECURETAG_MASTER_KEYS" in message


# --- key files: generate, rotate, reload -----------------------------------------------------


def file_mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> object:
    """A umask that would leave new files world readable unless the code insists on 0600."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.mark.usefixtures("permissive_umask")
def test_generate_then_append_keep_0600_and_parse(tmp_path: Path) -> None:
    path = tmp_path / "master.keys"
    assert write_new_key_file(path) == "v1"
    assert file_mode(path) == 0o600
    ring = MasterKeyRing.from_file(path)
    wrapped = ring.wrap(new_data_key(), tenant_id=TENANT, key_version=1)

    assert append_new_version(path) == "v2"
    assert append_new_version(path) == "v3"
    assert file_mode(path) == 0o600
    rotated = MasterKeyRing.from_file(path)
    assert rotated.versions == ("v3", "v2", "v1")
    # The old version survives rotation byte for byte, so rows wrapped under it still open.
    rotated.unwrap(wrapped.blob, master_version="v1", tenant_id=TENANT, key_version=1)
    assert path.read_text().startswith("# Securetag master keys")
    leftovers = {p.name for p in tmp_path.iterdir()} - {"master.keys", ".master.keys.lock"}
    assert leftovers == set()


def test_generate_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    path = write_key_file(tmp_path / "master.keys", f"v1:{GOOD}\n")
    with pytest.raises(ConfigError, match="already exists"):
        write_new_key_file(path)
    assert path.read_text() == f"v1:{GOOD}\n"


def test_append_refuses_a_key_file_others_can_read(tmp_path: Path) -> None:
    path = write_key_file(tmp_path / "master.keys", f"v1:{GOOD}\n", 0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        append_new_version(path)
    assert path.read_text() == f"v1:{GOOD}\n"


def test_append_keeps_comments_and_adds_a_missing_final_newline(tmp_path: Path) -> None:
    path = write_key_file(tmp_path / "master.keys", f"# ops: keep offline copy\nv4:{GOOD}")
    assert append_new_version(path) == "v5"
    lines = path.read_text().splitlines()
    assert lines[:2] == ["# ops: keep offline copy", f"v4:{GOOD}"]
    assert lines[2].startswith("v5:")


def test_concurrent_rotations_each_get_their_own_version(tmp_path: Path) -> None:
    path = tmp_path / "master.keys"
    write_new_key_file(path)
    rotations = 6
    start = threading.Barrier(rotations)
    results: list[str] = []

    def rotate() -> None:
        start.wait()
        results.append(append_new_version(path))

    threads = [threading.Thread(target=rotate) for _ in range(rotations)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results, key=lambda v: int(v[1:])) == [f"v{n}" for n in range(2, 2 + rotations)]
    assert len(MasterKeyRing.from_file(path).versions) == rotations + 1


def test_reload_picks_up_a_version_added_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "master.keys"
    write_new_key_file(path)
    ring = MasterKeyRing.from_file(path)
    rotate = (
        "import sys, pathlib, securetag.security.crypto as c; "
        "print(c.append_new_version(pathlib.Path(sys.argv[1])))"
    )
    done = subprocess.run(
        [sys.executable, "-c", rotate, str(path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "v2"
    assert ring.active_version == "v1"
    ring.reload()
    assert ring.active_version == "v2"


def test_unwrap_reloads_once_for_a_version_it_has_not_seen(tmp_path: Path) -> None:
    path = tmp_path / "master.keys"
    write_new_key_file(path)
    long_running = MasterKeyRing.from_file(path)
    append_new_version(path)
    data_key = new_data_key()
    wrapped = MasterKeyRing.from_file(path).wrap(data_key, tenant_id=TENANT, key_version=1)
    assert wrapped.master_version == "v2"

    opened = long_running.unwrap(wrapped.blob, master_version="v2", tenant_id=TENANT, key_version=1)
    assert opened == data_key
    assert long_running.active_version == "v2"
    with pytest.raises(UnknownMasterVersion, match=r"'v3'.*v2, v1"):
        long_running.unwrap(wrapped.blob, master_version="v3", tenant_id=TENANT, key_version=1)


def test_a_reload_that_finds_a_broken_file_keeps_the_old_keys(tmp_path: Path) -> None:
    path = tmp_path / "master.keys"
    write_new_key_file(path)
    ring = MasterKeyRing.from_file(path)
    wrapped = ring.wrap(new_data_key(), tenant_id=TENANT, key_version=1)
    path.write_text(path.read_text() + f"v2:{SHORT}\n")
    with pytest.raises(ConfigError, match=r"line 5 \(v2\)"):
        ring.reload()
    assert ring.versions == ("v1",)
    ring.unwrap(wrapped.blob, master_version="v1", tenant_id=TENANT, key_version=1)


def test_format_key_line_round_trips_through_the_parser() -> None:
    key = generate_master_key()
    assert len(key) == 32
    assert key != generate_master_key()
    ring = MasterKeyRing.from_spec(format_key_line(12, key))
    wrapped = ring.wrap(new_data_key(), tenant_id=TENANT, key_version=1)
    same_key = MasterKeyRing({12: key})
    same_key.unwrap(wrapped.blob, master_version="v12", tenant_id=TENANT, key_version=1)
    with pytest.raises(ValueError):
        format_key_line(0, key)
    with pytest.raises(ValueError):
        format_key_line(1, key[:31])


def test_a_key_ring_error_is_a_config_error() -> None:
    assert issubclass(KeyRingError, ConfigError)
