"""Cases for the categories without data flow: what matters is which API is called and how.

Each category has variants (an algorithm, generator, cookie setting or credential, spelled as
real code spells it: module-qualified, imported, aliased, from a constant or a config object)
placed into contexts (a password store, a Flask or Django view, a class, a settings module).
"""

from __future__ import annotations

import random
import string
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

Item = tuple[bool, tuple[str, ...], str]


def dedent(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


def indent(text: str, level: int = 1) -> str:
    return textwrap.indent(textwrap.dedent(text).strip("\n"), "    " * level)


@dataclass(frozen=True)
class Variant:
    imports: str  # import lines
    lines: str  # function-body lines that set the context's output name
    tags: tuple[str, ...]
    preamble: str = ""


def place(template: str, marker: str, text: str) -> str:
    """Put multi-line text where marker stands, at the marker line's indentation."""
    out = []
    for line in template.splitlines():
        if line.strip() == marker:
            pad = line[: len(line) - len(line.lstrip())]
            out.extend(pad + t if t else t for t in textwrap.dedent(text).strip("\n").splitlines())
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def module(imports: str, preamble: str, body: str) -> str:
    parts = [p.strip("\n") for p in (imports, preamble, body) if p.strip()]
    return "\n\n\n".join(parts) + "\n"


# --------------------------------------------------------------------------------------------
# weakhash: lines read `data` (bytes) and set `digest_hex`
# --------------------------------------------------------------------------------------------

WEAK_HASHES = [
    Variant("import hashlib", "digest_hex = hashlib.md5(data).hexdigest()", ("weak-api",)),
    Variant("import hashlib", "digest_hex = hashlib.sha1(data).hexdigest()", ("weak-api",)),
    Variant(
        "import hashlib",
        'digest_hex = hashlib.new("md5", data).hexdigest()',
        ("weak-api", "algorithm-name"),
    ),
    Variant(
        "import hashlib",
        "digest_hex = hashlib.new(DIGEST_NAME, data).hexdigest()",
        ("weak-api", "algorithm-name", "constant"),
        'DIGEST_NAME = "sha1"',
    ),
    Variant(
        "from hashlib import md5",
        "digest_hex = md5(data).hexdigest()",
        ("weak-api", "imported-name"),
    ),
    Variant(
        "import hashlib as hl", "digest_hex = hl.sha1(data).hexdigest()", ("weak-api", "alias")
    ),
    Variant(
        "from Crypto.Hash import MD5",
        "digest_hex = MD5.new(data).hexdigest()",
        ("weak-api", "imported-name"),
    ),
    Variant(
        "from cryptography.hazmat.primitives import hashes",
        "hasher = hashes.Hash(hashes.SHA1())\nhasher.update(data)\n"
        "digest_hex = hasher.finalize().hex()",
        ("weak-api",),
    ),
    Variant(
        "import hashlib",
        "digest_hex = hashlib.md5(data, usedforsecurity=True).hexdigest()",
        ("weak-api",),
    ),
    Variant(
        "import configparser\nimport hashlib",
        "config = configparser.ConfigParser()\nconfig.read_string(HASH_SETTINGS)\n"
        'digest_hex = hashlib.new(config["hashing"]["algorithm"], data).hexdigest()',
        ("weak-api", "config-object"),
        'HASH_SETTINGS = "[hashing]\\nalgorithm = md5\\n"',
    ),
    Variant(
        "from Crypto.Hash import SHA1",
        "digest_hex = SHA1.new(data).hexdigest()",
        ("weak-api", "imported-name"),
    ),
    Variant(
        "import hashlib",
        'hasher = hashlib.new("sha1")\nhasher.update(data)\ndigest_hex = hasher.hexdigest()',
        ("weak-api", "algorithm-name"),
    ),
    Variant(
        "import hashlib",
        'if 3 * 5 > 4:\n    algorithm = "md5"\nelse:\n    algorithm = "sha256"\n'
        "digest_hex = hashlib.new(algorithm, data).hexdigest()",
        ("weak-api", "constant-branch"),
    ),
    Variant(
        "import hashlib",
        "digest_hex = getattr(hashlib, DIGEST_NAME)(data).hexdigest()",
        ("weak-api", "algorithm-name"),
        'DIGEST_NAME = "md5"',
    ),
]

STRONG_HASHES = [
    Variant("import hashlib", "digest_hex = hashlib.sha256(data).hexdigest()", ("strong-api",)),
    Variant("import hashlib", "digest_hex = hashlib.sha512(data).hexdigest()", ("strong-api",)),
    Variant(
        "import hashlib",
        'digest_hex = hashlib.new("sha256", data).hexdigest()',
        ("strong-api", "algorithm-name"),
    ),
    Variant(
        "import hashlib",
        "digest_hex = hashlib.new(DIGEST_NAME, data).hexdigest()",
        ("strong-api", "algorithm-name", "constant"),
        'DIGEST_NAME = "sha384"',
    ),
    Variant(
        "from hashlib import sha3_256",
        "digest_hex = sha3_256(data).hexdigest()",
        ("strong-api", "imported-name"),
    ),
    Variant(
        "import hashlib as hl",
        "digest_hex = hl.blake2b(data, digest_size=32).hexdigest()",
        ("strong-api", "alias"),
    ),
    Variant(
        "from Crypto.Hash import SHA256",
        "digest_hex = SHA256.new(data).hexdigest()",
        ("strong-api", "imported-name"),
    ),
    Variant(
        "from cryptography.hazmat.primitives import hashes",
        "hasher = hashes.Hash(hashes.SHA256())\nhasher.update(data)\n"
        "digest_hex = hasher.finalize().hex()",
        ("strong-api",),
    ),
    Variant(
        "import hashlib\nimport os",
        'digest_hex = hashlib.pbkdf2_hmac("sha256", data, os.urandom(16), 600_000).hex()',
        ("strong-api",),
    ),
    Variant(
        "import hashlib\nimport os",
        "digest_hex = hashlib.scrypt(data, salt=os.urandom(16), n=2**14, r=8, p=1).hex()",
        ("strong-api",),
    ),
    Variant(
        "import configparser\nimport hashlib",
        "config = configparser.ConfigParser()\nconfig.read_string(HASH_SETTINGS)\n"
        'digest_hex = hashlib.new(config["hashing"]["algorithm"], data).hexdigest()',
        ("strong-api", "config-object"),
        'HASH_SETTINGS = "[hashing]\\nalgorithm = sha256\\n"',
    ),
    Variant(
        "import hashlib",
        'if 7 * 3 < 2:\n    algorithm = "md5"\nelse:\n    algorithm = "sha256"\n'
        "digest_hex = hashlib.new(algorithm, data).hexdigest()",
        ("strong-api", "constant-branch"),
    ),
    Variant(
        "import bcrypt",
        "digest_hex = bcrypt.hashpw(data, bcrypt.gensalt()).decode()",
        ("strong-api",),
    ),
    Variant(
        "import hashlib",
        'algorithm = "md5"\nalgorithm = "sha512"\n'
        "digest_hex = hashlib.new(algorithm, data).hexdigest()",
        ("strong-api", "constant-overwrite"),
    ),
]

HASH_CONTEXTS: list[Callable[[Variant, int], str]] = [
    lambda v, i: module(
        v.imports,
        v.preamble,
        f"""
def hash_password(password: str, salt: bytes) -> str:
    data = salt + password.encode("utf-8")
{indent(v.lines)}
    return digest_hex
""",
    ),
    lambda v, i: module(
        v.imports + "\nimport os\nfrom flask import Flask, jsonify, request",
        "app = Flask(__name__)\nUSERS: dict[str, str] = {}"
        + ("\n" + v.preamble if v.preamble else ""),
        f"""
@app.route("/signup", methods=["POST"])
def signup():
    username = request.form["username"]
    salt = os.urandom(16)
    data = salt + request.form["password"].encode()
{indent(v.lines)}
    USERS[username] = salt.hex() + "$" + digest_hex
    return jsonify(created=username), 201
""",
    ),
    lambda v, i: module(
        v.imports,
        v.preamble,
        f'''
class ApiKeyStore:
    """Keeps only a digest of each issued API key."""

    def __init__(self) -> None:
        self._digests: set[str] = set()

    def remember(self, api_key: str) -> None:
        data = api_key.encode()
{indent(v.lines, 2)}
        self._digests.add(digest_hex)

    def is_known(self, api_key: str) -> bool:
        data = api_key.encode()
{indent(v.lines, 2)}
        return digest_hex in self._digests
''',
    ),
    lambda v, i: module(
        v.imports + "\nfrom django.http import JsonResponse\n"
        "from accounts.models import PasswordReset",
        v.preamble,
        f"""
def confirm_reset(request, token):
    data = token.encode()
{indent(v.lines)}
    reset = PasswordReset.objects.filter(token_digest=digest_hex, used=False).first()
    return JsonResponse({{"valid": reset is not None}})
""",
    ),
    lambda v, i: module(
        v.imports,
        v.preamble,
        f'''
def sign_release(archive_path: str) -> str:
    """Digest published beside the download so that clients can verify the archive."""
    with open(archive_path, "rb") as handle:
        data = handle.read()
{indent(v.lines)}
    return digest_hex
''',
    ),
    lambda v, i: module(
        v.imports + "\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel",
        "app = FastAPI()\n\n\nclass Credentials(BaseModel):\n    user: str\n"
        "    password: str" + ("\n\n\n" + v.preamble if v.preamble else ""),
        f"""
@app.post("/accounts")
def create_account(body: Credentials):
    data = body.password.encode()
{indent(v.lines)}
    return {{"user": body.user, "password_hash": digest_hex}}
""",
    ),
]


def weakhash() -> list[Item]:
    items: list[Item] = []
    for i in range(22):
        v = WEAK_HASHES[i % len(WEAK_HASHES)]
        items.append((True, v.tags, HASH_CONTEXTS[(i + i // len(WEAK_HASHES)) % 6](v, i)))
    for i in range(21):
        v = STRONG_HASHES[i % len(STRONG_HASHES)]
        items.append((False, v.tags, HASH_CONTEXTS[(i + 1 + i // 7) % 6](v, i)))
    # Password hashers chosen in Django settings.
    items.append(
        (
            True,
            ("weak-api", "settings"),
            dedent("""
        import os

        DEBUG = False
        ALLOWED_HOSTS = ["shop.example.com"]
        SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
        PASSWORD_HASHERS = [
            "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",
            "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        ]
    """),
        )
    )
    items.append(
        (
            False,
            ("strong-api", "settings"),
            dedent("""
        import os

        DEBUG = False
        ALLOWED_HOSTS = ["shop.example.com"]
        SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
        PASSWORD_HASHERS = [
            "django.contrib.auth.hashers.Argon2PasswordHasher",
            "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        ]
    """),
        )
    )
    items.append(
        (
            False,
            ("safe-config",),
            dedent("""
        import hashlib

        from flask import Flask, request


        app = Flask(__name__)


        @app.route("/assets/<path:name>")
        def asset(name):
            with open(f"static/{name}", "rb") as handle:
                body = handle.read()
            etag = hashlib.md5(body, usedforsecurity=False).hexdigest()
            if request.headers.get("If-None-Match") == etag:
                return "", 304
            return body, 200, {"ETag": etag}
    """),
        )
    )
    return items


# --------------------------------------------------------------------------------------------
# weakcipher: lines read `secret` (32 bytes) and `plaintext` (bytes) and set `ciphertext`
# --------------------------------------------------------------------------------------------

CRYPTO_HAZMAT = "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes"

WEAK_CIPHERS = [
    Variant(
        "from Crypto.Cipher import DES\nfrom Crypto.Util.Padding import pad",
        "cipher = DES.new(secret[:8], DES.MODE_ECB)\nciphertext = cipher.encrypt(pad(plaintext, 8))",
        ("weak-api",),
    ),
    Variant(
        "from Crypto.Cipher import ARC4",
        "ciphertext = ARC4.new(secret[:16]).encrypt(plaintext)",
        ("weak-api",),
    ),
    Variant(
        "import os\nfrom Crypto.Cipher import Blowfish\nfrom Crypto.Util.Padding import pad",
        "iv = os.urandom(8)\ncipher = Blowfish.new(secret[:16], Blowfish.MODE_CBC, iv)\n"
        "ciphertext = iv + cipher.encrypt(pad(plaintext, 8))",
        ("weak-api",),
    ),
    Variant(
        "from Crypto.Cipher import AES\nfrom Crypto.Util.Padding import pad",
        "cipher = AES.new(secret, AES.MODE_ECB)\nciphertext = cipher.encrypt(pad(plaintext, 16))",
        ("weak-api", "mode"),
    ),
    Variant(
        "import os\nfrom Crypto.Cipher import DES3\nfrom Crypto.Util.Padding import pad",
        "iv = os.urandom(8)\ncipher = DES3.new(secret[:24], DES3.MODE_CBC, iv)\n"
        "ciphertext = iv + cipher.encrypt(pad(plaintext, 8))",
        ("weak-api",),
    ),
    Variant(
        "import os\n" + CRYPTO_HAZMAT + "\nfrom cryptography.hazmat.primitives import padding",
        "iv = os.urandom(8)\npadder = padding.PKCS7(64).padder()\n"
        "padded = padder.update(plaintext) + padder.finalize()\n"
        "encryptor = Cipher(algorithms.TripleDES(secret[:24]), modes.CBC(iv)).encryptor()\n"
        "ciphertext = iv + encryptor.update(padded) + encryptor.finalize()",
        ("weak-api",),
    ),
    Variant(
        CRYPTO_HAZMAT + "\nfrom cryptography.hazmat.primitives import padding",
        "padder = padding.PKCS7(128).padder()\n"
        "padded = padder.update(plaintext) + padder.finalize()\n"
        "encryptor = Cipher(algorithms.AES(secret), modes.ECB()).encryptor()\n"
        "ciphertext = encryptor.update(padded) + encryptor.finalize()",
        ("weak-api", "mode"),
    ),
    Variant(
        "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms",
        "encryptor = Cipher(algorithms.ARC4(secret[:16]), mode=None).encryptor()\n"
        "ciphertext = encryptor.update(plaintext)",
        ("weak-api",),
    ),
    Variant(
        "from Crypto.Cipher import AES\nfrom Crypto.Util.Padding import pad",
        "cipher = AES.new(secret, CIPHER_MODE)\nciphertext = cipher.encrypt(pad(plaintext, 16))",
        ("weak-api", "mode", "constant"),
        "CIPHER_MODE = AES.MODE_ECB",
    ),
    Variant(
        "import Crypto.Cipher.DES\nfrom Crypto.Util.Padding import pad",
        "cipher = Crypto.Cipher.DES.new(secret[:8], Crypto.Cipher.DES.MODE_CBC)\n"
        "ciphertext = cipher.iv + cipher.encrypt(pad(plaintext, 8))",
        ("weak-api", "fqn-name"),
    ),
    Variant(
        "from Crypto.Cipher import AES as block_cipher\nfrom Crypto.Util.Padding import pad",
        "cipher = block_cipher.new(secret, block_cipher.MODE_ECB)\n"
        "ciphertext = cipher.encrypt(pad(plaintext, 16))",
        ("weak-api", "alias", "mode"),
    ),
    Variant(
        "import pyDes",
        "cipher = pyDes.des(secret[:8], pyDes.ECB, padmode=pyDes.PAD_PKCS5)\n"
        "ciphertext = cipher.encrypt(plaintext)",
        ("weak-api",),
    ),
    Variant(
        "import os\n" + CRYPTO_HAZMAT + "\nfrom cryptography.hazmat.primitives import padding",
        "iv = os.urandom(8)\npadder = padding.PKCS7(64).padder()\n"
        "padded = padder.update(plaintext) + padder.finalize()\n"
        "encryptor = Cipher(algorithms.Blowfish(secret[:16]), modes.CBC(iv)).encryptor()\n"
        "ciphertext = iv + encryptor.update(padded) + encryptor.finalize()",
        ("weak-api",),
    ),
    Variant(
        "import os\n" + CRYPTO_HAZMAT + "\nfrom cryptography.hazmat.primitives import padding",
        "if 3 * 5 > 4:\n    mode = modes.ECB()\nelse:\n    mode = modes.GCM(os.urandom(12))\n"
        "padder = padding.PKCS7(128).padder()\n"
        "padded = padder.update(plaintext) + padder.finalize()\n"
        "encryptor = Cipher(algorithms.AES(secret), mode).encryptor()\n"
        "ciphertext = encryptor.update(padded) + encryptor.finalize()",
        ("weak-api", "mode", "constant-branch"),
    ),
]

STRONG_CIPHERS = [
    Variant(
        "from Crypto.Cipher import AES",
        "cipher = AES.new(secret, AES.MODE_GCM)\n"
        "sealed, tag = cipher.encrypt_and_digest(plaintext)\nciphertext = cipher.nonce + tag + sealed",
        ("strong-api",),
    ),
    Variant(
        "from Crypto.Cipher import AES",
        "cipher = AES.new(secret, AES.MODE_EAX)\n"
        "sealed, tag = cipher.encrypt_and_digest(plaintext)\nciphertext = cipher.nonce + tag + sealed",
        ("strong-api", "mode"),
    ),
    Variant(
        "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM",
        "nonce = os.urandom(12)\nciphertext = nonce + AESGCM(secret).encrypt(nonce, plaintext, None)",
        ("strong-api",),
    ),
    Variant(
        "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305",
        "nonce = os.urandom(12)\n"
        "ciphertext = nonce + ChaCha20Poly1305(secret).encrypt(nonce, plaintext, None)",
        ("strong-api",),
    ),
    Variant(
        "import base64\nfrom cryptography.fernet import Fernet",
        "ciphertext = Fernet(base64.urlsafe_b64encode(secret)).encrypt(plaintext)",
        ("strong-api",),
    ),
    Variant(
        "import os\n" + CRYPTO_HAZMAT,
        "iv = os.urandom(12)\nencryptor = Cipher(algorithms.AES(secret), modes.GCM(iv)).encryptor()\n"
        "sealed = encryptor.update(plaintext) + encryptor.finalize()\n"
        "ciphertext = iv + encryptor.tag + sealed",
        ("strong-api", "mode"),
    ),
    Variant(
        "from Crypto.Cipher import AES",
        "cipher = AES.new(secret, CIPHER_MODE)\n"
        "sealed, tag = cipher.encrypt_and_digest(plaintext)\nciphertext = cipher.nonce + tag + sealed",
        ("strong-api", "mode", "constant"),
        "CIPHER_MODE = AES.MODE_GCM",
    ),
    Variant(
        "from Crypto.Cipher import ChaCha20_Poly1305",
        "cipher = ChaCha20_Poly1305.new(key=secret)\n"
        "sealed, tag = cipher.encrypt_and_digest(plaintext)\nciphertext = cipher.nonce + tag + sealed",
        ("strong-api",),
    ),
    Variant(
        "from Crypto.Cipher import AES as block_cipher",
        "cipher = block_cipher.new(secret, block_cipher.MODE_GCM)\n"
        "sealed, tag = cipher.encrypt_and_digest(plaintext)\nciphertext = cipher.nonce + tag + sealed",
        ("strong-api", "alias"),
    ),
    Variant(
        "import os\nimport cryptography.hazmat.primitives.ciphers.aead",
        "nonce = os.urandom(13)\n"
        "aead = cryptography.hazmat.primitives.ciphers.aead.AESCCM(secret)\n"
        "ciphertext = nonce + aead.encrypt(nonce, plaintext, None)",
        ("strong-api", "fqn-name"),
    ),
    Variant(
        "import os\n" + CRYPTO_HAZMAT,
        "if 7 * 3 < 2:\n    mode = modes.ECB()\nelse:\n    mode = modes.GCM(os.urandom(12))\n"
        "encryptor = Cipher(algorithms.AES(secret), mode).encryptor()\n"
        "sealed = encryptor.update(plaintext) + encryptor.finalize()\n"
        "ciphertext = mode.initialization_vector + encryptor.tag + sealed",
        ("strong-api", "mode", "constant-branch"),
    ),
    Variant(
        "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESSIV",
        'ciphertext = AESSIV(secret + secret).encrypt(plaintext, [b"record"])',
        ("strong-api",),
    ),
]

CIPHER_CONTEXTS: list[Callable[[Variant], str]] = [
    lambda v: module(
        "import os\n" + v.imports,
        'FIELD_KEY = bytes.fromhex(os.environ["FIELD_KEY_HEX"])'
        + ("\n" + v.preamble if v.preamble else ""),
        f"""
def encrypt_field(value: str) -> bytes:
    secret = FIELD_KEY
    plaintext = value.encode("utf-8")
{indent(v.lines)}
    return ciphertext
""",
    ),
    lambda v: module(
        v.imports,
        v.preamble,
        f'''
class TokenVault:
    """Encrypts refresh tokens before they are written to the database."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def seal(self, token: str) -> bytes:
        secret = self._key
        plaintext = token.encode()
{indent(v.lines, 2)}
        return ciphertext
''',
    ),
    lambda v: module(
        "import base64\nimport os\n" + v.imports + "\nfrom flask import Flask, jsonify, request",
        'app = Flask(__name__)\nNOTES_KEY = base64.b64decode(os.environ["NOTES_KEY"])'
        + ("\n" + v.preamble if v.preamble else ""),
        f"""
@app.route("/notes", methods=["POST"])
def store_note():
    secret = NOTES_KEY
    plaintext = request.get_data()
{indent(v.lines)}
    return jsonify(stored=base64.b64encode(ciphertext).decode())
""",
    ),
    lambda v: module(
        "import os\n" + v.imports + "\nfrom django.http import JsonResponse\n"
        "from billing.models import Card",
        'CARD_KEY = bytes.fromhex(os.environ["CARD_KEY_HEX"])'
        + ("\n" + v.preamble if v.preamble else ""),
        f"""
def save_card(request):
    secret = CARD_KEY
    plaintext = request.POST["number"].encode()
{indent(v.lines)}
    card = Card.objects.create(owner=request.user, number_encrypted=ciphertext)
    return JsonResponse({{"id": card.pk}})
""",
    ),
    lambda v: module(
        "import os\n" + v.imports,
        v.preamble,
        f"""
def encrypt_backup(path: str, secret: bytes) -> str:
    with open(path, "rb") as handle:
        plaintext = handle.read()
{indent(v.lines)}
    target = path + ".enc"
    with open(target, "wb") as handle:
        handle.write(ciphertext)
    os.remove(path)
    return target
""",
    ),
]


def weakcipher() -> list[Item]:
    items: list[Item] = []
    for i in range(22):
        v = WEAK_CIPHERS[i % len(WEAK_CIPHERS)]
        items.append((True, v.tags, CIPHER_CONTEXTS[(i + i // len(WEAK_CIPHERS)) % 5](v)))
    for i in range(22):
        v = STRONG_CIPHERS[i % len(STRONG_CIPHERS)]
        items.append((False, v.tags, CIPHER_CONTEXTS[(i + 2 + i // len(STRONG_CIPHERS)) % 5](v)))
    return items


# --------------------------------------------------------------------------------------------
# weakrand: generators set `value`; contexts decide whether it protects anything
# --------------------------------------------------------------------------------------------

ALPHABET = "ALPHABET = string.ascii_letters + string.digits"

PLAIN_RNG = [
    Variant(
        "import random\nimport string",
        'value = "".join(random.choice(ALPHABET) for _ in range(32))',
        ("weak-api",),
        ALPHABET,
    ),
    Variant("import random", "value = str(random.randint(100000, 999999))", ("weak-api",)),
    Variant("import random", 'value = "%032x" % random.getrandbits(128)', ("weak-api",)),
    Variant("import random", "value = hex(int(random.random() * 10**16))[2:]", ("weak-api",)),
    Variant(
        "import string\nfrom random import choices",
        'value = "".join(choices(ALPHABET, k=24))',
        ("weak-api", "imported-name"),
        ALPHABET,
    ),
    Variant(
        "import random as rnd", "value = str(rnd.randrange(10**8, 10**9))", ("weak-api", "alias")
    ),
    Variant(
        "import numpy as np",
        'value = format(np.random.randint(0, 2**31 - 1), "x")',
        ("weak-api", "alias"),
    ),
    Variant(
        "import random\nimport time",
        'generator = random.Random(time.time())\nvalue = format(generator.getrandbits(64), "016x")',
        ("weak-api",),
    ),
    Variant(
        "import random",
        "value = bytes(random.randrange(256) for _ in range(16)).hex()",
        ("weak-api",),
    ),
    Variant(
        "import random\nimport string",
        'value = "".join(random.sample(ALPHABET, 20))',
        ("weak-api",),
        ALPHABET,
    ),
    Variant("import random", 'value = str(random.uniform(0, 1)).replace("0.", "")', ("weak-api",)),
]

CSPRNG = [
    Variant("import secrets", "value = secrets.token_urlsafe(32)", ("strong-api",)),
    Variant("import secrets", "value = secrets.token_hex(16)", ("strong-api",)),
    Variant(
        "import secrets\nimport string",
        'value = "".join(secrets.choice(ALPHABET) for _ in range(32))',
        ("strong-api",),
        ALPHABET,
    ),
    Variant("import secrets", "value = str(secrets.randbelow(900000) + 100000)", ("strong-api",)),
    Variant(
        "import random\nimport string",
        'generator = random.SystemRandom()\nvalue = "".join(generator.choice(ALPHABET) for _ in range(24))',
        ("strong-api",),
        ALPHABET,
    ),
    Variant("import os", "value = os.urandom(16).hex()", ("strong-api",)),
    Variant("import uuid", "value = uuid.uuid4().hex", ("strong-api",)),
    Variant(
        "from secrets import token_bytes",
        "value = token_bytes(16).hex()",
        ("strong-api", "imported-name"),
    ),
    Variant(
        "from random import SystemRandom",
        'value = format(SystemRandom().getrandbits(128), "032x")',
        ("strong-api", "imported-name"),
    ),
    Variant(
        "import secrets as tokens", "value = tokens.token_urlsafe(24)", ("strong-api", "alias")
    ),
]

SECURITY_CONTEXTS: list[Callable[[Variant], str]] = [
    lambda v: module(
        v.imports + "\nfrom flask import Flask, jsonify, request\n"
        "from accounts.store import save_reset_token",
        "app = Flask(__name__)" + ("\n" + v.preamble if v.preamble else ""),
        f"""
@app.route("/password-reset", methods=["POST"])
def request_reset():
    email = request.form["email"]
{indent(v.lines)}
    save_reset_token(email, value)
    return jsonify(sent=True)
""",
    ),
    lambda v: module(
        v.imports,
        v.preamble,
        f"""
def new_session_id() -> str:
{indent(v.lines)}
    return value
""",
    ),
    lambda v: module(
        v.imports
        + "\nfrom django.core.mail import send_mail\nfrom django.http import JsonResponse",
        v.preamble,
        f"""
def send_login_code(request):
{indent(v.lines)}
    request.session["pending_code"] = value
    send_mail("Your sign-in code", value, None, [request.user.email])
    return JsonResponse({{"sent": True}})
""",
    ),
    lambda v: module(
        v.imports,
        v.preamble,
        f"""
class ApiKeyIssuer:
    prefix = "sk"

    def issue(self, owner: str) -> dict[str, str]:
{indent(v.lines, 2)}
        return {{"owner": owner, "key": f"{{self.prefix}}_{{value}}"}}
""",
    ),
    lambda v: module(
        v.imports + "\nfrom fastapi import FastAPI, Response",
        "app = FastAPI()" + ("\n" + v.preamble if v.preamble else ""),
        f"""
@app.get("/csrf")
def csrf_token(response: Response):
{indent(v.lines)}
    response.set_cookie("csrftoken", value, secure=True, samesite="strict")
    return {{"csrf": value}}
""",
    ),
    lambda v: module(
        v.imports + "\nfrom invites.models import Invitation",
        v.preamble,
        f"""
def create_invitation(team_id: int, email: str) -> Invitation:
{indent(v.lines)}
    return Invitation.objects.create(team_id=team_id, email=email, code=value)
""",
    ),
    lambda v: module(
        v.imports + "\nfrom users.models import User",
        v.preamble,
        f"""
def reset_to_temporary_password(user: User) -> str:
{indent(v.lines)}
    user.set_password(value)
    user.must_change_password = True
    user.save()
    return value
""",
    ),
]

PLAIN_NON_SECURITY = [
    dedent("""
        import random

        from flask import Flask, jsonify

        from catalog.models import featured_candidates


        app = Flask(__name__)


        @app.route("/home/featured")
        def featured():
            products = featured_candidates()
            picks = random.sample(products, k=min(4, len(products)))
            return jsonify(items=[p.to_dict() for p in picks])
    """),
    dedent("""
        import random
        import time

        import requests


        def fetch_with_retries(url: str, attempts: int = 5) -> requests.Response:
            delay = 0.5
            for attempt in range(attempts):
                try:
                    return requests.get(url, timeout=10)
                except requests.ConnectionError:
                    if attempt == attempts - 1:
                        raise
                    time.sleep(delay + random.uniform(0, delay))
                    delay *= 2
            raise RuntimeError("unreachable")
    """),
    dedent("""
        import random


        class Playlist:
            def __init__(self, tracks: list[str]) -> None:
                self.tracks = list(tracks)

            def shuffled(self) -> list[str]:
                order = list(self.tracks)
                random.shuffle(order)
                return order
    """),
    dedent("""
        from random import choice

        AVATAR_COLOURS = ["#f44336", "#9c27b0", "#3f51b5", "#009688", "#ff9800"]


        def default_avatar_colour() -> str:
            return choice(AVATAR_COLOURS)
    """),
    dedent("""
        import random

        from django.http import JsonResponse

        from quiz.models import Question


        def practice_round(request):
            questions = list(Question.objects.filter(published=True))
            random.shuffle(questions)
            return JsonResponse({"questions": [q.text for q in questions[:10]]})
    """),
    dedent('''
        import random as rnd

        REPLICAS = ["db-replica-1.internal", "db-replica-2.internal", "db-replica-3.internal"]


        def pick_replica() -> str:
            """Spread read traffic over the replicas."""
            return rnd.choice(REPLICAS)
    '''),
    dedent("""
        import numpy as np


        def simulate_queue(arrival_rate: float, minutes: int, seed: int = 7) -> list[int]:
            generator = np.random.default_rng(seed)
            return generator.poisson(arrival_rate, size=minutes).tolist()
    """),
    dedent("""
        import random

        from fastapi import FastAPI


        app = FastAPI()
        TIPS = [
            "Use keyboard shortcuts to move faster.",
            "You can pin projects to the sidebar.",
            "Dark mode is in the settings.",
        ]


        @app.get("/tips/random")
        def random_tip():
            return {"tip": random.choice(TIPS)}
    """),
    dedent('''
        import random


        def sample_for_review(records: list[dict], rate: float = 0.05) -> list[dict]:
            """Pick a share of records for manual quality review."""
            return [record for record in records if random.random() < rate]
    '''),
    dedent("""
        import random

        from locust import HttpUser, between, task


        class ShopVisitor(HttpUser):
            wait_time = between(1, 3)

            @task
            def browse(self) -> None:
                page = random.randint(1, 20)
                self.client.get(f"/products?page={page}")
    """),
]


def weakrand() -> list[Item]:
    items: list[Item] = []
    for i in range(22):
        v = PLAIN_RNG[i % len(PLAIN_RNG)]
        items.append((True, v.tags, SECURITY_CONTEXTS[(i + i // len(PLAIN_RNG)) % 7](v)))
    for i in range(12):
        v = CSPRNG[i % len(CSPRNG)]
        items.append((False, v.tags, SECURITY_CONTEXTS[(i + 3) % 7](v)))
    for code in PLAIN_NON_SECURITY:
        items.append((False, ("weak-api", "non-security-use"), code))
    return items


# --------------------------------------------------------------------------------------------
# securecookie
# --------------------------------------------------------------------------------------------


def _flask_cookie(call: str, name: str = "session_id") -> str:
    return place(
        dedent("""
        import secrets

        from flask import Flask, jsonify, request

        from accounts.auth import check_credentials


        app = Flask(__name__)


        @app.route("/login", methods=["POST"])
        def login():
            user = check_credentials(request.form["username"], request.form["password"])
            if user is None:
                return jsonify(error="invalid credentials"), 401
            token = secrets.token_urlsafe(32)
            response = jsonify(user=user.name)
            CALL
            return response
    """),
        "CALL",
        call.replace("NAME", name),
    )


def _django_cookie(call: str, name: str = "sessionid") -> str:
    return place(
        dedent("""
        import secrets

        from django.contrib.auth import authenticate
        from django.http import HttpResponseForbidden, JsonResponse
        from django.views.decorators.http import require_POST


        @require_POST
        def sign_in(request):
            user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
            if user is None:
                return HttpResponseForbidden("invalid credentials")
            token = secrets.token_urlsafe(32)
            response = JsonResponse({"user": user.get_username()})
            CALL
            return response
    """),
        "CALL",
        call.replace("NAME", name),
    )


def _fastapi_cookie(call: str, name: str = "access_token") -> str:
    return place(
        dedent("""
        import secrets

        from fastapi import FastAPI, HTTPException, Response
        from pydantic import BaseModel

        from accounts.auth import check_credentials


        app = FastAPI()


        class Login(BaseModel):
            username: str
            password: str


        @app.post("/login")
        def login(body: Login, response: Response):
            if check_credentials(body.username, body.password) is None:
                raise HTTPException(status_code=401, detail="invalid credentials")
            token = secrets.token_urlsafe(32)
            CALL
            return {"user": body.username}
    """),
        "CALL",
        call.replace("NAME", name),
    )


def _django_settings(lines: str) -> str:
    return dedent("""
        import os

        DEBUG = False
        SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
        ALLOWED_HOSTS = ["portal.example.com"]
        SESSION_ENGINE = "django.contrib.sessions.backends.db"
    """) + dedent(lines)


def _flask_config(lines: str) -> str:
    return (
        dedent("""
        import os

        from flask import Flask


        def create_app() -> Flask:
            app = Flask(__name__)
            app.secret_key = os.environ["FLASK_SECRET_KEY"]
    """)
        + indent(lines)
        + "\n    return app\n"
    )


def _starlette(middleware_args: str) -> str:
    return dedent(f"""
        import os

        from fastapi import FastAPI, Request
        from starlette.middleware.sessions import SessionMiddleware


        app = FastAPI()
        app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"]{middleware_args})


        @app.post("/cart/{{item_id}}")
        def add_to_cart(item_id: int, request: Request):
            cart = request.session.setdefault("cart", [])
            cart.append(item_id)
            return {{"items": len(cart)}}
    """)


def _simple_cookie(extra: str) -> str:
    return place(
        dedent("""
        import secrets
        from http.cookies import SimpleCookie


        def session_cookie_header() -> str:
            cookie = SimpleCookie()
            cookie["sid"] = secrets.token_hex(16)
            cookie["sid"]["path"] = "/"
            cookie["sid"]["httponly"] = True
            EXTRA
            return cookie.output(header="").strip()
    """),
        "EXTRA",
        extra,
    )


def securecookie() -> list[Item]:
    t = ("cookie",)
    true_items = [
        _flask_cookie('response.set_cookie("NAME", token)'),
        _flask_cookie('response.set_cookie("NAME", token, httponly=True, samesite="Lax")'),
        _flask_cookie(
            'response.set_cookie("NAME", token, secure=False, httponly=True)', "remember_token"
        ),
        _flask_cookie(
            'response.set_cookie(key="NAME", value=token, max_age=3600, httponly=True)', "auth"
        ),
        _django_cookie('response.set_cookie("NAME", token, httponly=True, samesite="Lax")'),
        _django_cookie('response.set_cookie("NAME", token, secure=False)', "auth_token"),
        _django_cookie(
            'response.set_signed_cookie("NAME", token, salt="login", httponly=True)', "remember"
        ),
        _django_cookie('response.set_cookie("NAME", token, max_age=1209600)', "api_session"),
        _fastapi_cookie('response.set_cookie(key="NAME", value=token, httponly=True)'),
        _fastapi_cookie(
            'response.set_cookie("NAME", token, secure=False, samesite="lax")', "session"
        ),
        _fastapi_cookie('response.set_cookie("NAME", token, max_age=900)', "refresh_token"),
        _django_settings(
            "SESSION_COOKIE_SECURE = False\nSESSION_COOKIE_HTTPONLY = True\nCSRF_COOKIE_SECURE = True\n"
        ),
        _django_settings("SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = False\n"),
        _django_settings('SESSION_COOKIE_HTTPONLY = True\nSESSION_COOKIE_SAMESITE = "Lax"\n'),
        _flask_config(
            'app.config["SESSION_COOKIE_SECURE"] = False\napp.config["SESSION_COOKIE_HTTPONLY"] = True'
        ),
        _flask_config(
            "app.config.update(SESSION_COOKIE_SECURE=False, REMEMBER_COOKIE_SECURE=False)"
        ),
        _flask_config(
            "app.config.update(\n    REMEMBER_COOKIE_SECURE=False,\n    REMEMBER_COOKIE_HTTPONLY=True,\n)"
        ),
        _starlette(""),
        _starlette(", https_only=False"),
        _simple_cookie('cookie["sid"]["samesite"] = "Lax"'),
        _flask_cookie(
            'secure_flag = 7 * 3 < 2\nresponse.set_cookie("NAME", token, secure=secure_flag, httponly=True)'
        ),
        _django_cookie(
            'use_https = False\nresponse.set_cookie("NAME", token, secure=use_https, httponly=True)'
        ),
    ]
    false_items = [
        _flask_cookie(
            'response.set_cookie("NAME", token, secure=True, httponly=True, samesite="Lax")'
        ),
        _flask_cookie(
            'response.set_cookie("NAME", token, secure=True, httponly=True)', "remember_token"
        ),
        _flask_cookie(
            'response.set_cookie(key="NAME", value=token, max_age=3600, secure=True, httponly=True, samesite="Strict")',
            "auth",
        ),
        _django_cookie(
            'response.set_cookie("NAME", token, secure=True, httponly=True, samesite="Lax")'
        ),
        _django_cookie(
            'response.set_cookie("NAME", token, secure=True, httponly=True)', "auth_token"
        ),
        _django_cookie(
            'response.set_signed_cookie("NAME", token, salt="login", secure=True, httponly=True)',
            "remember",
        ),
        _fastapi_cookie('response.set_cookie(key="NAME", value=token, httponly=True, secure=True)'),
        _fastapi_cookie(
            'response.set_cookie("NAME", token, secure=True, httponly=True, samesite="lax")',
            "session",
        ),
        _fastapi_cookie(
            'response.set_cookie("NAME", token, max_age=900, secure=True, httponly=True, samesite="strict")',
            "refresh_token",
        ),
        _django_settings(
            "SESSION_COOKIE_SECURE = True\nSESSION_COOKIE_HTTPONLY = True\nCSRF_COOKIE_SECURE = True\n"
        ),
        _django_settings(
            "SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\nSECURE_SSL_REDIRECT = True\n"
        ),
        _flask_config(
            'app.config["SESSION_COOKIE_SECURE"] = True\napp.config["SESSION_COOKIE_HTTPONLY"] = True'
        ),
        _flask_config("app.config.update(SESSION_COOKIE_SECURE=True, REMEMBER_COOKIE_SECURE=True)"),
        _flask_config(
            'app.config.update(\n    SESSION_COOKIE_SECURE=True,\n    SESSION_COOKIE_SAMESITE="Lax",\n)'
        ),
        _starlette(", https_only=True"),
        _starlette(', https_only=True, same_site="strict"'),
        _simple_cookie('cookie["sid"]["secure"] = True\ncookie["sid"]["samesite"] = "Lax"'),
        _flask_cookie(
            'secure_flag = 7 * 3 > 2\nresponse.set_cookie("NAME", token, secure=secure_flag, httponly=True)'
        ),
        _django_cookie(
            'use_https = False\nuse_https = True\nresponse.set_cookie("NAME", token, secure=use_https, httponly=True)'
        ),
        _flask_cookie(
            'response.set_cookie(\n    "NAME",\n    token,\n    **COOKIE_FLAGS,\n)'
        ).replace(
            "app = Flask(__name__)",
            'app = Flask(__name__)\nCOOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}',
        ),
        _fastapi_cookie(
            'response.set_cookie("NAME", token, path="/api", secure=True, httponly=True)',
            "api_token",
        ),
        _django_cookie(
            'response.set_cookie("NAME", token, secure=True, httponly=True, max_age=1209600)',
            "api_session",
        ),
    ]
    return [(True, (*t, "weak-config", *_cookie_tags(c)), c) for c in true_items] + [
        (False, (*t, "safe-config", *_cookie_tags(c)), c) for c in false_items
    ]


def _cookie_tags(code: str) -> tuple[str, ...]:
    marks = {
        "SESSION_ENGINE": "settings",
        "app.config": "config-object",
        "SessionMiddleware": "middleware",
        "SimpleCookie": "stdlib",
        "7 * 3": "constant-branch",
        "use_https = True": "constant-overwrite",
        "use_https = False": "constant",
        "COOKIE_FLAGS": "collection-map",
        "set_signed_cookie": "signed-cookie",
    }
    found = []
    for mark, tag in marks.items():
        if (
            mark in code
            and tag not in found
            and not (tag == "constant" and "constant-overwrite" in found)
        ):
            found.append(tag)
    return tuple(found)


def _secret_tags(code: str) -> tuple[str, ...]:
    marks = {
        "BEGIN RSA PRIVATE KEY": "private-key",
        "BEGIN PUBLIC KEY": "public-key",
        "AKIAIOSFODNN7EXAMPLE": "example-value",
        "AKIA": "aws-key",
        "ghp_": "token",
        "glpat-": "token",
        "xoxb-": "token",
        "sk_live_": "api-key",
        "SG.": "api-key",
        "AIza": "api-key",
        "AccountKey=": "connection-string",
        "://:": "connection-string",
        "@db.internal": "connection-string",
        "${": "placeholder",
        "os.environ": "env-lookup",
        "getenv": "env-lookup",
        "getpass": "prompt",
        "keyring": "secret-store",
        "secretsmanager": "secret-store",
        "/run/secrets": "secret-store",
        'password: str = "': "default-argument",
        "class Settings": "field",
        "password: str)": "parameter",
        "settings.jwt_secret": "config-object",
        "jwt.encode": "jwt",
        "SECRET_KEY": "framework-setting",
        "PASSWORD_FIELD": "public-name",
        "instance role": "default-credentials",
    }
    found: list[str] = []
    for mark, tag in marks.items():
        if mark in code and tag not in found:
            found.append(tag)
    return tuple(found) or ("literal",)


# --------------------------------------------------------------------------------------------
# secrets: made-up credentials in real formats, from a seeded generator
# --------------------------------------------------------------------------------------------


class MadeUp:
    """Made-up credentials in the formats real ones have; deterministic per seed."""

    def __init__(self, seed: str) -> None:
        self.rng = random.Random(seed)

    def chars(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def aws_key_id(self) -> str:
        return "AKIA" + self.chars(16, string.ascii_uppercase + "234567")

    def aws_secret(self) -> str:
        return self.chars(40, string.ascii_letters + string.digits + "/+")

    def github(self) -> str:
        return "ghp_" + self.chars(36)

    def gitlab(self) -> str:
        return "glpat-" + self.chars(20, string.ascii_letters + string.digits + "-_")

    def slack(self) -> str:
        return (
            f"xoxb-{self.chars(11, string.digits)}-{self.chars(13, string.digits)}-{self.chars(24)}"
        )

    def stripe(self) -> str:
        return "sk_live_" + self.chars(24)

    def sendgrid(self) -> str:
        return f"SG.{self.chars(22)}.{self.chars(43)}"

    def google(self) -> str:
        return "AIza" + self.chars(35, string.ascii_letters + string.digits + "-_")

    def hexstr(self, n: int) -> str:
        return self.chars(n, "0123456789abcdef")

    def password(self) -> str:
        return (
            self.chars(6) + self.rng.choice("!#%&*") + self.chars(7) + self.rng.choice("23456789")
        )

    def b64(self, n: int) -> str:
        return self.chars(n, string.ascii_letters + string.digits + "+/")

    def pem(self) -> str:
        body = [self.b64(64) for _ in range(12)] + [self.b64(40) + "=="]
        return "\n".join(
            ["-----BEGIN RSA PRIVATE KEY-----", *body, "-----END RSA PRIVATE KEY-----"]
        )


def secrets_cases() -> list[Item]:
    m = MadeUp("securetag-issue-15-secrets")
    true_items = [
        dedent(f'''
            import boto3

            AWS_ACCESS_KEY_ID = "{m.aws_key_id()}"
            AWS_SECRET_ACCESS_KEY = "{m.aws_secret()}"


            def upload_report(path: str) -> None:
                s3 = boto3.client(
                    "s3",
                    aws_access_key_id=AWS_ACCESS_KEY_ID,
                    aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
                    region_name="eu-west-1",
                )
                s3.upload_file(path, "reports-archive", path.rsplit("/", 1)[-1])
        '''),
        dedent(f'''
            import boto3


            def queue_client():
                return boto3.client(
                    "sqs",
                    region_name="us-east-1",
                    aws_access_key_id="{m.aws_key_id()}",
                    aws_secret_access_key="{m.aws_secret()}",
                )
        '''),
        dedent(f"""
            import requests

            GITHUB_API = "https://api.github.com"
            HEADERS = {{"Authorization": "token {m.github()}", "Accept": "application/vnd.github+json"}}


            def open_issue(repo: str, title: str, body: str) -> int:
                reply = requests.post(
                    f"{{GITHUB_API}}/repos/{{repo}}/issues",
                    json={{"title": title, "body": body}},
                    headers=HEADERS,
                    timeout=10,
                )
                reply.raise_for_status()
                return reply.json()["number"]
        """),
        dedent(f'''
            from slack_sdk import WebClient

            client = WebClient(token="{m.slack()}")


            def notify_deploy(version: str) -> None:
                client.chat_postMessage(channel="#deploys", text=f"Deployed {{version}}")
        '''),
        dedent(f'''
            import stripe

            stripe.api_key = "{m.stripe()}"


            def charge(customer_id: str, amount_cents: int) -> str:
                intent = stripe.PaymentIntent.create(
                    customer=customer_id, amount=amount_cents, currency="eur", confirm=True
                )
                return intent.id
        '''),
        dedent('''
            from cryptography.hazmat.primitives import serialization

            SIGNING_KEY_PEM = """PEM_BLOCK
            """


            def load_signing_key():
                return serialization.load_pem_private_key(SIGNING_KEY_PEM.encode(), password=None)
        ''').replace("PEM_BLOCK", m.pem()),
        dedent(f"""
            from sqlalchemy import create_engine

            DATABASE_URL = "postgresql://billing:{m.password()}@db.internal.example.com:5432/billing"
            engine = create_engine(DATABASE_URL, pool_pre_ping=True)
        """),
        dedent(f'''
            import psycopg2


            def connect():
                return psycopg2.connect(
                    host="db.internal.example.com",
                    dbname="inventory",
                    user="inventory_app",
                    password="{m.password()}",
                )
        '''),
        dedent(f'''
            from flask import Flask

            app = Flask(__name__)
            app.config["SECRET_KEY"] = "{m.hexstr(48)}"
            app.config["SESSION_COOKIE_SECURE"] = True
        '''),
        dedent(f'''
            from pathlib import Path

            BASE_DIR = Path(__file__).resolve().parent.parent
            SECRET_KEY = "{m.chars(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")}"
            DEBUG = False
            ALLOWED_HOSTS = ["portal.example.com"]
        '''),
        dedent(f'''
            import datetime

            import jwt


            def issue_token(user_id: int) -> str:
                payload = {{
                    "sub": str(user_id),
                    "exp": datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1),
                }}
                return jwt.encode(payload, "{m.chars(40)}", algorithm="HS256")
        '''),
        dedent(f'''
            import requests


            def trigger_build(job: str) -> int:
                reply = requests.post(
                    f"https://ci.internal.example.com/job/{{job}}/build",
                    auth=("deploy-bot", "{m.password()}"),
                    timeout=15,
                )
                return reply.status_code
        '''),
        dedent(f'''
            import smtplib
            from email.message import EmailMessage

            SMTP_USER = "alerts@example.com"
            SMTP_PASSWORD = "{m.password()}"


            def send_alert(to: str, text: str) -> None:
                message = EmailMessage()
                message["From"], message["To"], message["Subject"] = SMTP_USER, to, "Alert"
                message.set_content(text)
                with smtplib.SMTP_SSL("smtp.example.com", 465) as smtp:
                    smtp.login(SMTP_USER, SMTP_PASSWORD)
                    smtp.send_message(message)
        '''),
        dedent(f'''
            from sendgrid import SendGridAPIClient

            SENDGRID_API_KEY = "{m.sendgrid()}"
            mailer = SendGridAPIClient(SENDGRID_API_KEY)
        '''),
        dedent(f'''
            import requests

            MAPS_KEY = "{m.google()}"


            def geocode(address: str) -> dict:
                reply = requests.get(
                    "https://maps.googleapis.com/maps/api/geocode/json",
                    params={{"address": address, "key": MAPS_KEY}},
                    timeout=10,
                )
                return reply.json()
        '''),
        dedent(f'''
            from twilio.rest import Client

            ACCOUNT_SID = "AC{m.hexstr(32)}"
            AUTH_TOKEN = "{m.hexstr(32)}"


            def send_sms(to: str, body: str) -> str:
                client = Client(ACCOUNT_SID, AUTH_TOKEN)
                return client.messages.create(to=to, from_="+15005550006", body=body).sid
        '''),
        dedent(f"""
            import redis

            cache = redis.Redis.from_url("redis://:{m.password()}@cache.internal.example.com:6379/0")
        """),
        dedent(f'''
            class Settings:
                service_name = "billing"
                region = "eu-central-1"
                api_token = "{m.gitlab()}"
                gitlab_url = "https://gitlab.example.com"
        '''),
        dedent(f'''
            import pymysql


            def open_connection(host: str = "mysql.internal", password: str = "{m.password()}"):
                return pymysql.connect(host=host, user="reporting", password=password, database="sales")
        '''),
        dedent(f"""
            from azure.storage.blob import BlobServiceClient

            CONNECTION_STRING = (
                "DefaultEndpointsProtocol=https;AccountName=exampleexports;"
                "AccountKey={m.b64(86)}==;EndpointSuffix=core.windows.net"
            )
            blobs = BlobServiceClient.from_connection_string(CONNECTION_STRING)
        """),
        dedent(f'''
            import ldap3


            def bind_service_account() -> ldap3.Connection:
                server = ldap3.Server("ldaps://ldap.example.com")
                return ldap3.Connection(
                    server,
                    user="cn=svc-portal,ou=services,dc=example,dc=com",
                    password="{m.password()}",
                    auto_bind=True,
                )
        '''),
        dedent(f'''
            import os

            from fastapi import FastAPI

            app = FastAPI()
            os.environ.setdefault("PAYMENTS_API_KEY", "{m.stripe()}")
        '''),
    ]
    false_items = [
        dedent("""
            import os

            import boto3


            def upload_report(path: str) -> None:
                s3 = boto3.client(
                    "s3",
                    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
                    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
                    region_name="eu-west-1",
                )
                s3.upload_file(path, "reports-archive", path.rsplit("/", 1)[-1])
        """),
        dedent("""
            import boto3


            def queue_client():
                # Credentials come from the instance role.
                return boto3.client("sqs", region_name="us-east-1")
        """),
        dedent("""
            import os

            import requests

            GITHUB_API = "https://api.github.com"


            def open_issue(repo: str, title: str, body: str) -> int:
                headers = {"Authorization": f"token {os.getenv('GITHUB_TOKEN', '')}"}
                reply = requests.post(
                    f"{GITHUB_API}/repos/{repo}/issues",
                    json={"title": title, "body": body},
                    headers=headers,
                    timeout=10,
                )
                reply.raise_for_status()
                return reply.json()["number"]
        """),
        dedent("""
            import os

            from slack_sdk import WebClient

            client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])
        """),
        dedent("""
            import os

            import stripe

            stripe.api_key = os.environ.get("STRIPE_API_KEY")
        """),
        dedent('''
            from cryptography.hazmat.primitives import serialization

            VERIFY_KEY_PEM = """-----BEGIN PUBLIC KEY-----
            MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE4mJ8oF0pT6cQ2b8sVv3xUu9mXqQn
            hR5kZ7yL1wT2sA9dE3fG6hJ8kL0mN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hJ2kA==
            -----END PUBLIC KEY-----
            """


            def load_verify_key():
                return serialization.load_pem_public_key(VERIFY_KEY_PEM.encode())
        '''),
        dedent("""
            import os

            from sqlalchemy import create_engine

            DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/billing")
            engine = create_engine(DATABASE_URL, pool_pre_ping=True)
        """),
        dedent("""
            import psycopg2


            def connect():
                return psycopg2.connect(
                    host="db.internal.example.com",
                    dbname="inventory",
                    user="inventory_app",
                    password="${DB_PASSWORD}",
                )
        """),
        dedent("""
            import os

            from flask import Flask

            app = Flask(__name__)
            app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
        """),
        dedent("""
            import os
            from pathlib import Path

            BASE_DIR = Path(__file__).resolve().parent.parent
            SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
            DEBUG = False
            ALLOWED_HOSTS = ["portal.example.com"]
        """),
        dedent("""
            import datetime

            import jwt

            from config import settings


            def issue_token(user_id: int) -> str:
                payload = {
                    "sub": str(user_id),
                    "exp": datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1),
                }
                return jwt.encode(payload, settings.jwt_secret, algorithm="HS256")
        """),
        dedent("""
            import getpass

            import requests


            def trigger_build(job: str) -> int:
                password = getpass.getpass("CI password: ")
                reply = requests.post(
                    f"https://ci.internal.example.com/job/{job}/build",
                    auth=("deploy-bot", password),
                    timeout=15,
                )
                return reply.status_code
        """),
        dedent("""
            from pathlib import Path

            SMTP_USER = "alerts@example.com"
            SMTP_PASSWORD_FILE = Path("/run/secrets/smtp_password")


            def smtp_password() -> str:
                return SMTP_PASSWORD_FILE.read_text().strip()
        """),
        dedent("""
            import keyring

            SERVICE = "sendgrid"


            def api_key() -> str:
                return keyring.get_password(SERVICE, "alerts") or ""
        """),
        dedent("""
            # Example configuration shown in the README; real values come from the environment.
            EXAMPLE_SETTINGS = {
                "MAPS_API_KEY": "<your-api-key>",
                "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
                "DB_PASSWORD": "",
            }
        """),
        dedent("""
            PASSWORD_FIELD = "password"
            TOKEN_HEADER = "X-Api-Token"
            SECRET_KEY_SETTING = "SECRET_KEY"
            AWS_REGION = "eu-west-1"
            API_KEY_PATTERN = r"^sk_(live|test)_[A-Za-z0-9]{24}$"
        """),
        dedent("""
            import os

            import redis

            cache = redis.Redis(
                host="cache.internal.example.com", port=6379, password=os.environ.get("REDIS_PASSWORD")
            )
        """),
        dedent("""
            import os
            from dataclasses import dataclass, field


            @dataclass
            class Settings:
                service_name: str = "billing"
                region: str = "eu-central-1"
                api_token: str = field(default_factory=lambda: os.environ["GITLAB_TOKEN"], repr=False)
        """),
        dedent("""
            import json

            import boto3


            def database_password() -> str:
                client = boto3.client("secretsmanager", region_name="eu-west-1")
                secret = client.get_secret_value(SecretId="prod/reporting/db")
                return json.loads(secret["SecretString"])["password"]
        """),
        dedent("""
            import os

            import hvac


            def vault_client() -> hvac.Client:
                return hvac.Client(url="https://vault.example.com", token=os.environ["VAULT_TOKEN"])
        """),
        dedent("""
            import ldap3


            def bind_service_account(password: str) -> ldap3.Connection:
                server = ldap3.Server("ldaps://ldap.example.com")
                return ldap3.Connection(
                    server,
                    user="cn=svc-portal,ou=services,dc=example,dc=com",
                    password=password,
                    auto_bind=True,
                )
        """),
        dedent("""
            import os

            DATABASES = {
                "default": {
                    "ENGINE": "django.db.backends.postgresql",
                    "NAME": "portal",
                    "USER": "portal",
                    "PASSWORD": os.environ["POSTGRES_PASSWORD"],
                    "HOST": "db.internal.example.com",
                }
            }
        """),
    ]
    return [(True, ("hardcoded", *_secret_tags(c)), c) for c in true_items] + [
        (False, _secret_tags(c), c) for c in false_items
    ]


def api_categories() -> dict[str, list[Item]]:
    return {
        "weakhash": weakhash(),
        "weakcipher": weakcipher(),
        "weakrand": weakrand(),
        "securecookie": securecookie(),
        "secrets": secrets_cases(),
    }
