"""The SSRF guard: addresses, host spellings, schemes, DNS rebinding, redirects, proxies.

Servers are real (tests/support/web_targets.py) and count the connections they
accept, so "refused" here means no TCP connection ever reached them.
"""

from __future__ import annotations

import logging
import re
import socket
import time
from collections.abc import Iterator
from ipaddress import ip_address, ip_network

import pytest

from securetag.kernel.errors import ConfigError, InvalidRequest
from securetag.security.ssrf import (
    ALLOW_ENV_VAR,
    TARGET_REFUSED,
    IPAddress,
    SsrfGuard,
    SsrfRefused,
    TargetUnresolvable,
    TimedResolver,
    TooManyRedirects,
    is_forbidden_address,
)
from tests.support.web_targets import (
    Reply,
    WebTarget,
    hardened_site,
    redirect_site,
    routes_site,
)

TIMEOUT_S = 5.0


class FakeDns:
    """Answers names from a table (IP literals answer themselves) and records every lookup."""

    def __init__(self, table: dict[str, list[str]] | None = None) -> None:
        self.table = table or {}
        self.lookups: list[str] = []

    def __call__(self, host: str, port: int) -> list[IPAddress]:
        self.lookups.append(host)
        if host in self.table:
            return [ip_address(answer) for answer in self.table[host]]
        try:
            return [ip_address(host)]
        except ValueError:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None


class RebindingDns(FakeDns):
    """A name whose first answer is public and every later answer is `then` (TTL 0 rebinding)."""

    def __init__(self, name: str, first: str, then: str) -> None:
        super().__init__()
        self.name, self.first, self.then = name, first, then

    def __call__(self, host: str, port: int) -> list[IPAddress]:
        if host != self.name:
            return super().__call__(host, port)
        self.lookups.append(host)
        answer = self.first if self.lookups.count(host) == 1 else self.then
        return [ip_address(answer)]


@pytest.fixture
def internal_site() -> Iterator[WebTarget]:
    with WebTarget(hardened_site()) as target:
        yield target


# --- addresses --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "category"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.255.254", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.255", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "broadcast"),
        ("198.18.0.1", "benchmarking"),
        ("192.0.2.10", "documentation"),
        ("198.51.100.7", "documentation"),
        ("203.0.113.9", "documentation"),
        ("2001:db8::1", "documentation"),
        ("fec0::1", "site-local"),
        ("::ffff:127.0.0.1", "IPv4-mapped IPv6 address of 127.0.0.1, which is a loopback"),
        ("::ffff:169.254.169.254", "IPv4-mapped IPv6 address of 169.254.169.254"),
        ("::127.0.0.1", "IPv4-compatible IPv6 address of 127.0.0.1"),
        ("2002:7f00:1::1", "6to4 address of 127.0.0.1"),
        ("2002:a00:1::1", "6to4 address of 10.0.0.1, which is a private"),
        ("64:ff9b::10.0.0.1", "NAT64 address of 10.0.0.1"),
    ],
)
def test_internal_addresses_are_forbidden_with_their_category(address: str, category: str) -> None:
    reason = is_forbidden_address(ip_address(address))
    assert reason is not None
    assert reason.startswith(str(ip_address(address)))
    assert category in reason


@pytest.mark.parametrize(
    "address",
    ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8"],
)
def test_public_addresses_are_allowed(address: str) -> None:
    assert is_forbidden_address(address) is None


def test_allow_list_is_read_from_the_environment_value() -> None:
    guard = SsrfGuard.from_env_value(" 127.0.0.0/8, 10.1.2.3 ,,fd00::/8")
    assert guard.allow == (
        ip_network("127.0.0.0/8"),
        ip_network("10.1.2.3/32"),
        ip_network("fd00::/8"),
    )
    assert SsrfGuard.from_env_value(None).allow == ()
    assert SsrfGuard.from_env_value("").allow == ()


def test_a_bad_allow_list_entry_stops_startup_naming_the_variable() -> None:
    with pytest.raises(ConfigError, match=f"{ALLOW_ENV_VAR}: 'intranet' is not a CIDR"):
        SsrfGuard.from_env_value("10.0.0.0/8,intranet")


def test_allow_list_opens_exactly_its_ranges() -> None:
    guard = SsrfGuard([ip_network("127.0.0.2/32")])
    guard.check_address(ip_address("127.0.0.2"))
    guard.check_address(ip_address("::ffff:127.0.0.2"))  # the same host, IPv6-mapped
    with pytest.raises(SsrfRefused, match=re.escape("127.0.0.1 is a loopback address")):
        guard.check_address(ip_address("127.0.0.1"))


# --- host spellings and schemes -------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0x7f.1/",
        "http://0x7f000001/",
        "http://127.1/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://example.com@127.0.0.1/",
        "http://user:pass@127.0.0.1:8080/admin",
        "HTTPS://127.0.0.1/",
        "  http://127.0.0.1/  ",
    ],
)
def test_every_spelling_of_loopback_is_refused_with_a_hint(url: str) -> None:
    with pytest.raises(SsrfRefused) as refused:
        SsrfGuard().check_url(url)
    assert "loopback" in refused.value.message
    assert f"set {ALLOW_ENV_VAR} to allow internal addresses" in refused.value.message
    assert isinstance(refused.value, InvalidRequest)


@pytest.mark.parametrize("url", ["http://localhost/", "http://LOCALHOST./"])
def test_a_name_of_loopback_is_refused_without_naming_its_address(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        caplog.at_level(logging.INFO, logger="securetag.ssrf"),
        pytest.raises(SsrfRefused) as refused,
    ):
        SsrfGuard().check_url(url)
    assert refused.value.code == "target_refused"
    assert refused.value.message == TARGET_REFUSED
    assert refused.value.details == {"host": "localhost"}
    # The operator's log keeps what the tenant is not told.
    [record] = [r for r in caplog.records if r.getMessage() == "target refused"]
    assert (record.host, record.address) == ("localhost", "127.0.0.1")
    assert "loopback" in record.reason


def test_a_name_that_does_not_resolve_reads_as_one_that_resolves_to_a_refused_address(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Else a tenant could map the service's internal DNS, one name at a time."""
    guard = SsrfGuard(resolver=FakeDns({"db.internal.test": ["10.1.2.3"]}))
    with caplog.at_level(logging.INFO, logger="securetag.ssrf"):
        with pytest.raises(InvalidRequest) as internal:
            guard.check_url("http://db.internal.test/")
        with pytest.raises(InvalidRequest) as missing:
            guard.check_url("http://db.internal.test/".replace("db.", "nodb."))
    said = [(e.value.code, e.value.message, e.value.http_status) for e in (internal, missing)]
    assert said[0] == said[1] == ("target_refused", TARGET_REFUSED, 400)
    assert "10.1.2.3" not in repr(internal.value.details) + internal.value.message
    # Which of the two it was stays a class apart for the worker, and in the log.
    assert isinstance(missing.value, TargetUnresolvable)
    assert not isinstance(internal.value, TargetUnresolvable)
    logged = {r.getMessage(): r for r in caplog.records}
    assert logged["target refused"].address == "10.1.2.3"
    assert logged["target does not resolve"].host == "nodb.internal.test"


def test_a_slow_dns_answer_is_a_refusal_within_the_timeout() -> None:
    def slow(host: str, port: int) -> list[IPAddress]:
        time.sleep(3)
        return [ip_address("93.184.216.34")]

    guard = SsrfGuard(resolver=TimedResolver(0.2, slow))
    started = time.monotonic()
    with pytest.raises(TargetUnresolvable) as refused:
        guard.check_url("http://slow.test/")
    assert time.monotonic() - started < 1.0
    assert (refused.value.code, refused.value.message) == ("target_refused", TARGET_REFUSED)


def test_a_timed_resolver_answers_what_its_resolver_does() -> None:
    timed = TimedResolver(2.0, FakeDns({"www.example": ["93.184.216.34"]}))
    assert list(timed("www.example", 443)) == [ip_address("93.184.216.34")]
    with pytest.raises(socket.gaierror):
        timed("nowhere.test", 443)


def test_without_resolving_names_only_literal_addresses_are_judged() -> None:
    dns = FakeDns({"internal.test": ["10.0.0.1"]})
    guard = SsrfGuard(resolver=dns)
    target = guard.check_url("http://internal.test/", resolve_names=False)
    assert (target.host, target.addresses) == ("internal.test", ())
    assert dns.lookups == []
    for literal in ("http://10.0.0.1/", "http://0x7f.1/", "http://[::1]/"):
        with pytest.raises(SsrfRefused, match=r"private|loopback"):
            guard.check_url(literal, resolve_names=False)


def test_the_host_judged_is_the_host_that_would_be_contacted() -> None:
    dns = FakeDns({name: ["10.0.0.1"] for name in ("internal.test", "xn--bcher-kva.example")})
    guard = SsrfGuard(resolver=dns)
    for url in (
        "http://public.example@internal.test/",  # userinfo, not the host
        "http://bücher.example/",  # IDNA: looked up as punycode
        "http://INTERNAL.test./",  # case and the root dot do not change the host
    ):
        with pytest.raises(SsrfRefused, match=re.escape(TARGET_REFUSED)):
            guard.check_url(url)
    assert dns.lookups == ["internal.test", "xn--bcher-kva.example", "internal.test"]


def test_one_internal_address_among_public_ones_refuses_the_host(
    caplog: pytest.LogCaptureFixture,
) -> None:
    guard = SsrfGuard(resolver=FakeDns({"mixed.test": ["93.184.216.34", "192.168.0.5"]}))
    with (
        caplog.at_level(logging.INFO, logger="securetag.ssrf"),
        pytest.raises(SsrfRefused, match=re.escape(TARGET_REFUSED)),
    ):
        guard.check_url("https://mixed.test/")
    [record] = [r for r in caplog.records if r.getMessage() == "target refused"]
    assert record.reason == "192.168.0.5 is a private address"


def test_a_public_host_passes_with_all_its_addresses() -> None:
    guard = SsrfGuard(resolver=FakeDns({"www.example": ["93.184.216.34", "2606:2800::1"]}))
    target = guard.check_url("https://WWW.example:8443/a?b=c")
    assert (target.scheme, target.host, target.port) == ("https", "www.example", 8443)
    assert target.addresses == (ip_address("93.184.216.34"), ip_address("2606:2800::1"))


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_FLUSHALL",
        "ftp://example.com/",
        "dict://127.0.0.1:11211/stat",
        "javascript:alert(1)",
        "//example.com/",
        "example.com",
    ],
)
def test_only_http_and_https_are_scanned(url: str) -> None:
    dns = FakeDns()
    with pytest.raises(SsrfRefused, match="only http and https URLs can be reached"):
        SsrfGuard(resolver=dns).check_url(url)
    assert dns.lookups == []


# --- connections -----------------------------------------------------------------------


def test_dns_rebinding_is_refused_before_the_connection(internal_site: WebTarget) -> None:
    dns = RebindingDns("rebind.test", first="93.184.216.34", then="127.0.0.1")
    guard = SsrfGuard(resolver=dns)
    url = f"http://rebind.test:{internal_site.port}/"
    with pytest.raises(SsrfRefused, match=re.escape(TARGET_REFUSED)):
        guard.fetch(guard.session(), url, timeout=TIMEOUT_S)
    assert dns.lookups == ["rebind.test", "rebind.test"]  # the URL check, then the connection
    assert internal_site.settled_connections() == 0


def test_the_peer_actually_reached_is_checked_after_connect(internal_site: WebTarget) -> None:
    # The operator allowed 0.0.0.0, but connecting to it lands on this host's
    # loopback: only the connected peer address tells the truth.
    guard = SsrfGuard([ip_network("0.0.0.0/32")])
    url = f"http://0.0.0.0:{internal_site.port}/"
    guard.check_url(url)
    with pytest.raises(SsrfRefused, match=r"the connection reached 127\.0\.0\.1: .* loopback"):
        guard.fetch(guard.session(), url, timeout=TIMEOUT_S)
    assert internal_site.settled_connections() == 1
    assert internal_site.requests == []  # refused before a byte of the request was sent


def test_direct_connections_are_guarded_too(internal_site: WebTarget) -> None:
    with pytest.raises(SsrfRefused, match=re.escape(TARGET_REFUSED)):
        SsrfGuard().connect("localhost", internal_site.port, timeout=TIMEOUT_S)
    assert internal_site.settled_connections() == 0
    allowed = SsrfGuard([ip_network("127.0.0.0/8")])
    with allowed.connect("127.0.0.1", internal_site.port, timeout=TIMEOUT_S) as sock:
        assert sock.getpeername()[0] == "127.0.0.1"


def test_proxy_settings_in_the_environment_are_ignored(
    internal_site: WebTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    with WebTarget(hardened_site()) as proxy:
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.origin)
        guard = SsrfGuard([ip_network("127.0.0.0/8")])
        with guard.fetch(guard.session(), internal_site.url("/about"), timeout=TIMEOUT_S) as reply:
            assert reply.status_code == 200
        assert internal_site.paths == ["/about"]
        assert proxy.settled_connections() == 0


# --- redirects -------------------------------------------------------------------------


def test_a_redirect_to_loopback_is_refused_before_connecting(internal_site: WebTarget) -> None:
    with WebTarget(redirect_site(internal_site.url("/admin")), host="127.0.0.2") as redirector:
        guard = SsrfGuard([ip_network("127.0.0.2/32")])
        hops: list[str] = []
        with pytest.raises(SsrfRefused, match=re.escape("127.0.0.1 is a loopback address")):
            guard.fetch(
                guard.session(), redirector.url("/"), timeout=TIMEOUT_S, before_request=hops.append
            )
        assert redirector.paths == ["/"]
        assert hops == [redirector.url("/")]  # the hop was refused before it was attempted
    assert internal_site.settled_connections() == 0


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is the cloud metadata"),
        ("http://metadata.test/computeMetadata/v1/", TARGET_REFUSED),
        ("http://[fd00:ec2::254]/latest/meta-data/", "fd00:ec2::254 is a private"),
        ("file:///etc/passwd", "only http and https"),
    ],
)
def test_every_redirect_hop_is_checked(location: str, reason: str) -> None:
    dns = FakeDns({"metadata.test": ["169.254.169.254"]})
    with WebTarget(redirect_site(location), host="127.0.0.2") as redirector:
        guard = SsrfGuard([ip_network("127.0.0.2/32")], resolver=dns)
        with pytest.raises(SsrfRefused, match=re.escape(reason)):
            guard.fetch(guard.session(), redirector.url("/"), timeout=TIMEOUT_S)
        assert redirector.paths == ["/"]


def test_redirects_stop_at_the_cap() -> None:
    with WebTarget(redirect_site("/again")) as loop:
        guard = SsrfGuard([ip_network("127.0.0.0/8")])
        with pytest.raises(TooManyRedirects, match="more than 3 times"):
            guard.fetch(guard.session(), loop.url("/"), timeout=TIMEOUT_S, max_redirects=3)
        assert loop.paths == ["/", "/again", "/again", "/again"]


def test_allowed_redirects_are_followed_hop_by_hop() -> None:
    site = routes_site(
        {
            "/old": Reply(301, (("Location", "/new"),)),
            "/new": Reply(200, (), b"moved here"),
        }
    )
    with WebTarget(site) as target:
        guard = SsrfGuard([ip_network("127.0.0.0/8")])
        hops: list[str] = []
        with guard.fetch(
            guard.session(), target.url("/old"), timeout=TIMEOUT_S, before_request=hops.append
        ) as reply:
            assert (reply.status_code, reply.url, reply.content) == (
                200,
                target.url("/new"),
                b"moved here",
            )
            assert [hop.status_code for hop in reply.history] == [301]
        assert hops == [target.url("/old"), target.url("/new")]
        with guard.fetch(
            guard.session(), target.url("/old"), timeout=TIMEOUT_S, follow_redirects=False
        ) as reply:
            assert reply.status_code == 301
        assert target.paths == ["/old", "/new", "/old"]
