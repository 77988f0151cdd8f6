"""`securetag dataset|triage eval`: fine-tuning datasets and evaluating the triage model."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from securetag.cli.plumbing import EXIT_ERROR, EXIT_OK, print_json
from securetag.kernel.config import Settings
from securetag.kernel.errors import ConfigError
from securetag.security.crypto import MasterKeyRing
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
        }
    )
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
