"""Passive web scan: what a polite visitor can learn about a site's security configuration.

The scan fetches the start page, crawls same-origin links (depth and request
budget capped, rate limited), probes a short list of files that should never
be served, and, for HTTPS, handshakes twice with the server to judge its
protocol and certificate. Nothing is submitted, guessed or fuzzed. Every
connection goes through `securetag.security.ssrf.SsrfGuard`.

The orchestrator runs this module as its own process inside the sandbox:

    python -m securetag.scanning.agents.web --url URL [--max-requests N] [--max-depth D]
        [--rate R] [--timeout S] [--allow CIDR ...] [--ca-file PEM]

which prints one JSON document: {"findings", "requests_made", "errors", "refused"}.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import ssl
import sys
import time
import uuid
import warnings
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from ipaddress import ip_address
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from cryptography import x509
from urllib3.exceptions import InsecureRequestWarning

from securetag.kernel.errors import ConfigError, InvalidRequest, SecuretagError, TaskError
from securetag.kernel.models import Confidence, Finding, Severity
from securetag.security.ssrf import (
    ALLOW_ENV_VAR,
    DEFAULT_PORTS,
    IPNetwork,
    SsrfGuard,
    SsrfRefused,
    parse_allow_list,
)

TOOL = "webscan"
RULE_PREFIX = "securetag.web."
PROBE_ORIGIN = "https://evil.example"
"""Sent as the Origin of page requests: a site that echoes it back trusts any origin."""
USER_AGENT = "securetag-webscan/0.1 (passive security scan)"
HSTS_MIN_MAX_AGE_S = 180 * 24 * 3600
CERT_EXPIRY_WARNING = dt.timedelta(days=30)
_READ_CHUNK = 64 * 1024
PROBE_MAX_BYTES = 64 * 1024
"""Enough of a probed file to recognise it; a real backup.zip may be gigabytes."""

A01 = "A01:2021 - Broken Access Control"
A02 = "A02:2021 - Cryptographic Failures"
A05 = "A05:2021 - Security Misconfiguration"


class WebScanOutputInvalid(TaskError):
    """The agent process printed something other than its JSON document (it crashed)."""

    code = "webscan_output_invalid"


class ScanBudgetExhausted(SecuretagError):
    """The scan used its request budget; the crawl stops where it is."""

    code = "scan_budget_exhausted"


@dataclass(frozen=True, slots=True)
class WebScanBudget:
    """How much a scan may ask of the target."""

    max_requests: int = 50
    max_depth: int = 1
    rate_per_s: float = 5.0
    timeout_s: float = 10.0
    """Per request: connect, each read, and reading the whole body."""
    max_body_bytes: int = 2 * 1024 * 1024
    max_redirects: int = 5

    def __post_init__(self) -> None:
        problems = []
        if self.max_requests < 1:
            problems.append("max_requests must be at least 1")
        if self.max_depth < 0:
            problems.append("max_depth must be 0 or more")
        if not self.rate_per_s > 0:
            problems.append("rate_per_s must be above 0")
        if not self.timeout_s > 0:
            problems.append("timeout_s must be above 0")
        if self.max_body_bytes < 1:
            problems.append("max_body_bytes must be at least 1")
        if self.max_redirects < 0:
            problems.append("max_redirects must be 0 or more")
        if problems:
            raise InvalidRequest("invalid web scan budget: " + "; ".join(problems))


@dataclass(slots=True)
class WebScanResult:
    """What one scan found and how it went."""

    findings: list[Finding] = field(default_factory=list)
    requests_made: int = 0
    """HTTP requests sent (redirect hops included) plus TLS handshakes."""
    errors: list[str] = field(default_factory=list)
    refused: str | None = None
    """Why the SSRF guard refused the target (no request was sent), else None."""

    def to_json_dict(self) -> dict[str, Any]:
        """The document the CLI prints."""
        return {
            "findings": [finding.model_dump(mode="json") for finding in self.findings],
            "requests_made": self.requests_made,
            "errors": list(self.errors),
            "refused": self.refused,
        }


# --- rules -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WebRule:
    """A check's identity and taxonomy: everything a Finding shares across targets."""

    id: str
    title: str
    severity: Severity
    cwe: tuple[str, ...]
    owasp: str
    fix_hint: str
    site_wide: bool
    """Reported once per origin (a header) rather than once per URL (an exposed file)."""
    confidence: Confidence = Confidence.HIGH

    @property
    def rule_id(self) -> str:
        return RULE_PREFIX + self.id


RULES: dict[str, WebRule] = {
    rule.id: rule
    for rule in (
        WebRule(
            "missing-csp",
            "Content-Security-Policy header missing",
            Severity.MEDIUM,
            ("CWE-693", "CWE-1021"),
            A05,
            "Send a Content-Security-Policy such as \"default-src 'self'\".",
            site_wide=True,
        ),
        WebRule(
            "csp-unsafe-inline",
            "Content-Security-Policy allows inline scripts",
            Severity.MEDIUM,
            ("CWE-693", "CWE-79"),
            A05,
            "Remove 'unsafe-inline' from script-src; use nonces or hashes for inline scripts.",
            site_wide=True,
        ),
        WebRule(
            "csp-unsafe-eval",
            "Content-Security-Policy allows eval()",
            Severity.LOW,
            ("CWE-693", "CWE-95"),
            A05,
            "Remove 'unsafe-eval' from script-src and stop building code from strings.",
            site_wide=True,
        ),
        WebRule(
            "csp-wildcard-script-src",
            "Content-Security-Policy lets scripts load from anywhere",
            Severity.MEDIUM,
            ("CWE-693", "CWE-79"),
            A05,
            "Restrict script-src (or default-src) to 'self' and named hosts; never *, http: "
            "or https: alone.",
            site_wide=True,
        ),
        WebRule(
            "missing-hsts",
            "Strict-Transport-Security header missing",
            Severity.MEDIUM,
            ("CWE-319", "CWE-523"),
            A05,
            "Send Strict-Transport-Security: max-age=31536000; includeSubDomains on HTTPS.",
            site_wide=True,
        ),
        WebRule(
            "weak-hsts",
            "Strict-Transport-Security max-age too short",
            Severity.LOW,
            ("CWE-319", "CWE-523"),
            A05,
            "Raise the HSTS max-age to at least 15552000 seconds (180 days); a year is usual.",
            site_wide=True,
        ),
        WebRule(
            "missing-frame-protection",
            "Page can be framed by other sites (clickjacking)",
            Severity.MEDIUM,
            ("CWE-1021",),
            A05,
            "Send Content-Security-Policy: frame-ancestors 'self' (or X-Frame-Options: DENY).",
            site_wide=True,
        ),
        WebRule(
            "missing-nosniff",
            "X-Content-Type-Options: nosniff missing",
            Severity.LOW,
            ("CWE-693",),
            A05,
            "Send X-Content-Type-Options: nosniff on every response.",
            site_wide=True,
        ),
        WebRule(
            "missing-referrer-policy",
            "Referrer-Policy header missing",
            Severity.LOW,
            ("CWE-200",),
            A05,
            "Send Referrer-Policy: strict-origin-when-cross-origin (or stricter).",
            site_wide=True,
        ),
        WebRule(
            "unsafe-referrer-policy",
            "Referrer-Policy leaks full URLs to other sites",
            Severity.MEDIUM,
            ("CWE-200", "CWE-598"),
            A05,
            "Replace unsafe-url with strict-origin-when-cross-origin or no-referrer.",
            site_wide=True,
        ),
        WebRule(
            "cookie-missing-secure",
            "Cookie set without the Secure attribute",
            Severity.MEDIUM,
            ("CWE-614",),
            A05,
            "Add Secure to every cookie set over HTTPS so it never travels in clear text.",
            site_wide=True,
        ),
        WebRule(
            "cookie-missing-httponly",
            "Session cookie readable by JavaScript (no HttpOnly)",
            Severity.MEDIUM,
            ("CWE-1004",),
            A05,
            "Add HttpOnly to session cookies so a script injection cannot steal them.",
            site_wide=True,
            confidence=Confidence.MEDIUM,
        ),
        WebRule(
            "cookie-missing-samesite",
            "Cookie set without a SameSite attribute",
            Severity.LOW,
            ("CWE-1275", "CWE-352"),
            A01,
            "Add SameSite=Lax (or Strict) to cookies that carry authority.",
            site_wide=True,
        ),
        WebRule(
            "cookie-samesite-none-without-secure",
            "SameSite=None cookie without Secure",
            Severity.LOW,
            ("CWE-1275", "CWE-614"),
            A01,
            "SameSite=None requires Secure; add it or choose SameSite=Lax.",
            site_wide=True,
        ),
        WebRule(
            "tls-weak-protocol",
            "Server negotiates a TLS version older than 1.2",
            Severity.HIGH,
            ("CWE-327", "CWE-326"),
            A02,
            "Disable SSLv3, TLS 1.0 and TLS 1.1; offer TLS 1.2 and 1.3 only.",
            site_wide=True,
        ),
        WebRule(
            "tls-untrusted-certificate",
            "TLS certificate is not trusted (self-signed or unknown issuer)",
            Severity.HIGH,
            ("CWE-295",),
            A02,
            "Serve a certificate from a publicly trusted CA (e.g. Let's Encrypt) with its full "
            "chain.",
            site_wide=True,
        ),
        WebRule(
            "tls-certificate-expired",
            "TLS certificate outside its validity period",
            Severity.HIGH,
            ("CWE-298", "CWE-295"),
            A02,
            "Renew the certificate and automate renewal.",
            site_wide=True,
        ),
        WebRule(
            "tls-certificate-expiring",
            "TLS certificate expires within 30 days",
            Severity.LOW,
            ("CWE-298",),
            A02,
            "Renew the certificate now and automate renewal (ACME).",
            site_wide=True,
        ),
        WebRule(
            "tls-hostname-mismatch",
            "TLS certificate does not name this host",
            Severity.HIGH,
            ("CWE-297", "CWE-295"),
            A02,
            "Serve a certificate whose subjectAltName lists this host name.",
            site_wide=True,
        ),
        WebRule(
            "cors-reflected-origin-credentials",
            "CORS trusts any origin, with credentials",
            Severity.HIGH,
            ("CWE-942", "CWE-346"),
            A01,
            "Allow only a fixed list of trusted origins; never echo the Origin header back "
            "together with Access-Control-Allow-Credentials: true.",
            site_wide=True,
        ),
        WebRule(
            "cors-reflected-origin",
            "CORS echoes any Origin back",
            Severity.LOW,
            ("CWE-942",),
            A05,
            "Allow only a fixed list of trusted origins instead of echoing the Origin header.",
            site_wide=True,
        ),
        WebRule(
            "cors-wildcard-origin",
            "CORS allows every origin (*)",
            Severity.INFO,
            ("CWE-942",),
            A05,
            "Fine for public, unauthenticated data; otherwise list the allowed origins.",
            site_wide=True,
        ),
        WebRule(
            "exposed-git",
            "Git repository exposed (/.git/)",
            Severity.HIGH,
            ("CWE-527", "CWE-538"),
            A01,
            "Deny access to /.git/ in the web server and deploy without the repository.",
            site_wide=False,
        ),
        WebRule(
            "exposed-svn",
            "Subversion metadata exposed (/.svn/)",
            Severity.HIGH,
            ("CWE-527", "CWE-538"),
            A01,
            "Deny access to /.svn/ in the web server and deploy an export, not a checkout.",
            site_wide=False,
        ),
        WebRule(
            "exposed-env",
            "Environment file exposed (/.env)",
            Severity.CRITICAL,
            ("CWE-538", "CWE-200"),
            A01,
            "Remove .env from the web root, deny dotfiles, and rotate every secret it held.",
            site_wide=False,
        ),
        WebRule(
            "exposed-backup",
            "Backup or source file downloadable",
            Severity.HIGH,
            ("CWE-530", "CWE-538"),
            A01,
            "Remove backups and editor copies from the web root; store them elsewhere.",
            site_wide=False,
        ),
        WebRule(
            "exposed-ds-store",
            ".DS_Store file exposed",
            Severity.LOW,
            ("CWE-538",),
            A01,
            "Delete .DS_Store files from the web root and deny dotfiles.",
            site_wide=False,
        ),
        WebRule(
            "exposed-server-status",
            "Apache server-status page public",
            Severity.MEDIUM,
            ("CWE-200", "CWE-497"),
            A05,
            "Restrict mod_status (/server-status) to localhost or disable it.",
            site_wide=False,
        ),
        WebRule(
            "directory-listing",
            "Directory listing enabled",
            Severity.MEDIUM,
            ("CWE-548",),
            A01,
            "Disable automatic indexes (Apache: Options -Indexes; nginx: autoindex off).",
            site_wide=False,
        ),
        WebRule(
            "version-disclosure",
            "Server software version disclosed",
            Severity.LOW,
            ("CWE-497", "CWE-200"),
            A05,
            "Hide versions (Apache: ServerTokens Prod; nginx: server_tokens off; PHP: "
            "expose_php Off).",
            site_wide=True,
        ),
        WebRule(
            "mixed-content",
            "HTTPS page loads resources over plain HTTP",
            Severity.MEDIUM,
            ("CWE-319",),
            A02,
            "Load every script, style, frame and image over https:// (or relative URLs).",
            site_wide=False,
        ),
    )
}


@dataclass(frozen=True, slots=True)
class Hit:
    """One observation by a check, before it becomes a Finding."""

    rule: str
    url: str
    message: str
    snippet: str = ""
    subject: str = ""
    """What else, besides rule and place, tells two hits apart (a cookie or header name)."""
    severity: Severity | None = None
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


def to_finding(hit: Hit) -> Finding:
    """The normalized Finding for `hit`, from its rule's taxonomy and fix."""
    rule = RULES[hit.rule]
    return Finding(
        tool=TOOL,
        rule_id=rule.rule_id,
        title=rule.title,
        message=hit.message,
        severity=hit.severity or rule.severity,
        confidence=rule.confidence,
        cwe=list(rule.cwe),
        owasp=[rule.owasp],
        path=finding_path(hit.url),
        start_line=1,
        end_line=1,
        snippet=hit.snippet,
        fix_hint=rule.fix_hint,
        extra={"url": finding_path(hit.url), **hit.extra},
    )


class FindingSet:
    """Findings in the order seen, site-wide issues once per origin."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str, str], Finding] = {}

    def add(self, hits: Sequence[Hit]) -> None:
        for hit in hits:
            place = origin_of(hit.url) if RULES[hit.rule].site_wide else finding_path(hit.url)
            self._by_key.setdefault((hit.rule, place, hit.subject), to_finding(hit))

    def findings(self) -> list[Finding]:
        return list(self._by_key.values())


# --- observations ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Page:
    """One fetched response, body capped."""

    url: str
    status: int
    headers: Mapping[str, str]
    """Case-insensitive (requests' CaseInsensitiveDict)."""
    set_cookies: tuple[str, ...]
    body: bytes

    @property
    def is_https(self) -> bool:
        return self.url.lower().startswith("https:")

    @property
    def is_html(self) -> bool:
        content_type = self.headers.get("Content-Type", "").lower()
        return "html" in content_type or (
            not content_type and self.body.lstrip()[:15].lower().startswith(b"<!doctype html")
        )

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class HtmlFacts(HTMLParser):
    """Links to crawl, resources loaded, and the title, from one pass over a page."""

    ACTIVE = {"script": "src", "iframe": "src", "frame": "src", "object": "data", "embed": "src"}
    PASSIVE = {"img": "src", "audio": "src", "video": "src", "source": "src"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.active_resources: list[str] = []
        self.passive_resources: list[str] = []
        self.headings: list[str] = []
        self._in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in ("a", "area") and values.get("href"):
            self.links.append(values["href"].strip())
        elif tag == "link" and "stylesheet" in values.get("rel", "").lower():
            self.active_resources.append(values.get("href", "").strip())
        elif tag in self.ACTIVE and values.get(self.ACTIVE[tag]):
            self.active_resources.append(values[self.ACTIVE[tag]].strip())
        elif tag in self.PASSIVE and values.get(self.PASSIVE[tag]):
            self.passive_resources.append(values[self.PASSIVE[tag]].strip())
        if tag in ("title", "h1"):
            self._in_heading = True
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("title", "h1"):
            self._in_heading = False

    def handle_data(self, data: str) -> None:
        if self._in_heading:
            self.headings[-1] += data


def parse_html(page: Page) -> HtmlFacts:
    """Links, resources and headings of an HTML page (empty facts for anything else)."""
    facts = HtmlFacts()
    if page.is_html:
        facts.feed(page.text)
        facts.close()
    return facts


# --- header checks ---------------------------------------------------------------------


def parse_csp(value: str) -> list[dict[str, list[str]]]:
    """Each enforced policy (comma-separated) as directive -> lower-cased sources."""
    policies = []
    for policy_text in value.split(","):
        policy: dict[str, list[str]] = {}
        for directive in policy_text.split(";"):
            tokens = directive.split()
            if tokens and tokens[0].lower() not in policy:
                policy[tokens[0].lower()] = [token.lower() for token in tokens[1:]]
        policies.append(policy)
    return policies


def _script_sources(policy: Mapping[str, list[str]]) -> list[str] | None:
    return policy.get("script-src", policy.get("default-src"))


def _allows_inline(sources: list[str]) -> bool:
    # A nonce, hash or 'strict-dynamic' makes browsers ignore 'unsafe-inline' (CSP2+).
    neutralised = any(
        source.startswith(("'nonce-", "'sha256-", "'sha384-", "'sha512-"))
        or source == "'strict-dynamic'"
        for source in sources
    )
    return "'unsafe-inline'" in sources and not neutralised


def _allows_any_host(sources: list[str] | None) -> bool:
    if sources is None:
        return True
    if "'strict-dynamic'" in sources:
        return False
    return any(source in ("*", "http:", "https:", "data:") for source in sources)


def check_csp(page: Page) -> list[Hit]:
    """Content-Security-Policy missing, or letting scripts run inline, via eval or from anywhere."""
    value = page.headers.get("Content-Security-Policy")
    if not value:
        return [Hit("missing-csp", page.url, "The response has no Content-Security-Policy.")]
    policies = parse_csp(value)
    snippet = f"Content-Security-Policy: {value}"
    hits = []
    # Several policies are all enforced: a weakness counts only if every policy has it.
    if all(_allows_inline(_script_sources(p) or []) for p in policies):
        hits.append(
            Hit("csp-unsafe-inline", page.url, "script-src allows 'unsafe-inline'.", snippet)
        )
    if all("'unsafe-eval'" in (_script_sources(p) or []) for p in policies):
        hits.append(Hit("csp-unsafe-eval", page.url, "script-src allows 'unsafe-eval'.", snippet))
    if all(_allows_any_host(_script_sources(p)) for p in policies):
        hits.append(
            Hit(
                "csp-wildcard-script-src",
                page.url,
                "script-src (or default-src) is missing or allows any host.",
                snippet,
            )
        )
    return hits


def check_hsts(page: Page) -> list[Hit]:
    """HTTPS without Strict-Transport-Security, or with a max-age under 180 days."""
    if not page.is_https:
        return []  # browsers ignore HSTS received over plain HTTP
    value = page.headers.get("Strict-Transport-Security")
    if not value:
        return [Hit("missing-hsts", page.url, "The HTTPS response has no HSTS header.")]
    match = re.search(r"max-age\s*=\s*\"?(\d+)", value, re.IGNORECASE)
    max_age = int(match.group(1)) if match else None
    if max_age is not None and max_age >= HSTS_MIN_MAX_AGE_S:
        return []
    shown = "no valid max-age" if max_age is None else f"max-age={max_age}"
    return [
        Hit(
            "weak-hsts",
            page.url,
            f"HSTS has {shown}; at least {HSTS_MIN_MAX_AGE_S} seconds is expected.",
            f"Strict-Transport-Security: {value}",
        )
    ]


def check_frame_protection(page: Page) -> list[Hit]:
    """Neither frame-ancestors nor X-Frame-Options (clickjacking)."""
    frame_options = page.headers.get("X-Frame-Options", "").strip().lower()
    if frame_options in ("deny", "sameorigin"):
        return []
    policies = parse_csp(page.headers.get("Content-Security-Policy", ""))
    if any("*" not in p.get("frame-ancestors", ["*"]) for p in policies):
        return []
    return [
        Hit(
            "missing-frame-protection",
            page.url,
            "Neither CSP frame-ancestors nor X-Frame-Options stops other sites framing the page.",
        )
    ]


def check_nosniff(page: Page) -> list[Hit]:
    """X-Content-Type-Options other than nosniff."""
    value = page.headers.get("X-Content-Type-Options", "")
    if value.strip().lower() == "nosniff":
        return []
    shown = f"is {value!r}" if value else "is missing"
    return [Hit("missing-nosniff", page.url, f"X-Content-Type-Options {shown}.")]


def check_referrer_policy(page: Page) -> list[Hit]:
    """Referrer-Policy missing or unsafe-url."""
    value = page.headers.get("Referrer-Policy", "")
    # Browsers use the last policy they understand in a comma-separated list.
    tokens = [token.strip().lower() for token in value.split(",") if token.strip()]
    if not tokens:
        return [Hit("missing-referrer-policy", page.url, "The response has no Referrer-Policy.")]
    if tokens[-1] == "unsafe-url":
        return [
            Hit(
                "unsafe-referrer-policy",
                page.url,
                "Referrer-Policy unsafe-url sends full URLs, query included, to every site.",
                f"Referrer-Policy: {value}",
            )
        ]
    return []


def check_security_headers(page: Page) -> list[Hit]:
    """Every response-header check that applies to an HTML page."""
    return [
        *check_csp(page),
        *check_hsts(page),
        *check_frame_protection(page),
        *check_nosniff(page),
        *check_referrer_policy(page),
    ]


# --- cookies ---------------------------------------------------------------------------

_SESSION_LIKE = re.compile(r"sess|sid|token|auth|jwt|login|remember", re.IGNORECASE)
_NOT_SESSION = re.compile(r"csrf|xsrf", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SetCookie:
    """One Set-Cookie header, parsed."""

    name: str
    attributes: dict[str, str]
    """Lower-cased attribute names; flags map to ""."""

    @property
    def is_session_like(self) -> bool:
        # CSRF tokens are meant to be read by scripts, so HttpOnly is not expected there.
        return bool(_SESSION_LIKE.search(self.name)) and not _NOT_SESSION.search(self.name)

    def shown(self) -> str:
        """The header with the cookie's value redacted (it may be a live session)."""
        parts = [f"{self.name}=<redacted>"]
        parts += [f"{k}={v}" if v else k for k, v in self.attributes.items()]
        return "Set-Cookie: " + "; ".join(parts)


def parse_set_cookie(header: str) -> SetCookie | None:
    """One Set-Cookie header value; None when it names no cookie."""
    pair, *attributes = header.split(";")
    name = pair.split("=", 1)[0].strip()
    if not name:
        return None
    parsed = {}
    for attribute in attributes:
        key, _, value = attribute.partition("=")
        if key.strip():
            parsed[key.strip().lower()] = value.strip()
    return SetCookie(name, parsed)


def check_cookies(page: Page) -> list[Hit]:
    """Cookies missing Secure (HTTPS), HttpOnly (session-like) or a sound SameSite."""
    hits = []
    for header in page.set_cookies:
        cookie = parse_set_cookie(header)
        if cookie is None:
            continue
        hits += [
            Hit(
                rule,
                page.url,
                message,
                snippet=cookie.shown(),
                subject=cookie.name,
                extra={"cookie": cookie.name},
            )
            for rule, message in _cookie_problems(cookie, https=page.is_https)
        ]
    return hits


def _cookie_problems(cookie: SetCookie, *, https: bool) -> list[tuple[str, str]]:
    """(rule, message) for each attribute the cookie should carry and does not."""
    secure = "secure" in cookie.attributes
    same_site = cookie.attributes.get("samesite", "").lower()
    problems = []
    if https and not secure:
        problems.append(("cookie-missing-secure", f"Cookie {cookie.name} lacks Secure."))
    if cookie.is_session_like and "httponly" not in cookie.attributes:
        problems.append(
            ("cookie-missing-httponly", f"Session cookie {cookie.name} lacks HttpOnly.")
        )
    if not same_site:
        problems.append(("cookie-missing-samesite", f"Cookie {cookie.name} has no SameSite."))
    elif same_site == "none" and not secure:
        message = f"Cookie {cookie.name} is SameSite=None without Secure; browsers drop it."
        problems.append(("cookie-samesite-none-without-secure", message))
    return problems


# --- CORS, disclosure, listing, mixed content -------------------------------------------


def check_cors(page: Page) -> list[Hit]:
    """How the response answered a request sent with Origin: PROBE_ORIGIN."""
    allowed = page.headers.get("Access-Control-Allow-Origin", "").strip()
    credentials = page.headers.get("Access-Control-Allow-Credentials", "").strip().lower()
    snippet = f"Access-Control-Allow-Origin: {allowed}; Access-Control-Allow-Credentials: " + (
        credentials or "(absent)"
    )
    if allowed in (PROBE_ORIGIN, "null") and credentials == "true":
        message = (
            f"A request from {PROBE_ORIGIN} was allowed with credentials "
            f"(Access-Control-Allow-Origin: {allowed}): any site can read this origin's "
            "responses as the signed-in user."
        )
        return [Hit("cors-reflected-origin-credentials", page.url, message, snippet)]
    if allowed == PROBE_ORIGIN:
        message = f"The Origin {PROBE_ORIGIN} was echoed back in Access-Control-Allow-Origin."
        return [Hit("cors-reflected-origin", page.url, message, snippet)]
    if allowed == "*":
        return [Hit("cors-wildcard-origin", page.url, "Any origin may read responses.", snippet)]
    return []


_VERSION = re.compile(r"\d+\.\d+")
_VERSION_HEADERS = ("Server", "X-Powered-By", "X-AspNet-Version", "X-AspNetMvc-Version")


def check_version_disclosure(page: Page) -> list[Hit]:
    """Server, X-Powered-By and friends carrying version numbers."""
    hits = []
    for header in _VERSION_HEADERS:
        value = page.headers.get(header, "")
        if _VERSION.search(value):
            hits.append(
                Hit(
                    "version-disclosure",
                    page.url,
                    f"{header} reveals the software version: {value}.",
                    f"{header}: {value}",
                    header.lower(),
                    extra={"header": header},
                )
            )
    return hits


_LISTING_TITLES = ("index of /", "directory listing for /")


def check_directory_listing(page: Page, facts: HtmlFacts) -> list[Hit]:
    """An auto-generated index (Apache, nginx, Python's http.server)."""
    if page.status != 200:
        return []
    for heading in facts.headings:
        if heading.strip().lower().startswith(_LISTING_TITLES):
            return [
                Hit(
                    "directory-listing",
                    page.url,
                    f"The server lists the directory's files ({heading.strip()!r}).",
                    heading.strip(),
                )
            ]
    return []


def check_mixed_content(page: Page, facts: HtmlFacts) -> list[Hit]:
    """An HTTPS page pulling scripts, styles, frames or media over http://."""
    if not page.is_https:
        return []
    active = [url for url in facts.active_resources if url.lower().startswith("http://")]
    passive = [url for url in facts.passive_resources if url.lower().startswith("http://")]
    if not active and not passive:
        return []
    kind = "scripts, styles or frames" if active else "images or media"
    resources = (active + passive)[:10]
    return [
        Hit(
            "mixed-content",
            page.url,
            f"The HTTPS page loads {kind} over plain HTTP: {', '.join(resources)}.",
            "\n".join(resources),
            severity=None if active else Severity.LOW,
            extra={"resources": resources},
        )
    ]


def check_page(page: Page, facts: HtmlFacts) -> list[Hit]:
    """Every check that needs only the page itself."""
    hits = [*check_cookies(page), *check_cors(page), *check_version_disclosure(page)]
    if page.is_html:
        hits += check_security_headers(page)
        hits += check_directory_listing(page, facts)
        hits += check_mixed_content(page, facts)
    return hits


# --- exposed files ---------------------------------------------------------------------


def _looks_like_git_head(body: bytes) -> bool:
    text = body.decode("ascii", errors="replace").strip()
    return bool(re.fullmatch(r"ref: refs/\S+|[0-9a-f]{40}", text))


_ENV_LINE = re.compile(r"^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=")


def _env_lines(body: bytes) -> list[str]:
    text = body.decode("utf-8", errors="replace")
    return [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]


def _looks_like_dotenv(body: bytes) -> bool:
    if b"<" in body[:512]:
        return False  # an HTML page (a soft 404), not a dotenv file
    lines = _env_lines(body)
    assignments = [line for line in lines if _ENV_LINE.match(line)]
    return bool(assignments) and len(assignments) * 2 >= len(lines)


def _dotenv_keys(body: bytes) -> str:
    """The variable names only: the values are the secrets."""
    keys = [line.split("=", 1)[0].strip() for line in _env_lines(body) if _ENV_LINE.match(line)]
    return "\n".join(f"{key}=<redacted>" for key in keys[:20])


def _looks_like_svn_entries(body: bytes) -> bool:
    first_line = body.split(b"\n", 1)[0].strip()
    return first_line.isdigit() or b"<wc-entries" in body[:1024]


@dataclass(frozen=True, slots=True)
class ExposedFileProbe:
    """A file that must never be served, and how to tell it from an error page."""

    path: str
    rule: str
    recognise: Callable[[bytes], bool]
    """True when the body is the file itself, not an error page."""
    snippet: Callable[[bytes], str] = lambda body: body[:200].decode("utf-8", errors="replace")


EXPOSED_FILE_PROBES: tuple[ExposedFileProbe, ...] = (
    ExposedFileProbe("/.git/HEAD", "exposed-git", _looks_like_git_head),
    ExposedFileProbe("/.env", "exposed-env", _looks_like_dotenv, _dotenv_keys),
    ExposedFileProbe("/.svn/entries", "exposed-svn", _looks_like_svn_entries),
    ExposedFileProbe(
        "/.DS_Store", "exposed-ds-store", lambda body: body[4:8] == b"Bud1", lambda _: "Bud1"
    ),
    ExposedFileProbe(
        "/server-status", "exposed-server-status", lambda body: b"Apache Server Status" in body
    ),
    ExposedFileProbe(
        "/index.php.bak", "exposed-backup", lambda body: b"<?php" in body[:4096], lambda _: "<?php"
    ),
    ExposedFileProbe(
        "/backup.zip",
        "exposed-backup",
        lambda body: body[:4] in (b"PK\x03\x04", b"PK\x05\x06"),
        lambda _: "ZIP archive",
    ),
    ExposedFileProbe(
        "/backup.tar.gz",
        "exposed-backup",
        lambda body: body[:2] == b"\x1f\x8b",
        lambda _: "gzip archive",
    ),
    ExposedFileProbe(
        "/backup.sql",
        "exposed-backup",
        lambda body: bool(
            re.search(
                rb"(?i)(create table|insert into|-- (mysql|postgresql)"
                rb".{0,20}dump)",
                body[:8192],
            )
        ),
        lambda _: "SQL dump",
    ),
)


def check_exposed_file(
    probe: ExposedFileProbe, url: str, status: int, body: bytes, baseline: bytes | None
) -> list[Hit]:
    """A finding when `body` is the probed file and a made-up path does not look the same."""
    if status != 200 or not probe.recognise(body):
        return []
    # A server that answers every path with something the probe recognises
    # (a soft 404, a catch-all) has nothing exposed that this probe can tell.
    if baseline is not None and (baseline == body or probe.recognise(baseline)):
        return []
    message = f"{probe.path} is served and its content is the real file."
    return [Hit(probe.rule, url, message, probe.snippet(body), extra={"file": probe.path})]


# --- TLS -------------------------------------------------------------------------------

_WEAK_PROTOCOLS = frozenset({"SSLv2", "SSLv3", "TLSv1", "TLSv1.1"})
# OpenSSL verify codes judged from the certificate itself rather than as "untrusted".
_X509_DATE_ERRORS = frozenset({9, 10})  # not yet valid, expired
_X509_HOSTNAME_ERRORS = frozenset({62, 64})  # hostname, IP address mismatch


@dataclass(frozen=True, slots=True)
class TlsObservation:
    """What two handshakes with one endpoint showed."""

    url: str
    host: str
    protocol: str | None
    certificate: x509.Certificate | None
    verify_code: int | None
    """None: the chain verified (or could not be judged: see `verify_message`)."""
    verify_message: str | None


def _legacy_client_context() -> ssl.SSLContext:
    """Offers every protocol version, so the server's own minimum is what gets negotiated."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        context.minimum_version = ssl.TLSVersion.TLSv1
    context.set_ciphers("ALL:@SECLEVEL=0")
    return context


def _verifying_context(ca_file: str | None) -> ssl.SSLContext:
    """What a browser would accept; hostname is judged from the certificate separately."""
    context = ssl.create_default_context(cafile=ca_file)
    context.check_hostname = False
    return context


def _handshake(
    guard: SsrfGuard, host: str, port: int, context: ssl.SSLContext, timeout: float
) -> ssl.SSLSocket:
    sock = guard.connect(host, port, timeout=timeout)
    try:
        server_name = None if _is_ip(host) else host
        return context.wrap_socket(sock, server_hostname=server_name)
    except BaseException:
        sock.close()
        raise


def _is_ip(host: str) -> bool:
    try:
        ip_address(host)
    except ValueError:
        return False
    return True


def observe_tls(
    guard: SsrfGuard, url: str, *, timeout: float, ca_file: str | None = None
) -> TlsObservation:
    """Two handshakes: one accepting anything (protocol, certificate), one verifying the chain."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or 443
    with _handshake(guard, host, port, _legacy_client_context(), timeout) as tls:
        protocol = tls.version()
        der = tls.getpeercert(binary_form=True)
    certificate = x509.load_der_x509_certificate(der) if der else None
    verify_code: int | None = None
    verify_message: str | None = None
    try:
        with _handshake(guard, host, port, _verifying_context(ca_file), timeout):
            pass
    except ssl.SSLCertVerificationError as exc:
        verify_code, verify_message = exc.verify_code, exc.verify_message
    except ssl.SSLError as exc:
        # A server that only speaks TLS < 1.2 fails here; the protocol is reported instead.
        verify_message = f"chain not checked: {exc.reason or exc}"
    return TlsObservation(url, host, protocol, certificate, verify_code, verify_message)


def hostname_matches(certificate: x509.Certificate, host: str) -> bool:
    """RFC 6125 matching against subjectAltName only (browsers ignore the CN)."""
    try:
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    if _is_ip(host):
        return ip_address(host) in names.get_values_for_type(x509.IPAddress)
    host = host.rstrip(".").lower()
    return any(
        _dns_name_matches(pattern.lower(), host)
        for pattern in names.get_values_for_type(x509.DNSName)
    )


def _dns_name_matches(pattern: str, host: str) -> bool:
    if pattern == host:
        return True
    if not pattern.startswith("*."):
        return False
    # A wildcard stands for exactly one whole left-most label.
    label, _, rest = host.partition(".")
    return bool(label) and rest == pattern[2:]


def check_tls(observation: TlsObservation, *, now: dt.datetime) -> list[Hit]:
    """Old protocol, untrusted chain, validity dates and host name of one TLS endpoint."""
    url = observation.url
    hits = []
    if observation.protocol in _WEAK_PROTOCOLS:
        hits.append(Hit("tls-weak-protocol", url, f"The server negotiated {observation.protocol}."))
    certificate = observation.certificate
    if certificate is None:
        return hits
    subject = certificate.subject.rfc4514_string()
    code = observation.verify_code
    if code is not None and code not in _X509_DATE_ERRORS | _X509_HOSTNAME_ERRORS:
        hits.append(
            Hit(
                "tls-untrusted-certificate",
                url,
                f"Certificate {subject} does not verify: {observation.verify_message}.",
                subject,
                extra={"verify_code": code},
            )
        )
    hits += _validity_hits(url, certificate, now)
    if not hostname_matches(certificate, observation.host) or code in _X509_HOSTNAME_ERRORS:
        hits.append(
            Hit(
                "tls-hostname-mismatch",
                url,
                f"Certificate {subject} is not valid for {observation.host}.",
                subject,
            )
        )
    return hits


def _validity_hits(url: str, certificate: x509.Certificate, now: dt.datetime) -> list[Hit]:
    not_before, not_after = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    if now > not_after:
        return [
            Hit("tls-certificate-expired", url, f"The certificate expired on {not_after:%Y-%m-%d}.")
        ]
    if now < not_before:
        message = f"The certificate is not valid before {not_before:%Y-%m-%d}."
        return [Hit("tls-certificate-expired", url, message)]
    if not_after - now < CERT_EXPIRY_WARNING:
        days = (not_after - now).days
        return [
            Hit(
                "tls-certificate-expiring",
                url,
                f"The certificate expires on {not_after:%Y-%m-%d}, in {days} days.",
            )
        ]
    return []


# --- the scan --------------------------------------------------------------------------

_NOT_PAGES = re.compile(
    r"\.(png|jpe?g|gif|svg|ico|webp|css|js|map|pdf|zip|gz|tgz|bz2|xz|7z|rar|exe|dmg|iso|"
    r"mp[34]|webm|woff2?|ttf|eot)$",
    re.IGNORECASE,
)


class _Pacer:
    """Spaces requests at least 1/rate apart (politeness, not synchronisation)."""

    def __init__(self, rate_per_s: float) -> None:
        self._interval = 1.0 / rate_per_s
        self._next_at = 0.0

    def wait(self) -> None:
        now = time.monotonic()
        if now < self._next_at:
            time.sleep(self._next_at - now)
            now = self._next_at
        self._next_at = now + self._interval


class _Scan:
    def __init__(self, guard: SsrfGuard, budget: WebScanBudget, ca_file: str | None) -> None:
        self.guard = guard
        self.budget = budget
        self.ca_file = ca_file
        # Pages of a legacy-TLS server are still worth reading; its protocol is a finding.
        self.session = guard.session(ssl_context=_legacy_client_context())
        self.session.headers["User-Agent"] = USER_AGENT
        self.pacer = _Pacer(budget.rate_per_s)
        self.findings = FindingSet()
        self.result = WebScanResult()

    def run(self, url: str) -> WebScanResult:
        try:
            start = self.fetch_page(url, headers={"Origin": PROBE_ORIGIN})
        except SsrfRefused as exc:
            self.result.refused = exc.message
            return self.finish()
        except (SecuretagError, requests.RequestException) as exc:
            self.result.errors.append(f"GET {url}: {_describe(exc)}")
            return self.finish()
        start_facts = self.analyse(start)
        try:
            self.inspect_tls(start)
            self.probe_exposed_files(start)
            self.crawl(start, start_facts)
        except ScanBudgetExhausted:
            self.result.errors.append(
                f"request budget of {self.budget.max_requests} used up; the scan stopped early"
            )
        return self.finish()

    def finish(self) -> WebScanResult:
        self.session.close()
        self.result.findings = self.findings.findings()
        return self.result

    def spend_request(self, _url: str = "") -> None:
        if self.result.requests_made >= self.budget.max_requests:
            raise ScanBudgetExhausted("request budget used up")
        self.pacer.wait()
        self.result.requests_made += 1

    def fetch_page(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        follow: bool = True,
        max_bytes: int | None = None,
    ) -> Page:
        response = self.guard.fetch(
            self.session,
            url,
            timeout=self.budget.timeout_s,
            headers=headers,
            verify=False,  # certificate problems are findings, not reasons to stop
            follow_redirects=follow,
            max_redirects=self.budget.max_redirects,
            before_request=self.spend_request,
        )
        with response:
            cap = min(max_bytes or self.budget.max_body_bytes, self.budget.max_body_bytes)
            body, complete = _read_capped(response, cap, self.budget.timeout_s)
            if not complete:
                self.result.errors.append(
                    f"GET {finding_path(response.url)}: body still arriving after "
                    f"{self.budget.timeout_s:g}s; checked the first {len(body)} bytes"
                )
            return Page(
                url=response.url,
                status=response.status_code,
                headers=response.headers,
                set_cookies=tuple(response.raw.headers.getlist("Set-Cookie")),
                body=body,
            )

    def analyse(self, page: Page) -> HtmlFacts:
        facts = parse_html(page)
        self.findings.add(check_page(page, facts))
        return facts

    def inspect_tls(self, start: Page) -> None:
        if not start.is_https:
            return
        # Two handshakes, each a connection the target sees.
        self.spend_request()
        self.spend_request()
        try:
            observation = observe_tls(
                self.guard, start.url, timeout=self.budget.timeout_s, ca_file=self.ca_file
            )
        except (OSError, SecuretagError) as exc:
            self.result.errors.append(
                f"TLS handshake with {origin_of(start.url)}: {_describe(exc)}"
            )
            return
        if observation.verify_code is None and observation.verify_message:
            self.result.errors.append(f"{origin_of(start.url)}: {observation.verify_message}")
        self.findings.add(check_tls(observation, now=dt.datetime.now(dt.UTC)))

    def probe_exposed_files(self, start: Page) -> None:
        root = origin_of(start.url)
        baseline = self.probe(f"{root}/securetag-{uuid.uuid4().hex}")
        baseline_body = baseline[1] if baseline and baseline[0] == 200 else None
        for probe in EXPOSED_FILE_PROBES:
            url = root + probe.path
            answer = self.probe(url)
            if answer is not None:
                self.findings.add(check_exposed_file(probe, url, *answer, baseline_body))

    def probe(self, url: str) -> tuple[int, bytes] | None:
        try:
            page = self.fetch_page(url, follow=False, max_bytes=PROBE_MAX_BYTES)
        except ScanBudgetExhausted:
            raise
        except (SecuretagError, requests.RequestException) as exc:
            self.result.errors.append(f"GET {finding_path(url)}: {_describe(exc)}")
            return None
        return page.status, page.body

    def crawl(self, start: Page, start_facts: HtmlFacts) -> None:
        """Breadth first over same-origin links, the start page being depth 0."""
        origin = origin_of(start.url)
        seen = {_without_fragment(start.url)}
        queue: deque[tuple[str, int]] = deque()
        self.enqueue_links(start, start_facts, 1, origin, seen, queue)
        while queue:
            url, depth = queue.popleft()
            try:
                page = self.fetch_page(url, headers={"Origin": PROBE_ORIGIN})
            except ScanBudgetExhausted:
                raise
            except (SecuretagError, requests.RequestException) as exc:
                self.result.errors.append(f"GET {finding_path(url)}: {_describe(exc)}")
                continue
            final = _without_fragment(page.url)
            if origin_of(final) != origin or (final != url and final in seen):
                continue  # redirected off-site or onto a page already scanned
            seen.add(final)
            self.enqueue_links(page, self.analyse(page), depth + 1, origin, seen, queue)

    def enqueue_links(
        self,
        page: Page,
        facts: HtmlFacts,
        depth: int,
        origin: str,
        seen: set[str],
        queue: deque[tuple[str, int]],
    ) -> None:
        if depth > self.budget.max_depth:
            return
        for link in _same_origin_links(page.url, facts.links, origin):
            if link not in seen:
                seen.add(link)
                queue.append((link, depth))


def _without_fragment(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(fragment=""))


def _same_origin_links(base: str, links: Sequence[str], origin: str) -> Iterator[str]:
    for link in links:
        absolute = _without_fragment(urljoin(base, link))
        if (
            absolute.lower().startswith(("http://", "https://"))
            and origin_of(absolute) == origin
            and not _NOT_PAGES.search(urlsplit(absolute).path)
        ):
            yield absolute


def _read_capped(
    response: requests.Response, max_bytes: int, timeout_s: float
) -> tuple[bytes, bool]:
    """At most `max_bytes` of the (decoded) body, read within `timeout_s`; and whether in time.

    The read timeout alone bounds each recv, not a server that drips one byte
    at a time: read1 returns whatever has arrived, so the deadline is checked
    between small reads and bounds the whole body.
    """
    deadline = time.monotonic() + timeout_s
    chunks: list[bytes] = []
    size = 0
    while size < max_bytes:
        if time.monotonic() > deadline:
            return b"".join(chunks), False
        chunk = response.raw.read1(min(_READ_CHUNK, max_bytes - size), decode_content=True)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks), True


def _describe(exc: BaseException) -> str:
    if isinstance(exc, SecuretagError):
        return exc.message
    if isinstance(exc, requests.Timeout):
        return "timed out"
    if isinstance(exc, requests.ConnectionError):
        return f"connection failed ({_root_cause(exc)})"
    return str(exc) or type(exc).__name__


def _root_cause(exc: BaseException) -> str:
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return str(exc) or type(exc).__name__


def scan_url(
    url: str, *, budget: WebScanBudget, guard: SsrfGuard, ca_file: str | None = None
) -> WebScanResult:
    """Run the passive web scan of `url`; a target the guard refuses comes back with `refused` set.

    `ca_file` (PEM) replaces the system trust store when judging the certificate,
    for internal targets with their own CA.
    """
    with warnings.catch_warnings():
        # verify=False is deliberate (a bad certificate is a finding); say so once, not per request.
        warnings.simplefilter("ignore", InsecureRequestWarning)
        return _Scan(guard, budget, ca_file).run(url)


# --- CLI -------------------------------------------------------------------------------


def build_argv(
    url: str,
    *,
    budget: WebScanBudget,
    allow: Sequence[IPNetwork] = (),
    ca_file: str | None = None,
    python: str = sys.executable,
) -> list[str]:
    """The command line the orchestrator runs (in the sandbox) to scan `url`."""
    argv = [python, "-m", "securetag.scanning.agents.web", "--url", url]
    argv += ["--max-requests", str(budget.max_requests), "--max-depth", str(budget.max_depth)]
    argv += ["--rate", repr(budget.rate_per_s), "--timeout", repr(budget.timeout_s)]
    argv += ["--max-body-bytes", str(budget.max_body_bytes)]
    for network in allow:
        argv += ["--allow", str(network)]
    if ca_file is not None:
        argv += ["--ca-file", ca_file]
    return argv


def parse_output(stdout: str) -> WebScanResult:
    """The agent's JSON document back into a result; WebScanOutputInvalid if it is not one."""
    try:
        document = json.loads(stdout)
        return WebScanResult(
            findings=[Finding.model_validate(item) for item in document["findings"]],
            requests_made=int(document["requests_made"]),
            errors=[str(error) for error in document["errors"]],
            refused=document["refused"],
        )
    except (ValueError, TypeError, KeyError) as exc:
        raise WebScanOutputInvalid(
            f"the web scan agent printed no valid result: {exc}",
            details={"stdout_head": stdout[:500]},
        ) from exc


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
        )
    except (ConfigError, InvalidRequest) as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    result = scan_url(args.url, budget=budget, guard=SsrfGuard(allow), ca_file=args.ca_file)
    json.dump(result.to_json_dict(), sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())


# The agent's declaration (see securetag.scanning.agent), worker side.
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy")


def _declared_parse(result: Any, agent_input: Any) -> Any:
    from securetag.scanning.agent import AgentRun

    output = parse_output(result.stdout.decode("utf-8", "replace"))
    failure = f"target refused: {output.refused}" if output.refused else None
    return AgentRun(output.findings, output.errors, failure)


def _declared() -> Any:
    from securetag.kernel.models import ScanType
    from securetag.scanning.agent import Agent

    return Agent(
        name="web",
        scan_type=ScanType.WEB_SCAN,
        argv=lambda agent_input: build_argv(
            agent_input.target_url, budget=WebScanBudget(), allow=agent_input.allow
        ),
        parse=_declared_parse,
        order=10,
        profile={
            "executable": "python",
            "network": True,
            "timeout_s": 300,
            "cpu_s": 300,
            "memory_bytes": 1024 * 1024 * 1024,
            "file_size_bytes": 16 * 1024 * 1024,
            "open_files": 256,
            "processes": 32,
            "tmpfs_bytes": 64 * 1024 * 1024,
            "output_cap_bytes": 16 * 1024 * 1024,
            "env_allow": [*PROXY_VARIABLES],
            "env": {},
        },
    )


AGENT = _declared() if __name__ != "__main__" else None
