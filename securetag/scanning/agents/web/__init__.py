"""Passive web scan: what a polite visitor can learn about a site's security configuration.

The scan fetches the start page, crawls same-origin links (depth and request
budget capped, rate limited), probes a short list of files that should never
be served, and, for HTTPS, handshakes twice with the server to judge its
protocol and certificate. Nothing is submitted, guessed or fuzzed. Every
connection goes through `securetag.security.ssrf.SsrfGuard`.

The package has two sides. The worker imports only `agent` (the argv to run,
and the output read back into `Finding` objects). Everything else is the
program the worker runs inside the sandbox:

    python -m securetag.scanning.agents.web --url URL [--max-requests N] [--max-depth D]
        [--rate R] [--timeout S] [--max-duration S] [--allow CIDR ...] [--ca-file PEM]

which prints one JSON document (`report.ScanReport`): {"findings", "requests_made",
"errors", "refused", "unreachable", "coverage"}. The sandbox side imports only
the standard library, requests, urllib3, cryptography, `securetag.security.ssrf`
and `securetag.kernel.errors`: no pydantic model, no database, no queue. That is
why this file holds nothing but this text: importing any module of the package
runs it first.
"""
