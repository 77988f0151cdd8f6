"""Examples for securetag/scanning/rules/python/lang.yaml (read by `semgrep --test`)."""

import hashlib
import os
import random
import secrets
import ssl

import psycopg
import requests
from Crypto.Cipher import AES, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flask import Flask, make_response

app = Flask(__name__)


def digests(password: str, blob: bytes) -> list[str]:
    # ruleid: securetag.python.lang.weak-hash
    stored = hashlib.md5(password.encode()).hexdigest()
    # ruleid: securetag.python.lang.weak-hash
    legacy = hashlib.new("sha1", blob).hexdigest()
    # ok: securetag.python.lang.weak-hash
    etag = hashlib.md5(blob, usedforsecurity=False).hexdigest()
    # ok: securetag.python.lang.weak-hash
    strong = hashlib.sha256(blob).hexdigest()
    return [stored, legacy, etag, strong]


def encrypt(key: bytes, data: bytes) -> bytes:
    # ruleid: securetag.python.lang.weak-cipher
    legacy = DES.new(key[:8], DES.MODE_CBC).encrypt(data)
    # ruleid: securetag.python.lang.weak-cipher
    patterned = AES.new(key, AES.MODE_ECB).encrypt(data)
    # ruleid: securetag.python.lang.weak-cipher
    cipher = Cipher(algorithms.AES(key), modes.ECB())
    # ok: securetag.python.lang.weak-cipher
    gcm = Cipher(algorithms.AES(key), modes.GCM(os.urandom(12)))
    # ok: securetag.python.lang.weak-cipher
    ctr = AES.new(key, AES.MODE_GCM).encrypt(data)
    return legacy + patterned + bytes(repr((cipher, gcm, ctr)), "ascii")


def store_invitation(owner, code: str) -> None:
    owner.invitations.append(code)


def new_credentials(user) -> None:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    # ruleid: securetag.python.lang.weak-random
    reset_token = "".join(random.choice(alphabet) for _ in range(32))
    # ruleid: securetag.python.lang.weak-random
    user.session_id = random.getrandbits(64)
    # ok: securetag.python.lang.weak-random
    api_key = secrets.token_urlsafe(32)
    # ok: securetag.python.lang.weak-random
    jitter = random.uniform(0, 1)
    value = str(random.randint(100000, 999999))
    # ruleid: securetag.python.lang.weak-random
    user.set_password(value)
    generator = random.Random()
    value = format(generator.getrandbits(64), "x")
    # ruleid: securetag.python.lang.weak-random
    store_invitation(user, value)
    # ok: securetag.python.lang.weak-random
    store_invitation("team", secrets.token_hex(8))
    user.save(reset_token, api_key, jitter)


def new_session_id() -> str:
    # ruleid: securetag.python.lang.weak-random
    return str(random.random())[2:]


def pick_colour(colours: list[str]) -> str:
    # ok: securetag.python.lang.weak-random
    return random.choice(colours)


@app.route("/login")
def login():
    response = make_response("ok")
    value = "%032x" % random.getrandbits(128)  # noqa: UP031
    # ruleid: securetag.python.lang.weak-random
    response.set_cookie("remember", value, secure=True, httponly=True)
    order = list(range(10))
    random.shuffle(order)
    # ok: securetag.python.lang.weak-random
    response.headers["X-Order"] = ",".join(map(str, order))
    return response


def make_otp() -> str:
    # ruleid: securetag.python.lang.weak-random
    return str(random.randint(100000, 999999))


def shuffle_cards(cards: list) -> list:
    # ok: securetag.python.lang.weak-random
    return random.sample(cards, len(cards))


def fetch_status(url: str):
    # ruleid: securetag.python.lang.tls-verify-disabled
    insecure = requests.get(url, verify=False, timeout=5)
    # ok: securetag.python.lang.tls-verify-disabled
    pinned = requests.get(url, verify="/etc/ssl/internal-ca.pem", timeout=5)
    context = ssl.create_default_context()
    # ruleid: securetag.python.lang.tls-verify-disabled
    context.check_hostname = False
    # ruleid: securetag.python.lang.tls-verify-disabled
    context.verify_mode = ssl.CERT_NONE
    # ok: securetag.python.lang.tls-verify-disabled
    context.verify_mode = ssl.CERT_REQUIRED
    return insecure, pinned, context


# ruleid: securetag.python.lang.hardcoded-credentials
DB_PASSWORD = "s3cr3t-Pa55word!"
# ok: securetag.python.lang.hardcoded-credentials
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]
# ok: securetag.python.lang.hardcoded-credentials
PASSWORD_FIELD = "password"
# ok: securetag.python.lang.hardcoded-credentials
DEFAULT_PASSWORD = "changeme"
# ruleid: securetag.python.lang.hardcoded-credentials
app.config["SECRET_KEY"] = "flask-session-signing-key-123"


def connect():
    # ruleid: securetag.python.lang.hardcoded-credentials
    return psycopg.connect(host="db", user="app", password="hunter2hunter2")


@app.route("/remember")
def remember():
    response = make_response("ok")
    # ruleid: securetag.python.lang.cookie-without-secure
    response.set_cookie("session", "abc")
    # ruleid: securetag.python.lang.cookie-without-httponly
    response.set_cookie("prefs", "dark", secure=True, httponly=False)
    # ok: securetag.python.lang.cookie-without-httponly
    response.set_cookie("prefs", "dark", secure=True)
    # ok: securetag.python.lang.cookie-without-secure
    response.set_cookie("session", "abc", secure=True, httponly=True, samesite="Lax")
    # ok: securetag.python.lang.cookie-without-secure
    response.set_cookie("session", "abc", httponly=True, secure=True)
    # ruleid: securetag.python.lang.cookie-without-secure
    response.set_cookie("session", "abc", httponly=True, secure=False)
    # ok: securetag.python.lang.cookie-without-secure
    response.set_cookie("session", "abc", httponly=True, secure=app.config["HTTPS"])
    return response


def copy_cookies(jar, cookie) -> None:
    # ok: securetag.python.lang.cookie-without-secure
    jar.set_cookie(cookie)


def configure(flask_app) -> None:
    # ruleid: securetag.python.lang.cookie-without-secure
    flask_app.config["SESSION_COOKIE_SECURE"] = False
    # ok: securetag.python.lang.cookie-without-secure
    flask_app.config.update(SESSION_COOKIE_SECURE=True)


# ruleid: securetag.python.lang.hardcoded-token
AWS_ACCESS_KEY_ID = "AKIA4UJUEPP4S2KXJ5T3"
# ruleid: securetag.python.lang.hardcoded-token
DATABASE_URL = "postgresql://billing:zPG0hGxuY0u24@db.internal.example.com:5432/billing"
# ok: securetag.python.lang.hardcoded-token
TEMPLATE_URL = "postgresql://billing:${DB_PASSWORD}@db.internal.example.com:5432/billing"
# ok: securetag.python.lang.hardcoded-token
GITHUB_API = "https://api.github.com"
