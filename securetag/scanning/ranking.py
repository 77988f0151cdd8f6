"""What a code audit reports from its engines' findings, and which of two reports leads.

The policy (docs/scanning.md#ranking):

1. Every finding lists its most specific CWE, then the category CWE above it
   (securetag.scanning.weaknesses).
2. Every finding says how it was found, `extra["analysis"]`: `taint` when a Semgrep
   taint rule followed request data from a source to a sink, past the sanitizers it
   knows; `pattern` when a shape matched (a Semgrep search rule, Bandit's AST checks,
   detect-secrets).
3. The `default` profile leaves out what an engine without dataflow guesses where it
   cannot know:
   - constructs that are no vulnerability by themselves (CONSTRUCT_ONLY: importing
     `subprocess` or `pickle`, a subprocess with a constant argv, `assert`, any call
     to `random`); and
   - findings in a category that a taint rule of the pack judges for the file's
     language: Bandit's B608 flags every string with `SELECT` in it, parameterized or
     not, where the SQL injection taint rule decides whether request data reaches
     the query.
   The `audit` profile keeps everything every engine said.
4. When two engines report the same issue (one fingerprint), the taint finding leads
   the merged one (securetag.scanning.findings.deduplicate).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from securetag.kernel.models import Finding, ScanProfile
from securetag.scanning import findings
from securetag.scanning.rule_pack import RulePack
from securetag.scanning.weaknesses import with_categories

TAINT = "taint"
PATTERN = "pattern"

# Engines that match shapes only: none of their findings follows data.
ENGINES_WITHOUT_DATAFLOW = frozenset({"bandit"})

# Bandit checks that flag a construct, not a flaw: whether it is one depends on data
# Bandit does not follow (or, for assert and try/except/pass, it is code quality).
CONSTRUCT_ONLY = frozenset(
    {
        "bandit.B101",  # assert used
        "bandit.B110",  # try/except/pass
        "bandit.B112",  # try/except/continue
        "bandit.B311",  # any call to `random`: what the value is for decides
        "bandit.B401",  # import telnetlib
        "bandit.B402",  # import ftplib
        "bandit.B403",  # import pickle
        "bandit.B404",  # import subprocess
        "bandit.B405",  # import xml.etree
        "bandit.B406",  # import xml.sax
        "bandit.B407",  # import xml.dom.expatbuilder
        "bandit.B408",  # import xml.dom.minidom
        "bandit.B409",  # import xml.dom.pulldom
        "bandit.B410",  # import lxml
        "bandit.B411",  # import xmlrpc
        "bandit.B412",  # import httpoxy-prone handlers
        "bandit.B413",  # import pycrypto
        "bandit.B415",  # import pyghmi
        "bandit.B603",  # subprocess without a shell
        "bandit.B607",  # a program started by a partial path
    }
)

# The language of a file, by extension, as the rule pack names it.
LANGUAGE_OF_SUFFIX = {
    ".py": "python",
    ".pyw": "python",
    ".java": "java",
    ".js": "javascript",
    ".jsx": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".ts": "typescript",
    ".tsx": "typescript",
    ".go": "go",
}


def settle(
    found: list[Finding],
    *,
    secret_tools: set[str],
    pack: RulePack,
    profile: ScanProfile = ScanProfile.DEFAULT,
) -> list[Finding]:
    """What a scan stores: categorised, ranked, filtered by `profile`, secrets redacted,
    fingerprinted, the same issue from two engines merged."""
    kept = []
    for finding in found:
        finding = _classified(finding, pack)
        if profile is ScanProfile.DEFAULT and _left_out_by_default(finding, pack):
            continue
        kept.append(finding)
    for tool in sorted(secret_tools):
        kept = findings.redact_secret_lines(kept, secrets_tool=tool)
    return findings.deduplicate(findings.assign_fingerprints(kept))


def _classified(finding: Finding, pack: RulePack) -> Finding:
    analysis = TAINT if finding.tool == "semgrep" and pack.is_taint(finding.rule_id) else PATTERN
    return finding.model_copy(
        update={
            "cwe": with_categories(finding.cwe),
            "extra": {**finding.extra, "analysis": analysis},
        }
    )


def _left_out_by_default(finding: Finding, pack: RulePack) -> bool:
    if finding.tool not in ENGINES_WITHOUT_DATAFLOW:
        return False
    if finding.rule_id in CONSTRUCT_ONLY:
        return True
    language = LANGUAGE_OF_SUFFIX.get(PurePosixPath(finding.path).suffix.lower())
    return language is not None and bool(set(finding.cwe) & pack.taint_cwes(language))
