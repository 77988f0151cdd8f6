"""A finding's CWE list: its most specific weakness first, then the category CWE above it.

Consumers filter by the category (a dashboard's "code injection" is CWE-94, a
benchmark's weak randomness CWE-330), while a rule knows the exact weakness (eval is
CWE-95, a non-cryptographic PRNG CWE-338). So every finding lists both: whatever an
engine reported, then each category above it that is missing. Each pair below is a
descendant and its ancestor in MITRE's Research View (CWE-1000);
tests/unit/test_cwe_catalog.py checks that against a pinned copy of the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable

# specific weakness -> the category CWE above it that consumers filter by
CATEGORY_OF = {
    # code injection: eval, static code, server-side templates
    "CWE-95": "CWE-94",
    "CWE-96": "CWE-94",
    "CWE-1336": "CWE-94",
    # SQL injection through an ORM's query language
    "CWE-564": "CWE-89",
    # path traversal, its relative and absolute forms
    "CWE-23": "CWE-22",
    "CWE-36": "CWE-22",
    # cross-site scripting variants
    "CWE-80": "CWE-79",
    "CWE-83": "CWE-79",
    "CWE-87": "CWE-79",
    # weak randomness: a non-cryptographic PRNG, a predictable seed
    "CWE-338": "CWE-330",
    "CWE-335": "CWE-330",
    "CWE-336": "CWE-330",
    "CWE-337": "CWE-330",
    # a fast hash for passwords is a weak hash. (A weak hash is not listed under CWE-327,
    # its parent: consumers count CWE-327 as broken ciphers, and an MD5 checksum beside
    # AES-GCM must not read as a broken cipher.)
    "CWE-916": "CWE-328",
    "CWE-780": "CWE-327",
    # hard-coded passwords and keys are hard-coded credentials
    "CWE-259": "CWE-798",
    "CWE-321": "CWE-798",
}


def with_categories(cwes: Iterable[str]) -> list[str]:
    """`cwes` in order, each followed (once) by the categories above it that are missing."""
    listed: dict[str, None] = {}
    for cwe in cwes:
        listed.setdefault(cwe, None)
    for cwe in list(listed):
        category = CATEGORY_OF.get(cwe)
        while category is not None:
            listed.setdefault(category, None)
            category = CATEGORY_OF.get(category)
    return list(listed)
