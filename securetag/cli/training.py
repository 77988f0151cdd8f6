"""`securetag dataset|triage eval`: fine-tuning datasets, their labels, evaluating the model."""

from __future__ import annotations

import argparse
import getpass
from datetime import UTC, datetime
from pathlib import Path

from securetag.cli.plumbing import EXIT_ERROR, EXIT_OK, print_json
from securetag.kernel.config import Settings
from securetag.kernel.errors import ConfigError, Conflict, NotFound
from securetag.kernel.models import ReviewStatus
from securetag.security.crypto import MasterKeyRing
from securetag.store import audit
from securetag.store.connect import admin_url, open_database
from securetag.store.vault import Vault
from securetag.tenancy import tenants
from securetag.training import cwe_catalog, dataset_files
from securetag.training import export as training_export
from securetag.triage import evaluation as triage_eval
from securetag.triage.llm.client import LlmClient
from securetag.triage.llm.config import LlmConfig


def cmd_dataset_export(settings: Settings, args: argparse.Namespace) -> int:
    since = _parse_since(args.since) if args.since else None
    ring = MasterKeyRing.from_settings(settings)
    with open_database(settings, admin_url(settings), max_size=2) as db:
        tenant = tenants.tenant_id_of(db, args.tenant) if args.tenant else None
        summary = training_export.export(
            db,
            Vault(db, ring),
            Path(args.out),
            args.format,
            since=since,
            tenant=tenant,
            only_labeled=args.only_labeled,
            validation_ratio=args.validation_ratio,
            pii_patterns=args.pii_pattern or None,
        )
    print_json(
        {
            "format": str(summary.format),
            "train": summary.train,
            "validation": summary.validation,
            "train_path": str(summary.train_path),
            "validation_path": str(summary.validation_path),
            "skipped": summary.skipped,
            "withheld_lines": summary.withheld_lines,
        }
    )
    return EXIT_OK


def add_label_commands(dataset: argparse._SubParsersAction) -> None:
    """`securetag dataset labels` and `dataset confirm-label`, under `securetag dataset`."""
    p = dataset.add_parser(
        "labels", help="people's labels on findings, and whether they may reach a dataset"
    )
    p.add_argument("--tenant", help="only this tenant (name or id)")
    p.add_argument(
        "--pending",
        action="store_true",
        help="only labels an export leaves out now (no labels:train key, not confirmed)",
    )
    p.set_defaults(func=cmd_dataset_labels)
    p = dataset.add_parser(
        "confirm-label",
        help="vouch for a tenant's label so the export may train on it (as you reviewed it)",
    )
    p.add_argument("--tenant", required=True, help="tenant name or id")
    p.add_argument("--project", required=True)
    p.add_argument("fingerprint", help="the issue's fingerprint (from `dataset labels`)")
    p.add_argument(
        "--status",
        required=True,
        choices=[str(status) for status in ReviewStatus],
        help="the status you reviewed; a label changed since is not confirmed",
    )
    p.add_argument(
        "--verdict-correct",
        choices=["true", "false", "unset"],
        default="unset",
        help="the verdict_correct you reviewed (default: unset)",
    )
    p.add_argument("--by", default=None, help="who confirms (default: the login name)")
    p.set_defaults(func=cmd_dataset_confirm_label)


def cmd_dataset_labels(settings: Settings, args: argparse.Namespace) -> int:
    with open_database(settings, admin_url(settings), max_size=1) as db:
        tenant = tenants.tenant_id_of(db, args.tenant) if args.tenant else None
        for row in db.all("dataset_labels", tenant_id=tenant, pending=args.pending):
            print_json(row)
    return EXIT_OK


_VERDICT_CORRECT = {"true": True, "false": False, "unset": None}


def cmd_dataset_confirm_label(settings: Settings, args: argparse.Namespace) -> int:
    verdict_correct = _VERDICT_CORRECT[args.verdict_correct]
    confirmed_by = f"operator:{args.by or getpass.getuser()}"
    with open_database(settings, admin_url(settings), max_size=1) as db:
        tenant = tenants.tenant_id_of(db, args.tenant)
        label = {"tenant_id": tenant, "project": args.project, "fingerprint": args.fingerprint}
        with db.transaction() as conn:
            row = conn.one(
                "confirm_label",
                **label,
                status=args.status,
                verdict_correct=verdict_correct,
                confirmed_by=confirmed_by,
            )
            if row is None:
                current = conn.one("feedback_label_of", **label)
                if current is None:
                    raise NotFound(
                        f"no label on {args.fingerprint!r} in project {args.project!r} "
                        f"of tenant {args.tenant!r}"
                    )
                raise Conflict(
                    f"the label is now status={current['status']} "
                    f"verdict_correct={current['verdict_correct']}, not what you reviewed; "
                    "review it again and pass exactly that",
                    details={
                        "status": current["status"],
                        "verdict_correct": current["verdict_correct"],
                    },
                )
            audit.record_cli_action(
                conn,
                "dataset.confirm_label",
                f"{args.project}/{args.fingerprint}",
                tenant_id=tenant,
                details={
                    "status": args.status,
                    "verdict_correct": verdict_correct,
                    "confirmed_by": confirmed_by,
                },
            )
    print_json(row)
    return EXIT_OK


def cmd_dataset_validate(settings: Settings, args: argparse.Namespace) -> int:
    report = dataset_files.validate_file(Path(args.file), args.format)
    print_json(
        {
            "path": str(report.path),
            "ok": report.ok,
            "format": report.format and str(report.format),
            "lines": report.lines,
            "valid": report.valid,
            "by_kind": dict(report.by_kind),
            "by_verdict": dict(report.by_verdict),
            "errors": report.error_count,
            "first_errors": [f"line {e.line}: {e.message}" for e in report.errors],
        }
    )
    return EXIT_OK if report.ok else EXIT_ERROR


def cmd_dataset_from_cwe(settings: Settings, args: argparse.Namespace) -> int:
    examples = cwe_catalog.from_cwe(Path(args.catalog))
    summary = dataset_files.write_dataset(
        examples, Path(args.out), args.format, validation_ratio=args.validation_ratio
    )
    print_json(
        {
            "format": str(summary.format),
            "train": summary.train,
            "validation": summary.validation,
            "skipped": summary.skipped,
        }
    )
    return EXIT_OK


def cmd_triage_eval(settings: Settings, args: argparse.Namespace) -> int:
    labels = triage_eval.load_labels(Path(args.labels))
    with LlmClient(LlmConfig.from_settings(settings)) as client:
        report = triage_eval.run_eval(client, labels)
    print(report.to_json() if args.json else triage_eval.format_report(report))
    return EXIT_OK


def _parse_since(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(
            f"--since {text!r} is not an ISO date or time (e.g. 2026-11-01)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
