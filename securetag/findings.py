"""Findings and their SARIF 2.1.0 report.

Scanning agents (and the normalized finding model) arrive with the scanning
work; until then a finished scan has no findings and its report says so in
valid SARIF.
"""

from __future__ import annotations

from typing import Any

from securetag import __version__
from securetag.db import Row

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def sarif_report(scan: Row, findings: list[Row]) -> dict[str, Any]:
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "Securetag",
                        "version": __version__,
                        "informationUri": "https://securetag.invalid/docs",
                        "rules": [],
                    }
                },
                "automationDetails": {"id": f"securetag/{scan['project']}/{scan['id']}"},
                "invocations": [{"executionSuccessful": scan["state"] == "succeeded"}],
                "results": list(findings),
            }
        ],
    }
