"""`securetag audit verify|anchor`: check the audit chain, and keep anchors of it out of reach.

The chain in the database has no key (PostgreSQL computes it), so it proves only
that nobody changed a row without re-hashing every row after it. Anchors prove
the rest: `audit anchor` takes the head (SEQ:HASH), signs it with the audit key
(kept outside the database, like the API key pepper), stores it, prints it, and
can append it to a file and post it to the alert webhook; `audit verify` holds
the chain to every stored anchor and to those passed in with --anchor or
--anchor-file (securetag/store/audit.py says what each catches).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from securetag.cli.admin import write_secret_file
from securetag.cli.plumbing import EXIT_ERROR, EXIT_OK, print_json
from securetag.kernel.config import Settings
from securetag.kernel.errors import ConfigError
from securetag.ops import alerts
from securetag.store import audit
from securetag.store.connect import admin_url, open_database


def add_commands(sub: Any) -> None:
    """The `audit` command and its actions, on the top-level parser's subparsers."""
    commands = sub.add_parser("audit", help="the tamper-evident audit log").add_subparsers(
        dest="audit_command", required=True, metavar="ACTION"
    )
    p = commands.add_parser(
        "verify", help="check the hash chain and its anchors; exit 1 on tampering"
    )
    p.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="SEQ:HASH",
        help="an anchor kept outside the database (as `audit anchor` prints it); repeatable",
    )
    p.add_argument(
        "--anchor-file",
        action="append",
        default=[],
        type=Path,
        metavar="PATH",
        help="anchors one a line: `audit anchor --file` lines, JSON log lines with an "
        '"anchor" field (the workers\' `audit anchor` lines), or SEQ:HASH; repeatable',
    )
    p.set_defaults(func=cmd_audit_verify)
    p = commands.add_parser(
        "anchor",
        help="sign and store the chain's head and print it; keep the line outside the database",
    )
    p.add_argument(
        "--file",
        type=Path,
        metavar="PATH",
        help="also append it as one JSON line to this file (on another host or append-only)",
    )
    p.add_argument(
        "--alert",
        action="store_true",
        help="also post it to the alert webhook (SECURETAG_ALERT_WEBHOOK_URL)",
    )
    p.set_defaults(func=cmd_audit_anchor)


# --------------------------------------------------------------------------- the audit key


def audit_key(settings: Settings, *, create: bool = False) -> bytes | None:
    """SECURETAG_AUDIT_KEY(_FILE); with no DATABASE_URL (the embedded development
    server), the development key under the data directory, made first if `create`."""
    key = settings.audit_hmac_key()
    if key is not None or settings.database_url:
        return key
    path = settings.dev_audit_key_file
    if not path.exists():
        if not create:
            return None
        development_audit_key(settings, notice=sys.stderr)
    return settings.model_copy(update={"audit_key_file": path}).audit_hmac_key()


def development_audit_key(settings: Settings, *, notice: Any = None) -> Path:
    """The development audit key `securetag run` uses, made (mode 0600) on first use."""
    path = settings.dev_audit_key_file
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_secret_file(path)
        print(
            f"created a development audit key in {path} (mode 0600); it signs audit anchors: "
            "in production set SECURETAG_AUDIT_KEY_FILE to a secret of your own, kept off the "
            "database's host",
            file=notice or sys.stdout,
            flush=True,
        )
    return path


# --------------------------------------------------------------------------- commands


def cmd_audit_anchor(settings: Settings, args: argparse.Namespace) -> int:
    key = audit_key(settings, create=True)
    with open_database(settings, admin_url(settings), max_size=1) as db:
        anchor, stored = audit.take_anchor(db, key)
    line: dict[str, Any] = {
        "at": datetime.now(UTC).isoformat(),
        "anchor": anchor.text,
        "seq": anchor.seq,
        "hash": anchor.hash.hex(),
        "mac": None if anchor.mac is None else anchor.mac.hex(),
        "stored": stored,
    }
    if key is None:
        print(
            "securetag: no audit key (SECURETAG_AUDIT_KEY_FILE): the anchor is neither signed "
            "nor stored; keep this line outside the database",
            file=sys.stderr,
        )
    if args.file is not None:
        _append_line(args.file, line)
    if args.alert:
        line["alert_error"] = alerts.post_audit_anchor(
            settings.alert_webhook_url, settings.alert_secret(), dict(line)
        )
    print_json(line)
    return EXIT_ERROR if line.get("alert_error") else EXIT_OK


def cmd_audit_verify(settings: Settings, args: argparse.Namespace) -> int:
    given = [_parse_anchor(text, f"--anchor {text}") for text in args.anchor]
    for path in args.anchor_file:
        given.extend(_read_anchor_file(path))
    key = audit_key(settings)
    with open_database(settings, admin_url(settings), max_size=1) as db:
        result = audit.verify(db, anchors=given, key=key)
        # For the ops.audit and ops.security_events dashboards.
        db.run(
            "record_audit_verification",
            ok=result.ok,
            rows=result.rows,
            head_seq=result.head_seq,
            problem=result.problem,
        )
    print_json(
        {
            "ok": result.ok,
            "rows": result.rows,
            "head_seq": result.head_seq,
            "head_hash": result.head_hash,
            "anchor": f"{result.head_seq}:{result.head_hash}",
            "anchors_checked": result.anchors,
            "signatures_checked": result.signatures_checked,
            "first_bad_seq": result.first_bad_seq,
            "problem": result.problem,
        }
    )
    return EXIT_OK if result.ok else EXIT_ERROR


def _parse_anchor(text: str, source: str) -> audit.Anchor:
    try:
        return audit.parse_anchor(text, source)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def _append_line(path: Path, line: dict[str, Any]) -> None:
    """One JSON line, appended and synced: O_APPEND never overwrites what is there."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, (json.dumps(line, separators=(",", ":")) + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise ConfigError(f"cannot append the anchor to {path}: {exc.strerror}") from None


def _read_anchor_file(path: Path) -> list[audit.Anchor]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read --anchor-file {path}: {exc.strerror}") from None
    anchors = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        source = f"the anchor at {path}:{number}"
        if line.startswith("{"):
            try:
                fields = json.loads(line)
            except json.JSONDecodeError:
                raise ConfigError(f"{path}:{number} is not valid JSON") from None
            if not isinstance(fields, dict) or "anchor" not in fields:
                continue  # another log line: a log file can be passed as it is
            line = str(fields["anchor"]) + (f":{fields['mac']}" if fields.get("mac") else "")
        anchors.append(_parse_anchor(line, source))
    return anchors
