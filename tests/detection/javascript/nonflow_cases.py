# ruff: noqa: E501  (lines are JavaScript source text)
"""Cases of the categories without data flow: the API spelling and the chosen algorithm,
option or value vary (used by generate_cases.py)."""

from __future__ import annotations

import random
import string

from generate_cases import Case, default, named, ns

CRYPTO = ns("crypto", "crypto")


def module_case(
    category: str, vulnerable: bool, tags: list[str], imports=(), setup=(), helpers=(), exports=()
) -> Case:
    case = Case(category=category, vulnerable=vulnerable, body=None)
    case.tag(*tags)
    case.imp(*imports)
    case.setup_line(*setup)
    for h in helpers:
        case.helper(list(h))
    if exports:
        case.module_tail = [
            "{js}module.exports = { " + ", ".join(exports) + " };",
            "{ts}export { " + ", ".join(exports) + " };",
        ]
    return case


def handler_case(
    category: str,
    vulnerable: bool,
    tags: list[str],
    body,
    imports=(),
    setup=(),
    helpers=(),
    method="post",
    route="/",
    is_async=False,
    middleware=(),
) -> Case:
    case = Case(
        category=category, vulnerable=vulnerable, method=method, route=route, is_async=is_async
    )
    case.tag(*tags)
    case.imp(*imports)
    case.setup_line(*setup)
    for h in helpers:
        case.helper(list(h))
    case.body = list(body)
    case.middleware = list(middleware)
    return case


# --------------------------------------------------------------------------------------------
# Weak hash

WEAK_HASHES = ["md5", "sha1", "MD5", "md4", "SHA1", "RSA-SHA1", "md5", "sha1"]
STRONG_HASHES = [
    "sha256",
    "sha512",
    "sha384",
    "SHA256",
    "sha3-256",
    "blake2b512",
    "sha512",
    "sha256",
]


def hash_forms(alg: str, weak: bool) -> list[tuple[list[str], dict]]:
    """Each form: (tags, case kwargs) computing a digest with algorithm literal `alg`."""
    a = f"'{alg}'"
    fn = [
        "function fingerprint(data{:string}){:string} {",
        "  return crypto.createHash(ALG).update(data).digest('hex');",
        "}",
    ]
    forms = [
        (
            ["direct"],
            dict(
                imports=[CRYPTO],
                helpers=[[line.replace("ALG", a) for line in fn]],
                exports=["fingerprint"],
            ),
        ),
        (
            ["imported-name"],
            dict(
                imports=[named("crypto", "createHash")],
                helpers=[
                    [
                        "function checksum(buffer{:Buffer}){:string} {",
                        f"  return createHash({a}).update(buffer).digest('base64');",
                        "}",
                    ]
                ],
                exports=["checksum"],
            ),
        ),
        (
            ["alias"],
            dict(
                imports=[ns("node:crypto", "nodeCrypto")],
                helpers=[
                    [
                        "function cacheKey(parts{:string[]}){:string} {",
                        f"  const hasher = nodeCrypto.createHash({a});",
                        "  parts.forEach((part) => hasher.update(part));",
                        "  return hasher.digest('hex');",
                        "}",
                    ]
                ],
                exports=["cacheKey"],
            ),
        ),
        (
            ["constant-name"],
            dict(
                imports=[CRYPTO],
                setup=[f"const DIGEST_ALGORITHM = {a};"],
                helpers=[[line.replace("ALG", "DIGEST_ALGORITHM") for line in fn]],
                exports=["fingerprint"],
            ),
        ),
        (
            ["config-object"],
            dict(
                imports=[CRYPTO],
                setup=[
                    f"const settings = {{ storage: {{ bucket: 'assets' }}, integrity: {{ algorithm: {a}, encoding: 'hex' }} }};"
                ],
                helpers=[
                    [
                        "function integrityOf(content{:string}){:string} {",
                        "  return crypto.createHash(settings.integrity.algorithm).update(content).digest('hex');",
                        "}",
                    ]
                ],
                exports=["integrityOf"],
            ),
        ),
        (
            ["helper-same-file"],
            dict(
                imports=[CRYPTO],
                helpers=[
                    [
                        "function digestWith(algorithm{:string}, value{:string}){:string} {",
                        "  return crypto.createHash(algorithm).update(value).digest('hex');",
                        "}",
                    ],
                    [
                        "function passwordDigest(password{:string}, salt{:string}){:string} {",
                        f"  return digestWith({a}, salt + password);",
                        "}",
                    ],
                ],
                exports=["passwordDigest"],
            ),
        ),
        (
            ["field"],
            dict(
                imports=[CRYPTO],
                helpers=[
                    [
                        "class ContentSigner {",
                        "{ts}  private algorithm: string;",
                        "",
                        "  constructor() {",
                        f"    this.algorithm = {a};",
                        "  }",
                        "",
                        "  sign(body{:string}){:string} {",
                        "    return crypto.createHash(this.algorithm).update(body).digest('hex');",
                        "  }",
                        "}",
                    ]
                ],
                exports=["ContentSigner"],
            ),
        ),
        (
            ["fqn-name"],
            dict(
                helpers=[
                    [
                        "function etagFor(payload{:string}){:string} {",
                        f"  return '\"' + require('crypto').createHash({a}).update(payload).digest('hex') + '\"';",
                        "}",
                    ]
                ],
                exports=["etagFor"],
            ),
        ),
        (
            ["framework-object", "json-body"],
            dict(
                handler=True,
                imports=[CRYPTO],
                body=[
                    "const { email, password } = req.body;",
                    f"const passwordHash = crypto.createHash({a}).update(password).digest('hex');",
                    "res.status(201).json({ email, passwordHash });",
                ],
                middleware=["express.json()"],
                route="/register",
            ),
        ),
        (
            ["strong-api" if not weak else "weak-api"],
            dict(
                imports=[CRYPTO],
                helpers=[
                    [
                        "async function digestBytes(data{:Uint8Array}){:Promise<string>} {",
                        f"  const digest = await crypto.webcrypto.subtle.digest({('SHA-1' if weak else 'SHA-256')!r}, data);",
                        "  return Buffer.from(digest).toString('hex');",
                        "}",
                    ]
                ],
                exports=["digestBytes"],
            ),
        ),
    ]
    return forms


def library_hash_forms(weak: bool, i: int) -> tuple[list[str], dict]:
    if weak:
        options = [
            (
                ["weak-api"],
                dict(
                    imports=[default("crypto-js", "CryptoJS")],
                    helpers=[
                        [
                            "function tokenDigest(token{:string}){:string} {",
                            "  return CryptoJS.MD5(token).toString();",
                            "}",
                        ]
                    ],
                    exports=["tokenDigest"],
                ),
            ),
            (
                ["weak-api"],
                dict(
                    imports=[default("crypto-js", "CryptoJS")],
                    helpers=[
                        [
                            "function signatureOf(body{:string}){:string} {",
                            "  return CryptoJS.SHA1(body).toString(CryptoJS.enc.Hex);",
                            "}",
                        ]
                    ],
                    exports=["signatureOf"],
                ),
            ),
            (
                ["weak-api", "imported-name"],
                dict(
                    imports=[default("md5", "md5")],
                    helpers=[
                        [
                            "function avatarKey(email{:string}){:string} {",
                            "  return md5(email.trim().toLowerCase());",
                            "}",
                        ]
                    ],
                    exports=["avatarKey"],
                ),
            ),
        ]
    else:
        options = [
            (
                ["strong-api"],
                dict(
                    imports=[default("crypto-js", "CryptoJS")],
                    helpers=[
                        [
                            "function tokenDigest(token{:string}){:string} {",
                            "  return CryptoJS.SHA256(token).toString();",
                            "}",
                        ]
                    ],
                    exports=["tokenDigest"],
                ),
            ),
            (
                ["strong-api"],
                dict(
                    imports=[default("bcrypt", "bcrypt")],
                    helpers=[
                        [
                            "async function hashPassword(password{:string}){:Promise<string>} {",
                            "  return bcrypt.hash(password, 12);",
                            "}",
                        ]
                    ],
                    exports=["hashPassword"],
                ),
            ),
            (
                ["strong-api"],
                dict(
                    imports=[CRYPTO],
                    helpers=[
                        [
                            "function deriveKey(password{:string}, salt{:Buffer}){:Buffer} {",
                            "  return crypto.scryptSync(password, salt, 32);",
                            "}",
                        ]
                    ],
                    exports=["deriveKey"],
                ),
            ),
            (
                ["strong-api"],
                dict(
                    imports=[CRYPTO],
                    helpers=[
                        [
                            "function deriveKey(password{:string}, salt{:Buffer}){:Buffer} {",
                            "  return crypto.pbkdf2Sync(password, salt, 310000, 32, 'sha256');",
                            "}",
                        ]
                    ],
                    exports=["deriveKey"],
                ),
            ),
            (
                ["strong-api", "imported-name"],
                dict(
                    imports=[named("js-sha256", "sha256")],
                    helpers=[
                        [
                            "function avatarKey(email{:string}){:string} {",
                            "  return sha256(email.trim().toLowerCase());",
                            "}",
                        ]
                    ],
                    exports=["avatarKey"],
                ),
            ),
        ]
    return options[i % len(options)]


def make_case(category: str, vulnerable: bool, tags: list[str], kw: dict) -> Case:
    kw = dict(kw)
    if kw.pop("handler", False):
        return handler_case(category, vulnerable, tags, **kw)
    return module_case(category, vulnerable, tags, **kw)


def weakhash_cases() -> list[Case]:
    cases = []
    n_forms = len(hash_forms("md5", True))
    for i in range(20):
        tags, kw = hash_forms(WEAK_HASHES[i % len(WEAK_HASHES)], True)[i % n_forms]
        cases.append(make_case("weakhash", True, [*tags, "weak-api"], kw))
    for i in range(3):
        tags, kw = library_hash_forms(True, i)
        cases.append(make_case("weakhash", True, tags, kw))
    for i in range(15):
        tags, kw = hash_forms(STRONG_HASHES[i % len(STRONG_HASHES)], False)[(i + 3) % n_forms]
        cases.append(make_case("weakhash", False, [*tags, "strong-api"], kw))
    for i in range(5):
        tags, kw = library_hash_forms(False, i)
        cases.append(make_case("weakhash", False, tags, kw))
    cases.append(
        module_case(
            "weakhash",
            False,
            ["constant-branch"],
            [CRYPTO],
            [
                "const LEGACY_CLIENTS = 2 + 2 === 5;",
                "const algorithm = LEGACY_CLIENTS ? 'md5' : 'sha256';",
            ],
            [
                [
                    "function fingerprint(data{:string}){:string} {",
                    "  return crypto.createHash(algorithm).update(data).digest('hex');",
                    "}",
                ]
            ],
            ["fingerprint"],
        )
    )
    cases.append(
        module_case(
            "weakhash",
            False,
            ["constant-overwrite"],
            [CRYPTO],
            [],
            [
                [
                    "function fingerprint(data{:string}){:string} {",
                    "  let algorithm = 'sha1';",
                    "  algorithm = 'sha512';",
                    "  return crypto.createHash(algorithm).update(data).digest('hex');",
                    "}",
                ]
            ],
            ["fingerprint"],
        )
    )
    cases.append(
        module_case(
            "weakhash",
            False,
            ["helper-other-module", "config-object"],
            [CRYPTO, default("../../lib/config", "config")],
            [],
            [
                [
                    "function fingerprint(data{:string}){:string} {",
                    "  return crypto.createHash(config.hashAlgorithm).update(data).digest('hex');",
                    "}",
                ]
            ],
            ["fingerprint"],
        )
    )
    cases.append(
        module_case(
            "weakhash",
            True,
            ["helper-other-module", "config-object"],
            [CRYPTO, default("../../lib/config", "config")],
            [],
            [
                [
                    "function legacyChecksum(data{:string}){:string} {",
                    "  return crypto.createHash(config.legacyHashAlgorithm).update(data).digest('hex');",
                    "}",
                ]
            ],
            ["legacyChecksum"],
        )
    )
    cases.append(
        module_case(
            "weakhash",
            False,
            ["unrelated-variable", "collection-list"],
            [CRYPTO],
            ["const KNOWN_ALGORITHMS = ['md5', 'sha1', 'sha256'];"],
            [
                [
                    "function describe(){:string} {",
                    "  return 'supported: ' + KNOWN_ALGORITHMS.join(', ');",
                    "}",
                ],
                [
                    "function fingerprint(data{:string}){:string} {",
                    "  return crypto.createHash('sha256').update(data).digest('hex');",
                    "}",
                ],
            ],
            ["describe", "fingerprint"],
        )
    )
    return cases


# --------------------------------------------------------------------------------------------
# Weak cipher or mode

WEAK_CIPHERS = [
    ("des-cbc", 8, 8),
    ("des-ede3-cbc", 24, 8),
    ("aes-128-ecb", 16, 0),
    ("aes-256-ecb", 32, 0),
    ("rc4", 16, 0),
    ("bf-cbc", 16, 8),
    ("des-ecb", 8, 0),
    ("rc2-cbc", 16, 8),
    ("DES-EDE3", 24, 0),
]
STRONG_CIPHERS = [
    ("aes-256-gcm", 32, 12),
    ("aes-128-gcm", 16, 12),
    ("aes-192-gcm", 24, 12),
    ("AES-256-GCM", 32, 12),
    ("chacha20-poly1305", 32, 12),
]


def cipher_forms(alg: str, key_len: int, iv_len: int) -> list[tuple[list[str], dict]]:
    a = f"'{alg}'"
    iv = f"crypto.randomBytes({iv_len})" if iv_len else "null"
    aead = "gcm" in alg.lower() or "poly1305" in alg
    opts = ", { authTagLength: 16 }" if "poly1305" in alg else ""
    tail = (
        [
            "  const tag = cipher.getAuthTag();",
            "  return Buffer.concat([iv{:as Buffer}, tag, encrypted]).toString('base64');",
        ]
        if aead
        else ["  return Buffer.concat([iv || Buffer.alloc(0), encrypted]).toString('base64');"]
    )
    tail = [t.replace("iv{:as Buffer}", "iv") for t in tail]
    if not iv_len:
        tail = ["  return encrypted.toString('base64');"]

    def encrypt_fn(name: str, algo_expr: str, call: str = "crypto.createCipheriv") -> list[str]:
        return [
            f"function {name}(plaintext{{:string}}, key{{:Buffer}}){{:string}} {{",
            f"  const iv = {iv};",
            f"  const cipher = {call}({algo_expr}, key, iv{opts});",
            "  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);",
            *tail,
            "}",
        ]

    imported_fn = [
        line.replace("crypto.randomBytes", "randomBytes")
        for line in encrypt_fn("encryptRecord", a, "createCipheriv")
    ]
    return [
        (
            ["direct"],
            dict(imports=[CRYPTO], helpers=[encrypt_fn("encrypt", a)], exports=["encrypt"]),
        ),
        (
            ["imported-name"],
            dict(
                imports=[named("crypto", "createCipheriv", "randomBytes")],
                helpers=[imported_fn],
                exports=["encryptRecord"],
            ),
        ),
        (
            ["constant-name"],
            dict(
                imports=[CRYPTO],
                setup=[f"const CIPHER_ALGORITHM = {a};", f"const KEY_LENGTH = {key_len};"],
                helpers=[encrypt_fn("seal", "CIPHER_ALGORITHM")],
                exports=["seal", "KEY_LENGTH"],
            ),
        ),
        (
            ["config-object"],
            dict(
                imports=[CRYPTO],
                setup=[
                    f"const cryptoConfig = {{ algorithm: {a}, keyLength: {key_len}, encoding: 'base64' }};"
                ],
                helpers=[encrypt_fn("protect", "cryptoConfig.algorithm")],
                exports=["protect"],
            ),
        ),
        (
            ["alias"],
            dict(
                imports=[ns("node:crypto", "crypto")],
                helpers=[encrypt_fn("encryptCardNumber", a)],
                exports=["encryptCardNumber"],
            ),
        ),
        (
            ["field"],
            dict(
                imports=[CRYPTO],
                helpers=[
                    [
                        "class TokenVault {",
                        "{ts}  private readonly algorithm: string;",
                        "{ts}  private readonly key: Buffer;",
                        "",
                        "  constructor(key{:Buffer}) {",
                        f"    this.algorithm = {a};",
                        "    this.key = key;",
                        "  }",
                        "",
                        "  open(payload{:Buffer}, iv{:Buffer | null}){:string} {",
                        "    const decipher = crypto.createDecipheriv(this.algorithm, this.key, iv);",
                        *(
                            [
                                "    decipher.setAuthTag(payload.subarray(0, 16));",
                                "    payload = payload.subarray(16);",
                            ]
                            if aead
                            else []
                        ),
                        "    return Buffer.concat([decipher.update(payload), decipher.final()]).toString('utf8');",
                        "  }",
                        "}",
                    ]
                ],
                exports=["TokenVault"],
            ),
        ),
        (
            ["helper-same-file"],
            dict(
                imports=[CRYPTO],
                helpers=[
                    [
                        "function makeCipher(algorithm{:string}, key{:Buffer}, iv{:Buffer | null}) {",
                        f"  return crypto.createCipheriv(algorithm, key, iv{opts});",
                        "}",
                    ],
                    [
                        "function encryptNote(text{:string}, key{:Buffer}){:string} {",
                        f"  const cipher = makeCipher({a}, key, {iv});",
                        "  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('hex');",
                        "}",
                    ],
                ],
                exports=["encryptNote"],
            ),
        ),
        (
            ["fqn-name"],
            dict(
                helpers=[
                    [
                        line.replace("crypto.", "require('crypto').")
                        for line in encrypt_fn("encryptBlob", a)
                    ]
                ],
                exports=["encryptBlob"],
            ),
        ),
        (
            ["framework-object", "json-body"],
            dict(
                handler=True,
                imports=[CRYPTO],
                setup=["const KEY = Buffer.from(process.env.DATA_KEY{as string}, 'hex');"],
                body=[
                    f"const iv = {iv};",
                    f"const cipher = crypto.createCipheriv({a}, KEY, iv{opts});",
                    "const encrypted = Buffer.concat([cipher.update(JSON.stringify(req.body), 'utf8'), cipher.final()]);",
                    "res.json({ data: encrypted.toString('base64') });",
                ],
                middleware=["express.json()"],
                route="/vault",
            ),
        ),
    ]


def weakcipher_cases() -> list[Case]:
    cases = []
    n_forms = len(cipher_forms("des-cbc", 8, 8))
    for i in range(18):
        alg, k, iv = WEAK_CIPHERS[i % len(WEAK_CIPHERS)]
        tags, kw = cipher_forms(alg, k, iv)[i % n_forms]
        cases.append(make_case("weakcipher", True, [*tags, "weak-api"], kw))
    for i in range(18):
        alg, k, iv = STRONG_CIPHERS[i % len(STRONG_CIPHERS)]
        tags, kw = cipher_forms(alg, k, iv)[(i + 2) % n_forms]
        cases.append(make_case("weakcipher", False, [*tags, "strong-api"], kw))
    cjs = default("crypto-js", "CryptoJS")
    cases += [
        module_case(
            "weakcipher",
            True,
            ["weak-api"],
            [cjs],
            [],
            [
                [
                    "function encryptField(value{:string}, secret{:string}){:string} {",
                    "  return CryptoJS.DES.encrypt(value, secret).toString();",
                    "}",
                ]
            ],
            ["encryptField"],
        ),
        module_case(
            "weakcipher",
            True,
            ["weak-api"],
            [cjs],
            [],
            [
                [
                    "function encryptField(value{:string}, secret{:string}){:string} {",
                    "  return CryptoJS.TripleDES.encrypt(value, secret).toString();",
                    "}",
                ]
            ],
            ["encryptField"],
        ),
        module_case(
            "weakcipher",
            True,
            ["weak-api"],
            [cjs],
            [],
            [
                [
                    "function obfuscate(value{:string}, secret{:string}){:string} {",
                    "  return CryptoJS.RC4.encrypt(value, secret).toString();",
                    "}",
                ]
            ],
            ["obfuscate"],
        ),
        module_case(
            "weakcipher",
            True,
            ["weak-api", "config-object"],
            [cjs],
            ["const CIPHER_OPTIONS = { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 };"],
            [
                [
                    "function encryptField(value{:string}, key{:string}){:string} {",
                    "  return CryptoJS.AES.encrypt(value, CryptoJS.enc.Utf8.parse(key), CIPHER_OPTIONS).toString();",
                    "}",
                ]
            ],
            ["encryptField"],
        ),
        module_case(
            "weakcipher",
            True,
            ["weak-api"],
            [CRYPTO],
            [],
            [
                [
                    "function legacyEncrypt(text{:string}, password{:string}){:string} {",
                    "  const cipher = crypto.createCipher('aes-256-cbc', password);",
                    "  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');",
                    "}",
                ]
            ],
            ["legacyEncrypt"],
        ),
        module_case(
            "weakcipher",
            False,
            ["constant-branch"],
            [CRYPTO],
            ["const algorithm = 'abc'.length > 10 ? 'des-ede3-cbc' : 'aes-256-gcm';"],
            [
                [
                    "function encrypt(text{:string}, key{:Buffer}) {",
                    "  const iv = crypto.randomBytes(12);",
                    "  const cipher = crypto.createCipheriv(algorithm, key, iv);",
                    "  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);",
                    "  return { iv, data, tag: cipher.getAuthTag() };",
                    "}",
                ]
            ],
            ["encrypt"],
        ),
        module_case(
            "weakcipher",
            False,
            ["constant-overwrite"],
            [CRYPTO],
            [],
            [
                [
                    "function encrypt(text{:string}, key{:Buffer}) {",
                    "  let algorithm = 'aes-128-ecb';",
                    "  algorithm = 'aes-128-gcm';",
                    "  const iv = crypto.randomBytes(12);",
                    "  const cipher = crypto.createCipheriv(algorithm, key, iv);",
                    "  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);",
                    "  return { iv, data, tag: cipher.getAuthTag() };",
                    "}",
                ]
            ],
            ["encrypt"],
        ),
        module_case(
            "weakcipher",
            False,
            ["helper-other-module", "config-object"],
            [CRYPTO, default("../../lib/config", "config")],
            [],
            [
                [
                    "function encrypt(text{:string}, key{:Buffer}) {",
                    "  const iv = crypto.randomBytes(12);",
                    "  const cipher = crypto.createCipheriv(config.cipherAlgorithm, key, iv);",
                    "  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);",
                    "  return { iv, data, tag: cipher.getAuthTag() };",
                    "}",
                ]
            ],
            ["encrypt"],
        ),
        module_case(
            "weakcipher",
            False,
            ["strong-api"],
            [CRYPTO],
            [],
            [
                [
                    "async function encryptBytes(key{:CryptoKey}, data{:Uint8Array}) {",
                    "  const iv = crypto.webcrypto.getRandomValues(new Uint8Array(12));",
                    "  const sealed = await crypto.webcrypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);",
                    "  return { iv, sealed: Buffer.from(sealed) };",
                    "}",
                ]
            ],
            ["encryptBytes"],
        ),
        module_case(
            "weakcipher",
            False,
            ["unrelated-variable"],
            [CRYPTO],
            ["const DEPRECATED_ALGORITHMS = new Set(['des-cbc', 'rc4', 'aes-128-ecb']);"],
            [
                [
                    "function isDeprecated(name{:string}){:boolean} {",
                    "  return DEPRECATED_ALGORITHMS.has(name.toLowerCase());",
                    "}",
                ],
                [
                    "function encrypt(text{:string}, key{:Buffer}) {",
                    "  const iv = crypto.randomBytes(12);",
                    "  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);",
                    "  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);",
                    "  return { iv, data, tag: cipher.getAuthTag() };",
                    "}",
                ],
            ],
            ["isDeprecated", "encrypt"],
        ),
    ]
    return cases


# --------------------------------------------------------------------------------------------
# Weak randomness

RAND_TRUE = [
    (
        ["direct", "cookie"],
        dict(
            handler=True,
            body=[
                "const value = Math.random().toString(36).slice(2);",
                "res.cookie('sid', value, { httpOnly: true, secure: true });",
                "res.json({ ok: true });",
            ],
            route="/login",
        ),
    ),
    (
        ["direct", "collection-map"],
        dict(
            handler=True,
            setup=["const pendingCodes = new Map();"],
            body=[
                "const code = Math.floor(Math.random() * 1000000).toString().padStart(6, '0');",
                "pendingCodes.set(req.body.email, { code, expires: Date.now() + 300000 });",
                "res.status(202).json({ sent: true });",
            ],
            middleware=["express.json()"],
            route="/otp",
        ),
    ),
    (
        ["helper-same-file"],
        dict(
            helpers=[
                ["const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';"],
                [
                    "function randomString(length{:number}){:string} {",
                    "  let out = '';",
                    "  for (let i = 0; i < length; i += 1) {",
                    "    out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];",
                    "  }",
                    "  return out;",
                    "}",
                ],
                [
                    "function issueApiKey(accountId{:string}) {",
                    "  return { accountId, key: 'ak_' + randomString(32), createdAt: new Date() };",
                    "}",
                ],
            ],
            exports=["issueApiKey"],
        ),
    ),
    (
        ["alias"],
        dict(
            setup=["const rng = Math.random;"],
            helpers=[
                [
                    "function temporaryPassword(){:string} {",
                    "  return Array.from({ length: 12 }, () => String.fromCharCode(33 + Math.floor(rng() * 94))).join('');",
                    "}",
                ]
            ],
            exports=["temporaryPassword"],
        ),
    ),
    (
        ["weak-api", "imported-name"],
        dict(
            imports=[default("lodash", "_")],
            helpers=[
                [
                    "function inviteCode(){:string} {",
                    "  return _.sampleSize('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10).join('');",
                    "}",
                ]
            ],
            exports=["inviteCode"],
        ),
    ),
    (
        ["direct"],
        dict(
            helpers=[
                [
                    "function cspNonce(){:string} {",
                    "  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');",
                    "}",
                ]
            ],
            module_tail=[],
            exports=["cspNonce"],
        ),
    ),
    (
        ["field"],
        dict(
            helpers=[
                [
                    "class SessionStore {",
                    "{ts}  private sessions: Map<string, object>;",
                    "",
                    "  constructor() {",
                    "    this.sessions = new Map();",
                    "  }",
                    "",
                    "  create(user{:object}){:string} {",
                    "    const id = Date.now().toString(36) + Math.random().toString(36).substring(2);",
                    "    this.sessions.set(id, user);",
                    "    return id;",
                    "  }",
                    "}",
                ]
            ],
            exports=["SessionStore"],
        ),
    ),
    (
        ["direct"],
        dict(
            helpers=[
                [
                    "function requestId(){:string} {",
                    "  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {",
                    "    const r = (Math.random() * 16) | 0;",
                    "    const v = c === 'x' ? r : (r & 0x3) | 0x8;",
                    "    return v.toString(16);",
                    "  });",
                    "}",
                ],
                [
                    "function resetLink(userId{:string}) {",
                    "  const value = requestId();",
                    "  return { userId, url: 'https://app.example.com/reset?t=' + value, value };",
                    "}",
                ],
            ],
            exports=["resetLink"],
        ),
    ),
    (
        ["config-object", "safe-config"],
        dict(
            handler=True,
            imports=[default("express-session", "session")],
            middleware=[
                "session({ secret: process.env.SESSION_SECRET{as string}, genid: () => Math.random().toString(36).slice(2) + Date.now(), resave: false, saveUninitialized: false })"
            ],
            body=["res.json({ id: req.sessionID });"],
            method="get",
            route="/whoami",
        ),
    ),
    (
        ["direct", "framework-object"],
        dict(
            handler=True,
            body=[
                "res.locals.csrf = (Math.random() * 1e17).toString(36);",
                "res.render('form', { csrf: res.locals.csrf });",
            ],
            method="get",
            route="/form",
        ),
    ),
    (
        ["weak-api"],
        dict(
            imports=[default("seedrandom", "seedrandom")],
            setup=["const prng = seedrandom(String(Date.now()));"],
            helpers=[
                [
                    "function unlockCode(){:string} {",
                    "  return String(Math.floor(prng() * 100000000)).padStart(8, '0');",
                    "}",
                ]
            ],
            exports=["unlockCode"],
        ),
    ),
    (
        ["collection-list"],
        dict(
            helpers=[
                [
                    "function recoveryCodes(count{:number}){:string[]} {",
                    "  const codes{:string[]} = [];",
                    "  while (codes.length < count) {",
                    "    codes.push(Math.random().toString(36).slice(2, 10));",
                    "  }",
                    "  return codes;",
                    "}",
                ]
            ],
            exports=["recoveryCodes"],
        ),
    ),
    (
        ["weak-api"],
        dict(
            imports=[default("jsonwebtoken", "jwt")],
            helpers=[
                [
                    "function signAccess(userId{:string}){:string} {",
                    "  return jwt.sign({ sub: userId, jti: Math.random().toString(16).slice(2) }, process.env.JWT_SECRET{as string}, { expiresIn: '15m' });",
                    "}",
                ]
            ],
            exports=["signAccess"],
        ),
    ),
    (
        ["weak-api"],
        dict(
            imports=[default("lodash", "_")],
            helpers=[
                ["function pinCode(){:string} {", "  return String(_.random(1000, 9999));", "}"]
            ],
            exports=["pinCode"],
        ),
    ),
    (
        ["header"],
        dict(
            handler=True,
            body=[
                "const value = Math.random().toString(36).substring(2, 15) + Math.random().toString(36).substring(2, 15);",
                "res.setHeader('X-Upload-Token', value);",
                "res.status(201).end();",
            ],
            route="/uploads/ticket",
        ),
    ),
    (
        ["fqn-name"],
        dict(
            helpers=[
                [
                    "function apiSecret(){:string} {",
                    "  return globalThis.Math.random().toString(36).slice(2) + globalThis.Math.random().toString(36).slice(2);",
                    "}",
                ]
            ],
            exports=["apiSecret"],
        ),
    ),
    (
        ["direct", "json-body"],
        dict(
            handler=True,
            setup=["const invitations = new Map();"],
            body=[
                "const salt = Math.random().toString(16).slice(2, 18);",
                "invitations.set(req.body.email, salt);",
                "res.json({ link: '/join?invite=' + salt });",
            ],
            middleware=["express.json()"],
            route="/invite",
        ),
    ),
    (
        ["builder"],
        dict(
            helpers=[
                [
                    "function sharedLinkKey(){:string} {",
                    "  const parts{:string[]} = [];",
                    "  for (let i = 0; i < 4; i += 1) {",
                    "    parts.push(Math.floor(Math.random() * 0xffff).toString(16));",
                    "  }",
                    "  return parts.join('-');",
                    "}",
                ]
            ],
            exports=["sharedLinkKey"],
        ),
    ),
    (
        ["alias", "imported-name"],
        dict(
            setup=["const { random } = Math;"],
            helpers=[
                [
                    "function deviceSecret(){:string} {",
                    "  return Buffer.from(String(random()) + String(random())).toString('base64');",
                    "}",
                ]
            ],
            exports=["deviceSecret"],
        ),
    ),
    (
        ["direct"],
        dict(
            handler=True,
            setup=["const tickets = new Set();"],
            body=[
                "const ticket = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER).toString(36);",
                "tickets.add(ticket);",
                "res.json({ ticket });",
            ],
            method="get",
            route="/ws/ticket",
        ),
    ),
    (
        ["helper-same-file"],
        dict(
            helpers=[
                [
                    "function randomInt(max{:number}){:number} {",
                    "  return Math.floor(Math.random() * max);",
                    "}",
                ],
                [
                    "function emailVerificationCode(){:string} {",
                    "  return [randomInt(10), randomInt(10), randomInt(10), randomInt(10), randomInt(10), randomInt(10)].join('');",
                    "}",
                ],
            ],
            exports=["emailVerificationCode"],
        ),
    ),
    (
        ["direct"],
        dict(
            helpers=[
                [
                    "function oauthState(){:string} {",
                    "  return (Math.random() + 1).toString(36).substring(7) + Date.now().toString(36);",
                    "}",
                ]
            ],
            exports=["oauthState"],
        ),
    ),
]

RAND_FALSE = [
    (
        ["strong-api", "cookie"],
        dict(
            handler=True,
            imports=[CRYPTO],
            body=[
                "const value = crypto.randomBytes(32).toString('hex');",
                "res.cookie('sid', value, { httpOnly: true, secure: true });",
                "res.json({ ok: true });",
            ],
            route="/login",
        ),
    ),
    (
        ["strong-api", "collection-map"],
        dict(
            handler=True,
            imports=[named("crypto", "randomInt")],
            setup=["const pendingCodes = new Map();"],
            body=[
                "const code = randomInt(0, 1000000).toString().padStart(6, '0');",
                "pendingCodes.set(req.body.email, { code, expires: Date.now() + 300000 });",
                "res.status(202).json({ sent: true });",
            ],
            middleware=["express.json()"],
            route="/otp",
        ),
    ),
    (
        ["strong-api"],
        dict(
            imports=[CRYPTO],
            helpers=[
                [
                    "function issueApiKey(accountId{:string}) {",
                    "  return { accountId, key: 'ak_' + crypto.randomBytes(24).toString('base64url'), createdAt: new Date() };",
                    "}",
                ]
            ],
            exports=["issueApiKey"],
        ),
    ),
    (
        ["strong-api", "imported-name"],
        dict(
            imports=[named("crypto", "randomUUID")],
            helpers=[
                [
                    "function resetLink(userId{:string}) {",
                    "  const value = randomUUID();",
                    "  return { userId, url: 'https://app.example.com/reset?t=' + value, value };",
                    "}",
                ]
            ],
            exports=["resetLink"],
        ),
    ),
    (
        ["strong-api"],
        dict(
            imports=[CRYPTO],
            helpers=[
                [
                    "function cspNonce(){:string} {",
                    "  return crypto.webcrypto.getRandomValues(new Uint8Array(16)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '');",
                    "}",
                ]
            ],
            exports=["cspNonce"],
        ),
    ),
    (
        ["strong-api", "imported-name"],
        dict(
            imports=[named("uuid", "v4:uuidv4")],
            helpers=[["function newSessionId(){:string} {", "  return uuidv4();", "}"]],
            exports=["newSessionId"],
        ),
    ),
    (
        ["strong-api", "imported-name"],
        dict(
            imports=[named("nanoid", "nanoid")],
            helpers=[["function inviteCode(){:string} {", "  return nanoid(21);", "}"]],
            exports=["inviteCode"],
        ),
    ),
    (
        ["strong-api", "safe-config"],
        dict(
            handler=True,
            imports=[default("express-session", "session"), CRYPTO],
            middleware=[
                "session({ secret: process.env.SESSION_SECRET{as string}, genid: () => crypto.randomUUID(), resave: false, saveUninitialized: false })"
            ],
            body=["res.json({ id: req.sessionID });"],
            method="get",
            route="/whoami",
        ),
    ),
    (
        ["safe-api", "collection-list"],
        dict(
            helpers=[
                [
                    "function shufflePlaylist(tracks{:string[]}){:string[]} {",
                    "  const copy = tracks.slice();",
                    "  for (let i = copy.length - 1; i > 0; i -= 1) {",
                    "    const j = Math.floor(Math.random() * (i + 1));",
                    "    [copy[i], copy[j]] = [copy[j], copy[i]];",
                    "  }",
                    "  return copy;",
                    "}",
                ]
            ],
            exports=["shufflePlaylist"],
        ),
    ),
    (
        ["safe-api"],
        dict(
            helpers=[
                [
                    "function backoffDelay(attempt{:number}){:number} {",
                    "  const base = Math.min(30000, 250 * 2 ** attempt);",
                    "  return base / 2 + Math.random() * (base / 2);",
                    "}",
                ]
            ],
            exports=["backoffDelay"],
        ),
    ),
    (
        ["safe-api"],
        dict(
            setup=["const SAMPLE_RATE = 0.05;"],
            helpers=[
                ["function shouldTrace(){:boolean} {", "  return Math.random() < SAMPLE_RATE;", "}"]
            ],
            exports=["shouldTrace"],
        ),
    ),
    (
        ["safe-api", "framework-object"],
        dict(
            handler=True,
            setup=["const banners = ['spring-sale.png', 'free-shipping.png', 'new-arrivals.png'];"],
            body=[
                "const banner = banners[Math.floor(Math.random() * banners.length)];",
                "res.render('home', { banner });",
            ],
            method="get",
            route="/",
        ),
    ),
    (
        ["safe-api"],
        dict(
            helpers=[
                [
                    "function placeholderColor(){:string} {",
                    "  return '#' + Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0');",
                    "}",
                ]
            ],
            exports=["placeholderColor"],
        ),
    ),
    (
        ["safe-api", "field"],
        dict(
            helpers=[
                [
                    "class ReplicaPicker {",
                    "{ts}  private replicas: string[];",
                    "",
                    "  constructor(replicas{:string[]}) {",
                    "    this.replicas = replicas;",
                    "  }",
                    "",
                    "  pick(){:string} {",
                    "    return this.replicas[Math.floor(Math.random() * this.replicas.length)];",
                    "  }",
                    "}",
                ]
            ],
            exports=["ReplicaPicker"],
        ),
    ),
    (
        ["safe-api"],
        dict(
            helpers=[
                [
                    "function sessionRefreshJitterMs(){:number} {",
                    "  return Math.floor(Math.random() * 5000);",
                    "}",
                ]
            ],
            exports=["sessionRefreshJitterMs"],
        ),
    ),
    (
        ["safe-api", "imported-name"],
        dict(
            imports=[default("lodash", "_")],
            helpers=[
                [
                    "function featuredProducts(products{:object[]}){:object[]} {",
                    "  return _.sampleSize(products, 4);",
                    "}",
                ]
            ],
            exports=["featuredProducts"],
        ),
    ),
    (
        ["strong-api", "header"],
        dict(
            handler=True,
            imports=[CRYPTO],
            body=[
                "const value = crypto.randomBytes(16).toString('base64url');",
                "res.setHeader('X-Upload-Token', value);",
                "res.status(201).end();",
            ],
            route="/uploads/ticket",
        ),
    ),
    (
        ["strong-api", "fqn-name"],
        dict(
            helpers=[
                [
                    "function apiSecret(){:string} {",
                    "  return require('crypto').randomBytes(32).toString('base64');",
                    "}",
                ]
            ],
            exports=["apiSecret"],
        ),
    ),
    (
        ["strong-api", "helper-same-file"],
        dict(
            imports=[named("crypto", "randomInt")],
            helpers=[
                [
                    "function emailVerificationCode(){:string} {",
                    "  return Array.from({ length: 6 }, () => randomInt(10)).join('');",
                    "}",
                ]
            ],
            exports=["emailVerificationCode"],
        ),
    ),
    (
        ["safe-api", "token-named"],
        dict(
            helpers=[
                [
                    "function mockTokens(count{:number}){:string[]} {",
                    "  // Fixture rows for the storybook table component.",
                    "  return Array.from({ length: count }, (_, i) => 'row-' + i + '-' + Math.round(Math.random() * 100));",
                    "}",
                ]
            ],
            exports=["mockTokens"],
        ),
    ),
    (
        ["safe-api", "framework-object"],
        dict(
            handler=True,
            body=[
                "const latency = 50 + Math.random() * 150;",
                "setTimeout(() => res.json({ status: 'ok' }), latency);",
            ],
            method="get",
            route="/simulate",
        ),
    ),
    (
        ["strong-api", "alias"],
        dict(
            imports=[ns("node:crypto", "nodeCrypto")],
            helpers=[
                [
                    "function oauthState(){:string} {",
                    "  return nodeCrypto.randomBytes(16).toString('hex');",
                    "}",
                ]
            ],
            exports=["oauthState"],
        ),
    ),
]


def weakrand_cases() -> list[Case]:
    cases = []
    for vulnerable, table in ((True, RAND_TRUE), (False, RAND_FALSE)):
        for tags, kw in table:
            kw = dict(kw)
            tail = kw.pop("module_tail", None)
            case = make_case("weakrand", vulnerable, tags, kw)
            if tail:
                case.module_tail = tail
            cases.append(case)
    return cases


# --------------------------------------------------------------------------------------------
# Insecure cookie flags

COOKIE_TRUE = [
    (["direct"], ["res.cookie('sid', token, { httpOnly: true, sameSite: 'lax' });"], []),
    (["direct"], ["res.cookie('sid', token, { secure: false, httpOnly: true });"], []),
    (["direct"], ["res.cookie('remember_me', token);"], []),
    (
        ["config-object"],
        ["res.cookie('sid', token, COOKIE_OPTIONS);"],
        ["const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'strict', maxAge: 86400000 };"],
    ),
    (
        ["header"],
        ["res.setHeader('Set-Cookie', 'sid=' + token + '; HttpOnly; Path=/; SameSite=Lax');"],
        [],
    ),
    (
        ["imported-name"],
        ["res.setHeader('Set-Cookie', serialize('sid', token, { httpOnly: true, path: '/' }));"],
        [],
    ),
    (
        ["constant-name"],
        ["res.cookie('sid', token, { secure: USE_SECURE_COOKIES, httpOnly: true });"],
        ["const USE_SECURE_COOKIES = false;"],
    ),
    (
        ["constant-overwrite"],
        [
            "const options = { secure: true, httpOnly: true };",
            "options.secure = false;",
            "res.cookie('sid', token, options);",
        ],
        [],
    ),
    (["helper-same-file"], ["res.cookie('sid', token, cookieOptions(3600));"], []),
    (["header", "fstring"], ["res.append('Set-Cookie', `auth=${token}; Path=/; HttpOnly`);"], []),
    (
        ["constant-branch"],
        ["res.cookie('sid', token, { secure: 'abc'.length > 5, httpOnly: true });"],
        [],
    ),
    (
        ["collection-list"],
        [
            "const cookies{:string[]} = [];",
            "cookies.push('sid=' + token + '; Path=/; HttpOnly');",
            "res.setHeader('Set-Cookie', cookies);",
        ],
        [],
    ),
    (
        ["direct", "json-body"],
        ["res.cookie('prefs', JSON.stringify(req.body), { maxAge: 31536000000 });"],
        [],
    ),
    (["field"], ["res.cookie(policy.name, token, policy.options());"], []),
]
COOKIE_FALSE = [
    (
        ["safe-config"],
        ["res.cookie('sid', token, { httpOnly: true, secure: true, sameSite: 'lax' });"],
        [],
    ),
    (
        ["safe-config"],
        [
            "res.cookie('sid', token, { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 3600000 });"
        ],
        [],
    ),
    (
        ["config-object", "safe-config"],
        ["res.cookie('sid', token, COOKIE_OPTIONS);"],
        [
            "const COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 86400000 };"
        ],
    ),
    (
        ["header", "safe-config"],
        [
            "res.setHeader('Set-Cookie', 'sid=' + token + '; Secure; HttpOnly; Path=/; SameSite=Lax');"
        ],
        [],
    ),
    (
        ["imported-name", "safe-config"],
        [
            "res.setHeader('Set-Cookie', serialize('sid', token, { httpOnly: true, secure: true, path: '/' }));"
        ],
        [],
    ),
    (
        ["constant-name", "safe-config"],
        ["res.cookie('sid', token, { secure: USE_SECURE_COOKIES, httpOnly: true });"],
        ["const USE_SECURE_COOKIES = true;"],
    ),
    (
        ["constant-overwrite", "safe-config"],
        [
            "const options = { secure: false, httpOnly: true };",
            "options.secure = true;",
            "res.cookie('sid', token, options);",
        ],
        [],
    ),
    (["helper-same-file", "safe-config"], ["res.cookie('sid', token, cookieOptions(3600));"], []),
    (
        ["header", "fstring", "safe-config"],
        ["res.append('Set-Cookie', `auth=${token}; Path=/; Secure; HttpOnly`);"],
        [],
    ),
    (
        ["helper-other-module", "config-object"],
        ["res.cookie('sid', token, { secure: config.cookieSecure, httpOnly: true });"],
        [],
    ),
    (
        ["safe-api"],
        ["res.clearCookie('sid');", "res.clearCookie('remember_me', { path: '/' });"],
        [],
    ),
    (
        ["safe-config", "json-body"],
        [
            "res.cookie('prefs', JSON.stringify(req.body), { maxAge: 31536000000, secure: true, sameSite: 'lax' });"
        ],
        [],
    ),
    (["field", "safe-config"], ["res.cookie(policy.name, token, policy.options());"], []),
    (
        ["collection-list", "safe-config"],
        [
            "const cookies{:string[]} = [];",
            "cookies.push('sid=' + token + '; Path=/; Secure; HttpOnly');",
            "res.setHeader('Set-Cookie', cookies);",
        ],
        [],
    ),
]


def cookie_helpers(secure: bool, lines: list[str]) -> list[list[str]]:
    text = "\n".join(lines)
    helpers = []
    if "cookieOptions(" in text:
        body = (
            "{ httpOnly: true, sameSite: 'lax' as const, maxAge: seconds * 1000 }"
            if not secure
            else "{ httpOnly: true, secure: true, sameSite: 'lax' as const, maxAge: seconds * 1000 }"
        )
        helpers.append(
            [
                "function cookieOptions(seconds{:number}) {",
                f"  return {body};".replace(" as const", "{as const}"),
                "}",
            ]
        )
    if "policy." in text:
        flag = "true" if secure else "false"
        helpers.append(
            [
                "class CookiePolicy {",
                "{ts}  name: string;",
                "{ts}  secure: boolean;",
                "",
                "  constructor(name{:string}, secure{:boolean}) {",
                "    this.name = name;",
                "    this.secure = secure;",
                "  }",
                "",
                "  options() {",
                "    return { httpOnly: true, secure: this.secure, path: '/' };",
                "  }",
                "}",
            ]
        )
        helpers.append([f"const policy = new CookiePolicy('sid', {flag});"])
    return helpers


SESSION_TRUE = [
    (
        ["config-object"],
        "session({ secret: process.env.SESSION_SECRET{as string}, resave: false, saveUninitialized: false, cookie: { secure: false, httpOnly: true } })",
    ),
    (
        ["config-object"],
        "session({ secret: process.env.SESSION_SECRET{as string}, resave: false, saveUninitialized: false, cookie: { maxAge: 3600000 } })",
    ),
    (
        ["config-object"],
        "session({ secret: process.env.SESSION_SECRET{as string}, resave: false, saveUninitialized: true })",
    ),
    (
        ["config-object", "imported-name"],
        "cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY{as string}], secure: false, httpOnly: true })",
    ),
    (["config-object"], "session(sessionOptions)"),
]
SESSION_FALSE = [
    (
        ["config-object", "safe-config"],
        "session({ secret: process.env.SESSION_SECRET{as string}, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } })",
    ),
    (
        ["config-object", "safe-config"],
        "session({ secret: process.env.SESSION_SECRET{as string}, resave: false, saveUninitialized: false, cookie: { maxAge: 3600000, secure: true, sameSite: 'strict' } })",
    ),
    (
        ["config-object", "imported-name", "safe-config"],
        "cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY{as string}], secure: true, httpOnly: true })",
    ),
    (["config-object", "safe-config"], "session(sessionOptions)"),
    (
        ["config-object", "safe-config"],
        "session({ secret: process.env.SESSION_SECRET{as string}, proxy: true, resave: false, saveUninitialized: false, cookie: { secure: true } })",
    ),
]


def securecookie_cases() -> list[Case]:
    cases = []
    for vulnerable, table in ((True, COOKIE_TRUE), (False, COOKIE_FALSE)):
        for i, (tags, lines, setup) in enumerate(table):
            imports = [CRYPTO]
            text = "\n".join(lines)
            if "serialize(" in text:
                imports.append(named("cookie", "serialize"))
            if "config." in text:
                imports.append(default("../../lib/config", "config"))
            body = [
                "const token = crypto.randomBytes(24).toString('hex');",
                *lines,
                "res.json({ ok: true });",
            ]
            case = handler_case(
                "securecookie",
                vulnerable,
                list(tags),
                body,
                imports=imports,
                setup=setup,
                helpers=cookie_helpers(not vulnerable, lines),
                route="/session",
                middleware=["express.json()"] if "req.body" in text else [],
            )
            case.router_style = ["router", "app", "named-handler"][i % 3]
            case.handler_name = "startSession"
            cases.append(case)
    for vulnerable, table in ((True, SESSION_TRUE), (False, SESSION_FALSE)):
        for tags, mw in table:
            imports = (
                [default("cookie-session", "cookieSession")]
                if "cookieSession" in mw
                else [default("express-session", "session")]
            )
            setup = []
            if "sessionOptions" in mw:
                setup = [
                    "const sessionOptions = {",
                    "  secret: process.env.SESSION_SECRET{as string},",
                    "  resave: false,",
                    "  saveUninitialized: false,",
                    "  cookie: { httpOnly: true, maxAge: 86400000, secure: false },",
                    "};",
                ]
                if not vulnerable:
                    setup.append("sessionOptions.cookie.secure = true;")
                tags = [*tags, "constant-overwrite"] if not vulnerable else tags
            case = handler_case(
                "securecookie",
                vulnerable,
                list(tags),
                [
                    "req.session{as any}.views = (req.session{as any}.views || 0) + 1;",
                    "res.json({ views: req.session{as any}.views });",
                ],
                imports=imports,
                setup=setup,
                method="get",
                route="/visits",
                middleware=[mw],
            )
            cases.append(case)
    return cases


# --------------------------------------------------------------------------------------------
# Hard-coded secrets

_rng = random.Random("securetag-js-secrets")


def rand_chars(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


def fake_pem(kind: str) -> list[str]:
    body = [rand_chars(64, string.ascii_letters + string.digits + "+/") for _ in range(6)]
    return [
        f"-----BEGIN {kind}-----",
        *body,
        rand_chars(24, string.ascii_letters + string.digits + "+/") + "==",
        f"-----END {kind}-----",
    ]


def secrets_cases() -> list[Case]:
    aws_id = "AKIA" + rand_chars(16, string.ascii_uppercase + "234567")
    aws_secret = rand_chars(40, string.ascii_letters + string.digits + "+/")
    ghp = "ghp_" + rand_chars(36)
    slack = f"xoxb-{rand_chars(12, string.digits)}-{rand_chars(13, string.digits)}-{rand_chars(24)}"
    stripe = "sk_live_" + rand_chars(24)
    jwt_secret = rand_chars(32, string.ascii_letters + string.digits + "!#%&*")
    session_secret = rand_chars(28, string.ascii_letters + string.digits + "-_")
    db_pass = rand_chars(14, string.ascii_letters + string.digits) + "!"
    pg_pass = rand_chars(16)
    mongo_pass = rand_chars(18)
    sendgrid = (
        "SG."
        + rand_chars(22, string.ascii_letters + string.digits + "-_")
        + "."
        + rand_chars(43, string.ascii_letters + string.digits + "-_")
    )
    twilio_sid = "AC" + rand_chars(32, "0123456789abcdef")
    twilio_token = rand_chars(32, "0123456789abcdef")
    api_key = rand_chars(40, "0123456789abcdef")
    google = "AIza" + rand_chars(35, string.ascii_letters + string.digits + "-_")
    client_secret = rand_chars(34, string.ascii_letters + string.digits + "~._-")
    basic_pass = "Pr0d-" + rand_chars(10)
    priv = fake_pem("RSA PRIVATE KEY")
    pub = fake_pem("PUBLIC KEY")
    gh_pat_fine = "github_pat_" + rand_chars(22) + "_" + rand_chars(59)
    npm_token = "npm_" + rand_chars(36)

    S3 = named("@aws-sdk/client-s3", "S3Client")
    AX = default("axios", "axios")
    SLACK = named("@slack/web-api", "WebClient")
    STRIPE = default("stripe", "Stripe")
    JWT = default("jsonwebtoken", "jwt")
    MYSQL = ns("mysql", "mysql")
    PGP = named("pg", "Pool")
    MONGOOSE = default("mongoose", "mongoose")
    SG = default("@sendgrid/mail", "sgMail")
    TWILIO = default("twilio", "twilio")

    def mod(vulnerable, tags, imports, setup, helpers=(), exports=()):
        return module_case("secrets", vulnerable, tags, imports, setup, helpers, exports)

    true_cases = [
        mod(
            True,
            ["direct", "config-object"],
            [S3],
            [
                "const s3 = new S3Client({",
                "  region: 'eu-west-1',",
                f"  credentials: {{ accessKeyId: '{aws_id}', secretAccessKey: '{aws_secret}' }},",
                "});",
            ],
            exports=["s3"],
        ),
        mod(
            True,
            ["constant-name", "header"],
            [AX],
            [f"const GITHUB_TOKEN = '{ghp}';"],
            [
                [
                    "async function listRepos(org{:string}) {",
                    "  const response = await axios.get(`https://api.github.com/orgs/${org}/repos`, {",
                    "    headers: { Authorization: `token ${GITHUB_TOKEN}` },",
                    "  });",
                    "  return response.data;",
                    "}",
                ]
            ],
            ["listRepos"],
        ),
        mod(
            True,
            ["direct"],
            [SLACK],
            [f"const slack = new WebClient('{slack}');"],
            [
                [
                    "async function notify(channel{:string}, text{:string}) {",
                    "  await slack.chat.postMessage({ channel, text });",
                    "}",
                ]
            ],
            ["notify"],
        ),
        mod(
            True,
            ["direct"],
            [STRIPE],
            [f"const stripe = new Stripe('{stripe}', {{ apiVersion: '2023-10-16' }});"],
            exports=["stripe"],
        ),
        mod(
            True,
            ["direct"],
            [JWT],
            [],
            [
                [
                    "function issueToken(userId{:string}){:string} {",
                    f"  return jwt.sign({{ sub: userId }}, '{jwt_secret}', {{ expiresIn: '1h' }});",
                    "}",
                ]
            ],
            ["issueToken"],
        ),
        handler_case(
            "secrets",
            True,
            ["config-object", "framework-object"],
            ["res.json({ views: 1 });"],
            [default("express-session", "session")],
            [],
            method="get",
            route="/",
            middleware=[
                f"session({{ secret: '{session_secret}', resave: false, saveUninitialized: false, cookie: {{ secure: true }} }})"
            ],
        ),
        mod(
            True,
            ["config-object"],
            [MYSQL],
            [
                "const connection = mysql.createConnection({",
                "  host: 'db.internal',",
                "  user: 'shop_app',",
                f"  password: '{db_pass}',",
                "  database: 'shop',",
                "});",
            ],
            exports=["connection"],
        ),
        mod(
            True,
            ["string-concat"],
            [PGP],
            [
                f"const pool = new Pool({{ connectionString: 'postgres://reporting:{pg_pass}@pg.internal:5432/analytics' }});"
            ],
            exports=["pool"],
        ),
        mod(
            True,
            ["direct"],
            [MONGOOSE],
            [],
            [
                [
                    "async function connect() {",
                    f"  await mongoose.connect('mongodb+srv://app:{mongo_pass}@cluster0.example.mongodb.net/prod?retryWrites=true');",
                    "}",
                ]
            ],
            ["connect"],
        ),
        mod(
            True,
            ["direct"],
            [JWT],
            ["const SIGNING_KEY = [", *[f"  '{line}'," for line in priv], "].join('\\n');"],
            [
                [
                    "function sign(payload{:object}){:string} {",
                    "  return jwt.sign(payload, SIGNING_KEY, { algorithm: 'RS256' });",
                    "}",
                ]
            ],
            ["sign"],
        ),
        mod(True, ["direct"], [SG], [f"sgMail.setApiKey('{sendgrid}');"], exports=["sgMail"]),
        mod(
            True,
            ["direct"],
            [TWILIO],
            [f"const client = twilio('{twilio_sid}', '{twilio_token}');"],
            exports=["client"],
        ),
        mod(
            True,
            ["constant-name", "header"],
            [AX],
            [f"const PARTNER_API_KEY = '{api_key}';"],
            [
                [
                    "async function quote(sku{:string}) {",
                    "  const response = await axios.get('https://api.partner.example/quotes/' + encodeURIComponent(sku), { headers: { 'x-api-key': PARTNER_API_KEY } });",
                    "  return response.data;",
                    "}",
                ]
            ],
            ["quote"],
        ),
        mod(
            True,
            ["string-concat"],
            [AX],
            [],
            [
                [
                    "async function geocode(address{:string}) {",
                    f"  const url = 'https://maps.googleapis.com/maps/api/geocode/json?key={google}&address=' + encodeURIComponent(address);",
                    "  return (await axios.get(url)).data;",
                    "}",
                ]
            ],
            ["geocode"],
        ),
        mod(
            True,
            ["config-object"],
            [],
            [
                "const settings = {",
                "  port: 8080,",
                "  db: { host: 'db.internal', user: 'billing', password: '"
                + db_pass[::-1]
                + "' },",
                "  cache: { ttlSeconds: 300 },",
                "};",
            ],
            exports=["settings"],
        ),
        mod(
            True,
            ["field"],
            [AX],
            [],
            [
                [
                    "class OAuthClient {",
                    "{ts}  private clientId: string;",
                    "{ts}  private clientSecret: string;",
                    "",
                    "  constructor() {",
                    "    this.clientId = 'inventory-service';",
                    f"    this.clientSecret = '{client_secret}';",
                    "  }",
                    "",
                    "  async token() {",
                    "    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret });",
                    "    return (await axios.post('https://auth.example.com/oauth/token', body)).data;",
                    "  }",
                    "}",
                ]
            ],
            ["OAuthClient"],
        ),
        mod(
            True,
            ["string-concat", "header"],
            [AX],
            [
                f"const AUTH_HEADER = 'Basic ' + Buffer.from('admin:{basic_pass}').toString('base64');"
            ],
            [
                [
                    "async function fetchMetrics() {",
                    "  return (await axios.get('https://metrics.internal/api/v1/query', { headers: { Authorization: AUTH_HEADER } })).data;",
                    "}",
                ]
            ],
            ["fetchMetrics"],
        ),
        mod(
            True,
            ["collection-map"],
            [],
            [
                "const tokens = new Map([",
                f"  ['github', '{gh_pat_fine}'],",
                f"  ['npm', '{npm_token}'],",
                "]);",
            ],
            [["function tokenFor(service{:string}) {", "  return tokens.get(service);", "}"]],
            ["tokenFor"],
        ),
        mod(
            True,
            ["fstring"],
            [],
            [],
            [
                [
                    "function databaseUrl(host{:string}){:string} {",
                    f"  return `mysql://root:{db_pass[:8]}X9@${{host}}:3306/orders`;",
                    "}",
                ]
            ],
            ["databaseUrl"],
        ),
        mod(
            True,
            ["direct", "imported-name"],
            [named("aws-sdk", "config:awsConfig")],
            [
                f"awsConfig.update({{ accessKeyId: 'AKIA{rand_chars(16, string.ascii_uppercase + '234567')}', secretAccessKey: '{rand_chars(40, string.ascii_letters + string.digits + '+/')}', region: 'us-east-1' }});"
            ],
            exports=["awsConfig"],
        ),
    ]
    false_cases = [
        mod(
            False,
            ["safe-config"],
            [S3],
            ["const s3 = new S3Client({ region: process.env.AWS_REGION || 'eu-west-1' });"],
            exports=["s3"],
        ),
        mod(
            False,
            ["constant-name", "header"],
            [AX],
            ["const GITHUB_TOKEN = process.env.GITHUB_TOKEN;"],
            [
                [
                    "async function listRepos(org{:string}) {",
                    "  const response = await axios.get(`https://api.github.com/orgs/${org}/repos`, {",
                    "    headers: { Authorization: `token ${GITHUB_TOKEN}` },",
                    "  });",
                    "  return response.data;",
                    "}",
                ]
            ],
            ["listRepos"],
        ),
        mod(
            False,
            ["direct"],
            [SLACK],
            ["const slack = new WebClient(process.env.SLACK_BOT_TOKEN);"],
            exports=["slack"],
        ),
        mod(
            False,
            ["direct"],
            [STRIPE],
            [
                "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY{as string}, { apiVersion: '2023-10-16' });"
            ],
            exports=["stripe"],
        ),
        mod(
            False,
            ["direct"],
            [JWT],
            [],
            [
                [
                    "function issueToken(userId{:string}){:string} {",
                    "  return jwt.sign({ sub: userId }, process.env.JWT_SECRET{as string}, { expiresIn: '1h' });",
                    "}",
                ]
            ],
            ["issueToken"],
        ),
        handler_case(
            "secrets",
            False,
            ["config-object", "framework-object"],
            ["res.json({ views: 1 });"],
            [default("express-session", "session")],
            [],
            method="get",
            route="/",
            middleware=[
                "session({ secret: process.env.SESSION_SECRET{as string}, resave: false, saveUninitialized: false, cookie: { secure: true } })"
            ],
        ),
        mod(
            False,
            ["config-object", "placeholder"],
            [MYSQL],
            [
                "const connection = mysql.createConnection({",
                "  host: 'db.internal',",
                "  user: 'shop_app',",
                "  password: '${DB_PASSWORD}',",
                "  database: 'shop',",
                "});",
            ],
            exports=["connection"],
        ),
        mod(
            False,
            ["string-concat"],
            [PGP],
            [
                "const pool = new Pool({ connectionString: `postgres://reporting:${process.env.PGPASSWORD}@pg.internal:5432/analytics` });"
            ],
            exports=["pool"],
        ),
        mod(
            False,
            ["direct"],
            [MONGOOSE],
            [],
            [
                [
                    "async function connect() {",
                    "  await mongoose.connect(process.env.MONGO_URL{as string});",
                    "}",
                ]
            ],
            ["connect"],
        ),
        mod(
            False,
            ["direct"],
            [JWT, ns("fs", "fs")],
            [
                "const SIGNING_KEY = fs.readFileSync(process.env.JWT_KEY_FILE || '/run/secrets/jwt.key', 'utf8');"
            ],
            [
                [
                    "function sign(payload{:object}){:string} {",
                    "  return jwt.sign(payload, SIGNING_KEY, { algorithm: 'RS256' });",
                    "}",
                ]
            ],
            ["sign"],
        ),
        mod(
            False,
            ["direct", "placeholder"],
            [SG],
            ["sgMail.setApiKey('<SENDGRID_API_KEY>');"],
            exports=["sgMail"],
        ),
        mod(
            False,
            ["direct"],
            [TWILIO],
            [
                "const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);"
            ],
            exports=["client"],
        ),
        mod(
            False,
            ["constant-name", "unrelated-variable"],
            [AX],
            [
                "const API_KEY_HEADER = 'x-api-key';",
                "const PARTNER_BASE_URL = 'https://api.partner.example';",
            ],
            [
                [
                    "async function quote(sku{:string}, apiKey{:string}) {",
                    "  const response = await axios.get(PARTNER_BASE_URL + '/quotes/' + encodeURIComponent(sku), { headers: { [API_KEY_HEADER]: apiKey } });",
                    "  return response.data;",
                    "}",
                ]
            ],
            ["quote"],
        ),
        mod(
            False,
            ["direct"],
            [JWT],
            ["const VERIFY_KEY = [", *[f"  '{line}'," for line in pub], "].join('\\n');"],
            [
                [
                    "function verify(token{:string}) {",
                    "  return jwt.verify(token, VERIFY_KEY, { algorithms: ['RS256'] });",
                    "}",
                ]
            ],
            ["verify"],
        ),
        mod(
            False,
            ["config-object", "placeholder"],
            [],
            [
                "const settings = {",
                "  port: 8080,",
                "  db: { host: 'db.internal', user: 'billing', password: '' },",
                "  cache: { ttlSeconds: 300 },",
                "};",
                "settings.db.password = process.env.BILLING_DB_PASSWORD || '';",
            ],
            exports=["settings"],
        ),
        mod(
            False,
            ["field"],
            [AX],
            [],
            [
                [
                    "class OAuthClient {",
                    "{ts}  private clientId: string;",
                    "{ts}  private clientSecret: string;",
                    "",
                    "  constructor() {",
                    "    this.clientId = 'inventory-service';",
                    "    this.clientSecret = process.env.OAUTH_CLIENT_SECRET || '';",
                    "  }",
                    "",
                    "  async token() {",
                    "    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret });",
                    "    return (await axios.post('https://auth.example.com/oauth/token', body)).data;",
                    "  }",
                    "}",
                ]
            ],
            ["OAuthClient"],
        ),
        mod(
            False,
            ["helper-other-module", "config-object"],
            [default("config", "config"), MYSQL],
            [
                "const connection = mysql.createConnection({",
                "  host: config.get('db.host'),",
                "  user: config.get('db.user'),",
                "  password: config.get('db.password'),",
                "});",
            ],
            exports=["connection"],
        ),
        mod(
            False,
            ["collection-map", "placeholder"],
            [],
            [
                "const tokens = new Map([",
                "  ['github', 'YOUR_GITHUB_TOKEN_HERE'],",
                "  ['npm', process.env.NPM_TOKEN || ''],",
                "]);",
            ],
            [["function tokenFor(service{:string}) {", "  return tokens.get(service);", "}"]],
            ["tokenFor"],
        ),
        mod(
            False,
            ["fstring"],
            [],
            [],
            [
                [
                    "function databaseUrl(host{:string}){:string} {",
                    "  return `mysql://${process.env.DB_USER}:${process.env.DB_PASSWORD}@${host}:3306/orders`;",
                    "}",
                ]
            ],
            ["databaseUrl"],
        ),
        mod(
            False,
            ["unrelated-variable"],
            [],
            [
                "const PASSWORD_MIN_LENGTH = 12;",
                "const PASSWORD_FIELD = 'password';",
                "const TOKEN_TTL_SECONDS = 900;",
            ],
            [
                [
                    "function validatePassword(form{:Record<string, string>}){:boolean} {",
                    "  return (form[PASSWORD_FIELD] || '').length >= PASSWORD_MIN_LENGTH;",
                    "}",
                ]
            ],
            ["validatePassword", "TOKEN_TTL_SECONDS"],
        ),
        mod(
            False,
            ["safe-api"],
            [
                named(
                    "@aws-sdk/client-secrets-manager",
                    "SecretsManagerClient",
                    "GetSecretValueCommand",
                )
            ],
            ["const secrets = new SecretsManagerClient({ region: 'eu-west-1' });"],
            [
                [
                    "async function databasePassword(){:Promise<string | undefined>} {",
                    "  const result = await secrets.send(new GetSecretValueCommand({ SecretId: 'prod/db/password' }));",
                    "  return result.SecretString;",
                    "}",
                ]
            ],
            ["databasePassword"],
        ),
    ]
    return true_cases + false_cases


NONFLOW_BUILDERS = {
    "weakhash": weakhash_cases,
    "weakcipher": weakcipher_cases,
    "weakrand": weakrand_cases,
    "securecookie": securecookie_cases,
    "secrets": secrets_cases,
}
