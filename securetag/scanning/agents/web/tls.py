"""TLS: the protocol a server negotiates and whether its certificate holds up.

Two handshakes per endpoint, both through the SSRF guard: one offering every
protocol and accepting any certificate (what the server itself allows), one
verifying the chain as a browser would.
"""

from __future__ import annotations

import datetime as dt
import ssl
import warnings
from dataclasses import dataclass
from ipaddress import ip_address
from urllib.parse import urlsplit

from cryptography import x509

from securetag.security.ssrf import SsrfGuard

from .rules import Hit

CERT_EXPIRY_WARNING = dt.timedelta(days=30)

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


def legacy_client_context() -> ssl.SSLContext:
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
    with _handshake(guard, host, port, legacy_client_context(), timeout) as tls:
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
