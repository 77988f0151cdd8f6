"""Examples for securetag/scanning/rules/python/lang.yaml (read by `semgrep --test`)."""

import hashlib
import marshal
import os
import pickle
import random
import secrets
import ssl
import xml.sax
import xml.sax.handler

import psycopg
import requests
import yaml
from Crypto.Cipher import AES, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flask import Flask, make_response
from lxml import etree

app = Flask(__name__)


def load_session(blob: bytes, cache_bytes: bytes) -> object:
    # ruleid: securetag.python.lang.pickle-deserialization
    session = pickle.loads(blob)
    # ruleid: securetag.python.lang.pickle-deserialization
    marshal.loads(cache_bytes)
    # ok: securetag.python.lang.pickle-deserialization
    pickle.dumps(session)
    return session


def load_config(stream) -> dict:
    # ruleid: securetag.python.lang.yaml-unsafe-load
    config = yaml.load(stream, Loader=yaml.Loader)
    # ruleid: securetag.python.lang.yaml-unsafe-load
    config.update(yaml.unsafe_load(stream))
    # ok: securetag.python.lang.yaml-unsafe-load
    config.update(yaml.load(stream, Loader=yaml.SafeLoader))
    # ok: securetag.python.lang.yaml-unsafe-load
    config.update(yaml.safe_load(stream))
    return config


def parse_invoice(data: bytes):
    # ruleid: securetag.python.lang.xxe
    parser = etree.XMLParser(resolve_entities=True)
    # ok: securetag.python.lang.xxe
    safe_parser = etree.XMLParser(resolve_entities=False, no_network=True)
    sax_parser = xml.sax.make_parser()
    # ruleid: securetag.python.lang.xxe
    sax_parser.setFeature(xml.sax.handler.feature_external_ges, True)
    # ok: securetag.python.lang.xxe
    sax_parser.setFeature(xml.sax.handler.feature_external_ges, False)
    return etree.fromstring(data, parser), etree.fromstring(data, safe_parser)


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


def new_credentials(user) -> None:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    # ruleid: securetag.python.lang.insecure-random
    reset_token = "".join(random.choice(alphabet) for _ in range(32))
    # ruleid: securetag.python.lang.insecure-random
    user.session_id = random.getrandbits(64)
    # ok: securetag.python.lang.insecure-random
    api_key = secrets.token_urlsafe(32)
    # ok: securetag.python.lang.insecure-random
    jitter = random.uniform(0, 1)
    user.save(reset_token, api_key, jitter)


def make_otp() -> str:
    # ruleid: securetag.python.lang.insecure-random
    return str(random.randint(100000, 999999))


def shuffle_cards(cards: list) -> list:
    # ok: securetag.python.lang.insecure-random
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
    # ruleid: securetag.python.lang.insecure-cookie
    response.set_cookie("session", "abc")
    # ruleid: securetag.python.lang.insecure-cookie
    response.set_cookie("prefs", "dark", secure=True)
    # ok: securetag.python.lang.insecure-cookie
    response.set_cookie("session", "abc", secure=True, httponly=True, samesite="Lax")
    # ok: securetag.python.lang.insecure-cookie
    response.set_cookie("session", "abc", httponly=True, secure=True)
    # ruleid: securetag.python.lang.insecure-cookie
    response.set_cookie("session", "abc", httponly=True, secure=False)
    # ok: securetag.python.lang.insecure-cookie
    response.set_cookie("session", "abc", httponly=True, secure=app.config["HTTPS"])
    return response


def copy_cookies(jar, cookie) -> None:
    # ok: securetag.python.lang.insecure-cookie
    jar.set_cookie(cookie)
