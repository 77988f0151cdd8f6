"""The scan loop: the start page, TLS, exposed-file probes, then a breadth-first crawl.

Everything the target sees is counted and paced here: one request budget for
the whole scan (redirect hops and TLS handshakes included), a time limit for the
whole scan, a minimum interval between requests, a per-request timeout that also
bounds reading a body, and a cap on how much of a body is read.

What the scan looked at is counted here too. A start page that cannot be
fetched (or answers 5xx) ends the scan with `unreachable` set: nothing was
examined. Otherwise every URL the scan meant to fetch (crawled pages and probed
files) is either examined (answered) or skipped: `unreachable` when fetching it
failed, `excluded` when the SSRF guard refused where it led, `not_reached` when
the budget or the time limit ran out first.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import uuid
import warnings
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from urllib3.exceptions import HTTPError, InsecureRequestWarning

from securetag.kernel.errors import InvalidRequest, SecuretagError
from securetag.security.ssrf import TARGET_REFUSED, SsrfGuard, SsrfRefused, TotalDeadline

from .exposure import (
    EXPOSED_FILE_PROBES,
    PROBE_MAX_BYTES,
    ExposedFileProbe,
    check_exposed_file,
)
from .headers import (
    PROBE_ORIGIN,
    check_cookies,
    check_cors,
    check_security_headers,
    check_version_disclosure,
)
from .pages import HtmlFacts, Page, check_directory_listing, check_mixed_content, parse_html
from .reach import does_not_resolve, safe_url, skipped_url, unreachable_start, unreachable_status
from .report import ScanReport, SkippedUrl, Unreachable
from .rules import FindingSet, Hit, finding_path, origin_of
from .tls import check_tls, legacy_client_context, observe_tls

USER_AGENT = "securetag-webscan/0.1 (passive security scan)"
_READ_CHUNK = 64 * 1024
# One fetch (redirect hops, headers and body) ends within this many timeouts.
FETCH_DEADLINE_FACTOR = 2
MAX_SKIPPED_LISTED = 100
"""URLs listed as skipped, at most; the rest are counted in one last entry."""


class ScanBudgetExhausted(SecuretagError):
    """The scan used its request budget or its time; the crawl stops where it is."""

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
    max_duration_s: float = 240.0
    """The whole scan; no request starts after it. Below the sandbox's wall clock (300 s),
    so the scan reports what it did not reach instead of being killed silent."""

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
        if not self.max_duration_s > 0:
            problems.append("max_duration_s must be above 0")
        if problems:
            raise InvalidRequest("invalid web scan budget: " + "; ".join(problems))


def check_page(page: Page, facts: HtmlFacts) -> list[Hit]:
    """Every check that needs only the page itself."""
    hits = [*check_cookies(page), *check_cors(page), *check_version_disclosure(page)]
    if page.is_html:
        hits += check_security_headers(page)
        hits += check_directory_listing(page, facts)
        hits += check_mixed_content(page, facts)
    return hits


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
        self.session = guard.session(ssl_context=legacy_client_context())
        self.session.headers["User-Agent"] = USER_AGENT
        self.pacer = _Pacer(budget.rate_per_s)
        self.findings = FindingSet()
        self.report = ScanReport()
        self.deadline = time.monotonic() + budget.max_duration_s
        self.pending: dict[str, None] = {}
        """URLs the scan means to fetch and has not tried yet, in order."""

    def run(self, url: str) -> ScanReport:
        try:
            start = self.fetch_page(url, headers={"Origin": PROBE_ORIGIN})
        except SsrfRefused as exc:
            self.report.refused = exc.message
            self.report.skipped.append(SkippedUrl(safe_url(url), "excluded", "refused"))
            return self.finish()
        except ScanBudgetExhausted as exc:  # only a chain of redirects gets here
            self.unreachable(url, "too_many_redirects", f"{exc.message} following redirects")
            return self.finish()
        except (SecuretagError, requests.RequestException) as exc:
            self.report.errors.append(f"GET {url}: {_describe(exc)}")
            if does_not_resolve(exc):
                # Read as a name refused for its address: the report must not tell a
                # tenant which internal names the scanner's DNS knows.
                self.report.refused = TARGET_REFUSED
                self.report.skipped.append(SkippedUrl(safe_url(url), "excluded", "refused"))
                return self.finish()
            found = unreachable_start(exc, url, timeout_s=self.budget.timeout_s)
            self.unreachable(url, found.kind, found.detail)
            return self.finish()
        if start.status >= 500:
            self.report.unreachable = unreachable_status(start.status)
            self.report.skipped.append(SkippedUrl(safe_url(url), "unreachable", "http_status"))
            return self.finish()
        self.report.examined = 1
        start_facts = self.analyse(start)
        # Everything the scan owes is known before the first request spends budget on it.
        probes = self.planned_probes(start)
        queue = self.links_to_crawl(start, start_facts, {_without_fragment(start.url)})
        try:
            self.inspect_tls(start)
            self.probe_exposed_files(start, probes)
            self.crawl(queue)
        except ScanBudgetExhausted as exc:
            self.report.errors.append(f"{exc.message}; the scan stopped early")
            for pending in self.pending:
                self.report.skipped.append(
                    SkippedUrl(safe_url(pending), "not_reached", exc.message)
                )
        return self.finish()

    def unreachable(self, url: str, kind: str, detail: str) -> None:
        self.report.unreachable = Unreachable(kind, detail)
        self.report.skipped.append(SkippedUrl(safe_url(url), "unreachable", kind))

    def finish(self) -> ScanReport:
        self.session.close()
        self.report.findings = self.findings.findings()
        skipped = self.report.skipped
        if len(skipped) > MAX_SKIPPED_LISTED:
            rest = skipped[MAX_SKIPPED_LISTED - 1 :]
            summary = SkippedUrl(
                origin_of(rest[0].url), rest[0].reason, f"and {len(rest)} more URLs not fetched"
            )
            self.report.skipped = [*skipped[: MAX_SKIPPED_LISTED - 1], summary]
        return self.report

    def spend_request(self, _url: str = "") -> None:
        if self.report.requests_made >= self.budget.max_requests:
            raise ScanBudgetExhausted(f"request budget of {self.budget.max_requests} used up")
        self.pacer.wait()
        if time.monotonic() >= self.deadline:  # after the wait: no request starts past it
            raise ScanBudgetExhausted(f"time limit of {self.budget.max_duration_s:g}s reached")
        self.report.requests_made += 1

    def fetched(self, url: str) -> None:
        self.pending.pop(url, None)
        self.report.examined = (self.report.examined or 0) + 1

    def not_fetched(self, url: str, exc: BaseException) -> None:
        self.pending.pop(url, None)
        self.report.skipped.append(skipped_url(exc, url, timeout_s=self.budget.timeout_s))

    def fetch_page(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        follow: bool = True,
        max_bytes: int | None = None,
    ) -> Page:
        # A total deadline for the whole fetch (every redirect hop, headers, body):
        # the per-read timeout alone lets a server dripping header lines hold it for
        # minutes. The body gets its own timeout_s within it, and keeps what came.
        with TotalDeadline(FETCH_DEADLINE_FACTOR * self.budget.timeout_s) as deadline:
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
            if deadline.expired:  # cut off before the headers were complete
                response.close()
                raise requests.Timeout(f"no complete answer within {deadline.seconds:g}s")
            with response:
                cap = min(max_bytes or self.budget.max_body_bytes, self.budget.max_body_bytes)
                body, complete = _read_capped(response, cap, self.budget.timeout_s)
            if not complete:
                self.report.errors.append(
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
            with TotalDeadline(FETCH_DEADLINE_FACTOR * self.budget.timeout_s):
                observation = observe_tls(
                    self.guard, start.url, timeout=self.budget.timeout_s, ca_file=self.ca_file
                )
        except (OSError, SecuretagError) as exc:
            self.report.errors.append(
                f"TLS handshake with {origin_of(start.url)}: {_describe(exc)}"
            )
            return
        if observation.verify_code is None and observation.verify_message:
            self.report.errors.append(f"{origin_of(start.url)}: {observation.verify_message}")
        self.findings.add(check_tls(observation, now=dt.datetime.now(dt.UTC)))

    def planned_probes(self, start: Page) -> list[tuple[ExposedFileProbe, str]]:
        probes = [(probe, origin_of(start.url) + probe.path) for probe in EXPOSED_FILE_PROBES]
        self.pending.update((url, None) for _, url in probes)
        return probes

    def probe_exposed_files(self, start: Page, probes: list[tuple[ExposedFileProbe, str]]) -> None:
        baseline = self.probe(f"{origin_of(start.url)}/securetag-{uuid.uuid4().hex}")
        baseline_body = baseline[1] if baseline and baseline[0] == 200 else None
        for probe, url in probes:
            answer = self.probe(url, counted=True)
            if answer is not None:
                self.findings.add(check_exposed_file(probe, url, *answer, baseline_body))

    def probe(self, url: str, *, counted: bool = False) -> tuple[int, bytes] | None:
        """The status and first bytes of `url`; `counted`: part of the scan's coverage."""
        try:
            page = self.fetch_page(url, follow=False, max_bytes=PROBE_MAX_BYTES)
        except ScanBudgetExhausted:
            raise
        except (SecuretagError, requests.RequestException) as exc:
            self.report.errors.append(f"GET {finding_path(url)}: {_describe(exc)}")
            if counted:
                self.not_fetched(url, exc)
            return None
        if counted:
            self.fetched(url)
        return page.status, page.body

    def links_to_crawl(self, start: Page, facts: HtmlFacts, seen: set[str]) -> _CrawlQueue:
        """The crawl's first round (the start page's links)."""
        queue = _CrawlQueue(origin_of(start.url), seen)
        self.enqueue_links(start, facts, 1, queue)
        return queue

    def crawl(self, queue: _CrawlQueue) -> None:
        """Breadth first over same-origin links, the start page being depth 0."""
        while queue.urls:
            url, depth = queue.urls.popleft()
            try:
                page = self.fetch_page(url, headers={"Origin": PROBE_ORIGIN})
            except ScanBudgetExhausted:
                raise
            except (SecuretagError, requests.RequestException) as exc:
                self.report.errors.append(f"GET {finding_path(url)}: {_describe(exc)}")
                self.not_fetched(url, exc)
                continue
            self.fetched(url)
            final = _without_fragment(page.url)
            if origin_of(final) != queue.origin or (final != url and final in queue.seen):
                continue  # redirected off-site or onto a page already scanned
            queue.seen.add(final)
            self.enqueue_links(page, self.analyse(page), depth + 1, queue)

    def enqueue_links(self, page: Page, facts: HtmlFacts, depth: int, queue: _CrawlQueue) -> None:
        if depth > self.budget.max_depth:
            return
        for link in _same_origin_links(page.url, facts.links, queue.origin):
            if link not in queue.seen:
                queue.seen.add(link)
                queue.urls.append((link, depth))
                self.pending[link] = None


@dataclass
class _CrawlQueue:
    """Same-origin pages still to fetch (with their depth), and every URL already queued."""

    origin: str
    seen: set[str]
    urls: deque[tuple[str, int]] = field(default_factory=deque)


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
        try:
            chunk = response.raw.read1(min(_READ_CHUNK, max_bytes - size), decode_content=True)
        except (OSError, HTTPError):
            scope = TotalDeadline.current()
            if scope is not None and scope.remaining_s() <= 0:
                return b"".join(chunks), False  # the fetch's total deadline ended the read
            raise
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
) -> ScanReport:
    """Run the passive web scan of `url`; a target the guard refuses comes back with `refused` set.

    `ca_file` (PEM) replaces the system trust store when judging the certificate,
    for internal targets with their own CA.
    """
    with warnings.catch_warnings():
        # verify=False is deliberate (a bad certificate is a finding); say so once, not per request.
        warnings.simplefilter("ignore", InsecureRequestWarning)
        return _Scan(guard, budget, ca_file).run(url)
