"""Scan post-processing benchmark (`make bench`): storing a scan's findings and excerpts.

What a code audit does after its last tool: keep the code around each High/Critical
finding for triage (read, redact, seal, store) and finish the scan (compare with the
project's previous scan, seal and insert every finding, the fixed ones re-sealed, the
triage task, the audit event). Each size runs two scans of one project: the first
stores N findings, all new; the second N findings, half of them the first scan's
(existing) and half new, so half of the first scan's are fixed (1.5 N rows).

Against PostgreSQL on this host (the embedded server in a temporary directory, or
SECURETAG_BENCH_DATABASE_URL), as the worker role. The source tree is generated:
files of `--lines` lines with `--per-file` findings each, spread evenly. Prints ms per
finding and the round trips each step made (counted by Database's observer).
Target (issue 18): finishing costs <= 1 ms per finding.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from uuid import UUID

from securetag.kernel.models import Confidence, Finding, Severity, TaskState
from securetag.queue.tasks import TaskQueue
from securetag.scanning.excerpts import excerpt_around
from securetag.scanning.service import RequestInfo, ScanService
from securetag.scanning.store import ScanStore
from securetag.security.crypto import MasterKeyRing
from securetag.store.db import WORKER_ROLE, Database, with_user
from securetag.store.migrate import migrate
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant
from tests.bench.queue_bench import bench_database
from tests.support.settings import make_settings

try:
    from securetag.scanning.excerpts import excerpts_in_tree
except ImportError:  # a checkout from before batching: this script measures it the old way
    excerpts_in_tree = None

TARGET_MS_PER_FINDING = 1.0
COMPLETE = {"state": "complete", "agents": {}, "reasons": []}
INFO = RequestInfo(request_id="store-bench", client_addr="127.0.0.1")
CONTEXT_LINES = 8  # the default triage_context_lines


def source_tree(root: Path, files: int, lines: int) -> None:
    for index in range(files):
        body = [
            f"def handler_{n}(request):  # line {n + 1}\n"
            if n % 3 == 0
            else f"    cursor.execute('SELECT * FROM t{n} WHERE id = ' + request.args['id'])\n"
            for n in range(lines)
        ]
        path = root / f"app/module_{index}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(body))


def findings(count: int, *, per_file: int, lines: int, tag: str) -> list[Finding]:
    """`count` High SQL injections, `per_file` in each file, spread evenly over its lines."""
    step = max(1, lines // per_file)
    return [
        Finding(
            tool="semgrep",
            rule_id="securetag.python.web.sqli",
            title="SQL injection",
            message=f"request data reaches cursor.execute ({tag} {n})",
            severity=Severity.HIGH,
            confidence=Confidence.MEDIUM,
            cwe=["CWE-89", "CWE-74"],
            owasp=["A03:2021 - Injection"],
            path=f"app/module_{n // per_file}.py",
            start_line=1 + (n % per_file) * step,
            end_line=1 + (n % per_file) * step,
            start_column=5,
            end_column=70,
            snippet=f"cursor.execute('SELECT * FROM t{n} WHERE id = ' + request.args['id'])",
            fix_hint="use a parameterized query",
            fingerprint=f"{tag}-{n:08d}",
            extra={"reported_by": [{"tool": "semgrep", "rule_id": "securetag.python.web.sqli"}]},
        )
        for n in range(count)
    ]


class Bench:
    def __init__(self, url: str) -> None:
        settings = make_settings(url)
        self.owner = Database(url, max_size=2).open()
        migrate(self.owner)
        self.trips: Counter[str] = Counter()
        try:
            worker = Database(with_user(url, WORKER_ROLE), max_size=2, on_round_trip=self._count)
        except TypeError:  # before round trips were counted: shown as 0
            worker = Database(with_user(url, WORKER_ROLE), max_size=2)
        self.worker = worker.open()
        ring = MasterKeyRing.from_settings(settings)
        self.queue = TaskQueue(self.owner, settings)
        self.submit = ScanService(self.owner, self.queue, Vault(self.owner, ring))
        self.store = ScanStore(
            self.worker, Vault(self.worker, ring), queue=TaskQueue(self.worker, settings)
        )

    def _count(self, name: str) -> None:
        self.trips[name] += 1

    def close(self) -> None:
        self.worker.close()
        self.owner.close()

    def tenant(self) -> Principal:
        tenant_id: UUID = create_tenant(self.owner, f"bench-{uuid.uuid4().hex[:12]}")["id"]
        return Principal("benchkey0001", tenant_id, frozenset(SCOPES), 600)

    def scan(self, principal: Principal, tree: Path, found: list[Finding]) -> dict[str, float]:
        """Excerpts and finish of one scan; milliseconds and round trips of each."""
        self.submit.submit_code_audit(
            principal, INFO, project="shop", filename="shop.tar.gz", archive_format="tar.gz",
            content=b"not unpacked here",
        )  # fmt: skip
        [task] = self.queue.claim(uuid.uuid4(), ["code_audit"], 1)
        scan = self.store.for_task(task)
        self.store.start(scan, task)
        self.trips.clear()
        start = time.perf_counter()
        if excerpts_in_tree is not None:
            kept = excerpts_in_tree(tree, found, context=CONTEXT_LINES)
            self.store.keep_excerpts(scan, kept)
        else:  # what the scan task did before: a file read and a transaction per finding
            kept = []
            for finding in found:
                text = (tree / finding.path).read_text()
                excerpt = excerpt_around(
                    text, finding.start_line, finding.end_line, context=CONTEXT_LINES
                )
                self.store.keep_excerpt(scan, finding.fingerprint, excerpt)
                kept.append(excerpt)
        excerpts_ms = (time.perf_counter() - start) * 1000
        excerpt_trips = sum(self.trips.values())
        self.trips.clear()
        start = time.perf_counter()
        done = self.store.finish(
            scan, task, found, failures=[], state=TaskState.SUCCEEDED, coverage=COMPLETE
        )
        finish_ms = (time.perf_counter() - start) * 1000
        assert done is not None and len(kept) == len(found)
        self.queue.complete(task.id, task.claim_token)
        return {
            "excerpts_ms": excerpts_ms,
            "excerpt_trips": excerpt_trips,
            "finish_ms": finish_ms,
            "finish_trips": sum(self.trips.values()),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--per-file", type=int, default=20, help="findings per source file")
    parser.add_argument("--lines", type=int, default=400, help="lines per source file")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median)")
    args = parser.parse_args()

    rows = []
    with bench_database() as url, tempfile.TemporaryDirectory(prefix="store-bench-") as tmp:
        tree = Path(tmp)
        source_tree(tree, -(-max(args.sizes) // args.per_file), args.lines)
        bench = Bench(url)
        try:
            for size in args.sizes:
                runs: list[tuple[dict[str, float], dict[str, float]]] = []
                for _ in range(args.runs):
                    principal = bench.tenant()
                    first = findings(size, per_file=args.per_file, lines=args.lines, tag="a")
                    # Every second finding stays; the others are fixed, and as many are new.
                    second = first[::2] + findings(
                        size - len(first[::2]), per_file=args.per_file, lines=args.lines, tag="b"
                    )
                    runs.append(
                        (bench.scan(principal, tree, first), bench.scan(principal, tree, second))
                    )
                rows.append((size, runs))
        finally:
            bench.close()

    print(
        f"\nscan post-processing, High findings ({args.per_file} per {args.lines}-line file), "
        f"median of {args.runs}"
    )
    print(
        f"{'findings':>8}  {'scan':<28}  {'finish':>10}  {'per finding':>11}  {'trips':>5}  "
        f"{'excerpts':>10}  {'per finding':>11}  {'trips':>5}  target"
    )
    for size, runs in rows:
        for label, index in (("first (all new)", 0), ("second (half fixed, 1.5N rows)", 1)):
            finish = statistics.median(run[index]["finish_ms"] for run in runs)
            excerpts = statistics.median(run[index]["excerpts_ms"] for run in runs)
            finish_trips = max(run[index]["finish_trips"] for run in runs)
            excerpt_trips = max(run[index]["excerpt_trips"] for run in runs)
            per = finish / size
            verdict = "ok" if per <= TARGET_MS_PER_FINDING else "MISSED"
            print(
                f"{size:>8}  {label:<28}  {finish:>7.0f} ms  {per:>8.3f} ms  {finish_trips:>5}  "
                f"{excerpts:>7.0f} ms  {excerpts / size:>8.3f} ms  {excerpt_trips:>5}  "
                f"finish <= {TARGET_MS_PER_FINDING:g} ms/finding ({verdict})"
            )


if __name__ == "__main__":
    main()
