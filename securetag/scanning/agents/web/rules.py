"""Every check's identity and taxonomy, and how one observation becomes a finding.

A check module returns `Hit`s; `FindingSet` turns them into `report.finding_document`
dicts, reporting a site-wide problem (a missing header) once per origin and a
per-URL one (an exposed file) once per URL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from securetag.security.ssrf import DEFAULT_PORTS

from .report import RULE_PREFIX, ConfidenceName, SeverityName, finding_document

A01 = "A01:2021 - Broken Access Control"
A02 = "A02:2021 - Cryptographic Failures"
A05 = "A05:2021 - Security Misconfiguration"


@dataclass(frozen=True, slots=True)
class WebRule:
    """A check's identity and taxonomy: everything a finding shares across targets."""

    id: str
    title: str
    severity: SeverityName
    cwe: tuple[str, ...]
    owasp: str
    fix_hint: str
    site_wide: bool
    """Reported once per origin (a header) rather than once per URL (an exposed file)."""
    confidence: ConfidenceName = "high"

    @property
    def rule_id(self) -> str:
        return RULE_PREFIX + self.id


RULES: dict[str, WebRule] = {
    rule.id: rule
    for rule in (
        WebRule(
            "missing-csp",
            "Content-Security-Policy header missing",
            "medium",
            ("CWE-693", "CWE-1021"),
            A05,
            "Send a Content-Security-Policy such as \"default-src 'self'\".",
            site_wide=True,
        ),
        WebRule(
            "csp-unsafe-inline",
            "Content-Security-Policy allows inline scripts",
            "medium",
            ("CWE-693", "CWE-79"),
            A05,
            "Remove 'unsafe-inline' from script-src; use nonces or hashes for inline scripts.",
            site_wide=True,
        ),
        WebRule(
            "csp-unsafe-eval",
            "Content-Security-Policy allows eval()",
            "low",
            ("CWE-693", "CWE-95"),
            A05,
            "Remove 'unsafe-eval' from script-src and stop building code from strings.",
            site_wide=True,
        ),
        WebRule(
            "csp-wildcard-script-src",
            "Content-Security-Policy lets scripts load from anywhere",
            "medium",
            ("CWE-693", "CWE-79"),
            A05,
            "Restrict script-src (or default-src) to 'self' and named hosts; never *, http: "
            "or https: alone.",
            site_wide=True,
        ),
        WebRule(
            "missing-hsts",
            "Strict-Transport-Security header missing",
            "medium",
            ("CWE-319", "CWE-523"),
            A05,
            "Send Strict-Transport-Security: max-age=31536000; includeSubDomains on HTTPS.",
            site_wide=True,
        ),
        WebRule(
            "weak-hsts",
            "Strict-Transport-Security max-age too short",
            "low",
            ("CWE-319", "CWE-523"),
            A05,
            "Raise the HSTS max-age to at least 15552000 seconds (180 days); a year is usual.",
            site_wide=True,
        ),
        WebRule(
            "missing-frame-protection",
            "Page can be framed by other sites (clickjacking)",
            "medium",
            ("CWE-1021",),
            A05,
            "Send Content-Security-Policy: frame-ancestors 'self' (or X-Frame-Options: DENY).",
            site_wide=True,
        ),
        WebRule(
            "missing-nosniff",
            "X-Content-Type-Options: nosniff missing",
            "low",
            ("CWE-693",),
            A05,
            "Send X-Content-Type-Options: nosniff on every response.",
            site_wide=True,
        ),
        WebRule(
            "missing-referrer-policy",
            "Referrer-Policy header missing",
            "low",
            ("CWE-200",),
            A05,
            "Send Referrer-Policy: strict-origin-when-cross-origin (or stricter).",
            site_wide=True,
        ),
        WebRule(
            "unsafe-referrer-policy",
            "Referrer-Policy leaks full URLs to other sites",
            "medium",
            ("CWE-200", "CWE-598"),
            A05,
            "Replace unsafe-url with strict-origin-when-cross-origin or no-referrer.",
            site_wide=True,
        ),
        WebRule(
            "cookie-missing-secure",
            "Cookie set without the Secure attribute",
            "medium",
            ("CWE-614",),
            A05,
            "Add Secure to every cookie set over HTTPS so it never travels in clear text.",
            site_wide=True,
        ),
        WebRule(
            "cookie-missing-httponly",
            "Session cookie readable by JavaScript (no HttpOnly)",
            "medium",
            ("CWE-1004",),
            A05,
            "Add HttpOnly to session cookies so a script injection cannot steal them.",
            site_wide=True,
            confidence="medium",
        ),
        WebRule(
            "cookie-missing-samesite",
            "Cookie set without a SameSite attribute",
            "low",
            ("CWE-1275", "CWE-352"),
            A01,
            "Add SameSite=Lax (or Strict) to cookies that carry authority.",
            site_wide=True,
        ),
        WebRule(
            "cookie-samesite-none-without-secure",
            "SameSite=None cookie without Secure",
            "low",
            ("CWE-1275", "CWE-614"),
            A01,
            "SameSite=None requires Secure; add it or choose SameSite=Lax.",
            site_wide=True,
        ),
        WebRule(
            "tls-weak-protocol",
            "Server negotiates a TLS version older than 1.2",
            "high",
            ("CWE-327", "CWE-326"),
            A02,
            "Disable SSLv3, TLS 1.0 and TLS 1.1; offer TLS 1.2 and 1.3 only.",
            site_wide=True,
        ),
        WebRule(
            "tls-untrusted-certificate",
            "TLS certificate is not trusted (self-signed or unknown issuer)",
            "high",
            ("CWE-295",),
            A02,
            "Serve a certificate from a publicly trusted CA (e.g. Let's Encrypt) with its full "
            "chain.",
            site_wide=True,
        ),
        WebRule(
            "tls-certificate-expired",
            "TLS certificate outside its validity period",
            "high",
            ("CWE-298", "CWE-295"),
            A02,
            "Renew the certificate and automate renewal.",
            site_wide=True,
        ),
        WebRule(
            "tls-certificate-expiring",
            "TLS certificate expires within 30 days",
            "low",
            ("CWE-298",),
            A02,
            "Renew the certificate now and automate renewal (ACME).",
            site_wide=True,
        ),
        WebRule(
            "tls-hostname-mismatch",
            "TLS certificate does not name this host",
            "high",
            ("CWE-297", "CWE-295"),
            A02,
            "Serve a certificate whose subjectAltName lists this host name.",
            site_wide=True,
        ),
        WebRule(
            "cors-reflected-origin-credentials",
            "CORS trusts any origin, with credentials",
            "high",
            ("CWE-942", "CWE-346"),
            A01,
            "Allow only a fixed list of trusted origins; never echo the Origin header back "
            "together with Access-Control-Allow-Credentials: true.",
            site_wide=True,
        ),
        WebRule(
            "cors-reflected-origin",
            "CORS echoes any Origin back",
            "low",
            ("CWE-942",),
            A05,
            "Allow only a fixed list of trusted origins instead of echoing the Origin header.",
            site_wide=True,
        ),
        WebRule(
            "cors-wildcard-origin",
            "CORS allows every origin (*)",
            "info",
            ("CWE-942",),
            A05,
            "Fine for public, unauthenticated data; otherwise list the allowed origins.",
            site_wide=True,
        ),
        WebRule(
            "exposed-git",
            "Git repository exposed (/.git/)",
            "high",
            ("CWE-527", "CWE-538"),
            A01,
            "Deny access to /.git/ in the web server and deploy without the repository.",
            site_wide=False,
        ),
        WebRule(
            "exposed-svn",
            "Subversion metadata exposed (/.svn/)",
            "high",
            ("CWE-527", "CWE-538"),
            A01,
            "Deny access to /.svn/ in the web server and deploy an export, not a checkout.",
            site_wide=False,
        ),
        WebRule(
            "exposed-env",
            "Environment file exposed (/.env)",
            "critical",
            ("CWE-538", "CWE-200"),
            A01,
            "Remove .env from the web root, deny dotfiles, and rotate every secret it held.",
            site_wide=False,
        ),
        WebRule(
            "exposed-backup",
            "Backup or source file downloadable",
            "high",
            ("CWE-530", "CWE-538"),
            A01,
            "Remove backups and editor copies from the web root; store them elsewhere.",
            site_wide=False,
        ),
        WebRule(
            "exposed-ds-store",
            ".DS_Store file exposed",
            "low",
            ("CWE-538",),
            A01,
            "Delete .DS_Store files from the web root and deny dotfiles.",
            site_wide=False,
        ),
        WebRule(
            "exposed-server-status",
            "Apache server-status page public",
            "medium",
            ("CWE-200", "CWE-497"),
            A05,
            "Restrict mod_status (/server-status) to localhost or disable it.",
            site_wide=False,
        ),
        WebRule(
            "directory-listing",
            "Directory listing enabled",
            "medium",
            ("CWE-548",),
            A01,
            "Disable automatic indexes (Apache: Options -Indexes; nginx: autoindex off).",
            site_wide=False,
        ),
        WebRule(
            "version-disclosure",
            "Server software version disclosed",
            "low",
            ("CWE-497", "CWE-200"),
            A05,
            "Hide versions (Apache: ServerTokens Prod; nginx: server_tokens off; PHP: "
            "expose_php Off).",
            site_wide=True,
        ),
        WebRule(
            "mixed-content",
            "HTTPS page loads resources over plain HTTP",
            "medium",
            ("CWE-319",),
            A02,
            "Load every script, style, frame and image over https:// (or relative URLs).",
            site_wide=False,
        ),
    )
}


@dataclass(frozen=True, slots=True)
class Hit:
    """One observation by a check, before it becomes a finding."""

    rule: str
    url: str
    message: str
    snippet: str = ""
    subject: str = ""
    """What else, besides rule and place, tells two hits apart (a cookie or header name)."""
    severity: SeverityName | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


def finding_path(url: str) -> str:
    """scheme://host[:port]/path of `url`: no query or fragment, which may hold tokens."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[-1], parts.path or "/", "", ""))


def origin_of(url: str) -> str:
    """scheme://host:port, default ports included, so equal origins compare equal."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    shown = f"[{host}]" if ":" in host else host
    port = parts.port or DEFAULT_PORTS.get(parts.scheme, 0)
    return f"{parts.scheme}://{shown}:{port}"


def finding_of(hit: Hit) -> dict[str, Any]:
    """The finding for `hit`, from its rule's taxonomy and fix."""
    rule = RULES[hit.rule]
    return finding_document(
        rule_id=rule.rule_id,
        title=rule.title,
        message=hit.message,
        severity=hit.severity or rule.severity,
        confidence=rule.confidence,
        cwe=rule.cwe,
        owasp=[rule.owasp],
        path=finding_path(hit.url),
        snippet=hit.snippet,
        fix_hint=rule.fix_hint,
        extra={"url": finding_path(hit.url), **hit.extra},
    )


class FindingSet:
    """Findings in the order seen, site-wide issues once per origin."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(self, hits: Sequence[Hit]) -> None:
        for hit in hits:
            place = origin_of(hit.url) if RULES[hit.rule].site_wide else finding_path(hit.url)
            self._by_key.setdefault((hit.rule, place, hit.subject), finding_of(hit))

    def findings(self) -> list[dict[str, Any]]:
        return list(self._by_key.values())
