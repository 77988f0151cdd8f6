"""Envelope encryption: a versioned master key ring, per-tenant data keys, sealed fields.

Three layers, each bound to where it belongs:

* Master keys (``MasterKeyRing``) come from the operator: SECURETAG_MASTER_KEYS or the file
  named by SECURETAG_MASTER_KEY_FILE. They never touch the database. The ACTIVE version,
  the one new wraps use, is the highest version number.
* Each tenant has data keys (32 random bytes, ``new_data_key``), stored only wrapped
  (``MasterKeyRing.wrap``) in ``tenant_key`` rows of (tenant_id, key_version, wrapped,
  master_version).
* Tenant data is sealed field by field (``seal`` / ``open_sealed``) under a data key, bound
  to tenant, purpose and row so a ciphertext copied anywhere else does not open.

Master key spec: entries ``v<N>:<base64 of 32 bytes>``, N a positive integer without
leading zeros. SECURETAG_MASTER_KEYS separates entries with commas; a key file holds one
per line, ``#`` starts a comment. No error message ever quotes key material.

Sealed value, format 1 (integers big-endian)::

    offset  size  field
    0       2     magic b"ST"
    2       1     format version (1)
    3       4     data-key version, uint32
    7       12    nonce, random per value
    19      n     AES-256-GCM ciphertext of the n-byte plaintext
    19+n    16    GCM tag

The associated data (authenticated, not stored) is::

    lp(b"securetag/seal") || lp(header) || lp(tenant_id.bytes) || lp(purpose) || lp(row_id)

where ``lp(x) = uint32 len(x) || x``, header is bytes 0..18 (so the format, the data-key
version and the nonce are all bound), purpose and row_id are UTF-8. The length prefixes
make the encoding injective: ("upload", "content1") and ("uploadc", "ontent1") differ.

Wrapped data key, format 1::

    offset  size  field
    0       1     format version (1)
    1       12    nonce
    13      48    AES-256-GCM(master key) of the 32-byte data key, then the tag

with associated data ``lp(b"securetag/wrap") || lp(format) || lp(tenant_id.bytes) ||
lp(uint32 key_version) || lp(master version label)``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import fcntl
import os
import re
import secrets
import stat
import struct
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from securetag.kernel.config import Settings
from securetag.kernel.errors import ConfigError, SecuretagError

MASTER_KEY_BYTES = 32
DATA_KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
MAX_KEY_VERSION = 0xFFFF_FFFF

SEAL_MAGIC = b"ST"
SEAL_FORMAT = 1
SEAL_HEADER = struct.Struct(">2sBI12s")
SEAL_OVERHEAD = SEAL_HEADER.size + TAG_BYTES

WRAP_FORMAT = 1
WRAPPED_KEY_BYTES = 1 + NONCE_BYTES + DATA_KEY_BYTES + TAG_BYTES

_SEAL_DOMAIN = b"securetag/seal"
_WRAP_DOMAIN = b"securetag/wrap"
_UINT32 = struct.Struct(">I")
_VERSION_LABEL = re.compile(r"v([1-9][0-9]{0,8})")
_SPEC_SOURCE = "SECURETAG_MASTER_KEYS"
_KEY_FILE_HEADER = (
    "# Securetag master keys, one `v<N>:<base64>` per line; the highest N is active.\n"
    "# Keep this file mode 0600, back it up, never commit it. Add a version with\n"
    "# `securetag keys rotate`; remove a version only after every row is rewrapped.\n"
)
_HOW_TO_CONFIGURE = (
    "create a key file with `securetag keys generate --out FILE` and set "
    "SECURETAG_MASTER_KEY_FILE=FILE, or set SECURETAG_MASTER_KEYS='v1:<base64 of 32 random bytes>'"
)


class KeyRingError(ConfigError):
    """The master key ring cannot be built or changed. The message never holds key material."""


class UnknownMasterVersion(KeyRingError):
    """A wrapped key names a master key version this process does not have."""

    code = "unknown_master_key"


class IntegrityError(SecuretagError):
    """A sealed value does not open: tampered, truncated, or bound to another row.

    The message says which tenant/purpose/row failed and never holds plaintext.
    """

    code = "integrity_error"


class KeyIntegrityError(IntegrityError):
    """A wrapped data key does not open under the master key its row names."""

    code = "key_integrity_error"


@dataclass(frozen=True)
class WrappedKey:
    """A data key wrapped under one master key version, as stored in a tenant_key row."""

    master_version: str
    blob: bytes = field(repr=False)


@dataclass(frozen=True)
class _RingSnapshot:
    """One consistent view of the ring; reload swaps the whole snapshot at once."""

    ciphers: Mapping[int, AESGCM]
    active: int


class MasterKeyRing:
    """Versioned master keys that wrap and unwrap tenant data keys."""

    def __init__(
        self,
        keys: Mapping[int, bytes],
        *,
        source: str = "master key ring",
        key_file: Path | None = None,
    ) -> None:
        """A ring from {version number: 32-byte key}; entry points use the from_* builders."""
        self._source = source
        self._key_file = key_file
        self._snapshot = _snapshot_of(keys, source)

    @classmethod
    def from_spec(cls, spec: str, *, source: str = _SPEC_SOURCE) -> MasterKeyRing:
        """Parse ``"v2:<base64>,v1:<base64>"`` (the SECURETAG_MASTER_KEYS format)."""
        return cls(_parse_entries(_spec_entries(spec, source), source), source=source)

    @classmethod
    def from_file(cls, path: Path) -> MasterKeyRing:
        """Read a key file (one entry per line); it must not be group/world accessible."""
        return cls(_load_key_file(path), source=str(path), key_file=path)

    @classmethod
    def from_settings(cls, settings: Settings) -> MasterKeyRing:
        """The ring the settings name, or a ConfigError that says how to create one."""
        return cls.from_sources(settings.master_keys, settings.master_key_file)

    @classmethod
    def from_sources(cls, keys_spec: str | None, key_file: Path | None) -> MasterKeyRing:
        """Build the ring from exactly one of SECURETAG_MASTER_KEYS / SECURETAG_MASTER_KEY_FILE."""
        if keys_spec is not None and key_file is not None:
            raise KeyRingError(
                "both SECURETAG_MASTER_KEYS and SECURETAG_MASTER_KEY_FILE are set; "
                "keep one so there is a single source of master keys"
            )
        if key_file is not None:
            return cls.from_file(key_file)
        if keys_spec is not None:
            return cls.from_spec(keys_spec)
        raise KeyRingError(f"no master key is configured: {_HOW_TO_CONFIGURE}")

    @property
    def active_version(self) -> str:
        """The version new wraps use: the highest one."""
        return _label(self._snapshot.active)

    @property
    def versions(self) -> tuple[str, ...]:
        """Every version in the ring, highest first."""
        return tuple(_label(number) for number in sorted(self._snapshot.ciphers, reverse=True))

    @property
    def key_file(self) -> Path | None:
        """The file this ring reloads from, or None for a ring built from a spec."""
        return self._key_file

    def reload(self) -> None:
        """Re-read the key file, e.g. after `securetag keys rotate` in another process.

        A ring built from a spec has nothing to re-read and stays as it is. If the file is
        now invalid, the error is raised and the ring keeps the keys it had.
        """
        if self._key_file is None:
            return
        self._snapshot = _snapshot_of(_load_key_file(self._key_file), self._source)

    def wrap(self, data_key: bytes, *, tenant_id: UUID, key_version: int) -> WrappedKey:
        """Encrypt a tenant data key under the active master key."""
        _require_data_key(data_key)
        snapshot = self._snapshot
        master_version = _label(snapshot.active)
        nonce = os.urandom(NONCE_BYTES)
        aad = _wrap_aad(tenant_id, key_version, master_version)
        sealed = snapshot.ciphers[snapshot.active].encrypt(nonce, data_key, aad)
        return WrappedKey(master_version=master_version, blob=bytes([WRAP_FORMAT]) + nonce + sealed)

    def unwrap(
        self, wrapped_blob: bytes, *, master_version: str, tenant_id: UUID, key_version: int
    ) -> bytes:
        """Decrypt a wrapped data key; KeyIntegrityError if it does not open, never garbage."""
        cipher = self._cipher_for(master_version)
        aad = _wrap_aad(tenant_id, key_version, master_version)
        blob = bytes(wrapped_blob)
        failure = KeyIntegrityError(
            f"data key for tenant {tenant_id} version {key_version} does not open under "
            f"master key {master_version}: wrong master key or tampered row",
            details={
                "tenant_id": str(tenant_id),
                "key_version": key_version,
                "master_version": master_version,
            },
        )
        if len(blob) != WRAPPED_KEY_BYTES or blob[0] != WRAP_FORMAT:
            raise failure
        try:
            return cipher.decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], aad)
        except InvalidTag:
            raise failure from None

    def _cipher_for(self, master_version: str) -> AESGCM:
        number = _version_number(master_version)
        cipher = self._snapshot.ciphers.get(number) if number is not None else None
        if cipher is None and number is not None and self._key_file is not None:
            # Another process may have run `keys rotate` and wrapped with the new version.
            self.reload()
            cipher = self._snapshot.ciphers.get(number)
        if cipher is None:
            raise UnknownMasterVersion(
                f"master key {_printable_label(master_version)} is not in {self._source} "
                f"(it has {', '.join(self.versions)}): restore that version to the key ring",
                details={"master_version": master_version[:32], "known": list(self.versions)},
            )
        return cipher

    def __repr__(self) -> str:
        return f"MasterKeyRing(versions={list(self.versions)!r}, source={self._source!r})"


def generate_master_key() -> bytes:
    """32 random bytes for a new master key."""
    return secrets.token_bytes(MASTER_KEY_BYTES)


def format_key_line(version: int, key: bytes) -> str:
    """The ``v<N>:<base64>`` entry for one master key."""
    if isinstance(version, bool) or not 1 <= version <= 999_999_999:
        raise ValueError("a master key version must be an integer from 1 to 999999999")
    if len(key) != MASTER_KEY_BYTES:
        raise ValueError(f"a master key must be {MASTER_KEY_BYTES} bytes, got {len(key)}")
    return f"{_label(version)}:{base64.b64encode(key).decode('ascii')}"


def write_new_key_file(path: Path) -> str:
    """Create a key file (mode 0600, never overwriting) holding a fresh v1; return "v1"."""
    content = _KEY_FILE_HEADER + format_key_line(1, generate_master_key()) + "\n"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyRingError(
            f"{path} already exists; refusing to overwrite master keys "
            "(add a version with `securetag keys rotate`)"
        ) from None
    except OSError as exc:
        raise KeyRingError(f"cannot create {path}: {exc.strerror}") from None
    try:
        # The umask can only narrow the mode; fchmod makes it exactly 0600 whatever it is.
        os.fchmod(fd, 0o600)
        _write_all(fd, content.encode("ascii"))
    except OSError as exc:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise KeyRingError(f"cannot write {path}: {exc.strerror}") from None
    os.close(fd)
    _fsync_directory(path.parent)
    return _label(1)


def append_new_version(path: Path) -> str:
    """Add v(N+1) to a key file atomically (temp file + rename), keeping it 0600.

    Concurrent rotations are serialized by a lock file beside the key file, so two of them
    can never both write the same new version with different keys.
    """
    target = path.resolve()
    with _rotation_lock(target):
        text = _read_key_file(target)
        keys = _parse_entries(_file_entries(text, target), str(target))
        new_version = max(keys) + 1
        separator = "" if not text or text.endswith("\n") else "\n"
        line = format_key_line(new_version, generate_master_key())
        _replace_atomically(target, f"{text}{separator}{line}\n")
    return _label(new_version)


def remove_version(path: Path, version: str) -> None:
    """Drop a retired master version from a key file (atomically, under the rotation lock).

    The caller checks that nothing is wrapped under it any more; the active
    (highest) version can never be removed here.
    """
    number = _version_number(version)
    if number is None:
        raise KeyRingError(f"{_printable_label(version)} is not a master key version (vN)")
    target = path.resolve()
    with _rotation_lock(target):
        text = _read_key_file(target)
        keys = _parse_entries(_file_entries(text, target), str(target))
        if number not in keys:
            raise UnknownMasterVersion(f"{version} is not in {target}")
        if number == max(keys):
            raise KeyRingError(f"{version} is the active master key; it cannot be removed")
        kept = [
            line
            for line in text.splitlines()
            if line.split("#", 1)[0].strip().partition(":")[0].strip() != version
        ]
        _replace_atomically(target, "\n".join(kept) + "\n")


def new_data_key() -> bytes:
    """32 random bytes for a new tenant data key."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def seal(
    data_key: bytes,
    key_version: int,
    plaintext: bytes,
    *,
    tenant_id: UUID,
    purpose: str,
    row_id: str,
) -> bytes:
    """Encrypt one field value under a tenant data key, bound to tenant, purpose and row."""
    _require_data_key(data_key)
    _require_key_version(key_version)
    nonce = os.urandom(NONCE_BYTES)
    header = SEAL_HEADER.pack(SEAL_MAGIC, SEAL_FORMAT, key_version, nonce)
    # A fresh AESGCM costs about a microsecond, so caching by key would only add state.
    body = AESGCM(data_key).encrypt(nonce, plaintext, _seal_aad(header, tenant_id, purpose, row_id))
    return header + body


def open_sealed(
    data_key: bytes, ciphertext: bytes, *, tenant_id: UUID, purpose: str, row_id: str
) -> bytes:
    """Decrypt a value made by `seal`; IntegrityError unless every byte and binding matches."""
    _require_data_key(data_key)
    where = f"sealed {purpose} for row {row_id} (tenant {tenant_id})"
    details = {"tenant_id": str(tenant_id), "purpose": purpose, "row_id": row_id}
    sealed = bytes(ciphertext)
    _, _, _, nonce = _parse_seal_header(sealed, where, details)
    aad = _seal_aad(sealed[: SEAL_HEADER.size], tenant_id, purpose, row_id)
    try:
        return AESGCM(data_key).decrypt(nonce, sealed[SEAL_HEADER.size :], aad)
    except InvalidTag:
        raise IntegrityError(
            f"{where} does not open: tampered, truncated, sealed for another tenant, "
            "purpose or row, or under another data key",
            details=details,
        ) from None


def sealed_key_version(ciphertext: bytes) -> int:
    """The data-key version a sealed value was made with, read from its header (no key needed)."""
    _, _, key_version, _ = _parse_seal_header(bytes(ciphertext), "sealed value", {})
    return key_version


def _parse_seal_header(
    sealed: bytes, where: str, details: dict[str, object]
) -> tuple[bytes, int, int, bytes]:
    if len(sealed) < SEAL_OVERHEAD:
        raise IntegrityError(
            f"{where} does not open: {len(sealed)} bytes is shorter than any sealed value "
            f"({SEAL_OVERHEAD} bytes); it was truncated",
            details=details,
        )
    magic, format_version, key_version, nonce = SEAL_HEADER.unpack_from(sealed)
    if magic != SEAL_MAGIC:
        raise IntegrityError(
            f"{where} does not open: it does not start with the sealed-value marker",
            details=details,
        )
    if format_version != SEAL_FORMAT:
        raise IntegrityError(
            f"{where} does not open: sealed-value format {format_version} is not one this "
            f"version of Securetag reads (it reads {SEAL_FORMAT})",
            details=details,
        )
    return magic, format_version, key_version, nonce


def _length_prefixed(*fields: bytes) -> bytes:
    return b"".join(_UINT32.pack(len(item)) + item for item in fields)


def _seal_aad(header: bytes, tenant_id: UUID, purpose: str, row_id: str) -> bytes:
    return _length_prefixed(
        _SEAL_DOMAIN,
        header,
        _tenant_bytes(tenant_id),
        purpose.encode("utf-8"),
        row_id.encode("utf-8"),
    )


def _wrap_aad(tenant_id: UUID, key_version: int, master_version: str) -> bytes:
    _require_key_version(key_version)
    return _length_prefixed(
        _WRAP_DOMAIN,
        bytes([WRAP_FORMAT]),
        _tenant_bytes(tenant_id),
        _UINT32.pack(key_version),
        master_version.encode("utf-8"),
    )


def _tenant_bytes(tenant_id: UUID) -> bytes:
    if not isinstance(tenant_id, UUID):
        raise TypeError(f"tenant_id must be a UUID, not {type(tenant_id).__name__}")
    return tenant_id.bytes


def _require_data_key(data_key: bytes) -> None:
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError(f"a data key must be {DATA_KEY_BYTES} bytes, got {len(data_key)}")


def _require_key_version(key_version: int) -> None:
    if isinstance(key_version, bool) or not 0 <= key_version <= MAX_KEY_VERSION:
        raise ValueError(f"a data-key version must be an integer from 0 to {MAX_KEY_VERSION}")


def _label(number: int) -> str:
    return f"v{number}"


def _version_number(label: str) -> int | None:
    match = _VERSION_LABEL.fullmatch(label)
    return int(match.group(1)) if match else None


def _printable_label(label: str) -> str:
    """A version label as an error may show it: short, printable, else withheld."""
    if len(label) <= 12 and label.isprintable():
        return repr(label)
    return "(label not shown)"


def _snapshot_of(keys: Mapping[int, bytes], source: str) -> _RingSnapshot:
    if not keys:
        raise KeyRingError(f"{source} holds no master keys: {_HOW_TO_CONFIGURE}")
    ciphers: dict[int, AESGCM] = {}
    for number, key in keys.items():
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise KeyRingError(f"{source}: master key versions must be positive integers")
        if len(key) != MASTER_KEY_BYTES:
            raise KeyRingError(
                f"{source} ({_label(number)}): key is {len(key)} bytes; "
                f"a master key must be exactly {MASTER_KEY_BYTES} bytes"
            )
        ciphers[number] = AESGCM(key)
    return _RingSnapshot(ciphers=MappingProxyType(ciphers), active=max(ciphers))


def _spec_entries(spec: str, source: str) -> Iterator[tuple[str, str]]:
    for index, raw in enumerate(spec.split(","), start=1):
        entry = raw.strip()
        if entry:
            yield f"{source} entry {index}", entry


def _file_entries(text: str, path: Path) -> Iterator[tuple[str, str]]:
    for number, raw in enumerate(text.splitlines(), start=1):
        # Base64 never contains '#', so everything after one is a comment.
        entry = raw.split("#", 1)[0].strip()
        if entry:
            yield f"{path} line {number}", entry


def _parse_entries(entries: Iterable[tuple[str, str]], source: str) -> dict[int, bytes]:
    keys: dict[int, bytes] = {}
    seen_at: dict[int, str] = {}
    for where, entry in entries:
        number, key = _parse_entry(where, entry)
        if number in seen_at:
            raise KeyRingError(
                f"{_label(number)} appears twice ({seen_at[number]} and {where}); "
                "each master key version must be unique"
            )
        seen_at[number] = where
        keys[number] = key
    if not keys:
        raise KeyRingError(f"{source} holds no master keys: {_HOW_TO_CONFIGURE}")
    return keys


def _parse_entry(where: str, entry: str) -> tuple[int, bytes]:
    label, separator, encoded = entry.partition(":")
    if not separator:
        raise KeyRingError(f"{where}: expected 'v<N>:<base64 key>' but found no ':'")
    label = label.strip()
    number = _version_number(label)
    if number is None:
        raise KeyRingError(
            f"{where}: version {_printable_label(label)} is not 'v' followed by a positive "
            "integer (v1, v2, ...)"
        )
    try:
        key = base64.b64decode(encoded.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyRingError(f"{where} ({label}): the key is not valid base64") from None
    if len(key) != MASTER_KEY_BYTES:
        raise KeyRingError(
            f"{where} ({label}): the key is {len(key)} bytes; a master key must be exactly "
            f"{MASTER_KEY_BYTES} bytes (`securetag keys generate` makes one)"
        )
    return number, key


def _load_key_file(path: Path) -> dict[int, bytes]:
    return _parse_entries(_file_entries(_read_key_file(path), path), str(path))


def _read_key_file(path: Path) -> str:
    """The key file's text, after checking that only its owner can reach it."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        raise KeyRingError(
            f"master key file {path} does not exist: create it with "
            f"`securetag keys generate --out {path}`"
        ) from None
    except OSError as exc:
        raise KeyRingError(f"cannot read master key file {path}: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as handle:
        # fstat on the open descriptor checks the very file that is read, not a swapped one.
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise KeyRingError(f"master key file {path} is not a regular file")
        mode = stat.S_IMODE(status.st_mode)
        if mode & 0o077:
            raise KeyRingError(
                f"master key file {path} is accessible by group or others (mode {mode:04o}); "
                f"run `chmod 600 {path}`"
            )
        raw = handle.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyRingError(f"master key file {path} is not UTF-8 text") from None


@contextlib.contextmanager
def _rotation_lock(target: Path) -> Iterator[None]:
    lock_path = target.parent / f".{target.name}.lock"
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise KeyRingError(f"cannot create rotation lock {lock_path}: {exc.strerror}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _replace_atomically(target: Path, text: str) -> None:
    # mkstemp creates the file 0600 in the same directory, so the rename is atomic and the
    # key file is never visible with wider permissions or half written.
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        _write_all(fd, text.encode("utf-8"))
        os.close(fd)
        fd = -1
        os.replace(temp_name, target)
    except OSError as exc:
        if fd >= 0:
            os.close(fd)
        Path(temp_name).unlink(missing_ok=True)
        raise KeyRingError(f"cannot rewrite {target}: {exc.strerror}") from None
    _fsync_directory(target.parent)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _fsync_directory(directory: Path) -> None:
    # Makes the new directory entry durable; some file systems refuse, which is harmless.
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
