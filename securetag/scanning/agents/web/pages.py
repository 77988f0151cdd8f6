"""One fetched page, what its HTML links to, and the checks that read its body.

The header checks are in `headers`; both take the `Page` the crawl fetched.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser

from .rules import Hit


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
            severity=None if active else "low",
            extra={"resources": resources},
        )
    ]
