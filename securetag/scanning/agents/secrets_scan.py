"""The secrets agent's program in the sandbox: detect-secrets over a tree, one file at a time.

    python -m securetag.scanning.agents.secrets_scan -C /input scan --all-files -n \\
        [--disable-plugin NAME ...] [--disable-filter PATH ...] /input

It takes detect-secrets' own `scan` arguments and prints detect-secrets' own JSON
report, plus `examined` (how many files were scanned) and `skipped` (files not
scanned, as `{"path", "reason"}`). `secrets.build_argv` writes its command line.
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

Nothing here imports Securetag beyond this package's light `__init__`: the program
runs with only detect-secrets and the standard library.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Sequence

from detect_secrets.core import baseline
from detect_secrets.core import scan as detect_secrets_scan
from detect_secrets.core.scan import get_files_to_scan
from detect_secrets.core.secrets_collection import SecretsCollection
from detect_secrets.main import parse_args

BINARY_PROBE_BYTES = 8000


def main(argv: Sequence[str] | None = None) -> int:
    """Exit 0 with the report on stdout; 2 when asked for anything but a plain `scan`."""
    args = parse_args(list(argv) if argv is not None else None)
    if args.action != "scan" or _asks_for_more_than_a_scan(args):
        print("error: only `scan` of paths is supported", file=sys.stderr)
        return 2
    # detect-secrets opens files with the bare name `open` in this module.
    detect_secrets_scan.open = functools.partial(open, encoding="utf-8", errors="replace")
    collection = SecretsCollection(root=args.custom_root)
    examined, skipped = 0, []
    for filename in get_files_to_scan(
        *args.path, should_scan_all_files=args.all_files, root=args.custom_root
    ):
        reason = _reason_to_skip(os.path.join(args.custom_root, filename))
        if reason:
            skipped.append({"path": filename, "reason": reason})
            continue
        collection.scan_file(filename)
        examined += 1
    report = baseline.format_for_output(collection)
    report["examined"] = examined
    report["skipped"] = skipped
    print(json.dumps(report, indent=2))
    return 0


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
