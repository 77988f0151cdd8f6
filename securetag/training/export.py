"""Fine-tuning data from the database: every stored triage, opened, as dataset records.

`securetag dataset export` reads each `finding_triage` row (the messages sent
to the model and its answer, sealed) with its finding, project, tenant opt-out
and a person's feedback (with whether that label is trusted: given by a `labels:train`
key or confirmed by an operator), and hands them to `securetag.training.examples`, which resolves
labels, redacts and de-duplicates; `securetag.training.dataset_files` splits and writes
the files.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from uuid import UUID

from securetag.store.db import Database
from securetag.store.vault import TRIAGE_DETAIL, Vault
from securetag.tenancy.auth import LABELS_TRAIN
from securetag.training.dataset_files import ExportSummary, write_dataset
from securetag.training.examples import Redactor, TriageRecord, build_examples


def triage_records(
    db: Database, vault: Vault, *, since: datetime | None = None, tenant: UUID | None = None
) -> Iterator[TriageRecord]:
    for row in db.all("dataset_triage_rows", since=since, tenant_id=tenant):
        detail = json.loads(
            vault.open(
                row["tenant_id"],
                TRIAGE_DETAIL,
                str(row["finding_id"]),
                row["detail"],
                row["key_version"],
            )
        )
        yield TriageRecord(
            tenant_id=row["tenant_id"],
            training_opt_out=row["training_opt_out"],
            project=row["project"],
            fingerprint=row["fingerprint"],
            rule_id=row["rule_id"],
            cwe=list(row["cwe"]),
            severity=row["severity"],
            created_at=row["created_at"],
            messages=detail.get("messages") or [],
            model_verdict=row["verdict"],
            model_answer=detail.get("response"),
            feedback_status=row["feedback_status"],
            verdict_correct=row["verdict_correct"],
            recommended_fix=detail.get("recommended_fix"),
            label_trusted=row["label_scope"] == LABELS_TRAIN or row["label_confirmed"],
        )


def export(
    db: Database,
    vault: Vault,
    out: Path,
    fmt: str,
    *,
    since: datetime | None = None,
    tenant: UUID | None = None,
    only_labeled: bool = False,
    validation_ratio: float = 0.1,
    pii_patterns: list[str] | None = None,
) -> ExportSummary:
    redactor = Redactor(pii_patterns) if pii_patterns else Redactor()
    examples = build_examples(
        triage_records(db, vault, since=since, tenant=tenant),
        only_labeled=only_labeled,
        since=since,
        tenant=tenant,
        redactor=redactor,
    )
    return write_dataset(examples, out, fmt, validation_ratio=validation_ratio)
