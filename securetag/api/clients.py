"""Who is at the other end of a request: the client address, and how refusals name it.

gunicorn hands the app the socket's peer as REMOTE_ADDR and never rewrites it
from X-Forwarded-For. Behind a reverse proxy every peer is the proxy, so the
client is read from X-Forwarded-For, but only when the peer is a proxy the
operator trusts (SECURETAG_FORWARDED_ALLOW_IPS, the variable gunicorn's own
`forwarded_allow_ips` reads too): walking the header from the right, the first
address that is not a trusted proxy is the client. Anything to the left of it
came from the client itself and proves nothing.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Failed authentications from IPv6 clients are counted and limited per /64: one
# host usually holds a whole /64, and per address it could rotate without end.
IPV6_SUBJECT_PREFIX = 64


class TrustedProxies:
    """The peers whose X-Forwarded-For is believed: addresses or CIDRs, or "*" for any."""

    def __init__(self, spec: str) -> None:
        entries = [entry.strip() for entry in spec.split(",") if entry.strip()]
        self._any = "*" in entries
        self._networks: list[IPNetwork] = []
        for entry in entries:
            if entry == "*":
                continue
            try:
                self._networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                raise ValueError(
                    f"SECURETAG_FORWARDED_ALLOW_IPS: {entry!r} is not an address or CIDR"
                ) from None

    def trusts(self, address: IPAddress | None) -> bool:
        if address is None:
            return False
        return self._any or any(address in network for network in self._networks)

    def client(self, peer: str, forwarded_for: Sequence[str]) -> str:
        """The client's address, given the socket peer and the X-Forwarded-For headers."""
        current = peer
        if not self.trusts(_address(peer)):
            return peer
        hops = [hop.strip() for header in forwarded_for for hop in header.split(",")]
        for hop in reversed(hops):
            address = _address(hop)
            if address is None:
                return current  # not an address a proxy would write: stop at the last good hop
            current = str(address)
            if not self.trusts(address):
                return current
        return current


def refusal_subject(client: str) -> str:
    """How refusals (counters, the failed-authentication limit) name a client address."""
    address = _address(client)
    if address is None:
        return client or "?"
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((address, IPV6_SUBJECT_PREFIX), strict=False))
    return str(address)


def _address(text: str) -> IPAddress | None:
    try:
        address = ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped  # ::ffff:192.0.2.1 is 192.0.2.1
    return address
