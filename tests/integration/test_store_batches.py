"""A scan's findings and excerpts are stored in batches (issue 18): every finding and
excerpt is there, sealed and opening to what was found, and finishing a scan costs the
same number of round trips for ten findings as for hundreds.

Real PostgreSQL, as the worker role the scan task uses; the findings are handed to the
store the way the scan task hands them over (excerpts, then finish), without scanners.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from securetag.kernel.config import Settings
from securetag.kernel.models import Confidence, Finding, Severity, TaskState
from securetag.queue.tasks import TaskQueue
from securetag.scanning.excerpts import Excerpt, excerpt_around, excerpts_in_tree
from securetag.scanning.service import RequestInfo, ScanService
from securetag.scanning.store import ScanRecord, ScanStore
from securetag.security.crypto import MasterKeyRing
from securetag.store.connect import worker_url
from securetag.store.db import Database
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant

COMPLETE = {"state": "complete", "agents": {}, "reasons": []}
INFO = RequestInfo(request_id="store-batches", client_addr="127.0.0.1")
LINES = 300
PER_FILE = 25
CONTEXT = 8


def write_tree(root: Path, files: int) -> None:
    for index in range(files):
        lines = [
            f"value_{index}_{n} = query(request.args['k{n}'])  # {n + 1}" for n in range(LINES)
        ]
        # A secret in every file: an excerpt must never carry it in clear.
        lines[40] = 'DB_PASSWORD = "Tr0ub4dor-3-correct-horse-battery"'
        path = root / f"pkg/mod_{index}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n")


def make_findings(count: int, tag: str, *, severity: Severity = Severity.HIGH) -> list[Finding]:
    return [
        Finding(
            tool="semgrep" if n % 2 else "bandit",
            rule_id=f"rule.{n % 7}",
            title=f"Issue {tag}{n}",
            message=f"request data reaches query ({tag}{n}) ✓",
            severity=severity if n % 5 else Severity.CRITICAL,
            confidence=Confidence.MEDIUM,
            cwe=["CWE-89"],
            owasp=["A03:2021 - Injection"],
            path=f"pkg/mod_{n // PER_FILE}.py",
            start_line=1 + (n % PER_FILE) * (LINES // PER_FILE),
            end_line=2 + (n % PER_FILE) * (LINES // PER_FILE),
            start_column=1,
            end_column=30,
            snippet=f"value = query(request.args['k{n}'])\t{tag}",
            fix_hint=None if n % 3 else "parameterize",
            fingerprint=f"{tag}-{n:06d}",
            extra={"analysis": "taint", "n": n},
        )
        for n in range(count)
    ]


class Scans:
    """A tenant's code audits, stored as the scan task stores them, round trips counted."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self.trips: Counter[str] = Counter()
        self.worker = Database(worker_url(settings), max_size=4, on_round_trip=self._count).open()
        ring = MasterKeyRing.from_settings(settings)
        self.queue = TaskQueue(db, settings)
        self.service = ScanService(db, self.queue, Vault(db, ring))
        self.store = ScanStore(
            self.worker, Vault(self.worker, ring), queue=TaskQueue(self.worker, settings)
        )
        self.db = db

    def _count(self, name: str) -> None:
        self.trips[name] += 1

    def tenant(self) -> Principal:
        tenant_id = create_tenant(self.db, f"batches-{uuid.uuid4().hex[:8]}")["id"]
        return Principal("testkey00001", tenant_id, frozenset(SCOPES), 600)

    def store_scan(
        self, principal: Principal, tree: Path, found: list[Finding]
    ) -> tuple[UUID, int]:
        """The scan's id and the round trips its excerpts and finish took."""
        self.service.submit_code_audit(
            principal, INFO, project="shop", filename="a.tar.gz", archive_format="tar.gz",
            content=b"not unpacked here",
        )  # fmt: skip
        [task] = self.queue.claim(uuid.uuid4(), ["code_audit"], 1)
        scan = self.store.for_task(task)
        self.store.start(scan, task)
        self.trips.clear()
        self.store.keep_excerpts(scan, excerpts_in_tree(tree, found, context=CONTEXT))
        finished = self.store.finish(
            scan, task, found, failures=[], state=TaskState.SUCCEEDED, coverage=COMPLETE
        )
        trips = sum(self.trips.values())
        assert finished is not None and finished.triage_requested
        self.queue.complete(task.id, task.claim_token)
        return scan.id, trips

    def close(self) -> None:
        self.worker.close()


@pytest.fixture
def scans(db: Database, settings: Settings) -> Iterator[Scans]:
    bench = Scans(db, settings)
    try:
        yield bench
    finally:
        bench.close()


def test_two_thousand_findings_are_all_stored_sealed_with_their_excerpts(
    scans: Scans, tmp_path: Path
) -> None:
    write_tree(tmp_path, 2000 // PER_FILE)
    principal = scans.tenant()
    found = make_findings(2000, "a")
    first_id, _ = scans.store_scan(principal, tmp_path, found)
    # The next scan keeps every second finding: the others are fixed, as many are new.
    again = found[::2] + make_findings(1000, "b")
    second_id, _ = scans.store_scan(principal, tmp_path, again)

    stored = scans.service.findings(principal, first_id, after=0, limit=None)
    assert len(stored) == 2000
    assert [row["position"] for row in stored] == list(range(1, 2001))
    by_fingerprint = {row["fingerprint"]: row for row in stored}
    for finding in found:
        row = by_fingerprint[finding.fingerprint]
        assert row["status"] == "new"
        assert (row["message"], row["snippet"], row["extra"]) == (
            finding.message, finding.snippet, finding.extra,
        )  # fmt: skip
        assert (row["path"], row["start_line"], row["severity"], row["fix_hint"]) == (
            finding.path, finding.start_line, finding.severity, finding.fix_hint,
        )  # fmt: skip
        assert row["reported_by"] == [finding.tool]

    later = scans.service.findings(principal, second_id, after=0, limit=None)
    statuses = Counter(row["status"] for row in later)
    assert statuses == {"new": 1000, "existing": 1000, "fixed": 1000}
    fixed = {row["fingerprint"]: row for row in later if row["status"] == "fixed"}
    assert set(fixed) == {f.fingerprint for f in found[1::2]}
    for finding in found[1::2]:
        assert fixed[finding.fingerprint]["message"] == finding.message  # re-sealed, opens

    scan = _scan_record(scans, first_id)
    source = {p: (tmp_path / p).read_text() for p in {f.path for f in found}}
    for n, finding in enumerate(found):
        kept = scans.store.excerpt(scan, finding.fingerprint)
        assert isinstance(kept, Excerpt), finding.fingerprint
        assert "Tr0ub4dor" not in kept.text
        if n % 20 == 0:  # redacting each alone is what takes time; a sample shows it
            # Each finding's excerpt is what it alone would have kept.
            expected = excerpt_around(
                source[finding.path], finding.start_line, finding.end_line, context=CONTEXT
            )
            assert kept == expected, finding.fingerprint


def test_finishing_a_scan_costs_the_same_round_trips_for_ten_or_four_hundred_findings(
    scans: Scans, tmp_path: Path
) -> None:
    write_tree(tmp_path, 400 // PER_FILE)
    trips = {}
    for count in (10, 400):
        principal = scans.tenant()  # each its own tenant: one data key fetched in each
        scans.store_scan(principal, tmp_path, make_findings(count, "a"))
        # The second scan compares, marks fixed ones and re-seals them too.
        again = make_findings(count, "a")[::2] + make_findings(count // 2, "b")
        _, trips[count] = scans.store_scan(principal, tmp_path, again)

    assert trips[400] == trips[10], trips


def _scan_record(scans: Scans, scan_id: UUID) -> ScanRecord:
    row = scans.db.one("scan_for_task", scan_id=scan_id)
    assert row is not None
    return ScanRecord.from_row(row)
