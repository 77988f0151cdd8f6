"""The hash-chained audit log: append events, and prove later that nobody changed them.

Each row's hash covers the previous row's hash and the row's own fields, so
editing, deleting or reordering a row breaks the chain at that row. PostgreSQL
assigns seq, the time and both hashes (trigger `audit_chain`, migrations 0002 and
0019: it runs as the schema's owner, the only role that may move `audit_head`);
`verify` recomputes them here, independently of the server's `audit_canonical`,
so the check does not rely on a function that whoever tampered could have redefined.

The chain itself has no key: PostgreSQL computes it, and a key in the database
would be readable by the people it must hold off. So whoever can write the
database as its owner or a superuser could edit a row and re-hash every row
after it, and the chain alone would verify. Anchors close that gap. An anchor is
`SEQ:HASH`, the head at some moment. `securetag audit anchor` signs one with the
audit key (HMAC-SHA256; the key lives in a file or the environment like the API
key pepper, never in the database) and stores it in `audit_anchor`, and also
prints it, appends it to a file and posts it to the alert webhook; workers log
the head every SECURETAG_AUDIT_ANCHOR_INTERVAL_S. `verify` checks every stored
anchor's signature and that the row at its seq still has its hash, and does the
same for anchors an operator passes in from outside. A re-hash after an edit
changes every later hash, so it is caught at the first anchored row past the
edit; re-signing that anchor needs the key. Deleting stored anchors, or cutting
rows from the end together with a matching rewind of `audit_head`, is caught only
against anchors kept outside the database (docs/security.md#audit-log).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from securetag.kernel.models import Row
from securetag.store.db import Connection, Database

# The hash the first row links to (audit_head's initial value).
GENESIS_HASH = bytes(32)

# Below any seq PostgreSQL can store, so the walk also meets rows moved to seq <= 0.
_BEFORE_ANY_SEQ = -(2**63)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    actor: str  # API key id, "cli", or "worker:<id>"
    action: str  # e.g. "scan.create", "apikey.revoke", "auth.failure", "task.claim"
    outcome: str  # "success" | "denied" | "failure" | ...
    target: str = ""
    tenant_id: UUID | None = None
    request_id: str = ""
    client_addr: str = ""
    details: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # An event nobody can attribute or classify is useless in an investigation.
        for name in ("actor", "action", "outcome"):
            if not getattr(self, name):
                raise ValueError(f"an audit event needs a non-empty {name}")


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    rows: int  # rows that verified, in seq order, before the first problem (all of them if ok)
    head_seq: int
    head_hash: str  # hex; operators anchor it outside the database
    first_bad_seq: int | None
    problem: str | None  # what is wrong at which seq, in a sentence
    anchors: int = 0  # anchors (stored and given) whose row was found with the anchored hash
    signatures_checked: bool = False  # whether anchors' signatures were checked (a key was given)


# What an anchor's HMAC covers, with a version so the form can change later.
_ANCHOR_MAC_CONTEXT = "securetag-audit-anchor:v1"


@dataclass(frozen=True, slots=True)
class Anchor:
    """The chain's head at some moment: the row at `seq` had hash `hash` (GENESIS at seq 0)."""

    seq: int
    hash: bytes
    mac: bytes | None = None  # HMAC under the audit key; None: unsigned (vouched for by its keeper)
    source: str = "the anchor"  # where it came from, for messages

    @property
    def text(self) -> str:
        """`SEQ:HASH`, the form `securetag audit verify --anchor` takes."""
        return f"{self.seq}:{self.hash.hex()}"

    def signed(self, key: bytes) -> Anchor:
        return Anchor(self.seq, self.hash, anchor_mac(key, self.seq, self.hash), self.source)


def anchor_mac(key: bytes, seq: int, hash_: bytes) -> bytes:
    message = f"{_ANCHOR_MAC_CONTEXT}:{seq}:{hash_.hex()}".encode("ascii")
    return hmac.new(key, message, hashlib.sha256).digest()


def parse_anchor(text: str, source: str = "the anchor") -> Anchor:
    """`SEQ:HASH` or `SEQ:HASH:MAC` (hex), as `audit anchor` prints it."""
    parts = text.strip().split(":")
    try:
        if len(parts) not in (2, 3):
            raise ValueError
        seq = int(parts[0])
        hash_ = bytes.fromhex(parts[1])
        mac = bytes.fromhex(parts[2]) if len(parts) == 3 else None
        if seq < 0 or len(hash_) != 32 or (mac is not None and len(mac) != 32):
            raise ValueError
    except ValueError:
        raise ValueError(
            f"{source} is not SEQ:HASH (a row number, a colon and 64 hex digits, "
            f"optionally :MAC): {text.strip()[:100]!r}"
        ) from None
    return Anchor(seq, hash_, mac, source)


def read_head(db: Database) -> Anchor:
    """The head as it is now, unsigned (needs SELECT on audit_head: the workers and the admin)."""
    head = db.one("audit_head")
    if head is None:
        raise ValueError("audit_head has no row: the head was deleted")
    return Anchor(int(head["seq"]), bytes(head["hash"]), source="the head")


def take_anchor(db: Database, key: bytes | None) -> tuple[Anchor, bool]:
    """The head now; with a key, signed and stored in `audit_anchor`. (anchor, stored)

    Without a key nothing is stored: an unsigned anchor in the database proves
    nothing, since whoever could rewrite the chain could rewrite it too.
    """
    with db.transaction() as conn:
        head = conn.one("audit_head")
        if head is None:
            raise ValueError("audit_head has no row: the head was deleted")
        anchor = Anchor(int(head["seq"]), bytes(head["hash"]), source="the head")
        if key is None:
            return anchor, False
        anchor = anchor.signed(key)
        conn.run("audit_anchor_insert", seq=anchor.seq, hash=anchor.hash, mac=anchor.mac)
        return anchor, True


def details_json(details: Mapping[str, Any]) -> str:
    """The canonical JSON text stored in `audit_log.details`: one spelling per value."""
    return json.dumps(
        dict(details), sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )


CLI_ACTOR = "cli"


def record_cli_action(
    conn: Connection,
    action: str,
    target: str,
    *,
    tenant_id: UUID | None = None,
    details: Mapping[str, Any] | None = None,
    outcome: str = "success",
) -> None:
    """An admin command's audit row (actor `cli`), in the same transaction as its action."""
    record(conn, AuditEvent(CLI_ACTOR, action, outcome, target, tenant_id, details=details or {}))


def record(conn: Connection, event: AuditEvent) -> None:
    """Append one event inside the caller's transaction, so it commits or rolls back with
    the action it describes.

    The insert locks the chain's head until the transaction ends, so every other
    audited transaction waits for this one: record as late in the transaction as
    possible, and keep the transaction short.
    """
    conn.run(
        "audit_append",
        tenant_id=event.tenant_id,
        actor=event.actor,
        action=event.action,
        target=event.target,
        outcome=event.outcome,
        request_id=event.request_id,
        client_addr=event.client_addr,
        details=details_json(event.details),
    )


# --------------------------------------------------------------------------- canonical form


def _sql_timestamp(at: datetime) -> str:
    """`to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, character for character.

    Spelled out rather than strftime: to_char pads the year to four digits, and
    strftime's %Y does not on every platform.
    """
    utc = at.astimezone(UTC)
    return (
        f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}"
        f"T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}.{utc.microsecond:06d}"
    )


def canonical_form(row: Mapping[str, Any]) -> str:
    """The text SQL `audit_canonical` builds for an audit_log row, byte for byte.

    Each field is prefixed with its length in characters (PostgreSQL's length()
    on text counts characters, as len() does), so no value can imitate a separator.
    """
    tenant_id = row["tenant_id"]
    fields = [
        str(row["seq"]),
        _sql_timestamp(row["at"]),
        "" if tenant_id is None else str(tenant_id),
        row["actor"],
        row["action"],
        row["target"],
        row["outcome"],
        row["request_id"],
        row["client_addr"],
        row["details"],
    ]
    return "|".join(f"{len(f)}:{f}" for f in fields)


def chain_hash(prev_hash: bytes, canonical: str) -> bytes:
    return hashlib.sha256(prev_hash + canonical.encode("utf-8")).digest()


# --------------------------------------------------------------------------- verification


def verify(
    db: Database,
    *,
    anchors: Iterable[Anchor] = (),
    key: bytes | None = None,
    batch: int = 5000,
) -> VerifyResult:
    """Walk the whole chain in seq order and report the first problem found.

    Checks that seq runs 1, 2, 3, ... without gaps, that each row's hash matches
    its fields and the hash it links to, that each row links to the row before
    it, and that the last row is the one `audit_head` names. Then the anchors:
    those stored in `audit_anchor` and those given (kept outside the database),
    each of which the row at its seq must still match. With `key`, an anchor
    carrying a signature must carry a valid one. Needs SELECT on audit_log and
    audit_anchor (securetag_admin or the owner).
    """
    if batch < 1:
        raise ValueError("batch must be at least 1")
    with db.transaction() as conn:
        conn.run("audit_snapshot")
        head = conn.one("audit_head")
        # No trigger guards audit_head, so a missing head is tampering to report, not a crash.
        head_seq = -1 if head is None else int(head["seq"])
        head_hash = b"" if head is None else bytes(head["hash"])
        stored = [
            Anchor(r["seq"], bytes(r["hash"]), bytes(r["mac"]), f"stored anchor {r['id']}")
            for r in conn.all("audit_anchors")
        ]
        expected, forged = _sort_anchors([*stored, *anchors], key)

        verified = 0
        last_seq, last_hash = 0, GENESIS_HASH
        # Anchors taken while the log was empty name seq 0 and the starting hash.
        matched, problem = _check_anchors_at(expected, 0, GENESIS_HASH)
        for row in _rows_in_seq_order(conn, batch) if problem is None else ():
            problem = _check_row(conn, row, last_seq + 1, last_hash)
            if problem is None:
                found, problem = _check_anchors_at(expected, row["seq"], bytes(row["hash"]))
                matched += found
            if problem is not None:
                break
            verified += 1
            last_seq, last_hash = row["seq"], bytes(row["hash"])
        if problem is None:
            if head is None:
                problem = last_seq, "audit_head has no row: the head was deleted"
            else:
                problem = _check_head(last_seq, last_hash, head_seq, head_hash)
        if problem is None:
            problem = _check_anchors_beyond(expected, last_seq) or _first_forged(forged)

    return VerifyResult(
        ok=problem is None,
        rows=verified,
        head_seq=head_seq,
        head_hash=head_hash.hex(),
        first_bad_seq=None if problem is None else problem[0],
        problem=None if problem is None else problem[1],
        anchors=matched,
        signatures_checked=key is not None,
    )


def _sort_anchors(
    anchors: Iterable[Anchor], key: bytes | None
) -> tuple[dict[int, list[Anchor]], list[Anchor]]:
    """Anchors to hold the chain to, by seq, and those whose signature fails under `key`.

    An anchor with a bad signature says nothing about the chain (its hash may be
    anything), so it is reported as forged rather than compared with a row.
    """
    expected: dict[int, list[Anchor]] = {}
    forged: list[Anchor] = []
    for anchor in anchors:
        if (
            key is not None
            and anchor.mac is not None
            and not hmac.compare_digest(anchor.mac, anchor_mac(key, anchor.seq, anchor.hash))
        ):
            forged.append(anchor)
        else:
            expected.setdefault(anchor.seq, []).append(anchor)
    return expected, forged


def _check_anchors_at(
    expected: Mapping[int, list[Anchor]], seq: int, hash_: bytes
) -> tuple[int, tuple[int, str] | None]:
    """How many anchors at `seq` this hash matches, or the first one it does not."""
    anchors = expected.get(seq, [])
    for anchor in anchors:
        if not hmac.compare_digest(anchor.hash, hash_):
            row = "the chain's start" if seq == 0 else f"row {seq}"
            return 0, (
                seq,
                f"{row} does not have the hash {anchor.source} records "
                f"({anchor.hash.hex()[:16]}…): the chain was rewritten and re-hashed "
                f"after the anchor was taken",
            )
    return len(anchors), None


def _check_anchors_beyond(
    expected: Mapping[int, list[Anchor]], last_seq: int
) -> tuple[int, str] | None:
    beyond = [a for seq in sorted(expected) if seq > last_seq for a in expected[seq]]
    if not beyond:
        return None
    anchor = beyond[-1]
    return last_seq + 1, (
        f"{anchor.source} records row {anchor.seq} but the chain ends at {last_seq}: rows "
        f"were cut from the end and the head moved back"
    )


def _first_forged(forged: list[Anchor]) -> tuple[int, str] | None:
    if not forged:
        return None
    anchor = forged[0]
    return anchor.seq, (
        f"{anchor.source} (row {anchor.seq}) has a bad signature: it was forged or "
        f"altered, or it was signed with another audit key"
    )


def _rows_in_seq_order(conn: Connection, batch: int) -> Iterator[Row]:
    after = _BEFORE_ANY_SEQ
    while True:
        rows = conn.all("audit_rows_after", after=after, limit=batch)
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1]["seq"]


def _check_row(
    conn: Connection, row: Row, expected_seq: int, expected_prev: bytes
) -> tuple[int, str] | None:
    """The first thing wrong with this row as the successor of the rows already checked."""
    seq = row["seq"]
    if seq < expected_seq:
        # Only possible for the first row: seq is unique and the rows come in order.
        return seq, f"row {seq} is out of place: the chain starts at 1"
    if seq > expected_seq:
        if seq == expected_seq + 1:
            return expected_seq, f"row {expected_seq} is missing"
        return expected_seq, f"rows {expected_seq} to {seq - 1} are missing"

    stored_hash = bytes(row["hash"])
    links_to = bytes(row["prev_hash"])
    if not hmac.compare_digest(chain_hash(links_to, canonical_form(row)), stored_hash):
        written_as = _seq_written_as(conn, row, links_to, stored_hash)
        if written_as is not None:
            return seq, (
                f"rows out of order at {seq}: the row stored as {seq} was written as {written_as}"
            )
        return seq, f"row {seq} was edited: its fields no longer match its hash"
    if not hmac.compare_digest(links_to, expected_prev):
        before = "the chain's start" if seq == 1 else f"row {seq - 1}"
        return seq, (
            f"the chain breaks at row {seq}: it does not link to {before} "
            f"(one of them was rewritten together with its hash)"
        )
    return None


def _seq_written_as(conn: Connection, row: Row, links_to: bytes, stored_hash: bytes) -> int | None:
    """The seq a row was hashed under, if its fields are intact and only its seq changed.

    Its original predecessor is the row whose hash it links to, so it was written
    right after wherever that row stands now, or, when the two rows traded
    places (an adjacent swap), at the predecessor's current seq.
    """
    if hmac.compare_digest(links_to, GENESIS_HASH):
        predecessor: int | None = 0
    else:
        predecessor = conn.scalar("audit_seq_of_hash", hash=links_to)
    if predecessor is None:
        return None
    for candidate in (predecessor + 1, predecessor):
        if candidate < 1 or candidate == row["seq"]:
            continue
        recomputed = chain_hash(links_to, canonical_form({**row, "seq": candidate}))
        if hmac.compare_digest(recomputed, stored_hash):
            return candidate
    return None


def _check_head(
    last_seq: int, last_hash: bytes, head_seq: int, head_hash: bytes
) -> tuple[int, str] | None:
    if last_seq < head_seq:
        chain = "the chain is empty" if last_seq == 0 else f"the chain ends at {last_seq}"
        return last_seq + 1, f"{chain} but the head says {head_seq}: rows were deleted from the end"
    if last_seq > head_seq:
        return head_seq + 1, (
            f"the chain runs to {last_seq} but the head says {head_seq}: rows were added "
            f"past the head, or the head was moved back"
        )
    if not hmac.compare_digest(last_hash, head_hash):
        if last_seq == 0:
            return 0, "the chain is empty but the head's hash is not the chain's starting hash"
        return last_seq, (
            f"row {last_seq} is not the row the head names: the head's hash differs "
            f"(the head or the last row was rewritten)"
        )
    return None
