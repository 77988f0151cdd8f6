"""Scan benchmark (`make bench`): a ~10,000-line repository, orchestrated vs the bare tools.

"Orchestrated" is the whole code_audit task as a worker runs it, from the claim
to the results written: open the sealed upload, unpack it safely, run Semgrep
(our rule pack), Bandit and detect-secrets one after another in the bubblewrap
sandbox, record each run, normalize, compare and store the findings. "Direct"
runs the same three tools with the same arguments on the same unpacked tree,
one after another, without sandbox or database. Target: orchestrated <= 1.15x
direct. Each is the median of --runs runs after one unmeasured warm-up.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from securetag.kernel.models import ClaimedTask
from securetag.queue.handlers import TaskContext
from securetag.queue.tasks import TaskQueue
from securetag.scanning.agents import bandit, secrets, semgrep
from securetag.scanning.service import RequestInfo, ScanService
from securetag.scanning.task import ScanRunner
from securetag.scanning.unpack.extract import unpack_archive
from securetag.scanning.unpack.limits import UnpackLimits
from securetag.security.crypto import MasterKeyRing
from securetag.store.db import API_ROLE, WORKER_ROLE, Database, with_user
from securetag.store.migrate import migrate
from securetag.store.vault import Vault
from securetag.tenancy.auth import SCOPES, Principal
from securetag.tenancy.tenants import create_tenant
from tests.bench.queue_bench import bench_database
from tests.support import vulnerable_project as project
from tests.support.archives import tar_gz
from tests.support.settings import make_settings

FILLER_PY = '''
def helper_{n}(items):
    """Sum the even items."""
    total = 0
    for item in items:
        if item % 2 == 0:
            total += item
    return total
'''
FILLER_JS = """
function helper{n}(items) {{
  let total = 0;
  for (const item of items) {{
    if (item % 2 === 0) {{ total += item; }}
  }}
  return total;
}}
"""


def repository(target_lines: int = 10_000) -> tuple[bytes, int]:
    """A tar.gz of the vulnerable project plus filler modules; (archive, line count)."""
    files = {
        "app/views.py": project.FLASK_APP,
        "app/settings.py": project.SETTINGS_WITH_A_KEY,
        "web/server.js": project.EXPRESS_SERVER,
        "src/main/java/com/example/UserServlet.java": project.JAVA_DAO,
        "cmd/convert/main.go": project.GO_COMMAND,
    }
    lines = sum(text.count("\n") for text in files.values())
    module = 0
    while lines < target_lines:
        ext, filler = ("py", FILLER_PY) if module % 2 == 0 else ("js", FILLER_JS)
        text = "".join(filler.format(n=i) for i in range(40))
        files[f"lib/pkg{module % 8}/module{module}.{ext}"] = text
        lines += text.count("\n")
        module += 1
    return tar_gz({name: text.encode() for name, text in files.items()}), lines


def direct(tree: Path) -> float:
    """Seconds to run the three tools bare, as the scan task would invoke them."""
    home = tempfile.mkdtemp(prefix="securetag-bench-home-")
    env = {**os.environ, **semgrep.environment(home)}
    bin_dir = Path(sys.executable).parent
    commands = [
        (semgrep.build_argv(str(tree), rules_dir=str(semgrep.rules_dir())), None),
        (bandit.build_argv(str(tree)), None),
        (secrets.build_argv(str(tree)), str(tree)),
    ]
    started = time.perf_counter()
    for argv, cwd in commands:
        argv = [str(bin_dir / argv[0]) if (bin_dir / argv[0]).exists() else argv[0], *argv[1:]]
        subprocess.run(argv, env=env, cwd=cwd, capture_output=True, check=False)
    return time.perf_counter() - started


def through_the_scan_task(
    scans: ScanService, runner: ScanRunner, principal, archive: bytes
) -> float:
    scan = scans.submit_code_audit(
        principal,
        RequestInfo(),
        project="bench",
        filename="repo.tgz",
        archive_format="tar.gz",
        content=archive,
    )
    task = ClaimedTask(
        id=scan["task_id"],
        type="code_audit",
        tenant_id=principal.tenant_id,
        payload={"scan_id": str(scan["id"])},
        priority=0,
        attempts=1,
        max_attempts=1,
        timeout_s=900,
        claim_token=uuid.uuid4(),
        started_at=datetime.now(UTC),
    )
    started = time.perf_counter()
    runner.run(task, TaskContext(task, time.monotonic() + 900, threading.Event()))
    elapsed = time.perf_counter() - started
    state = scans.get(principal, scan["id"])
    if state["state"] != "succeeded" or state["error"]:
        raise RuntimeError(f"the benchmark scan did not succeed cleanly: {state['error']}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lines", type=int, default=10_000)
    args = parser.parse_args()

    archive, lines = repository(args.lines)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        unpack_archive(archive, "tar.gz", tree, UnpackLimits())
        direct(tree)  # warm-up: page cache, Python imports
        direct_s = [direct(tree) for _ in range(args.runs)]

    with bench_database() as url:
        settings = make_settings(url, worker_concurrency=1, log_level="WARNING")
        ring = MasterKeyRing.from_settings(settings)
        with Database(url, max_size=2) as admin:
            migrate(admin)
            tenant = create_tenant(admin, f"bench-{uuid.uuid4().hex[:6]}")["id"]
        with (
            Database(with_user(url, API_ROLE), max_size=2) as api_db,
            Database(with_user(url, WORKER_ROLE), max_size=4) as worker_db,
        ):
            scans = ScanService(api_db, TaskQueue(api_db, settings), Vault(api_db, ring))
            runner = ScanRunner(settings, worker_db, Vault(worker_db, ring))
            principal = Principal("benchkey0001", tenant, frozenset(SCOPES), 600)
            through_the_scan_task(scans, runner, principal, archive)  # warm-up
            task_s = [
                through_the_scan_task(scans, runner, principal, archive) for _ in range(args.runs)
            ]

    med_direct, med_task = statistics.median(direct_s), statistics.median(task_s)
    print(f"\nscan benchmark: {lines:,} lines, median of {args.runs} runs")
    print(f"{'tools run directly (semgrep, bandit, detect-secrets)':<56} {med_direct:7.2f} s")
    print(f"{'code_audit task (sandbox, unpack, records, findings)':<56} {med_task:7.2f} s")
    print(f"{'ratio':<56} {med_task / med_direct:7.2f}x  (target <= 1.15x)")


if __name__ == "__main__":
    main()
