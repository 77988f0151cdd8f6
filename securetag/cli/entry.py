"""The `securetag` command's entry point: `securetag scan` starts without the server.

`securetag scan` is the CI client, run once per build: loading the server's modules
(the worker, the scanners, the triage, the database layer) before it sends anything
cost it most of a second. It needs none of them, nor the server's settings, so it is
dispatched here before they are imported; every other command goes to cli.main.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["scan"]:
        from securetag.cli.ci_client.command import main as scan

        return scan(args[1:])
    from securetag.cli.main import main as everything_else

    return everything_else(args)
