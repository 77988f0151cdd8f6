"""The client address behind trusted proxies, and how refusals name it."""

from __future__ import annotations

import pytest

from securetag.api.clients import TrustedProxies, refusal_subject


def test_x_forwarded_for_counts_only_from_a_trusted_peer() -> None:
    proxies = TrustedProxies("127.0.0.1, 10.0.0.0/8")
    # A direct client cannot name another address for itself.
    assert proxies.client("198.51.100.7", ["203.0.113.1"]) == "198.51.100.7"
    # Behind the proxy: the right-most entry that is not a trusted proxy.
    assert proxies.client("127.0.0.1", ["203.0.113.1"]) == "203.0.113.1"
    assert proxies.client("127.0.0.1", ["1.2.3.4, 203.0.113.1, 10.1.2.3"]) == "203.0.113.1"
    assert proxies.client("127.0.0.1", ["1.2.3.4", "203.0.113.1"]) == "203.0.113.1"
    # Garbage a client put there is never taken for an address.
    assert proxies.client("127.0.0.1", ["not-an-ip, 10.1.2.3"]) == "10.1.2.3"
    assert proxies.client("127.0.0.1", []) == "127.0.0.1"
    assert proxies.client("::ffff:127.0.0.1", ["203.0.113.9"]) == "203.0.113.9"


def test_no_proxy_is_trusted_unless_named() -> None:
    assert TrustedProxies("").client("127.0.0.1", ["203.0.113.1"]) == "127.0.0.1"
    assert TrustedProxies("*").client("192.0.2.1", ["203.0.113.1"]) == "203.0.113.1"
    with pytest.raises(ValueError, match="SECURETAG_FORWARDED_ALLOW_IPS"):
        TrustedProxies("127.0.0.1,proxy.example")


def test_an_ipv6_client_is_one_subject_per_64() -> None:
    assert refusal_subject("2001:db8:1:2::1") == "2001:db8:1:2::/64"
    assert refusal_subject("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert refusal_subject("::ffff:192.0.2.5") == "192.0.2.5"
    assert refusal_subject("192.0.2.5") == "192.0.2.5"
    assert refusal_subject("") == "?"
