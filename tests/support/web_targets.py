"""Local web servers with known (mis)configurations, for the web scanner and anything else.

`WebTarget` is a threaded HTTP or HTTPS server on a loopback address and a free
port that counts every TCP connection it accepts and records every request it
serves, so a test can prove that a refused scan never reached it. What it
answers is a `Responder`: a function from the request to a `Reply`. The sites
below are the reference targets; the TLS helpers mint certificates with the
`cryptography` package (EC P-256 keys, so they take milliseconds).

Targets that cannot be reached: `refusing_port` (connection refused),
`SilentServer` (accepts, never answers: a timeout; or hangs up at once),
`error_site` (5xx), `redirect_site` to itself (a redirect loop), a
plain-HTTP `WebTarget` asked for https:// (the TLS handshake fails), and a name
under the reserved `.invalid` TLD (`UNRESOLVABLE_HOST`, never resolves).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import ipaddress
import socket
import ssl
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True, slots=True)
class Reply:
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    trickle_s: float = 0.0
    """Above 0: send the body one byte at a time, this many seconds apart (a slow-drip server)."""


@dataclass(frozen=True, slots=True)
class SeenRequest:
    method: str
    path: str
    """The request target without its query string."""
    headers: dict[str, str]
    """Lower-cased names."""
    at: float
    """time.monotonic() when the request line arrived."""


Responder = Callable[[SeenRequest], Reply]


@dataclass
class _Log:
    changed: threading.Condition = field(default_factory=threading.Condition)
    accepted: list[Any] = field(default_factory=list)
    """Client addresses of accepted connections, in accept order."""
    markers: set[Any] = field(default_factory=set)
    """Connections made by `WebTarget.settled_connections` itself."""
    requests: list[SeenRequest] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _RecordingServer

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, *, send_body: bool) -> None:
        seen = SeenRequest(
            method=self.command,
            path=self.path.split("?", 1)[0],
            headers={name.lower(): value for name, value in self.headers.items()},
            at=time.monotonic(),
        )
        with self.server.log.changed:
            self.server.log.requests.append(seen)
        reply = self.server.responder(seen)
        # send_response_only: the reply alone decides the headers, Server included.
        self.send_response_only(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if not send_body:
            return
        if reply.trickle_s <= 0:
            self.wfile.write(reply.body)
            return
        for index in range(len(reply.body)):
            self.wfile.write(reply.body[index : index + 1])
            self.wfile.flush()
            time.sleep(reply.trickle_s)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the request log is the record."""


class _RecordingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        responder: Responder,
        tls: ssl.SSLContext | None,
        family: socket.AddressFamily,
    ) -> None:
        self.address_family = family
        self.responder = responder
        self.tls = tls
        self.log = _Log()
        super().__init__(address, _Handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        with self.log.changed:
            self.log.accepted.append(address)
            self.log.changed.notify_all()
        # Headers and body go out as separate writes; without NODELAY, Nagle plus
        # the client's delayed ACK would add ~40 ms to every response.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock, address

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The TLS handshake runs here, in the connection's own thread, so a
        # client that aborts it (a scanner probing a bad certificate) only
        # ends that connection.
        if self.tls is not None:
            request = self.tls.wrap_socket(request, server_side=True)
        super().finish_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Aborted handshakes and clients that hang up early are expected here."""


class WebTarget:
    """A threaded HTTP(S) server on `host` and a free port; use as a context manager."""

    def __init__(
        self, responder: Responder, *, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None
    ) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._server = _RecordingServer((host, 0), responder, tls, family)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.host = host
        self.port: int = self._server.server_address[1]
        self.scheme = "https" if tls is not None else "http"

    def __enter__(self) -> WebTarget:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.origin + path

    @property
    def connections(self) -> int:
        """TCP connections accepted so far (not counting those still in the listen queue)."""
        log = self._server.log
        with log.changed:
            return len([a for a in log.accepted if a not in log.markers])

    def settled_connections(self, timeout_s: float = 5.0) -> int:
        """Every connection made before this call, including any not yet accepted.

        Connects once itself and waits until the server accepts that connection:
        accept is first-in first-out, so each earlier connection has been counted
        by then. This is how a test proves that nothing reached the server.
        """
        log = self._server.log
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as marker:
            marker.connect((self.host, self.port))
            address = marker.getsockname()
            with log.changed:
                log.markers.add(address)
                if not log.changed.wait_for(lambda: address in log.accepted, timeout_s):
                    raise TimeoutError(f"{self.origin} did not accept a connection")
                earlier = log.accepted[: log.accepted.index(address)]
                return len([a for a in earlier if a not in log.markers])

    @property
    def requests(self) -> list[SeenRequest]:
        with self._server.log.changed:
            return list(self._server.log.requests)

    @property
    def paths(self) -> list[str]:
        return [request.path for request in self.requests]


def html(body: str) -> bytes:
    """A minimal HTML document around `body`."""
    return f"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>".encode()


def routes_site(
    routes: dict[str, Reply],
    *,
    common_headers: Iterable[tuple[str, str]] = (),
    fallback: Callable[[SeenRequest], Reply] | None = None,
) -> Responder:
    """Fixed replies by path, `common_headers` added to each; unknown paths 404 or `fallback`."""
    shared = tuple(common_headers)

    def respond(request: SeenRequest) -> Reply:
        reply = routes.get(request.path)
        if reply is None:
            reply = fallback(request) if fallback else Reply(404, (), b"not found")
        return dataclasses.replace(reply, headers=shared + reply.headers)

    return respond


MISCONFIGURED_HOME = html(
    '<a href="/about">about</a> <a href="/files/">files</a> '
    '<a href="https://elsewhere.example/">off-site</a>'
    '<script src="http://cdn.elsewhere.example/lib.js"></script>'
)


def misconfigured_site() -> Responder:
    """Every misconfiguration the passive scanner knows, on purpose.

    No security headers; a session cookie without Secure/HttpOnly/SameSite and a
    SameSite=None cookie without Secure; the request's Origin reflected with
    credentials; `Server: Apache/2.4.1` and `X-Powered-By: PHP/5.6.40`; an
    exposed /.git/HEAD and /.env; a directory listing at /files/; an http://
    script on the home page (mixed content when served over HTTPS).
    """
    routes = {
        "/": Reply(
            200,
            (
                ("Content-Type", "text/html; charset=utf-8"),
                ("Set-Cookie", "PHPSESSID=3f9a1c; Path=/"),
                ("Set-Cookie", "tracker=1; Path=/; SameSite=None"),
            ),
            MISCONFIGURED_HOME,
        ),
        "/about": Reply(
            200, (("Content-Type", "text/html"),), html('<a href="/about/team">team</a>')
        ),
        "/about/team": Reply(200, (("Content-Type", "text/html"),), html("the team")),
        "/files/": Reply(
            200,
            (("Content-Type", "text/html"),),
            b"<html><head><title>Index of /files</title></head><body><h1>Index of /files</h1>"
            b'<a href="../">../</a> <a href="db.sqlite">db.sqlite</a></body></html>',
        ),
        "/.git/HEAD": Reply(200, (("Content-Type", "text/plain"),), b"ref: refs/heads/main\n"),
        "/.env": Reply(
            200,
            (("Content-Type", "text/plain"),),
            b"# production\nDB_PASSWORD=hunter2\nAPI_KEY=sk_live_0123456789\n",
        ),
    }
    site = routes_site(
        routes,
        common_headers=(("Server", "Apache/2.4.1"), ("X-Powered-By", "PHP/5.6.40")),
    )

    def respond(request: SeenRequest) -> Reply:
        reply = site(request)
        origin = request.headers.get("origin")
        if origin is None:
            return reply
        cors = (
            ("Access-Control-Allow-Origin", origin),
            ("Access-Control-Allow-Credentials", "true"),
        )
        return dataclasses.replace(reply, headers=reply.headers + cors)

    return respond


HARDENED_HEADERS: tuple[tuple[str, str], ...] = (
    ("Server", "nginx"),
    ("Content-Security-Policy", "default-src 'self'; script-src 'self'; frame-ancestors 'none'"),
    ("Strict-Transport-Security", "max-age=63072000; includeSubDomains"),
    ("X-Frame-Options", "DENY"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
)


def hardened_site() -> Responder:
    """A well-configured site that answers 200 to every path (a "soft 404").

    The not-found page echoes the path, so it differs from request to request,
    as real soft-404 pages do.
    """
    page_headers = (("Content-Type", "text/html; charset=utf-8"),)
    routes = {
        "/": Reply(
            200,
            (
                *page_headers,
                ("Set-Cookie", "session=9d8e7f; Path=/; Secure; HttpOnly; SameSite=Lax"),
            ),
            html('<a href="/about">about</a> <script src="/app.js"></script>'),
        ),
        "/about": Reply(200, page_headers, html('<a href="/">home</a>')),
    }

    def soft_404(request: SeenRequest) -> Reply:
        return Reply(200, page_headers, html(f"<h1>Nothing at {request.path}</h1>"))

    return routes_site(routes, common_headers=HARDENED_HEADERS, fallback=soft_404)


def catch_all_site(body: bytes, *, content_type: str = "text/plain") -> Responder:
    """Answers every path with the same 200 `body`, hardened headers included."""
    reply = Reply(200, (*HARDENED_HEADERS, ("Content-Type", content_type)), body)
    return lambda _request: reply


def redirect_site(location: str, *, status: int = 302) -> Responder:
    """Redirects every request to `location`."""
    reply = Reply(status, (("Location", location),), b"")
    return lambda _request: reply


def error_site(status: int = 500) -> Responder:
    """Answers every path with the server error `status` (a site that is down behind its proxy)."""
    reply = Reply(status, (("Content-Type", "text/html"),), html(f"<h1>Error {status}</h1>"))
    return lambda _request: reply


# --- targets that cannot be reached -------------------------------------------------------

UNRESOLVABLE_HOST = "securetag-test.invalid"
"""RFC 6761: names under .invalid never resolve, whatever the resolver."""


@contextmanager
def refusing_port(host: str = "127.0.0.1") -> Iterator[int]:
    """A port on `host` that refuses every connection while the context lasts.

    The socket is bound, so nothing else takes the port, but never listens: the
    kernel answers each connection attempt with a reset (ECONNREFUSED).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as bound:
        bound.bind((host, 0))
        yield bound.getsockname()[1]


class SilentServer:
    """Accepts every TCP connection on `host` and a free port and never sends a byte.

    A client's connect succeeds and its read times out: a target that hangs. With
    `hang_up`, each connection is closed once its request is read, unanswered.
    """

    def __init__(self, host: str = "127.0.0.1", *, hang_up: bool = False) -> None:
        self._hang_up = hang_up
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._listener = socket.socket(family, socket.SOCK_STREAM)
        self._listener.bind((host, 0))
        self._listener.listen(16)
        self._listener.settimeout(0.05)
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self.host = host
        self.port: int = self._listener.getsockname()[1]

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            if self._hang_up:
                # Read the request first: closing with it unread would send a reset instead.
                connection.settimeout(1)
                with suppress(OSError):
                    connection.recv(65536)
                connection.close()
            else:
                self._held.append(connection)  # held open, unanswered, until the server stops

    def __enter__(self) -> SilentServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for connection in self._held:
            connection.close()
        self._listener.close()

    def url(self, path: str = "/", *, scheme: str = "http") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}{path}"


# --- TLS -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TlsIdentity:
    cert_path: Path
    key_path: Path
    ca_path: Path | None
    """The CA that issued the certificate; None for a self-signed one."""


def _new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _subject_alt_names(names: Iterable[str]) -> x509.SubjectAlternativeName:
    entries: list[x509.GeneralName] = []
    for name in names:
        try:
            entries.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            entries.append(x509.DNSName(name))
    return x509.SubjectAlternativeName(entries)


def _write_pem(directory: Path, stem: str, cert: x509.Certificate, key: Any) -> tuple[Path, Path]:
    cert_path = directory / f"{stem}.crt"
    key_path = directory / f"{stem}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def self_signed_identity(
    directory: Path, *, names: Iterable[str] = ("127.0.0.1",), valid_days: int = 365
) -> TlsIdentity:
    """A leaf certificate that signs itself, valid for `names` (IPs or DNS names)."""
    names = list(names)
    key = _new_key()
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(names[0]))
        .issuer_name(_name(names[0]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=valid_days))
        .add_extension(_subject_alt_names(names), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = _write_pem(directory, "self-signed", cert, key)
    return TlsIdentity(cert_path, key_path, None)


def ca_signed_identity(
    directory: Path,
    *,
    names: Iterable[str] = ("127.0.0.1",),
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
) -> TlsIdentity:
    """A leaf issued by a fresh CA (written as `ca.crt`), so a client trusting that CA verifies it.

    Leaf validity defaults to yesterday .. a year from now; pass dates in the
    past for an expired certificate or soon for one about to expire.
    """
    now = dt.datetime.now(dt.UTC)
    ca_key = _new_key()
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Securetag Test CA"))
        .issuer_name(_name("Securetag Test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=800))
        .not_valid_after(now + dt.timedelta(days=800))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    names = list(names)
    key = _new_key()
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(names[0]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - dt.timedelta(days=1))
        .not_valid_after(not_after or now + dt.timedelta(days=365))
        .add_extension(_subject_alt_names(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_path = directory / "ca.crt"
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_path, key_path = _write_pem(directory, "leaf", leaf, key)
    return TlsIdentity(cert_path, key_path, ca_path)


def server_context(
    identity: TlsIdentity, *, maximum_version: ssl.TLSVersion | None = None
) -> ssl.SSLContext:
    """A server context for `identity`; a `maximum_version` below TLS 1.2 makes a legacy server."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(identity.cert_path, identity.key_path)
    if maximum_version is not None:
        with warnings.catch_warnings():
            # TLS 1.0/1.1 are deprecated in the ssl module; a legacy server is the point here.
            warnings.simplefilter("ignore", DeprecationWarning)
            context.minimum_version = ssl.TLSVersion.TLSv1
            context.maximum_version = maximum_version
        context.set_ciphers("ALL:@SECLEVEL=0")
    return context
