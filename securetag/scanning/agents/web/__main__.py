"""The in-sandbox program: `python -m securetag.scanning.agents.web --url URL ...`.

It prints one `report.ScanReport` document on stdout; `agent.build_argv` writes
its command line and `agent.parse_output` reads what it printed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from securetag.kernel.errors import ConfigError, InvalidRequest
from securetag.security.ssrf import ALLOW_ENV_VAR, SsrfGuard, parse_allow_list

from .crawl import WebScanBudget, scan_url


def _argument_parser() -> argparse.ArgumentParser:
    defaults = WebScanBudget()
    parser = argparse.ArgumentParser(
        prog="python -m securetag.scanning.agents.web",
        description="Passive web scan; prints one JSON document on stdout.",
    )
    parser.add_argument("--url", required=True)
    parser.add_argument("--max-requests", type=int, default=defaults.max_requests)
    parser.add_argument("--max-depth", type=int, default=defaults.max_depth)
    parser.add_argument("--rate", type=float, default=defaults.rate_per_s, help="requests/s")
    parser.add_argument("--timeout", type=float, default=defaults.timeout_s, help="seconds")
    parser.add_argument("--max-body-bytes", type=int, default=defaults.max_body_bytes)
    parser.add_argument(
        "--max-duration", type=float, default=defaults.max_duration_s, help="seconds, whole scan"
    )
    parser.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="CIDR",
        help=f"internal range the scan may reach (added to {ALLOW_ENV_VAR}); repeatable",
    )
    parser.add_argument("--ca-file", help="PEM CA bundle to judge the certificate against")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry point: exit 0 with the JSON result (refusals included), 2 on bad arguments."""
    args = _argument_parser().parse_args(argv)
    try:
        allow = [
            *parse_allow_list(os.environ.get(ALLOW_ENV_VAR, "").split(",")),
            *parse_allow_list(args.allow, source="--allow"),
        ]
        budget = WebScanBudget(
            max_requests=args.max_requests,
            max_depth=args.max_depth,
            rate_per_s=args.rate,
            timeout_s=args.timeout,
            max_body_bytes=args.max_body_bytes,
            max_duration_s=args.max_duration,
        )
    except (ConfigError, InvalidRequest) as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    report = scan_url(args.url, budget=budget, guard=SsrfGuard(allow), ca_file=args.ca_file)
    sys.stdout.write(report.to_json() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
