"""Checks of a page's response headers: security headers, cookies, CORS, version disclosure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .pages import Page
from .rules import Hit

PROBE_ORIGIN = "https://evil.example"
"""Sent as the Origin of page requests: a site that echoes it back trusts any origin."""
HSTS_MIN_MAX_AGE_S = 180 * 24 * 3600


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


# --- CORS and version disclosure -----------------------------------------------------------


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
