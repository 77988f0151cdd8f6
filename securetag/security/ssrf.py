"""The SSRF guard: a tenant's URL may only make the scanner talk to the public internet.

A tenant-supplied URL is judged by every address its host resolves to, not by how
the host is spelled, so `2130706433`, `0x7f.1`, `[::ffff:127.0.0.1]` and
`localhost.` are all refused as what they are: loopback. The check runs three times:

1. `check_url` before any request: scheme, host, every resolved address;
2. `connect`, for every new connection: the host is resolved again and every
   address re-checked (a DNS answer that changed since step 1 is caught here);
3. after the socket connects, the peer address the kernel actually reached.

Redirects are never followed by `requests`; `fetch` follows them itself and
runs every hop through the same checks. Inside `with TotalDeadline(seconds):` every
connection the guard opens ends when the deadline passes, however slowly the peer
drips bytes (a per-read timeout alone lets a receiver that sends one header line
every few seconds hold a call open for minutes). The operator may open internal ranges
with SECURETAG_WEBSCAN_ALLOW (comma-separated CIDRs).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from ipaddress import (
    IPv4Address,
    IPv4Network,
    IPv6Address,
    IPv6Network,
    ip_address,
    ip_network,
)
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3 import HTTPConnectionPool, HTTPSConnectionPool, PoolManager
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util import parse_url

from securetag.kernel.errors import ConfigError, InvalidRequest

IPAddress = IPv4Address | IPv6Address
IPNetwork = IPv4Network | IPv6Network
Resolver = Callable[[str, int], Sequence[IPAddress]]
"""(host, port) -> every address the host resolves to; raises OSError when it does not."""

ALLOW_ENV_VAR = "SECURETAG_WEBSCAN_ALLOW"
ALLOWED_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}
DEFAULT_MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# What a tenant hears when a host *name* is refused, whether it resolves to a refused
# address or to none at all: telling the two apart, or echoing the address, would let a
# tenant map the service's internal DNS. The detail goes to the server log.
TARGET_REFUSED = "the target is not allowed or cannot be reached from this service"

log = logging.getLogger("securetag.ssrf")


class TotalDeadline:
    """A total deadline for every connection the guard opens in this thread meanwhile.

    `with TotalDeadline(10):` around one call (request and body): each new socket's
    timeout is clipped to the time left, and when the deadline passes a timer shuts
    down every socket opened inside, so a blocked read returns at once. What was read
    by then may look complete (http.client takes end of file for the end of the
    headers), so a caller checks `expired` before it trusts an answer.
    """

    _current = threading.local()

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._ends_at = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._outer: TotalDeadline | None = None
        self.expired = False

    @classmethod
    def current(cls) -> TotalDeadline | None:
        return getattr(cls._current, "scope", None)

    def remaining_s(self) -> float:
        return max(0.0, self._ends_at - time.monotonic())

    def clip(self, timeout: float | None) -> float:
        """A socket timeout that ends no later than the deadline."""
        left = self.remaining_s()
        if left <= 0:
            raise TimeoutError(f"the total deadline of {self.seconds:g} s has passed")
        return left if timeout is None else min(timeout, left)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def __enter__(self) -> TotalDeadline:
        self._ends_at = time.monotonic() + self.seconds
        self._outer = TotalDeadline.current()
        if self._outer is not None:  # an inner deadline never outlives the outer one
            self._ends_at = min(self._ends_at, self._outer._ends_at)
        self._timer = threading.Timer(self.remaining_s(), self._expire)
        self._timer.daemon = True
        self._timer.start()
        TotalDeadline._current.scope = self
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        TotalDeadline._current.scope = self._outer
        if self._timer is not None:
            self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    # shutdown, not close: it wakes a recv blocked in another thread, and the
    # socket object stays the owner of its descriptor (no reuse by a stranger).
    # OSError: already closed, never connected, or handed over to TLS.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class SsrfRefused(InvalidRequest):
    """The target, a redirect hop or a connection would reach an address tenants may not scan."""

    code = "target_refused"


class TargetUnresolvable(InvalidRequest):
    """The target's host name does not resolve to any address.

    A class of its own for the worker's reports and the webhook sender's retries;
    to the tenant who sent the name it reads as an SsrfRefused of a name does.
    """

    code = "target_refused"


class TooManyRedirects(InvalidRequest):
    """The target kept redirecting past the cap."""

    code = "too_many_redirects"


# First match wins, so the narrow metadata entry precedes its link-local block and
# broadcast precedes the reserved 240/4 block that contains it.
_IPV4_CATEGORIES: tuple[tuple[IPv4Network, str], ...] = tuple(
    (IPv4Network(cidr), category)
    for cidr, category in (
        ("0.0.0.0/8", "an unspecified ('this network') address"),
        ("10.0.0.0/8", "a private address"),
        ("100.64.0.0/10", "a carrier-grade NAT (shared, 100.64/10) address"),
        ("127.0.0.0/8", "a loopback address"),
        ("169.254.169.254/32", "the cloud metadata address (link-local)"),
        ("169.254.0.0/16", "a link-local address"),
        ("172.16.0.0/12", "a private address"),
        ("192.0.0.0/24", "an IETF protocol-assignment (reserved) address"),
        ("192.0.2.0/24", "a documentation address"),
        ("192.88.99.0/24", "a 6to4 relay anycast (reserved) address"),
        ("192.168.0.0/16", "a private address"),
        ("198.18.0.0/15", "a benchmarking address"),
        ("198.51.100.0/24", "a documentation address"),
        ("203.0.113.0/24", "a documentation address"),
        ("224.0.0.0/4", "a multicast address"),
        ("255.255.255.255/32", "the broadcast address"),
        ("240.0.0.0/4", "a reserved address"),
    )
)

_IPV6_CATEGORIES: tuple[tuple[IPv6Network, str], ...] = tuple(
    (IPv6Network(cidr), category)
    for cidr, category in (
        ("::/128", "the unspecified address"),
        ("::1/128", "a loopback address"),
        ("64:ff9b:1::/48", "a local-use NAT64 address"),
        ("100::/64", "a discard-only (reserved) address"),
        ("2001:2::/48", "a benchmarking address"),
        ("2001:db8::/32", "a documentation address"),
        ("3fff::/20", "a documentation address"),
        ("fc00::/7", "a private (unique local) address"),
        ("fe80::/10", "a link-local address"),
        ("fec0::/10", "a site-local address"),
        ("ff00::/8", "a multicast address"),
    )
)

_IPV4_COMPATIBLE = IPv6Network("::/96")
_NAT64 = IPv6Network("64:ff9b::/96")
_TEREDO = IPv6Network("2001::/32")
_IETF_PROTOCOL_ASSIGNMENTS = IPv6Network("2001::/23")
_GLOBAL_UNICAST = IPv6Network("2000::/3")


def is_forbidden_address(ip: IPAddress | str) -> str | None:
    """Why tenants may not reach `ip` ("127.0.0.1 is a loopback address"), or None if public.

    IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4,
    Teredo) are judged by the IPv4 address they lead to.
    """
    address = ip_address(ip) if isinstance(ip, str) else ip
    category = _forbidden_category(address)
    return None if category is None else f"{address} is {category}"


def _forbidden_category(address: IPAddress) -> str | None:
    if isinstance(address, IPv4Address):
        return _first_category(address, _IPV4_CATEGORIES)
    return _ipv6_category(address)


def _first_category(address: IPAddress, categories: Sequence[tuple[IPNetwork, str]]) -> str | None:
    for network, category in categories:
        if address in network:
            return category
    return None


def _ipv6_category(address: IPv6Address) -> str | None:
    category = _first_category(address, _IPV6_CATEGORIES)
    if category is not None:
        return category
    for form, embedded in _embedded_ipv4(address):
        inner = _forbidden_category(embedded)
        if inner is not None:
            return f"{form} of {embedded}, which is {inner}"
    if address in _NAT64 or address.ipv4_mapped is not None:
        # Both exist to reach public IPv4 hosts; the embedded address was public.
        return None
    if address in _TEREDO:
        return None
    if address in _IETF_PROTOCOL_ASSIGNMENTS:
        return "an IETF protocol-assignment (reserved) address"
    if address not in _GLOBAL_UNICAST:
        return "outside the global unicast range (reserved)"
    return None


def _embedded_ipv4(address: IPv6Address) -> list[tuple[str, IPv4Address]]:
    """The IPv4 addresses an IPv6 address leads to, each with the name of its form."""
    found: list[tuple[str, IPv4Address]] = []
    if address.ipv4_mapped is not None:
        found.append(("an IPv4-mapped IPv6 address", address.ipv4_mapped))
    elif address in _IPV4_COMPATIBLE:
        found.append(("an IPv4-compatible IPv6 address", IPv4Address(int(address) & 0xFFFFFFFF)))
    if address in _NAT64:
        found.append(("a NAT64 address", IPv4Address(int(address) & 0xFFFFFFFF)))
    if address.sixtofour is not None:
        found.append(("a 6to4 address", address.sixtofour))
    if address.teredo is not None:
        server, client = address.teredo
        found.extend([("a Teredo address", server), ("a Teredo address", client)])
    return found


def parse_allow_list(values: Iterable[str], *, source: str = ALLOW_ENV_VAR) -> list[IPNetwork]:
    """CIDR strings (a bare address means /32 or /128) -> networks; ConfigError on a bad one.

    `source` names where the values came from, for the error message.
    """
    networks: list[IPNetwork] = []
    for raw in values:
        text = raw.strip()
        if not text:
            continue
        try:
            networks.append(ip_network(text, strict=False))
        except ValueError as exc:
            raise ConfigError(
                f"{source}: {text!r} is not a CIDR network (example: 10.0.0.0/8)",
                details={"value": text},
            ) from exc
    return networks


def system_resolver(host: str, port: int) -> list[IPAddress]:
    """Every address getaddrinfo gives for `host`, in its order, without duplicates."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[IPAddress] = []
    for info in infos:
        address = _address_from_sockaddr(info[4][0])
        if address not in addresses:
            addresses.append(address)
    return addresses


class TimedResolver:
    """A resolver that gives up after `timeout_s` (OSError), for a request being answered.

    getaddrinfo has no timeout of its own (resolv.conf's, retries included, can
    reach tens of seconds), so each lookup runs in a daemon thread the caller
    stops waiting for. At most `max_pending` lookups run at once per process;
    past that, a lookup fails at once rather than piling up threads.
    """

    def __init__(
        self, timeout_s: float, resolver: Resolver = system_resolver, *, max_pending: int = 16
    ) -> None:
        self.timeout_s = timeout_s
        self._resolver = resolver
        self._slots = threading.BoundedSemaphore(max_pending)

    def __call__(self, host: str, port: int) -> Sequence[IPAddress]:
        if not self._slots.acquire(blocking=False):
            raise OSError("too many host name lookups pending")
        answer: dict[str, Any] = {}
        done = threading.Event()

        def lookup() -> None:
            try:
                answer["addresses"] = self._resolver(host, port)
            except BaseException as exc:  # handed to the caller below
                answer["error"] = exc
            finally:
                self._slots.release()
                done.set()

        threading.Thread(target=lookup, name="securetag-resolve", daemon=True).start()
        if not done.wait(self.timeout_s):
            raise OSError(f"no DNS answer within {self.timeout_s:g} s")
        if "error" in answer:
            raise answer["error"]
        return answer["addresses"]


def literal_addresses(host: str, port: int) -> list[IPAddress] | None:
    """The address(es) `host` spells as a literal (`127.1`, `0x7f.1`, `::1` too), or None.

    Parsed by getaddrinfo with AI_NUMERICHOST: the spellings the resolver itself
    would take as addresses, without asking DNS.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except (OSError, UnicodeError):
        return None
    return list(dict.fromkeys(_address_from_sockaddr(info[4][0]) for info in infos))


def _address_from_sockaddr(host: str) -> IPAddress:
    # Link-local IPv6 peers carry a zone ("fe80::1%eth0"); the zone does not change the verdict.
    return ip_address(host.split("%", 1)[0])


@dataclass(frozen=True, slots=True)
class CheckedTarget:
    """A URL that passed the guard, in the exact form `requests` will send it."""

    url: str
    scheme: str
    host: str
    port: int
    addresses: tuple[IPAddress, ...]


class SsrfGuard:
    """Decides which addresses the web scanner may reach, and enforces it on every connection."""

    def __init__(
        self,
        allow: Iterable[IPNetwork] = (),
        *,
        resolver: Resolver = system_resolver,
        allow_setting: str = ALLOW_ENV_VAR,
    ):
        self.allow: tuple[IPNetwork, ...] = tuple(allow)
        self._resolver = resolver
        # Refusals name the setting that opens internal ranges for this guard's users.
        self._allow_hint = f"set {allow_setting} to allow internal addresses"

    @classmethod
    def from_env_value(
        cls,
        value: str | None,
        *,
        resolver: Resolver = system_resolver,
        allow_setting: str = ALLOW_ENV_VAR,
    ) -> SsrfGuard:
        """A guard allowing the comma-separated CIDRs of `allow_setting` (None: none)."""
        allow = parse_allow_list((value or "").split(","), source=allow_setting)
        return cls(allow, resolver=resolver, allow_setting=allow_setting)

    def refusal_reason(self, ip: IPAddress) -> str | None:
        """`is_forbidden_address`, except for addresses inside the operator's allowlist."""
        if self._allowed(ip):
            return None
        return is_forbidden_address(ip)

    def _allowed(self, ip: IPAddress) -> bool:
        candidates: list[IPAddress] = [ip]
        if isinstance(ip, IPv6Address):
            candidates.extend(embedded for _, embedded in _embedded_ipv4(ip))
        return any(candidate in network for candidate in candidates for network in self.allow)

    def check_address(self, ip: IPAddress, *, host: str | None = None) -> None:
        """Raise SsrfRefused unless `ip` may be reached; `host` names what resolved to it.

        A literal address says why it is refused (its writer knows it already); a
        name that resolved to `ip` is refused in the words of TARGET_REFUSED, and
        the address goes to the log only.
        """
        reason = self.refusal_reason(ip)
        if reason is None:
            return
        if host is None or literal_addresses(host, 0) is not None:
            raise SsrfRefused(
                f"{reason}; {self._allow_hint}",
                details={"host": host or str(ip), "address": str(ip)},
            )
        log.info("target refused", extra={"host": host, "address": str(ip), "reason": reason})
        raise SsrfRefused(TARGET_REFUSED, details={"host": host})

    def resolve(self, host: str, port: int) -> tuple[IPAddress, ...]:
        """Every address of `host`, each checked: one forbidden address refuses them all."""
        try:
            addresses = tuple(self._resolver(host, port))
        except (OSError, UnicodeError) as exc:
            log.info("target does not resolve", extra={"host": host, "error": str(exc)})
            raise TargetUnresolvable(TARGET_REFUSED, details={"host": host}) from exc
        if not addresses:
            log.info("target does not resolve", extra={"host": host, "error": "no address"})
            raise TargetUnresolvable(TARGET_REFUSED, details={"host": host})
        for address in addresses:
            self.check_address(address, host=host)
        return addresses

    def check_url(self, url: str, *, resolve_names: bool = True) -> CheckedTarget:
        """Judge `url` as `requests` will send it: scheme, host, every resolved address.

        `resolve_names=False` judges a literal address only and lets a host name
        pass unresolved (its `addresses` empty): for a caller that cannot ask the
        DNS the connection will use, while the connection itself is guarded.
        """
        text = url.strip() if isinstance(url, str) else ""
        scheme = urlsplit(text).scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            shown = f"{scheme}://" if scheme else "a URL without a scheme"
            raise SsrfRefused(
                f"only http and https URLs can be reached, not {shown}", details={"url": text}
            )
        prepared_url = _prepared_url(text)
        # The same parser urllib3 uses to pick the host it connects to, so the
        # host judged here is the host reached (userinfo tricks included).
        parsed = parse_url(prepared_url)
        host = (parsed.host or "").strip("[]").rstrip(".").lower()
        if not host or parsed.scheme not in ALLOWED_SCHEMES:
            raise SsrfRefused(f"{text!r} has no host", details={"url": text})
        port = parsed.port or DEFAULT_PORTS[parsed.scheme]
        if not resolve_names:
            literal = literal_addresses(host, port)
            for address in literal or ():
                self.check_address(address, host=host)
            return CheckedTarget(prepared_url, parsed.scheme, host, port, tuple(literal or ()))
        addresses = self.resolve(host, port)
        return CheckedTarget(prepared_url, parsed.scheme, host, port, addresses)

    def connect(
        self,
        host: str,
        port: int,
        *,
        timeout: float | None,
        socket_options: Sequence[tuple[int, int, int]] = (),
    ) -> socket.socket:
        """A TCP connection to `host`: resolved and checked again, then its peer checked.

        Inside a `TotalDeadline` the socket's timeout ends no later than the deadline,
        and the deadline shuts the socket down when it passes.
        """
        deadline = TotalDeadline.current()
        last_error: OSError | None = None
        for address in self.resolve(host.strip("[]").rstrip("."), port):
            family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                for option in socket_options:
                    sock.setsockopt(*option)
                sock.settimeout(timeout if deadline is None else deadline.clip(timeout))
                if deadline is not None:
                    deadline.watch(sock)
                sock.connect((str(address), port))
            except OSError as exc:
                sock.close()
                last_error = exc
                continue
            try:
                self.check_peer(sock)
            except BaseException:
                sock.close()
                raise
            return sock
        raise last_error or OSError(f"no address of {host} accepted a connection")

    def check_peer(self, sock: socket.socket) -> None:
        """Raise SsrfRefused if the connected socket's peer is an address tenants may not reach."""
        peer = _address_from_sockaddr(sock.getpeername()[0])
        reason = self.refusal_reason(peer)
        if reason is not None:
            raise SsrfRefused(
                f"the connection reached {peer}: {reason}; {self._allow_hint}",
                details={"address": str(peer)},
            )

    def session(self, *, ssl_context: ssl.SSLContext | None = None) -> requests.Session:
        """A requests session whose every connection goes through `connect`.

        `ssl_context`, if given, is used for every HTTPS connection of the session.
        """
        session = requests.Session()
        # A proxy from the environment would become the peer the guard checks,
        # and the proxy could then reach internal hosts on the scanner's behalf.
        session.trust_env = False
        adapter = GuardedAdapter(self, ssl_context=ssl_context)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        return session

    def fetch(
        self,
        session: requests.Session,
        url: str,
        *,
        timeout: float,
        method: str = "GET",
        headers: Mapping[str, str] | None = None,
        verify: bool | str = True,
        follow_redirects: bool = True,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        before_request: Callable[[str], None] | None = None,
    ) -> requests.Response:
        """One request, following redirects by hand so every hop passes `check_url`.

        The response is streamed: the caller reads (and caps) the body and closes it.
        `before_request(url)` runs before every hop and may raise to stop.
        """
        history: list[requests.Response] = []
        current = url
        while True:
            target = self.check_url(current)
            if before_request is not None:
                before_request(target.url)
            response = session.request(
                method,
                target.url,
                headers=dict(headers or {}),
                timeout=timeout,
                verify=verify,
                allow_redirects=False,
                stream=True,
            )
            location = response.headers.get("Location")
            if (
                not follow_redirects
                or response.status_code not in REDIRECT_STATUSES
                or not location
            ):
                response.history = history
                return response
            response.close()
            history.append(response)
            if len(history) > max_redirects:
                raise TooManyRedirects(
                    f"{url} redirected more than {max_redirects} times",
                    details={"url": url, "last": target.url},
                )
            if response.status_code == 303:
                method = "GET" if method != "HEAD" else method
            current = urljoin(target.url, location)


def _prepared_url(url: str) -> str:
    prepared = requests.PreparedRequest()
    try:
        prepared.prepare_url(url, None)
    except (requests.RequestException, ValueError, UnicodeError) as exc:
        raise SsrfRefused(f"{url!r} is not a valid URL: {exc}", details={"url": url}) from exc
    return str(prepared.url)


def _socket_timeout(value: Any) -> float | None:
    # urllib3 passes a sentinel object for "no timeout given"; requests always gives one.
    return float(value) if isinstance(value, int | float) else None


class _GuardedConnectionMixin:
    """Replaces urllib3's socket creation with `SsrfGuard.connect`."""

    host: str
    port: int
    timeout: Any
    socket_options: Any

    def __init__(self, *args: Any, guard: SsrfGuard, **kwargs: Any) -> None:
        self._guard = guard
        super().__init__(*args, **kwargs)

    def _new_conn(self) -> socket.socket:
        try:
            return self._guard.connect(
                self.host,
                self.port,
                timeout=_socket_timeout(self.timeout),
                socket_options=tuple(self.socket_options or ()),
            )
        except TimeoutError as exc:
            raise ConnectTimeoutError(self, f"Connection to {self.host} timed out") from exc
        except OSError as exc:
            raise NewConnectionError(self, f"Failed to establish a new connection: {exc}") from exc

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        deadline = TotalDeadline.current()
        sock = getattr(self, "sock", None)
        if deadline is not None and sock is not None:
            deadline.watch(sock)  # the TLS socket, which now owns the descriptor

    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        # A kept-alive connection opened under an earlier deadline joins this one.
        deadline = TotalDeadline.current()
        sock = getattr(self, "sock", None)
        if deadline is not None and sock is not None:
            deadline.watch(sock)
        return super().getresponse(*args, **kwargs)  # type: ignore[misc]


class _GuardedHTTPConnection(_GuardedConnectionMixin, HTTPConnection):
    pass


class _GuardedHTTPSConnection(_GuardedConnectionMixin, HTTPSConnection):
    pass


class _GuardedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


class _GuardedPoolManager(PoolManager):
    def __init__(self, guard: SsrfGuard, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._guard = guard
        self.pool_classes_by_scheme = {
            "http": _GuardedHTTPConnectionPool,
            "https": _GuardedHTTPSConnectionPool,
        }

    def _new_pool(
        self,
        scheme: str,
        host: str,
        port: int,
        request_context: dict[str, Any] | None = None,
    ) -> HTTPConnectionPool:
        # The guard rides in the pool's connection kwargs, not in the pool key:
        # urllib3 builds pool keys from a fixed set of fields.
        context = dict(self.connection_pool_kw if request_context is None else request_context)
        context["guard"] = self._guard
        return super()._new_pool(scheme, host, port, context)


class GuardedAdapter(HTTPAdapter):
    """A requests transport adapter whose connections all pass the guard; proxies are refused."""

    def __init__(self, guard: SsrfGuard, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self._guard = guard
        self._ssl_context = ssl_context
        super().__init__(max_retries=0)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        """Pools whose connections are opened by the guard."""
        if self._ssl_context is not None:
            pool_kwargs["ssl_context"] = self._ssl_context
        self._pool_connections = connections
        self._pool_maxsize = maxsize
        self._pool_block = block
        self.poolmanager = _GuardedPoolManager(
            self._guard, num_pools=connections, maxsize=maxsize, block=block, **pool_kwargs
        )

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """Refused: behind a proxy, the peer the guard sees is the proxy, not the target."""
        raise SsrfRefused(
            "the web scanner does not use proxies: the guard must see the real target",
            details={"proxy": proxy},
        )
