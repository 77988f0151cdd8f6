"""The secrets agent's program in the sandbox: detect-secrets over a tree, one file at a time.

    python -m securetag.scanning.agents.secrets_scan [--jobs N] [--unscreened] \\
        -C /input scan --all-files -n \\
        [--disable-plugin NAME ...] [--disable-filter PATH ...] /input

It takes detect-secrets' own `scan` arguments and prints detect-secrets' own JSON
report, plus `examined` (how many files were scanned) and `skipped` (files not
scanned, as `{"path", "reason"}`, with a short `detail` for some reasons).
`secrets.build_argv` writes its command line. Its own options come first: `--jobs N`
scans the files in N forked processes (same report, in the same order); `--unscreened`
leaves out `secrets_screen`, the cheap test in front of every plugin that makes the scan
several times faster without changing what it reports (kept to compare the two).
It exists because `detect-secrets scan` lets the scanned tree hide secrets in two
ways that its options cannot turn off:

- Over a directory, detect-secrets hands the files to a multiprocessing pool whose
  workers rebuild their settings from JSON that leaves the default filters out, so
  the workers put `is_non_text_file` back whatever `--disable-filter` said: any file
  named `*.png`, `*.lock`, `*.css`, `*.svg`, `*.map`, `*.sum` … went unread on the
  strength of its name. Here every file is scanned in this process, under exactly
  the settings the arguments made.
- It reads a file as strict UTF-8 and drops the whole file, without a word, at its
  first undecodable byte: one stray byte in a comment hid every secret in the file.
  Here undecodable bytes read as U+FFFD and the rest of the file is scanned.

What is not scanned is the service's choice and is listed: a file with a NUL byte in
its first 8000 bytes (git's test for binary; decoding images and archives as text
would take minutes and find nothing) is `binary`; one that cannot be opened is
`unreadable`, and anything but a regular file `not_a_file`.

One file costs only itself. detect-secrets parses YAML files into a tree before it
reads them (its YAML transformer): a deeply nested file ends in `RecursionError`,
and an alias bomb ("billion laughs") expands, through the transformer's walk over
the parsed tree, into billions of entries until the memory limit or the sandbox's
wall clock stops the whole run. So each file is scanned under a time limit
(`file_time_limit`, SIGALRM) and inside a handler for any exception: a file that
raises is `tool_crash` (the detail is the exception's class name, never its message,
which may quote the file), one that runs out of time is `timeout`, and the loop goes
on with the next file. Secrets found in such a file before it failed are kept. Under
the sandbox's address-space limit a file that allocates without bound ends in
`MemoryError`, which is a `tool_crash` like any other exception; the time limit
usually stops an alias bomb first.

Each result also carries `securetag_span`, `[start, end]`: where on its line (as read
with undecodable bytes replaced, the line ending stripped) the value detect-secrets
flagged is, found here where the value is known. The worker then only cuts the line
there and checks the SHA-1, instead of searching the line for a value whose hash
alone it has (that search, outside the sandbox, is what cost minutes of CPU). A value
not written literally on its line (an escaped YAML string) has no span.

Nothing here imports Securetag beyond this package's light `__init__`: the program
runs with only detect-secrets and the standard library.
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing
import multiprocessing.pool
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

from detect_secrets.core import baseline
from detect_secrets.core import scan as detect_secrets_scan
from detect_secrets.core.potential_secret import PotentialSecret
from detect_secrets.core.scan import get_files_to_scan
from detect_secrets.core.secrets_collection import SecretsCollection
from detect_secrets.main import parse_args
from detect_secrets.util.path import convert_local_os_path

from securetag.scanning.agents import secrets_screen

BINARY_PROBE_BYTES = 8000
# A file's time limit grows with its size: detect-secrets reads about 0.3 MiB of
# ordinary source a second on one core, so a large but honest file gets three times
# that, and a small pathological one (an alias bomb is a few hundred bytes) is
# stopped after the base.
FILE_TIME_BASE_S = 5.0
FILE_TIME_PER_MIB_S = 10.0
# Seconds the whole scan may take before the files not started yet are listed as
# not reached (so many slow files end in a report, not in the sandbox's kill); the
# agent sets it below its profile's wall clock.
DEADLINE_ENV = "SECURETAG_SECRETS_DEADLINE_S"
# The key of a result's span, read by `secrets.parse`.
SPAN_KEY = "securetag_span"


class FileTimedOut(Exception):
    """Raised inside a file's scan when its time limit has passed."""


def main(argv: Sequence[str] | None = None) -> int:
    """Exit 0 with the report on stdout; 2 when asked for anything but a plain `scan`."""
    own, rest = _own_options(list(argv) if argv is not None else sys.argv[1:])
    args = parse_args(rest)
    if args.action != "scan" or _asks_for_more_than_a_scan(args):
        print("error: only `scan` of paths is supported", file=sys.stderr)
        return 2
    if not own.unscreened:
        secrets_screen.install()
    # detect-secrets opens files with the bare name `open` in this module.
    detect_secrets_scan.open = functools.partial(open, encoding="utf-8", errors="replace")
    collection = SecretsCollection(root=args.custom_root)
    examined, skipped = 0, []
    filenames = get_files_to_scan(
        *args.path, should_scan_all_files=args.all_files, root=args.custom_root
    )
    scan = functools.partial(_scan_path, args.custom_root, _deadline())
    with _pool(own.jobs) as pool:
        results = pool.imap(scan, filenames, chunksize=8) if pool else map(scan, filenames)
        for filename, found, skip in results:
            for secret in found:
                collection[convert_local_os_path(filename)].add(secret)
            if skip:
                skipped.append({"path": filename, **skip})
            else:
                examined += 1
    report = baseline.format_for_output(collection)
    add_spans(report, collection, args.custom_root)
    report["examined"] = examined
    report["skipped"] = skipped
    print(json.dumps(report, indent=2))
    return 0


def _own_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """This program's options (before detect-secrets' own), and the rest for detect-secrets.

    `--jobs N`: files are scanned by N processes (a pool forked after the settings are
    made, so every process scans under exactly them); 1 scans in this process.
    `--unscreened`: every plugin reads every line, as in detect-secrets (`secrets_screen`
    is what it skips); for comparing the two.
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--jobs", type=_positive_int, default=1)
    parser.add_argument("--unscreened", action="store_true")
    own = argparse.Namespace(jobs=1, unscreened=False)
    rest = list(argv)
    while rest and rest[0] in ("--jobs", "--unscreened"):
        take = 2 if rest[0] == "--jobs" else 1
        parser.parse_args(rest[:take], namespace=own)
        rest = rest[take:]
    return own, rest


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


@contextmanager
def _pool(jobs: int) -> Iterator[multiprocessing.pool.Pool | None]:
    if jobs <= 1:
        yield None
        return
    # fork: the children inherit the settings and the screen installed above.
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield pool


def _scan_path(
    root: str, deadline: float | None, filename: str
) -> tuple[str, list[PotentialSecret], dict[str, str] | None]:
    """One file: what was found in it, and why it was not (wholly) scanned, or None."""
    if deadline is not None and time.monotonic() >= deadline:
        return filename, [], {"reason": "not_reached"}
    path = os.path.join(root, filename)
    reason = _reason_to_skip(path)
    if reason:
        return filename, [], {"reason": reason}
    found: list[PotentialSecret] = []
    failure = _scan_one_file(found, path, file_time_limit(os.path.getsize(path)))
    return filename, found, failure


def add_spans(report: dict, collection: SecretsCollection, root: str) -> None:
    """Each result's `SPAN_KEY`: where its value is on its line (each file read once)."""
    values = {
        (filename, secret.type, secret.secret_hash, secret.line_number): secret.secret_value
        for filename, secret in collection
        if secret.secret_value
    }
    for filename, results in report["results"].items():
        wanted = {result.get("line_number") for result in results}
        lines = read_lines(os.path.join(root, filename), wanted)
        for result in results:
            key = (filename, result["type"], result["hashed_secret"], result.get("line_number"))
            value, line = values.get(key), lines.get(result.get("line_number"))
            start = line.find(value) if value and line else -1
            if start >= 0:
                result[SPAN_KEY] = [start, start + len(value)]


def read_lines(path: str, numbers: set) -> dict[int, str]:
    """Lines `numbers` (1-based) of the file at `path`, their endings stripped, in one read."""
    lines: dict[int, str] = {}
    last = max((n for n in numbers if isinstance(n, int)), default=0)
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as handle:
            for number, line in enumerate(handle, start=1):
                if number > last:
                    break
                if number in numbers:
                    lines[number] = line.rstrip("\r\n")
    except OSError:
        pass
    return lines


def _deadline() -> float | None:
    """The monotonic time after which no new file is started (None: no limit set)."""
    try:
        seconds = float(os.environ[DEADLINE_ENV])
    except (KeyError, ValueError):
        return None
    return time.monotonic() + seconds


def file_time_limit(size_bytes: int) -> float:
    """Seconds one file of `size_bytes` may take."""
    return FILE_TIME_BASE_S + FILE_TIME_PER_MIB_S * size_bytes / (1024 * 1024)


def _scan_one_file(
    found: list[PotentialSecret], path: str, seconds: float
) -> dict[str, str] | None:
    """Scan one file into `found`; why it was not wholly scanned, or None."""
    try:
        with _time_limit(seconds):
            for secret in detect_secrets_scan.scan_file(path):
                found.append(secret)
    except FileTimedOut:
        return {"reason": "timeout", "detail": f"over {seconds:.0f} s"}
    except Exception as exc:  # RecursionError, MemoryError, a detect-secrets bug: this file only
        return {"reason": "tool_crash", "detail": type(exc).__name__}
    return None


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise FileTimedOut

    previous = signal.signal(signal.SIGALRM, expire)
    # It fires again every second after the first: code that swallows the first
    # exception (a broad `except`) does not get to run on unbounded.
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _asks_for_more_than_a_scan(args: argparse.Namespace) -> bool:
    return bool(
        args.baseline is not None or args.string or args.only_allowlisted or args.list_all_plugins
    )


def _reason_to_skip(path: str) -> str | None:
    if not os.path.isfile(path):  # opening a FIFO would block
        return "not_a_file"
    try:
        with open(path, "rb") as handle:
            head = handle.read(BINARY_PROBE_BYTES)
    except OSError:
        return "unreadable"
    return "binary" if b"\0" in head else None


if __name__ == "__main__":
    sys.exit(main())
