# ruff: noqa: E501
# Java source templates are kept on long lines, so long lines are expected here.
"""Cases of the Java benchmark that are written one by one rather than combined.

Weak hash, weak cipher, weak randomness, cookie flags and hard-coded secrets have
no request data flow; their cases vary the API spelling (fully-qualified or
imported names, constants, helper classes, a properties file, library helpers)
and the strong/weak choice. XXE and deserialization vary the parser or decoder
and its configuration. "NNN" in a case is replaced by its number.
"""

from __future__ import annotations

import random
import string

from generate_cases import indent, shorten

PACKAGE = "org.securetag.bench"


def wrap(
    category: str,
    kind: str,
    body: list[str],
    fqn: bool,
    members: list[str] | None = None,
    spring_params: str = "",
    service_sig: str = "",
) -> str:
    """A case class around `body`: a servlet, a Spring controller or a service class."""
    cls = f"{category[0].upper()}{category[1:]}CaseNNN"
    imports: set[str] = set()
    body_text = "\n".join(body)
    if not fqn:
        body_text = shorten(body_text, imports)
    members_text = (
        shorten("\n".join(members or []), imports) if not fqn else "\n".join(members or [])
    )
    if kind == "servlet":
        head = [
            f'@javax.servlet.annotation.WebServlet(value = "/{category}/NNN")',
            f"public class {cls} extends javax.servlet.http.HttpServlet {{",
            "",
            "    private static final long serialVersionUID = 1L;",
        ]
        method = [
            "@Override",
            "protected void doPost(javax.servlet.http.HttpServletRequest request, javax.servlet.http.HttpServletResponse response) throws javax.servlet.ServletException, java.io.IOException {",
            "    try {",
            "        @@BODY@@",
            "    } catch (Exception e) {",
            "        throw new javax.servlet.ServletException(e);",
            "    }",
            "}",
        ]
    elif kind == "spring":
        head = [
            "@org.springframework.web.bind.annotation.RestController",
            f'@org.springframework.web.bind.annotation.RequestMapping("/{category}")',
            f"public class {cls} {{",
        ]
        method = [
            '@org.springframework.web.bind.annotation.PostMapping("/NNN")',
            f"public org.springframework.http.ResponseEntity<String> handle({spring_params}) throws Exception {{",
            "    @@BODY@@",
            "}",
        ]
    else:
        head = ["@org.springframework.stereotype.Service", f"public class {cls} {{"]
        method = [service_sig + " {", "    @@BODY@@", "}"]
    head_text = shorten("\n".join(head), imports)
    method_text = shorten("\n".join(method), imports)
    parts = [head_text]
    if members_text.strip():
        parts.append("\n".join(indent(members_text.split("\n"), 1)))
    parts.append("\n".join(indent(method_text.split("\n"), 1)))
    text = "\n\n".join(parts) + "\n}\n"
    out = []
    for line in text.split("\n"):
        if line.strip() == "@@BODY@@":
            pad = line[: len(line) - len(line.lstrip())]
            out += [pad + s if s else "" for s in body_text.split("\n")]
        else:
            out.append(line)
    import_lines = [f"import {name};" for name in sorted(imports)]
    return (
        f"package {PACKAGE}.{category};\n\n"
        + ("\n".join(import_lines) + "\n\n" if import_lines else "")
        + "\n".join(out)
    )


PROPS_LOAD = [
    "java.util.Properties props = new java.util.Properties();",
    'try (java.io.InputStream stream = getClass().getClassLoader().getResourceAsStream("crypto.properties")) {',
    "    props.load(stream);",
    "}",
]

# ----------------------------------------------------------------------------- weak hash
# Each algorithm spec turns `byte[] input` into `byte[] digest`: (vulnerable, tags, lines, members).

HASH_SPECS = [
    (
        True,
        ["direct"],
        [
            'java.security.MessageDigest md = java.security.MessageDigest.getInstance("MD5");',
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            'java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");',
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA1");',
            "md.update(input);",
            "byte[] digest = md.digest();",
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            'java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-512");',
            "md.update(input);",
            "byte[] digest = md.digest();",
        ],
        [],
    ),
    (
        True,
        ["direct"],
        ['byte[] digest = java.security.MessageDigest.getInstance("SHA-1").digest(input);'],
        [],
    ),
    (
        False,
        ["direct"],
        ['byte[] digest = java.security.MessageDigest.getInstance("SHA3-256").digest(input);'],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'java.security.MessageDigest md = java.security.MessageDigest.getInstance("MD2");',
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            'java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-384");',
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        True,
        ["field"],
        [
            "java.security.MessageDigest md = java.security.MessageDigest.getInstance(DIGEST_ALGORITHM);",
            "byte[] digest = md.digest(input);",
        ],
        ['private static final String DIGEST_ALGORITHM = "md5";'],
    ),
    (
        False,
        ["field"],
        [
            "java.security.MessageDigest md = java.security.MessageDigest.getInstance(DIGEST_ALGORITHM);",
            "byte[] digest = md.digest(input);",
        ],
        ['private static final String DIGEST_ALGORITHM = "SHA-256";'],
    ),
    (
        True,
        ["helper-other-module"],
        [
            "java.security.MessageDigest md = java.security.MessageDigest.getInstance(org.securetag.bench.helpers.CryptoSettings.DIGEST_V1);",
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        False,
        ["helper-other-module"],
        [
            "java.security.MessageDigest md = java.security.MessageDigest.getInstance(org.securetag.bench.helpers.CryptoSettings.DIGEST_V2);",
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        True,
        ["config-object"],
        [
            *PROPS_LOAD,
            'String algorithm = props.getProperty("hashAlg1", "SHA512");',
            "java.security.MessageDigest md = java.security.MessageDigest.getInstance(algorithm);",
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        False,
        ["config-object"],
        [
            *PROPS_LOAD,
            'String algorithm = props.getProperty("hashAlg2", "SHA512");',
            "java.security.MessageDigest md = java.security.MessageDigest.getInstance(algorithm);",
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        True,
        ["weak-api"],
        ["byte[] digest = org.apache.commons.codec.digest.DigestUtils.md5(input);"],
        [],
    ),
    (
        False,
        ["strong-api"],
        ["byte[] digest = org.apache.commons.codec.digest.DigestUtils.sha256(input);"],
        [],
    ),
    (
        True,
        ["weak-api"],
        [
            "byte[] digest = org.apache.commons.codec.digest.DigestUtils.getSha1Digest().digest(input);"
        ],
        [],
    ),
    (
        False,
        ["strong-api"],
        [
            "byte[] digest = org.apache.commons.codec.digest.DigestUtils.getSha512Digest().digest(input);"
        ],
        [],
    ),
    (
        True,
        ["weak-api"],
        ["byte[] digest = com.google.common.hash.Hashing.md5().hashBytes(input).asBytes();"],
        [],
    ),
    (
        False,
        ["strong-api"],
        ["byte[] digest = com.google.common.hash.Hashing.sha256().hashBytes(input).asBytes();"],
        [],
    ),
    (
        True,
        ["weak-api"],
        ["byte[] digest = org.springframework.util.DigestUtils.md5Digest(input);"],
        [],
    ),
    (
        False,
        ["strong-api"],
        ['byte[] digest = java.security.MessageDigest.getInstance("SHA-512/256").digest(input);'],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-1", "SUN");',
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            'java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256", "SUN");',
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        True,
        ["constant-branch"],
        [
            "boolean legacyFormat = true;",
            'String algorithm = legacyFormat ? "MD5" : "SHA-256";',
            "byte[] digest = java.security.MessageDigest.getInstance(algorithm).digest(input);",
        ],
        [],
    ),
    (
        False,
        ["constant-branch"],
        [
            "boolean legacyFormat = false;",
            'String algorithm = legacyFormat ? "MD5" : "SHA-256";',
            "byte[] digest = java.security.MessageDigest.getInstance(algorithm).digest(input);",
        ],
        [],
    ),
    (
        True,
        ["config-object"],
        [
            "java.util.Properties settings = new java.util.Properties();",
            'settings.setProperty("digest", "SHA");',
            'byte[] digest = java.security.MessageDigest.getInstance(settings.getProperty("digest")).digest(input);',
        ],
        [],
    ),
    (
        False,
        ["config-object", "constant-overwrite"],
        [
            "java.util.Properties settings = new java.util.Properties();",
            'settings.setProperty("digest", "MD5");',
            'settings.setProperty("digest", "SHA-512");',
            'byte[] digest = java.security.MessageDigest.getInstance(settings.getProperty("digest")).digest(input);',
        ],
        [],
    ),
    (
        True,
        ["collection-map"],
        [
            'java.util.Map<String, String> algorithms = java.util.Map.of("v1", "MD5", "v2", "SHA-256");',
            'byte[] digest = java.security.MessageDigest.getInstance(algorithms.get("v1")).digest(input);',
        ],
        [],
    ),
    (
        False,
        ["collection-map"],
        [
            'java.util.Map<String, String> algorithms = java.util.Map.of("v1", "MD5", "v2", "SHA-256");',
            'byte[] digest = java.security.MessageDigest.getInstance(algorithms.get("v2")).digest(input);',
        ],
        [],
    ),
    (
        True,
        ["weak-api"],
        [
            "java.security.MessageDigest md = java.security.MessageDigest.getInstance(org.apache.commons.codec.digest.MessageDigestAlgorithms.MD5);",
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        False,
        ["strong-api"],
        [
            "java.security.MessageDigest md = java.security.MessageDigest.getInstance(org.apache.commons.codec.digest.MessageDigestAlgorithms.SHA3_512);",
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        True,
        ["string-concat"],
        [
            'String family = "SHA";',
            'byte[] digest = java.security.MessageDigest.getInstance(family + "-1").digest(input);',
        ],
        [],
    ),
    (
        False,
        ["constant-overwrite"],
        [
            'String algorithm = "MD5";',
            'algorithm = "SHA-256";',
            "byte[] digest = java.security.MessageDigest.getInstance(algorithm).digest(input);",
        ],
        [],
    ),
    (
        True,
        ["helper-same-file"],
        ["byte[] digest = digestOf(input);"],
        [
            "private static byte[] digestOf(byte[] data) throws java.security.NoSuchAlgorithmException {",
            '    return java.security.MessageDigest.getInstance("MD5").digest(data);',
            "}",
        ],
    ),
    (
        False,
        ["helper-same-file"],
        ["byte[] digest = digestOf(input);"],
        [
            "private static byte[] digestOf(byte[] data) throws java.security.NoSuchAlgorithmException {",
            '    return java.security.MessageDigest.getInstance("SHA-256").digest(data);',
            "}",
        ],
    ),
    (
        True,
        ["direct"],
        [
            'java.security.MessageDigest md = java.security.MessageDigest.getInstance("MD4");',
            "byte[] digest = md.digest(input);",
        ],
        [],
    ),
    (
        False,
        ["strong-api"],
        [
            'javax.crypto.SecretKeyFactory factory = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");',
            'byte[] salt = "static-pepper-v2".getBytes(java.nio.charset.StandardCharsets.UTF_8);',
            "byte[] digest = factory.generateSecret(new javax.crypto.spec.PBEKeySpec(new String(input, java.nio.charset.StandardCharsets.UTF_8).toCharArray(), salt, 210000, 256)).getEncoded();",
        ],
        [],
    ),
    (
        True,
        ["weak-api"],
        ["byte[] digest = org.apache.commons.codec.digest.DigestUtils.sha1(input);"],
        [],
    ),
    (
        False,
        ["unrelated-variable"],
        [
            'String legacyAlgorithm = "MD5";',
            'java.util.logging.Logger.getLogger("crypto").fine("migrating from " + legacyAlgorithm);',
            'byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(input);',
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA");',
            "sha.update(input);",
            "byte[] digest = sha.digest();",
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            'java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA3-512");',
            "sha.update(input);",
            "byte[] digest = sha.digest();",
        ],
        [],
    ),
    (
        True,
        ["weak-api"],
        ["byte[] digest = com.google.common.hash.Hashing.sha1().hashBytes(input).asBytes();"],
        [],
    ),
    (
        False,
        ["strong-api"],
        ["byte[] digest = com.google.common.hash.Hashing.sha512().hashBytes(input).asBytes();"],
        [],
    ),
]

HASH_CONTEXTS = [
    (
        "servlet",
        "",
        "",
        [
            'String password = request.getParameter("password");',
            "byte[] input = password.getBytes(java.nio.charset.StandardCharsets.UTF_8);",
        ],
        [
            'request.setAttribute("passwordHash", java.util.Base64.getEncoder().encodeToString(digest));'
        ],
    ),
    (
        "spring",
        "@org.springframework.web.bind.annotation.RequestBody org.securetag.bench.helpers.SubmissionForm form",
        "",
        ["byte[] input = form.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);"],
        [
            "return org.springframework.http.ResponseEntity.ok(java.util.HexFormat.of().formatHex(digest));"
        ],
    ),
    (
        "service",
        "",
        "public String apiKeyFingerprint(String apiKey) throws java.security.GeneralSecurityException, java.io.IOException",
        ["byte[] input = apiKey.getBytes(java.nio.charset.StandardCharsets.UTF_8);"],
        ["return java.util.HexFormat.of().formatHex(digest);"],
    ),
    (
        "service",
        "",
        "public byte[] hashPassword(char[] password, byte[] salt) throws java.security.GeneralSecurityException, java.io.IOException",
        [
            "byte[] secret = new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8);",
            "byte[] input = new byte[salt.length + secret.length];",
            "System.arraycopy(salt, 0, input, 0, salt.length);",
            "System.arraycopy(secret, 0, input, salt.length, secret.length);",
        ],
        ["return digest;"],
    ),
    (
        "servlet",
        "",
        "",
        [
            'String token = request.getHeader("X-Reset-Token");',
            "byte[] input = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);",
        ],
        [
            "response.getWriter().print(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest).length());"
        ],
    ),
]


def weakhash() -> list[tuple[str, bool, list[str], str]]:
    out = []
    for index, (vulnerable, tags, lines, members) in enumerate(HASH_SPECS):
        kind, params, sig, before, after = HASH_CONTEXTS[(index // 2 + index) % len(HASH_CONTEXTS)]
        fqn = (index // 2) % 2 == 0
        text = wrap("weakhash", kind, [*before, *lines, *after], fqn, members, params, sig)
        out.append(("weakhash", vulnerable, [*tags, "fqn-name" if fqn else "imported-name"], text))
    return out


# ----------------------------------------------------------------------------- weak cipher
# Each spec turns `byte[] plain` into `byte[] sealed`.

AES_KEY = [
    'javax.crypto.KeyGenerator keyGen = javax.crypto.KeyGenerator.getInstance("AES");',
    "keyGen.init(256);",
    "javax.crypto.SecretKey key = keyGen.generateKey();",
]
DES_KEY = [
    'javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("DES").generateKey();'
]
IV12 = ["byte[] iv = new byte[12];", "new java.security.SecureRandom().nextBytes(iv);"]
IV16 = ["byte[] iv = new byte[16];", "new java.security.SecureRandom().nextBytes(iv);"]
GCM_INIT = "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.GCMParameterSpec(128, iv));"
FINAL = "byte[] sealed = cipher.doFinal(plain);"

CIPHER_SPECS = [
    (
        True,
        ["direct"],
        [
            *DES_KEY,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("DES/ECB/PKCS5Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            *AES_KEY,
            *IV12,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");',
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            *AES_KEY,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/ECB/PKCS5Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            *AES_KEY,
            *IV16,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/CBC/PKCS5Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.IvParameterSpec(iv));",
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            *AES_KEY,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            'javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("ChaCha20").generateKey();',
            *IV12,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("ChaCha20-Poly1305");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.IvParameterSpec(iv));",
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("DESede").generateKey();',
            "byte[] iv = new byte[8];",
            "new java.security.SecureRandom().nextBytes(iv);",
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("DESede/CBC/PKCS5Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.IvParameterSpec(iv));",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["strong-api"],
        [
            'java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");',
            "generator.initialize(3072);",
            "java.security.KeyPair pair = generator.generateKeyPair();",
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, pair.getPublic());",
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("RC4").generateKey();',
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("RC4");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["helper-other-module"],
        [
            *AES_KEY,
            *IV12,
            "javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(org.securetag.bench.helpers.CryptoSettings.CIPHER_V2);",
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["helper-other-module"],
        [
            *DES_KEY,
            "javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(org.securetag.bench.helpers.CryptoSettings.CIPHER_V1);",
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["config-object"],
        [
            *PROPS_LOAD,
            'String transformation = props.getProperty("cryptoAlg2", "AES/GCM/NoPadding");',
            *AES_KEY,
            *IV12,
            "javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(transformation);",
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["config-object"],
        [
            *PROPS_LOAD,
            'String transformation = props.getProperty("cryptoAlg1", "AES/GCM/NoPadding");',
            *DES_KEY,
            "javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(transformation);",
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["field"],
        [
            *AES_KEY,
            *IV12,
            "javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(TRANSFORMATION);",
            GCM_INIT,
            FINAL,
        ],
        ['private static final String TRANSFORMATION = "AES/GCM/NoPadding";'],
    ),
    (
        True,
        ["field"],
        [
            *AES_KEY,
            "javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(TRANSFORMATION);",
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        ['private static final String TRANSFORMATION = "AES/ECB/NoPadding";'],
    ),
    (
        False,
        ["direct"],
        [
            *AES_KEY,
            *IV16,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/CTR/NoPadding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.IvParameterSpec(iv));",
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("Blowfish").generateKey();',
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("Blowfish/ECB/PKCS5Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["constant-branch"],
        [
            "boolean legacyClients = false;",
            'String transformation = legacyClients ? "DES/ECB/PKCS5Padding" : "AES/GCM/NoPadding";',
            *AES_KEY,
            *IV12,
            "javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(transformation);",
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["constant-branch"],
        [
            "boolean legacyClients = true;",
            'String transformation = legacyClients ? "DES/ECB/PKCS5Padding" : "AES/GCM/NoPadding";',
            *DES_KEY,
            "javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(transformation);",
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["constant-overwrite"],
        [
            'String transformation = "DES/ECB/PKCS5Padding";',
            'transformation = "AES/GCM/NoPadding";',
            *AES_KEY,
            *IV12,
            "javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(transformation);",
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'byte[] keyBytes = java.util.Arrays.copyOf(java.util.HexFormat.of().parseHex(System.getenv("LEGACY_KEY_HEX")), 8);',
            'javax.crypto.spec.SecretKeySpec key = new javax.crypto.spec.SecretKeySpec(keyBytes, "DES");',
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("DES");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            'byte[] keyBytes = java.util.HexFormat.of().parseHex(System.getenv("DATA_KEY_HEX"));',
            'javax.crypto.spec.SecretKeySpec key = new javax.crypto.spec.SecretKeySpec(keyBytes, "AES");',
            *IV12,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");',
            GCM_INIT,
            'cipher.updateAAD("v2".getBytes(java.nio.charset.StandardCharsets.UTF_8));',
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            *AES_KEY,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("aes/ecb/pkcs5padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["strong-api"],
        [
            'String password = System.getenv("EXPORT_PASSPHRASE");',
            "String salt = org.springframework.security.crypto.keygen.KeyGenerators.string().generateKey();",
            "org.springframework.security.crypto.encrypt.BytesEncryptor encryptor = org.springframework.security.crypto.encrypt.Encryptors.stronger(password, salt);",
            "byte[] sealed = encryptor.encrypt(plain);",
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("RC2").generateKey();',
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("RC2/ECB/PKCS5Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            *AES_KEY,
            *IV12,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding", "SunJCE");',
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            *AES_KEY,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/ECB/PKCS5Padding", "SunJCE");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["collection-map"],
        [
            'java.util.Map<String, String> transformations = java.util.Map.of("v1", "DESede/ECB/PKCS5Padding", "v2", "AES/GCM/NoPadding");',
            *AES_KEY,
            *IV12,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(transformations.get("v2"));',
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["collection-map"],
        [
            'java.util.Map<String, String> transformations = java.util.Map.of("v1", "DESede/ECB/PKCS5Padding", "v2", "AES/GCM/NoPadding");',
            'javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("DESede").generateKey();',
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(transformations.get("v1"));',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["unrelated-variable"],
        [
            'String retired = "DES/ECB/PKCS5Padding";',
            'java.util.logging.Logger.getLogger("crypto").fine("retired transformation " + retired);',
            *AES_KEY,
            *IV12,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");',
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["helper-same-file"],
        [
            *AES_KEY,
            "javax.crypto.Cipher cipher = newCipher();",
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [
            "private static javax.crypto.Cipher newCipher() throws java.security.GeneralSecurityException {",
            '    return javax.crypto.Cipher.getInstance("AES/ECB/PKCS5Padding");',
            "}",
        ],
    ),
    (
        False,
        ["helper-same-file"],
        [
            *AES_KEY,
            *IV16,
            "javax.crypto.Cipher cipher = newCipher();",
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.IvParameterSpec(iv));",
            FINAL,
        ],
        [
            "private static javax.crypto.Cipher newCipher() throws java.security.GeneralSecurityException {",
            '    return javax.crypto.Cipher.getInstance("AES/CBC/PKCS5Padding");',
            "}",
        ],
    ),
    (
        True,
        ["direct"],
        [
            'javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("DESede").generateKey();',
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("DESede/ECB/PKCS5Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            *AES_KEY,
            *IV12,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES_256/GCM/NoPadding");',
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["string-concat"],
        [
            'String mode = "ECB";',
            *AES_KEY,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/" + mode + "/PKCS5Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["string-concat"],
        [
            'String mode = "GCM";',
            *AES_KEY,
            *IV12,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/" + mode + "/NoPadding");',
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("ARCFOUR").generateKey();',
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("ARCFOUR");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            'javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("AES").generateKey();',
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AESWrap");',
            "cipher.init(javax.crypto.Cipher.WRAP_MODE, key);",
            'byte[] sealed = cipher.wrap(new javax.crypto.spec.SecretKeySpec(java.util.Arrays.copyOf(plain, 32), "AES"));',
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            *DES_KEY,
            "byte[] iv = new byte[8];",
            "new java.security.SecureRandom().nextBytes(iv);",
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("DES/CBC/PKCS5Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.IvParameterSpec(iv));",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            *AES_KEY,
            *IV16,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/CBC/PKCS5Padding");',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.IvParameterSpec(iv));",
            FINAL,
            'javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");',
            "mac.init(key);",
            "byte[] tag = mac.doFinal(sealed);",
        ],
        [],
    ),
    (
        True,
        ["config-object"],
        [
            "java.util.Properties settings = new java.util.Properties();",
            'settings.setProperty("cipher", "DES/ECB/PKCS5Padding");',
            *DES_KEY,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(settings.getProperty("cipher"));',
            "cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);",
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["config-object"],
        [
            "java.util.Properties settings = new java.util.Properties();",
            'settings.setProperty("cipher", "AES/GCM/NoPadding");',
            *AES_KEY,
            *IV12,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(settings.getProperty("cipher"));',
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
    (
        True,
        ["direct"],
        [
            'javax.crypto.SecretKeyFactory factory = javax.crypto.SecretKeyFactory.getInstance("PBEWithMD5AndDES");',
            'javax.crypto.SecretKey key = factory.generateSecret(new javax.crypto.spec.PBEKeySpec(System.getenv("EXPORT_PASSPHRASE").toCharArray()));',
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("PBEWithMD5AndDES");',
            'cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.PBEParameterSpec("8bytesal".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1000));',
            FINAL,
        ],
        [],
    ),
    (
        False,
        ["direct"],
        [
            'javax.crypto.SecretKeyFactory factory = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");',
            "byte[] salt = new byte[16];",
            "new java.security.SecureRandom().nextBytes(salt);",
            'byte[] derived = factory.generateSecret(new javax.crypto.spec.PBEKeySpec(System.getenv("EXPORT_PASSPHRASE").toCharArray(), salt, 210000, 256)).getEncoded();',
            'javax.crypto.spec.SecretKeySpec key = new javax.crypto.spec.SecretKeySpec(derived, "AES");',
            *IV12,
            'javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");',
            GCM_INIT,
            FINAL,
        ],
        [],
    ),
]

CIPHER_CONTEXTS = [
    (
        "servlet",
        "",
        "",
        [
            'String note = request.getParameter("note");',
            "byte[] plain = note.getBytes(java.nio.charset.StandardCharsets.UTF_8);",
        ],
        [
            'request.setAttribute("sealedNote", java.util.Base64.getEncoder().encodeToString(sealed));'
        ],
    ),
    (
        "service",
        "",
        "public byte[] encryptCardNumber(String cardNumber) throws java.security.GeneralSecurityException, java.io.IOException",
        ["byte[] plain = cardNumber.getBytes(java.nio.charset.StandardCharsets.US_ASCII);"],
        ["return sealed;"],
    ),
    (
        "spring",
        "@org.springframework.web.bind.annotation.RequestBody byte[] plain",
        "",
        [],
        [
            "return org.springframework.http.ResponseEntity.ok(java.util.Base64.getEncoder().encodeToString(sealed));"
        ],
    ),
    (
        "service",
        "",
        "public String sealBackup(java.nio.file.Path file) throws java.security.GeneralSecurityException, java.io.IOException",
        ["byte[] plain = java.nio.file.Files.readAllBytes(file);"],
        ["return java.util.Base64.getEncoder().encodeToString(sealed);"],
    ),
]


def weakcipher() -> list[tuple[str, bool, list[str], str]]:
    out = []
    for index, (vulnerable, tags, lines, members) in enumerate(CIPHER_SPECS):
        kind, params, sig, before, after = CIPHER_CONTEXTS[
            (index // 2 + index) % len(CIPHER_CONTEXTS)
        ]
        fqn = (index // 2) % 2 == 1
        text = wrap("weakcipher", kind, [*before, *lines, *after], fqn, members, params, sig)
        out.append(
            ("weakcipher", vulnerable, [*tags, "fqn-name" if fqn else "imported-name"], text)
        )
    return out


# ----------------------------------------------------------------------------- weak randomness
# (vulnerable, tags, kind, spring params or service signature, body, members)

RAND_SPECS = [
    (
        True,
        ["weak-api", "token"],
        "servlet",
        "",
        [
            "java.util.Random random = new java.util.Random();",
            'String resetCode = String.format("%06d", random.nextInt(1000000));',
            'request.getSession().setAttribute("resetCode", resetCode);',
        ],
        [],
    ),
    (
        False,
        ["strong-api", "token"],
        "servlet",
        "",
        [
            "java.security.SecureRandom random = new java.security.SecureRandom();",
            'String resetCode = String.format("%06d", random.nextInt(1000000));',
            'request.getSession().setAttribute("resetCode", resetCode);',
        ],
        [],
    ),
    (
        True,
        ["weak-api", "session-id"],
        "service",
        "public String newSessionId()",
        ["double seed = Math.random();", "return Long.toHexString(Double.doubleToLongBits(seed));"],
        [],
    ),
    (
        False,
        ["strong-api", "session-id"],
        "service",
        "public String newSessionId()",
        ["return java.util.UUID.randomUUID().toString();"],
        [],
    ),
    (
        True,
        ["weak-api", "key"],
        "service",
        "public String issueApiKey(String owner)",
        [
            "long high = java.util.concurrent.ThreadLocalRandom.current().nextLong();",
            "long low = java.util.concurrent.ThreadLocalRandom.current().nextLong();",
            'return owner + "_" + Long.toHexString(high) + Long.toHexString(low);',
        ],
        [],
    ),
    (
        False,
        ["strong-api", "key"],
        "service",
        "public String issueApiKey(String owner)",
        [
            "byte[] bytes = new byte[24];",
            "java.security.SecureRandom.getInstanceStrong().nextBytes(bytes);",
            'return owner + "_" + java.util.HexFormat.of().formatHex(bytes);',
        ],
        [],
    ),
    (
        True,
        ["weak-api", "token", "field"],
        "service",
        "public String invitationCode()",
        [
            "byte[] bytes = new byte[16];",
            "RNG.nextBytes(bytes);",
            "return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);",
        ],
        ["private static final java.util.Random RNG = new java.util.Random();"],
    ),
    (
        False,
        ["strong-api", "token", "field"],
        "service",
        "public String invitationCode()",
        [
            "byte[] bytes = new byte[16];",
            "RNG.nextBytes(bytes);",
            "return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);",
        ],
        ["private static final java.security.SecureRandom RNG = new java.security.SecureRandom();"],
    ),
    (
        True,
        ["weak-api", "password"],
        "service",
        "public String temporaryPassword()",
        ["return org.apache.commons.lang3.RandomStringUtils.randomAlphanumeric(16);"],
        [],
    ),
    (
        False,
        ["strong-api", "password"],
        "service",
        "public String temporaryPassword()",
        [
            "return org.apache.commons.lang3.RandomStringUtils.random(16, 0, 0, true, true, null, new java.security.SecureRandom());"
        ],
        [],
    ),
    (
        True,
        ["weak-api", "nonce"],
        "servlet",
        "",
        [
            "java.util.Random random = new java.util.Random(System.currentTimeMillis());",
            "String nonce = Long.toString(random.nextLong(), 36);",
            'response.setHeader("Content-Security-Policy", "script-src \'nonce-" + nonce + "\'");',
            'request.setAttribute("cspNonce", nonce);',
        ],
        [],
    ),
    (
        False,
        ["strong-api", "nonce"],
        "servlet",
        "",
        [
            "byte[] bytes = new byte[16];",
            "new java.security.SecureRandom().nextBytes(bytes);",
            "String nonce = java.util.Base64.getEncoder().encodeToString(bytes);",
            'response.setHeader("Content-Security-Policy", "script-src \'nonce-" + nonce + "\'");',
            'request.setAttribute("cspNonce", nonce);',
        ],
        [],
    ),
    (
        True,
        ["weak-api", "token"],
        "service",
        "public String csrfToken()",
        [
            "java.util.SplittableRandom random = new java.util.SplittableRandom();",
            "return Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());",
        ],
        [],
    ),
    (
        False,
        ["non-security-use"],
        "service",
        "public java.util.List<String> shufflePlaylist(java.util.List<String> tracks)",
        [
            "java.util.List<String> order = new java.util.ArrayList<String>(tracks);",
            "java.util.Collections.shuffle(order, new java.util.Random());",
            "return order;",
        ],
        [],
    ),
    (
        True,
        ["weak-api", "session-id"],
        "servlet",
        "",
        [
            "int value = new java.util.Random().nextInt();",
            "String id = Integer.toHexString(value);",
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("SESSION", id);',
            "cookie.setSecure(true);",
            "cookie.setHttpOnly(true);",
            "response.addCookie(cookie);",
        ],
        [],
    ),
    (
        False,
        ["non-security-use"],
        "service",
        "public void retryWithBackoff(Runnable call, int attempts) throws InterruptedException",
        [
            "for (int attempt = 0; attempt < attempts; attempt++) {",
            "    try {",
            "        call.run();",
            "        return;",
            "    } catch (RuntimeException e) {",
            "        long jitter = (long) (Math.random() * 250);",
            "        Thread.sleep((1L << attempt) * 100 + jitter);",
            "    }",
            "}",
        ],
        [],
    ),
    (
        True,
        ["weak-api", "token"],
        "service",
        "public int oneTimeCode()",
        ["return (int) (Math.random() * 900000) + 100000;"],
        [],
    ),
    (
        False,
        ["non-security-use"],
        "service",
        "public boolean sampleForTracing()",
        ["return java.util.concurrent.ThreadLocalRandom.current().nextDouble() < 0.05;"],
        [],
    ),
    (
        True,
        ["weak-api", "password"],
        "service",
        "public String generatePassword(int length)",
        [
            'String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";',
            "java.util.Random random = new java.util.Random();",
            "StringBuilder password = new StringBuilder(length);",
            "for (int i = 0; i < length; i++) {",
            "    password.append(alphabet.charAt(random.nextInt(alphabet.length())));",
            "}",
            "return password.toString();",
        ],
        [],
    ),
    (
        False,
        ["strong-api", "password"],
        "service",
        "public String generatePassword(int length)",
        [
            'String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";',
            "java.security.SecureRandom random = new java.security.SecureRandom();",
            "StringBuilder password = new StringBuilder(length);",
            "for (int i = 0; i < length; i++) {",
            "    password.append(alphabet.charAt(random.nextInt(alphabet.length())));",
            "}",
            "return password.toString();",
        ],
        [],
    ),
    (
        True,
        ["weak-api", "key"],
        "service",
        "public byte[] newDataKey()",
        [
            "byte[] key = new byte[32];",
            "java.util.concurrent.ThreadLocalRandom.current().nextBytes(key);",
            "return key;",
        ],
        [],
    ),
    (
        False,
        ["strong-api", "key"],
        "service",
        "public javax.crypto.SecretKey newDataKey() throws java.security.NoSuchAlgorithmException",
        [
            'javax.crypto.KeyGenerator generator = javax.crypto.KeyGenerator.getInstance("AES");',
            "generator.init(256, new java.security.SecureRandom());",
            "return generator.generateKey();",
        ],
        [],
    ),
    (
        True,
        ["weak-api", "salt"],
        "service",
        "public byte[] newSalt()",
        ["byte[] salt = new byte[16];", "new java.util.Random().nextBytes(salt);", "return salt;"],
        [],
    ),
    (
        False,
        ["non-security-use"],
        "service",
        "public String tipOfTheDay(java.util.List<String> tips)",
        [
            "java.util.Random random = new java.util.Random();",
            "return tips.get(random.nextInt(tips.size()));",
        ],
        [],
    ),
    (
        True,
        ["weak-api", "token"],
        "spring",
        '@org.springframework.web.bind.annotation.RequestParam("email") String email',
        [
            "String verification = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40));",
            "org.securetag.bench.helpers.AppConfig pending = new org.securetag.bench.helpers.AppConfig();",
            "pending.set(email, verification);",
            'return org.springframework.http.ResponseEntity.ok("verification sent");',
        ],
        [],
    ),
    (
        False,
        ["strong-api", "token"],
        "spring",
        '@org.springframework.web.bind.annotation.RequestParam("email") String email',
        [
            "byte[] bytes = new byte[20];",
            'java.security.SecureRandom.getInstance("SHA1PRNG").nextBytes(bytes);',
            "String verification = java.util.HexFormat.of().formatHex(bytes);",
            "org.securetag.bench.helpers.AppConfig pending = new org.securetag.bench.helpers.AppConfig();",
            "pending.set(email, verification);",
            'return org.springframework.http.ResponseEntity.ok("verification sent");',
        ],
        [],
    ),
    (
        True,
        ["weak-api", "token"],
        "spring",
        "",
        [
            "java.util.Random random = new java.util.Random();",
            "String state = random.ints(24, 0, 36).mapToObj(i -> Integer.toString(i, 36)).collect(java.util.stream.Collectors.joining());",
            'return org.springframework.http.ResponseEntity.status(302).header("Location", "https://sso.example.com/authorize?state=" + state).build();',
        ],
        [],
    ),
    (
        False,
        ["non-security-use"],
        "spring",
        "",
        [
            'java.util.List<String> backends = java.util.List.of("https://a.internal", "https://b.internal", "https://c.internal");',
            "String chosen = backends.get(new java.util.Random().nextInt(backends.size()));",
            "return org.springframework.http.ResponseEntity.ok(chosen);",
        ],
        [],
    ),
    (
        True,
        ["weak-api", "token", "helper-same-file"],
        "servlet",
        "",
        [
            "String ticket = nextTicket();",
            'request.getSession().setAttribute("downloadTicket", ticket);',
        ],
        [
            "private final java.util.Random generator = new java.util.Random();",
            "",
            "private String nextTicket() {",
            "    return Long.toString(Math.abs(generator.nextLong()), 36);",
            "}",
        ],
    ),
    (
        False,
        ["strong-api", "token", "helper-same-file"],
        "servlet",
        "",
        [
            "String ticket = nextTicket();",
            'request.getSession().setAttribute("downloadTicket", ticket);',
        ],
        [
            "private final java.security.SecureRandom generator = new java.security.SecureRandom();",
            "",
            "private String nextTicket() {",
            "    return Long.toString(Math.abs(generator.nextLong()), 36);",
            "}",
        ],
    ),
    (
        True,
        ["weak-api", "key"],
        "service",
        "public String newWebhookSecret()",
        [
            "byte[] secret = org.apache.commons.lang3.RandomUtils.nextBytes(32);",
            "return java.util.Base64.getEncoder().encodeToString(secret);",
        ],
        [],
    ),
    (
        False,
        ["non-security-use"],
        "service",
        "public int[] syntheticChart(int points)",
        [
            "java.util.Random random = new java.util.Random(42);",
            "int[] values = new int[points];",
            "for (int i = 0; i < points; i++) {",
            "    values[i] = 50 + random.nextInt(25);",
            "}",
            "return values;",
        ],
        [],
    ),
    (
        True,
        ["weak-api", "session-id"],
        "service",
        "public String sessionKey(String userId)",
        ["java.util.Random r = new java.util.Random();", 'return userId + ":" + r.nextLong();'],
        [],
    ),
    (
        False,
        ["strong-api", "session-id"],
        "service",
        "public String sessionKey(String userId)",
        [
            "java.security.SecureRandom r = new java.security.SecureRandom();",
            'return userId + ":" + r.nextLong();',
        ],
        [],
    ),
    (
        True,
        ["weak-api", "token"],
        "servlet",
        "",
        [
            "String code = Integer.toString(new java.util.Random().nextInt(90000000) + 10000000);",
            'request.getSession().setAttribute("mfaCode", code);',
            'response.getWriter().print("code sent");',
        ],
        [],
    ),
    (
        False,
        ["non-security-use"],
        "servlet",
        "",
        [
            'String[] colors = {"#e57373", "#64b5f6", "#81c784", "#ffb74d"};',
            "String avatarColor = colors[(int) (Math.random() * colors.length)];",
            'request.setAttribute("avatarColor", avatarColor);',
        ],
        [],
    ),
    (
        True,
        ["weak-api", "password"],
        "service",
        "public char[] recoveryPassphrase()",
        [
            "java.util.Random random = java.util.concurrent.ThreadLocalRandom.current();",
            "char[] phrase = new char[20];",
            "for (int i = 0; i < phrase.length; i++) {",
            "    phrase[i] = (char) ('a' + random.nextInt(26));",
            "}",
            "return phrase;",
        ],
        [],
    ),
    (
        False,
        ["strong-api", "password"],
        "service",
        "public char[] recoveryPassphrase()",
        [
            "java.util.Random random = new java.security.SecureRandom();",
            "char[] phrase = new char[20];",
            "for (int i = 0; i < phrase.length; i++) {",
            "    phrase[i] = (char) ('a' + random.nextInt(26));",
            "}",
            "return phrase;",
        ],
        [],
    ),
    (
        True,
        ["weak-api", "nonce"],
        "service",
        "public byte[] gcmNonce()",
        ["byte[] iv = new byte[12];", "new java.util.Random().nextBytes(iv);", "return iv;"],
        [],
    ),
    (
        False,
        ["strong-api", "nonce"],
        "service",
        "public byte[] gcmNonce()",
        [
            "byte[] iv = new byte[12];",
            "java.security.SecureRandom.getInstanceStrong().nextBytes(iv);",
            "return iv;",
        ],
        [],
    ),
    (
        True,
        ["weak-api", "token"],
        "service",
        "public String unsubscribeLink(String email)",
        [
            'return "https://mail.example.com/unsubscribe?u=" + email + "&t=" + (long) (Math.random() * Long.MAX_VALUE);'
        ],
        [],
    ),
    (
        False,
        ["non-security-use"],
        "service",
        "public java.util.List<Integer> abTestBuckets(int users)",
        [
            "java.util.SplittableRandom random = new java.util.SplittableRandom();",
            "java.util.List<Integer> buckets = new java.util.ArrayList<Integer>();",
            "for (int i = 0; i < users; i++) {",
            "    buckets.add(random.nextInt(2));",
            "}",
            "return buckets;",
        ],
        [],
    ),
    (
        True,
        ["weak-api", "token", "helper-other-module"],
        "service",
        "public String shareLinkToken(org.securetag.bench.helpers.AppConfig config)",
        [
            "String token = java.util.UUID.nameUUIDFromBytes(Long.toString(new java.util.Random().nextLong()).getBytes()).toString();",
            'config.set("share", token);',
            "return token;",
        ],
        [],
    ),
    (
        False,
        ["strong-api", "token", "helper-other-module"],
        "service",
        "public String shareLinkToken(org.securetag.bench.helpers.AppConfig config)",
        [
            "String token = java.util.UUID.randomUUID().toString();",
            'config.set("share", token);',
            "return token;",
        ],
        [],
    ),
]


def weakrand() -> list[tuple[str, bool, list[str], str]]:
    out = []
    for index, (vulnerable, tags, kind, sig, body, members) in enumerate(RAND_SPECS):
        fqn = (index // 2) % 2 == 0
        params = sig if kind == "spring" else ""
        service_sig = sig if kind == "service" else ""
        if kind == "spring" and not any(line.startswith("return") for line in body):
            body = [*body, 'return org.springframework.http.ResponseEntity.ok("ok");']
        text = wrap("weakrand", kind, body, fqn, members, params, service_sig)
        out.append(("weakrand", vulnerable, [*tags, "fqn-name" if fqn else "imported-name"], text))
    return out


# ----------------------------------------------------------------------------- cookie flags

TOKEN = "String token = java.util.UUID.randomUUID().toString();"
SPRING_SET = (
    "response.addHeader(org.springframework.http.HttpHeaders.SET_COOKIE, cookie.toString());"
)

COOKIE_SPECS = [
    (
        True,
        ["direct"],
        "servlet",
        [
            TOKEN,
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("SESSIONID", token);',
            "cookie.setSecure(false);",
            "cookie.setHttpOnly(true);",
            'cookie.setPath("/");',
            "response.addCookie(cookie);",
        ],
    ),
    (
        False,
        ["direct"],
        "servlet",
        [
            TOKEN,
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("SESSIONID", token);',
            "cookie.setSecure(true);",
            "cookie.setHttpOnly(true);",
            'cookie.setPath("/");',
            "response.addCookie(cookie);",
        ],
    ),
    (
        True,
        ["missing-flag"],
        "servlet",
        [
            TOKEN,
            'javax.servlet.http.Cookie rememberMe = new javax.servlet.http.Cookie("remember-me", token);',
            "rememberMe.setHttpOnly(true);",
            "rememberMe.setMaxAge(60 * 60 * 24 * 30);",
            "response.addCookie(rememberMe);",
        ],
    ),
    (
        False,
        ["direct"],
        "servlet",
        [
            TOKEN,
            'javax.servlet.http.Cookie rememberMe = new javax.servlet.http.Cookie("remember-me", token);',
            "rememberMe.setHttpOnly(true);",
            "rememberMe.setSecure(true);",
            "rememberMe.setMaxAge(60 * 60 * 24 * 30);",
            "response.addCookie(rememberMe);",
        ],
    ),
    (
        True,
        ["framework-object"],
        "spring",
        [
            TOKEN,
            'org.springframework.http.ResponseCookie cookie = org.springframework.http.ResponseCookie.from("session", token).secure(false).httpOnly(true).path("/").build();',
            SPRING_SET,
        ],
    ),
    (
        False,
        ["framework-object"],
        "spring",
        [
            TOKEN,
            'org.springframework.http.ResponseCookie cookie = org.springframework.http.ResponseCookie.from("session", token).secure(true).httpOnly(true).sameSite("Strict").path("/").build();',
            SPRING_SET,
        ],
    ),
    (
        True,
        ["header"],
        "servlet",
        [TOKEN, 'response.setHeader("Set-Cookie", "sid=" + token + "; Path=/; HttpOnly");'],
    ),
    (
        False,
        ["header"],
        "servlet",
        [
            TOKEN,
            'response.setHeader("Set-Cookie", "sid=" + token + "; Path=/; Secure; HttpOnly; SameSite=Lax");',
        ],
    ),
    (
        True,
        ["field"],
        "servlet",
        [
            TOKEN,
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("auth", token);',
            "cookie.setSecure(SECURE_COOKIES);",
            "cookie.setHttpOnly(true);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        False,
        ["field"],
        "servlet",
        [
            TOKEN,
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("auth", token);',
            "cookie.setSecure(SECURE_COOKIES);",
            "cookie.setHttpOnly(true);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        True,
        ["framework-object", "missing-flag"],
        "spring",
        [
            TOKEN,
            'org.springframework.http.ResponseCookie cookie = org.springframework.http.ResponseCookie.from("refresh_token", token).httpOnly(true).maxAge(java.time.Duration.ofDays(14)).build();',
            SPRING_SET,
        ],
    ),
    (
        False,
        ["framework-object"],
        "spring",
        [
            TOKEN,
            'org.springframework.http.ResponseCookie cookie = org.springframework.http.ResponseCookie.from("refresh_token", token).httpOnly(true).secure(true).maxAge(java.time.Duration.ofDays(14)).build();',
            SPRING_SET,
        ],
    ),
    (
        True,
        ["string-format", "header"],
        "servlet",
        [
            TOKEN,
            'response.addHeader("Set-Cookie", String.format("remember=%s; Max-Age=2592000; Path=/", token));',
        ],
    ),
    (
        False,
        ["string-format", "header"],
        "servlet",
        [
            TOKEN,
            'response.addHeader("Set-Cookie", String.format("remember=%s; Max-Age=2592000; Path=/; Secure; HttpOnly", token));',
        ],
    ),
    (
        True,
        ["framework-object"],
        "servlet",
        [
            TOKEN,
            "org.springframework.web.util.CookieGenerator generator = new org.springframework.web.util.CookieGenerator();",
            'generator.setCookieName("device");',
            "generator.setCookieSecure(false);",
            "generator.setCookieHttpOnly(true);",
            "generator.addCookie(response, token);",
        ],
    ),
    (
        False,
        ["framework-object"],
        "servlet",
        [
            TOKEN,
            "org.springframework.web.util.CookieGenerator generator = new org.springframework.web.util.CookieGenerator();",
            'generator.setCookieName("device");',
            "generator.setCookieSecure(true);",
            "generator.setCookieHttpOnly(true);",
            "generator.addCookie(response, token);",
        ],
    ),
    (
        True,
        ["direct"],
        "servlet",
        [
            TOKEN,
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("JSESSIONID", token);',
            "cookie.setSecure(false);",
            "cookie.setHttpOnly(false);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        False,
        ["constant-overwrite"],
        "servlet",
        [
            TOKEN,
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("JSESSIONID", token);',
            "cookie.setSecure(false);",
            "cookie.setHttpOnly(true);",
            "cookie.setSecure(true);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        True,
        ["constant-branch"],
        "servlet",
        [
            TOKEN,
            "boolean secureOnly = 3 * 7 > 40;",
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("cart_session", token);',
            "cookie.setSecure(secureOnly);",
            "cookie.setHttpOnly(true);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        False,
        ["constant-branch"],
        "servlet",
        [
            TOKEN,
            "boolean secureOnly = 3 * 7 < 40;",
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("cart_session", token);',
            "cookie.setSecure(secureOnly);",
            "cookie.setHttpOnly(true);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        True,
        ["helper-same-file"],
        "servlet",
        [TOKEN, 'response.addCookie(sessionCookie("SID", token));'],
    ),
    (
        False,
        ["helper-same-file"],
        "servlet",
        [TOKEN, 'response.addCookie(sessionCookie("SID", token));'],
    ),
    (
        True,
        ["framework-object"],
        "spring",
        [
            TOKEN,
            'org.springframework.http.ResponseCookie cookie = org.springframework.http.ResponseCookie.from("XSRF-TOKEN", token).path("/").build();',
            SPRING_SET,
        ],
    ),
    (
        False,
        ["framework-object"],
        "spring",
        [
            TOKEN,
            'org.springframework.http.ResponseCookie cookie = org.springframework.http.ResponseCookie.from("XSRF-TOKEN", token).path("/").secure(true).sameSite("Lax").build();',
            SPRING_SET,
        ],
    ),
    (
        True,
        ["direct"],
        "spring",
        [
            TOKEN,
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("api_session", token);',
            "cookie.setMaxAge(3600);",
            "cookie.setSecure(false);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        False,
        ["direct"],
        "spring",
        [
            TOKEN,
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("api_session", token);',
            "cookie.setMaxAge(3600);",
            "cookie.setSecure(true);",
            "cookie.setHttpOnly(true);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        True,
        ["missing-flag"],
        "servlet",
        [
            "String userId = request.getRemoteUser();",
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("uid", userId);',
            'cookie.setDomain(".example.com");',
            "response.addCookie(cookie);",
        ],
    ),
    (
        False,
        ["expire"],
        "servlet",
        [
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("SESSIONID", "");',
            "cookie.setMaxAge(0);",
            'cookie.setPath("/");',
            "cookie.setSecure(true);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        True,
        ["config-object"],
        "servlet",
        [
            TOKEN,
            "java.util.Properties cookieSettings = new java.util.Properties();",
            'cookieSettings.setProperty("secure", "false");',
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("token", token);',
            'cookie.setSecure(Boolean.parseBoolean(cookieSettings.getProperty("secure")));',
            "cookie.setHttpOnly(true);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        False,
        ["config-object"],
        "servlet",
        [
            TOKEN,
            "java.util.Properties cookieSettings = new java.util.Properties();",
            'cookieSettings.setProperty("secure", "true");',
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("token", token);',
            'cookie.setSecure(Boolean.parseBoolean(cookieSettings.getProperty("secure")));',
            "cookie.setHttpOnly(true);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        True,
        ["header", "builder"],
        "servlet",
        [
            TOKEN,
            'StringBuilder header = new StringBuilder("auth_token=").append(token);',
            'header.append("; Path=/; HttpOnly; SameSite=Strict");',
            'response.addHeader("Set-Cookie", header.toString());',
        ],
    ),
    (
        False,
        ["header", "builder"],
        "servlet",
        [
            TOKEN,
            'StringBuilder header = new StringBuilder("auth_token=").append(token);',
            'header.append("; Path=/; HttpOnly; Secure; SameSite=Strict");',
            'response.addHeader("Set-Cookie", header.toString());',
        ],
    ),
    (
        True,
        ["collection-list"],
        "servlet",
        [
            TOKEN,
            "java.util.List<javax.servlet.http.Cookie> cookies = new java.util.ArrayList<javax.servlet.http.Cookie>();",
            'cookies.add(new javax.servlet.http.Cookie("session", token));',
            'cookies.add(new javax.servlet.http.Cookie("locale", "en"));',
            "for (javax.servlet.http.Cookie cookie : cookies) {",
            "    cookie.setHttpOnly(true);",
            "    response.addCookie(cookie);",
            "}",
        ],
    ),
    (
        False,
        ["collection-list"],
        "servlet",
        [
            TOKEN,
            "java.util.List<javax.servlet.http.Cookie> cookies = new java.util.ArrayList<javax.servlet.http.Cookie>();",
            'cookies.add(new javax.servlet.http.Cookie("session", token));',
            'cookies.add(new javax.servlet.http.Cookie("locale", "en"));',
            "for (javax.servlet.http.Cookie cookie : cookies) {",
            "    cookie.setHttpOnly(true);",
            "    cookie.setSecure(true);",
            "    response.addCookie(cookie);",
            "}",
        ],
    ),
    (
        True,
        ["direct"],
        "servlet",
        [
            TOKEN,
            'javax.servlet.http.Cookie c = new javax.servlet.http.Cookie("SSO", token);',
            "c.setSecure(Boolean.FALSE);",
            "c.setHttpOnly(true);",
            "response.addCookie(c);",
        ],
    ),
    (
        False,
        ["direct"],
        "servlet",
        [
            TOKEN,
            'javax.servlet.http.Cookie c = new javax.servlet.http.Cookie("SSO", token);',
            "c.setSecure(Boolean.TRUE);",
            "c.setHttpOnly(true);",
            "response.addCookie(c);",
        ],
    ),
    (
        True,
        ["framework-object"],
        "spring",
        [
            TOKEN,
            'org.springframework.http.ResponseCookie cookie = org.springframework.http.ResponseCookie.fromClientResponse("oauth_state", token).secure(false).build();',
            SPRING_SET,
        ],
    ),
    (
        False,
        ["framework-object"],
        "spring",
        [
            TOKEN,
            'org.springframework.http.ResponseCookie cookie = org.springframework.http.ResponseCookie.fromClientResponse("oauth_state", token).secure(true).httpOnly(true).build();',
            SPRING_SET,
        ],
    ),
    (
        True,
        ["direct"],
        "servlet",
        [
            "String cartId = Long.toString(System.nanoTime(), 36);",
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("cart", cartId);',
            "cookie.setSecure(false);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        False,
        ["direct"],
        "servlet",
        [
            "String cartId = Long.toString(System.nanoTime(), 36);",
            'javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("cart", cartId);',
            "cookie.setSecure(true);",
            "response.addCookie(cookie);",
        ],
    ),
    (
        True,
        ["header"],
        "spring",
        [
            TOKEN,
            'return org.springframework.http.ResponseEntity.ok().header("Set-Cookie", "session=" + token + "; HttpOnly").body("signed in");',
        ],
    ),
    (
        False,
        ["header"],
        "spring",
        [
            TOKEN,
            'return org.springframework.http.ResponseEntity.ok().header("Set-Cookie", "session=" + token + "; HttpOnly; Secure").body("signed in");',
        ],
    ),
]


def securecookie() -> list[tuple[str, bool, list[str], str]]:
    out = []
    for index, (vulnerable, tags, kind, body) in enumerate(COOKIE_SPECS):
        fqn = (index // 2) % 2 == 1
        members = []
        if "SECURE_COOKIES" in "".join(body):
            members = [
                f"private static final boolean SECURE_COOKIES = {'false' if vulnerable else 'true'};"
            ]
        if any("sessionCookie(" in line for line in body):
            members = [
                "private static javax.servlet.http.Cookie sessionCookie(String name, String value) {",
                "    javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie(name, value);",
                "    cookie.setHttpOnly(true);",
                f"    cookie.setSecure({'false' if vulnerable else 'true'});",
                '    cookie.setPath("/");',
                "    return cookie;",
                "}",
            ]
        params = ""
        if kind == "spring":
            params = (
                "javax.servlet.http.HttpServletResponse response"
                if any("response." in line for line in body)
                else ""
            )
            if not any(line.startswith("return") for line in body):
                body = [*body, 'return org.springframework.http.ResponseEntity.ok("signed in");']
        text = wrap("securecookie", kind, body, fqn, members, params)
        out.append(
            ("securecookie", vulnerable, [*tags, "fqn-name" if fqn else "imported-name"], text)
        )
    return out


# ----------------------------------------------------------------------------- hard-coded secrets
# Made-up values in the formats real ones have (seeded, so the files do not change between runs).

_rng = random.Random(20240615)


def _token(alphabet: str, length: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(length))


ALNUM = string.ascii_letters + string.digits
AWS_ID = "AKIA" + _token("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
AWS_SECRET = _token(ALNUM + "/+", 40)
GITHUB = "ghp_" + _token(ALNUM, 36)
SLACK = (
    "xoxb-" + _token(string.digits, 11) + "-" + _token(string.digits, 13) + "-" + _token(ALNUM, 24)
)
STRIPE = "sk_live_" + _token(ALNUM, 24)
GOOGLE = "AIza" + _token(ALNUM + "-_", 35)
SENDGRID = "SG." + _token(ALNUM + "-_", 22) + "." + _token(ALNUM + "-_", 43)
TWILIO_SID = "AC" + _token("0123456789abcdef", 32)
TWILIO_TOKEN = _token("0123456789abcdef", 32)
PEM = (
    ["MIIEpAIBAAKCAQEA" + _token(ALNUM + "+/", 48)]
    + [_token(ALNUM + "+/", 64) for _ in range(5)]
    + [_token(ALNUM + "+/", 20) + "=="]
)
PEM_JAVA = [
    '"-----BEGIN RSA PRIVATE KEY-----\\n"',
    *[f'+ "{line}\\n"' for line in PEM],
    '+ "-----END RSA PRIVATE KEY-----\\n"',
]
PUBLIC_PEM = [
    '"-----BEGIN PUBLIC KEY-----\\n"',
    f'+ "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{_token(ALNUM + "+/", 20)}\\n"',
    f'+ "{_token(ALNUM + "+/", 64)}\\n"',
    '+ "-----END PUBLIC KEY-----\\n"',
]
PASSWORDS = [
    "Tr0ub4dor&3-horse",
    "s3cr3tP4ssw0rd!",
    "Winter2024#prod",
    "N0t-So-S3cret_77",
    "qX9!vL2#pR7m",
    "Sup3r-S3cret!db",
    "h4rd2Gu3ss$mtp",
]
JWT_SECRET = _token(ALNUM, 48)

# (vulnerable, tags, members, method signature, body)
SECRET_SPECS = [
    (
        True,
        ["password", "direct"],
        [],
        "public java.sql.Connection open() throws java.sql.SQLException",
        [
            f'return java.sql.DriverManager.getConnection("jdbc:postgresql://db.internal:5432/app", "app_user", "{PASSWORDS[0]}");'
        ],
    ),
    (
        False,
        ["env-lookup"],
        [],
        "public java.sql.Connection open() throws java.sql.SQLException",
        [
            'return java.sql.DriverManager.getConnection("jdbc:postgresql://db.internal:5432/app", "app_user", System.getenv("DB_PASSWORD"));'
        ],
    ),
    (
        True,
        ["password", "connection-string"],
        [
            f'private static final String JDBC_URL = "jdbc:mysql://db.internal:3306/shop?user=shop&password={PASSWORDS[1]}";'
        ],
        "public java.sql.Connection open() throws java.sql.SQLException",
        ["return java.sql.DriverManager.getConnection(JDBC_URL);"],
    ),
    (
        False,
        ["placeholder", "framework-setting"],
        [
            '@org.springframework.beans.factory.annotation.Value("${shop.datasource.password}")',
            "private String password;",
        ],
        "public java.sql.Connection open() throws java.sql.SQLException",
        [
            'return java.sql.DriverManager.getConnection("jdbc:mysql://db.internal:3306/shop", "shop", password);'
        ],
    ),
    (
        True,
        ["aws-key"],
        [],
        "public com.amazonaws.services.s3.AmazonS3 s3()",
        [
            f'com.amazonaws.auth.BasicAWSCredentials credentials = new com.amazonaws.auth.BasicAWSCredentials("{AWS_ID}", "{AWS_SECRET}");',
            'return com.amazonaws.services.s3.AmazonS3ClientBuilder.standard().withCredentials(new com.amazonaws.auth.AWSStaticCredentialsProvider(credentials)).withRegion("eu-west-1").build();',
        ],
    ),
    (
        False,
        ["env-lookup", "aws-key"],
        [],
        "public com.amazonaws.services.s3.AmazonS3 s3()",
        [
            'return com.amazonaws.services.s3.AmazonS3ClientBuilder.standard().withCredentials(new com.amazonaws.auth.EnvironmentVariableCredentialsProvider()).withRegion("eu-west-1").build();'
        ],
    ),
    (
        True,
        ["api-token", "field"],
        [f'private static final String GITHUB_TOKEN = "{GITHUB}";'],
        "public java.net.http.HttpRequest releasesRequest(String repo)",
        [
            'return java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://api.github.com/repos/" + repo + "/releases"))',
            '        .header("Authorization", "token " + GITHUB_TOKEN)',
            "        .build();",
        ],
    ),
    (
        False,
        ["env-lookup", "field"],
        ['private static final String GITHUB_TOKEN = System.getenv("GITHUB_TOKEN");'],
        "public java.net.http.HttpRequest releasesRequest(String repo)",
        [
            'return java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://api.github.com/repos/" + repo + "/releases"))',
            '        .header("Authorization", "token " + GITHUB_TOKEN)',
            "        .build();",
        ],
    ),
    (
        True,
        ["api-token"],
        [],
        "public java.net.http.HttpRequest postMessage(String json)",
        [
            'return java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://slack.com/api/chat.postMessage"))',
            f'        .header("Authorization", "Bearer {SLACK}")',
            "        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))",
            "        .build();",
        ],
    ),
    (
        False,
        ["helper-other-module"],
        [],
        "public java.net.http.HttpRequest postMessage(String json)",
        [
            'return java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://slack.com/api/chat.postMessage"))',
            '        .header("Authorization", "Bearer " + org.securetag.bench.helpers.SecretStore.lookup("SLACK_BOT_TOKEN"))',
            "        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))",
            "        .build();",
        ],
    ),
    (
        True,
        ["private-key", "field"],
        [
            "private static final String SIGNING_KEY_PEM =",
            *[
                "        " + line + (";" if i == len(PEM_JAVA) - 1 else "")
                for i, line in enumerate(PEM_JAVA)
            ],
        ],
        "public String signingKey()",
        ["return SIGNING_KEY_PEM;"],
    ),
    (
        False,
        ["public-key", "field"],
        [
            "private static final String VERIFY_KEY_PEM =",
            *[
                "        " + line + (";" if i == len(PUBLIC_PEM) - 1 else "")
                for i, line in enumerate(PUBLIC_PEM)
            ],
        ],
        "public String verificationKey()",
        ["return VERIFY_KEY_PEM;"],
    ),
    (
        True,
        ["api-token"],
        [],
        "public void configure()",
        [f'com.stripe.Stripe.apiKey = "{STRIPE}";'],
    ),
    (
        False,
        ["env-lookup"],
        [],
        "public void configure()",
        ['com.stripe.Stripe.apiKey = System.getenv("STRIPE_API_KEY");'],
    ),
    (
        True,
        ["jwt-secret"],
        [],
        "public javax.crypto.SecretKey jwtKey()",
        [
            f'return io.jsonwebtoken.security.Keys.hmacShaKeyFor("{JWT_SECRET}".getBytes(java.nio.charset.StandardCharsets.UTF_8));'
        ],
    ),
    (
        False,
        ["generated-key"],
        [],
        "public javax.crypto.SecretKey jwtKey()",
        [
            "return io.jsonwebtoken.security.Keys.secretKeyFor(io.jsonwebtoken.SignatureAlgorithm.HS256);"
        ],
    ),
    (
        True,
        ["symmetric-key"],
        [],
        "public javax.crypto.spec.SecretKeySpec dataKey()",
        [
            f'return new javax.crypto.spec.SecretKeySpec("{_token(ALNUM, 16)}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "AES");'
        ],
    ),
    (
        False,
        ["env-lookup", "symmetric-key"],
        [],
        "public javax.crypto.spec.SecretKeySpec dataKey()",
        [
            'return new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(System.getenv("DATA_KEY_B64")), "AES");'
        ],
    ),
    (
        True,
        ["password"],
        [],
        "public javax.mail.Session mailSession(java.util.Properties props)",
        [
            "return javax.mail.Session.getInstance(props, new javax.mail.Authenticator() {",
            "    @Override",
            "    protected javax.mail.PasswordAuthentication getPasswordAuthentication() {",
            f'        return new javax.mail.PasswordAuthentication("alerts@example.com", "{PASSWORDS[6]}");',
            "    }",
            "});",
        ],
    ),
    (
        False,
        ["env-lookup"],
        [],
        "public javax.mail.Session mailSession(java.util.Properties props)",
        [
            "return javax.mail.Session.getInstance(props, new javax.mail.Authenticator() {",
            "    @Override",
            "    protected javax.mail.PasswordAuthentication getPasswordAuthentication() {",
            '        return new javax.mail.PasswordAuthentication("alerts@example.com", System.getProperty("mail.smtp.password"));',
            "    }",
            "});",
        ],
    ),
    (
        True,
        ["password", "string-concat"],
        [],
        "public String authorizationHeader()",
        [
            f'String credentials = "deploy:" + "{PASSWORDS[2]}";',
            'return "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));',
        ],
    ),
    (
        False,
        ["env-lookup", "string-concat"],
        [],
        "public String authorizationHeader()",
        [
            'String credentials = System.getenv("DEPLOY_USER") + ":" + System.getenv("DEPLOY_PASSWORD");',
            'return "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));',
        ],
    ),
    (
        True,
        ["api-token", "field"],
        [f'private static final String MAPS_API_KEY = "{GOOGLE}";'],
        "public java.net.URI geocode(String address)",
        [
            'return java.net.URI.create("https://maps.googleapis.com/maps/api/geocode/json?address=" + java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8) + "&key=" + MAPS_API_KEY);'
        ],
    ),
    (
        False,
        ["framework-setting"],
        [
            "private final org.springframework.core.env.Environment environment;",
            "",
            "public SecretsCaseNNN(org.springframework.core.env.Environment environment) {",
            "    this.environment = environment;",
            "}",
        ],
        "public java.net.URI geocode(String address)",
        [
            'return java.net.URI.create("https://maps.googleapis.com/maps/api/geocode/json?address=" + java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8) + "&key=" + environment.getProperty("maps.api-key"));'
        ],
    ),
    (
        True,
        ["api-token"],
        [],
        "public com.sendgrid.SendGrid client()",
        [f'return new com.sendgrid.SendGrid("{SENDGRID}");'],
    ),
    (
        False,
        ["secret-store"],
        [],
        "public com.sendgrid.SendGrid client()",
        [
            "software.amazon.awssdk.services.secretsmanager.SecretsManagerClient secrets = software.amazon.awssdk.services.secretsmanager.SecretsManagerClient.create();",
            'String key = secrets.getSecretValue(software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest.builder().secretId("prod/mail/sendgrid").build()).secretString();',
            "return new com.sendgrid.SendGrid(key);",
        ],
    ),
    (
        True,
        ["password", "framework-object"],
        [],
        "public com.zaxxer.hikari.HikariDataSource dataSource()",
        [
            "com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();",
            'config.setJdbcUrl("jdbc:postgresql://reports.internal:5432/reports");',
            'config.setUsername("reporter");',
            f'config.setPassword("{PASSWORDS[3]}");',
            "return new com.zaxxer.hikari.HikariDataSource(config);",
        ],
    ),
    (
        False,
        ["env-lookup", "framework-object"],
        [],
        "public com.zaxxer.hikari.HikariDataSource dataSource()",
        [
            "com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();",
            'config.setJdbcUrl("jdbc:postgresql://reports.internal:5432/reports");',
            'config.setUsername("reporter");',
            'config.setPassword(System.getenv("REPORTS_DB_PASSWORD"));',
            "return new com.zaxxer.hikari.HikariDataSource(config);",
        ],
    ),
    (
        True,
        ["password", "collection-map"],
        [],
        "public javax.naming.directory.DirContext bind() throws javax.naming.NamingException",
        [
            "java.util.Hashtable<String, String> env = new java.util.Hashtable<String, String>();",
            'env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");',
            'env.put(javax.naming.Context.PROVIDER_URL, "ldaps://ldap.example.com:636");',
            'env.put(javax.naming.Context.SECURITY_PRINCIPAL, "cn=svc-portal,ou=services,dc=example,dc=com");',
            f'env.put(javax.naming.Context.SECURITY_CREDENTIALS, "{PASSWORDS[4]}");',
            "return new javax.naming.directory.InitialDirContext(env);",
        ],
    ),
    (
        False,
        ["helper-other-module", "collection-map"],
        [],
        "public javax.naming.directory.DirContext bind() throws javax.naming.NamingException",
        [
            "java.util.Hashtable<String, String> env = new java.util.Hashtable<String, String>();",
            'env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");',
            'env.put(javax.naming.Context.PROVIDER_URL, "ldaps://ldap.example.com:636");',
            'env.put(javax.naming.Context.SECURITY_PRINCIPAL, "cn=svc-portal,ou=services,dc=example,dc=com");',
            'env.put(javax.naming.Context.SECURITY_CREDENTIALS, org.securetag.bench.helpers.SecretStore.lookup("LDAP_BIND_PASSWORD"));',
            "return new javax.naming.directory.InitialDirContext(env);",
        ],
    ),
    (
        True,
        ["password"],
        [],
        "public java.security.KeyStore keyStore(java.io.InputStream in) throws java.security.GeneralSecurityException, java.io.IOException",
        [
            'java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");',
            f'store.load(in, "{PASSWORDS[5]}".toCharArray());',
            "return store;",
        ],
    ),
    (
        False,
        ["parameter"],
        [],
        "public java.security.KeyStore keyStore(java.io.InputStream in, char[] storePassword) throws java.security.GeneralSecurityException, java.io.IOException",
        [
            'java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");',
            "store.load(in, storePassword);",
            "return store;",
        ],
    ),
    (
        True,
        ["password", "framework-setting"],
        [
            '@org.springframework.beans.factory.annotation.Value("${billing.db.password:'
            + PASSWORDS[1]
            + '}")',
            "private String password;",
        ],
        "public String password()",
        ["return password;"],
    ),
    (
        False,
        ["placeholder", "framework-setting"],
        [
            '@org.springframework.beans.factory.annotation.Value("${billing.db.password}")',
            "private String password;",
        ],
        "public String password()",
        ["return password;"],
    ),
    (
        True,
        ["password"],
        [],
        "public org.springframework.web.client.RestTemplate deployClient()",
        [
            "org.springframework.web.client.RestTemplate template = new org.springframework.web.client.RestTemplate();",
            f'template.getInterceptors().add(new org.springframework.http.client.support.BasicAuthenticationInterceptor("ci-bot", "{PASSWORDS[2]}"));',
            "return template;",
        ],
    ),
    (
        False,
        ["lookalike"],
        [
            'private static final String PASSWORD_FIELD = "password";',
            'private static final String PASSWORD_RESET_PATH = "/account/password/reset";',
        ],
        "public java.util.Map<String, String> loginForm(String user, char[] secret)",
        [
            'return java.util.Map.of("username", user, PASSWORD_FIELD, new String(secret), "next", PASSWORD_RESET_PATH);'
        ],
    ),
    (
        True,
        ["api-token"],
        [],
        "public void initTwilio()",
        [f'com.twilio.Twilio.init("{TWILIO_SID}", "{TWILIO_TOKEN}");'],
    ),
    (
        False,
        ["placeholder"],
        ['private static final String API_KEY_PLACEHOLDER = "YOUR_API_KEY_HERE";'],
        "public boolean isConfigured(String apiKey)",
        ["return apiKey != null && !apiKey.isBlank() && !API_KEY_PLACEHOLDER.equals(apiKey);"],
    ),
    (
        True,
        ["oauth-secret", "collection-map"],
        [f'private static final String CLIENT_SECRET = "{_token(ALNUM + "-_", 40)}";'],
        "public java.util.Map<String, String> tokenRequest(String code)",
        [
            "java.util.Map<String, String> form = new java.util.HashMap<String, String>();",
            'form.put("grant_type", "authorization_code");',
            'form.put("code", code);',
            'form.put("client_id", "portal-web");',
            'form.put("client_secret", CLIENT_SECRET);',
            "return form;",
        ],
    ),
    (
        False,
        ["env-lookup", "collection-map"],
        ['private static final String CLIENT_SECRET = System.getenv("OAUTH_CLIENT_SECRET");'],
        "public java.util.Map<String, String> tokenRequest(String code)",
        [
            "java.util.Map<String, String> form = new java.util.HashMap<String, String>();",
            'form.put("grant_type", "authorization_code");',
            'form.put("code", code);',
            'form.put("client_id", "portal-web");',
            'form.put("client_secret", CLIENT_SECRET);',
            "return form;",
        ],
    ),
    (
        True,
        ["password", "config-object"],
        [],
        "public java.util.Properties mailProperties()",
        [
            "java.util.Properties props = new java.util.Properties();",
            'props.setProperty("mail.smtp.host", "smtp.example.com");',
            'props.setProperty("mail.smtp.user", "alerts");',
            f'props.setProperty("mail.smtp.password", "{PASSWORDS[6]}");',
            "return props;",
        ],
    ),
    (
        False,
        ["config-object", "empty-value"],
        [],
        "public java.sql.Connection embedded() throws java.sql.SQLException",
        [
            'return java.sql.DriverManager.getConnection("jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1", "sa", "");'
        ],
    ),
]


def secrets() -> list[tuple[str, bool, list[str], str]]:
    out = []
    for index, (vulnerable, tags, members, sig, body) in enumerate(SECRET_SPECS):
        fqn = (index // 2) % 2 == 0
        text = wrap("secrets", "service", body, fqn, members, "", sig)
        out.append(("secrets", vulnerable, [*tags, "fqn-name" if fqn else "imported-name"], text))
    return out


# ----------------------------------------------------------------------------- XXE
# Each spec parses `java.io.InputStream in` (request data) into something.

DISALLOW = '"http://apache.org/xml/features/disallow-doctype-decl"'
XXE_SPECS = [
    (
        True,
        ["default-config"],
        [
            "javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();",
            "org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(in);",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();",
            f"factory.setFeature({DISALLOW}, true);",
            "org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(in);",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();",
            "factory.setNamespaceAware(true);",
            "factory.setExpandEntityReferences(false);",
            "javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();",
            "org.w3c.dom.Document doc = builder.parse(new org.xml.sax.InputSource(in));",
        ],
    ),
    (
        False,
        ["safe-config", "helper-other-module"],
        [
            "javax.xml.parsers.DocumentBuilder builder = org.securetag.bench.helpers.SafeXml.newDocumentBuilder();",
            "org.w3c.dom.Document doc = builder.parse(new org.xml.sax.InputSource(in));",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();",
            "javax.xml.parsers.SAXParser parser = factory.newSAXParser();",
            "parser.parse(in, new org.xml.sax.helpers.DefaultHandler());",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();",
            f"factory.setFeature({DISALLOW}, true);",
            "javax.xml.parsers.SAXParser parser = factory.newSAXParser();",
            "parser.parse(in, new org.xml.sax.helpers.DefaultHandler());",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newInstance();",
            "javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(in);",
            "while (reader.hasNext()) {",
            "    reader.next();",
            "}",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newInstance();",
            "factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);",
            'factory.setProperty("javax.xml.stream.isSupportingExternalEntities", false);',
            "javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(in);",
            "while (reader.hasNext()) {",
            "    reader.next();",
            "}",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.transform.TransformerFactory factory = javax.xml.transform.TransformerFactory.newInstance();",
            "javax.xml.transform.Transformer transformer = factory.newTransformer();",
            "java.io.StringWriter out = new java.io.StringWriter();",
            "transformer.transform(new javax.xml.transform.stream.StreamSource(in), new javax.xml.transform.stream.StreamResult(out));",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.transform.TransformerFactory factory = javax.xml.transform.TransformerFactory.newInstance();",
            'factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");',
            'factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");',
            "javax.xml.transform.Transformer transformer = factory.newTransformer();",
            "java.io.StringWriter out = new java.io.StringWriter();",
            "transformer.transform(new javax.xml.transform.stream.StreamSource(in), new javax.xml.transform.stream.StreamResult(out));",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "org.dom4j.io.SAXReader reader = new org.dom4j.io.SAXReader();",
            "org.dom4j.Document doc = reader.read(in);",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "org.dom4j.io.SAXReader reader = new org.dom4j.io.SAXReader();",
            f"reader.setFeature({DISALLOW}, true);",
            'reader.setFeature("http://xml.org/sax/features/external-general-entities", false);',
            "org.dom4j.Document doc = reader.read(in);",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "org.xml.sax.XMLReader reader = javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser().getXMLReader();",
            "reader.setContentHandler(new org.xml.sax.helpers.DefaultHandler());",
            "reader.parse(new org.xml.sax.InputSource(in));",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "org.xml.sax.XMLReader reader = javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser().getXMLReader();",
            f"reader.setFeature({DISALLOW}, true);",
            "reader.setContentHandler(new org.xml.sax.helpers.DefaultHandler());",
            "reader.parse(new org.xml.sax.InputSource(in));",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);",
            "javax.xml.validation.Schema schema = factory.newSchema(new javax.xml.transform.stream.StreamSource(in));",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);",
            'factory.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");',
            'factory.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");',
            "javax.xml.validation.Schema schema = factory.newSchema(new javax.xml.transform.stream.StreamSource(in));",
        ],
    ),
    (
        True,
        ["unsafe-config"],
        [
            "javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();",
            f"factory.setFeature({DISALLOW}, false);",
            "org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(in);",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();",
            'factory.setFeature("http://xml.org/sax/features/external-general-entities", false);',
            'factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);',
            'factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);',
            "factory.setXIncludeAware(false);",
            "factory.setExpandEntityReferences(false);",
            "org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(in);",
        ],
    ),
    (
        True,
        ["unsafe-config"],
        [
            "javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();",
            "factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, true);",
            "factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);",
            "javax.xml.stream.XMLEventReader events = factory.createXMLEventReader(in);",
            "while (events.hasNext()) {",
            "    events.nextEvent();",
            "}",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();",
            "factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);",
            "javax.xml.stream.XMLEventReader events = factory.createXMLEventReader(in);",
            "while (events.hasNext()) {",
            "    events.nextEvent();",
            "}",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "org.jdom2.input.SAXBuilder builder = new org.jdom2.input.SAXBuilder();",
            "org.jdom2.Document doc = builder.build(in);",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "org.jdom2.input.SAXBuilder builder = new org.jdom2.input.SAXBuilder();",
            f"builder.setFeature({DISALLOW}, true);",
            "org.jdom2.Document doc = builder.build(in);",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.validation.Validator validator = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema().newValidator();",
            "validator.validate(new javax.xml.transform.stream.StreamSource(in));",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.validation.Validator validator = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema().newValidator();",
            'validator.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");',
            'validator.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");',
            "validator.validate(new javax.xml.transform.stream.StreamSource(in));",
        ],
    ),
    (
        True,
        ["helper-same-file", "default-config"],
        ["org.w3c.dom.Document doc = newBuilder().parse(in);"],
    ),
    (
        False,
        ["helper-same-file", "safe-config"],
        ["org.w3c.dom.Document doc = newBuilder().parse(in);"],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();",
            "factory.setValidating(false);",
            "factory.setIgnoringComments(true);",
            "org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(in);",
            "String root = doc.getDocumentElement().getTagName();",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();",
            "factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);",
            'factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");',
            'factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");',
            "org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(in);",
            "String root = doc.getDocumentElement().getTagName();",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.parsers.SAXParserFactory spf = javax.xml.parsers.SAXParserFactory.newInstance();",
            "spf.setNamespaceAware(true);",
            "javax.xml.transform.sax.SAXSource source = new javax.xml.transform.sax.SAXSource(spf.newSAXParser().getXMLReader(), new org.xml.sax.InputSource(in));",
            "javax.xml.bind.Unmarshaller unmarshaller = javax.xml.bind.JAXBContext.newInstance(org.securetag.bench.helpers.Preferences.class).createUnmarshaller();",
            "Object prefs = unmarshaller.unmarshal(source);",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.parsers.SAXParserFactory spf = javax.xml.parsers.SAXParserFactory.newInstance();",
            "spf.setNamespaceAware(true);",
            f"spf.setFeature({DISALLOW}, true);",
            "javax.xml.transform.sax.SAXSource source = new javax.xml.transform.sax.SAXSource(spf.newSAXParser().getXMLReader(), new org.xml.sax.InputSource(in));",
            "javax.xml.bind.Unmarshaller unmarshaller = javax.xml.bind.JAXBContext.newInstance(org.securetag.bench.helpers.Preferences.class).createUnmarshaller();",
            "Object prefs = unmarshaller.unmarshal(source);",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.transform.TransformerFactory factory = javax.xml.transform.TransformerFactory.newInstance();",
            "javax.xml.transform.Templates stylesheet = factory.newTemplates(new javax.xml.transform.stream.StreamSource(in));",
            "javax.xml.transform.Transformer transformer = stylesheet.newTransformer();",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.transform.TransformerFactory factory = javax.xml.transform.TransformerFactory.newInstance();",
            "factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);",
            'factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");',
            'factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");',
            "javax.xml.transform.Templates stylesheet = factory.newTemplates(new javax.xml.transform.stream.StreamSource(in));",
            "javax.xml.transform.Transformer transformer = stylesheet.newTransformer();",
        ],
    ),
    (
        True,
        ["default-config", "field"],
        ["org.w3c.dom.Document doc = FACTORY.newDocumentBuilder().parse(in);"],
    ),
    (
        False,
        ["safe-config", "field"],
        ["org.w3c.dom.Document doc = FACTORY.newDocumentBuilder().parse(in);"],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.parsers.SAXParser parser = javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser();",
            "java.util.List<String> names = new java.util.ArrayList<String>();",
            "parser.parse(in, new org.xml.sax.helpers.DefaultHandler() {",
            "    @Override",
            "    public void startElement(String uri, String local, String qName, org.xml.sax.Attributes attributes) {",
            "        names.add(qName);",
            "    }",
            "});",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();",
            'factory.setFeature("http://xml.org/sax/features/external-general-entities", false);',
            'factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);',
            'factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);',
            "javax.xml.parsers.SAXParser parser = factory.newSAXParser();",
            "java.util.List<String> names = new java.util.ArrayList<String>();",
            "parser.parse(in, new org.xml.sax.helpers.DefaultHandler() {",
            "    @Override",
            "    public void startElement(String uri, String local, String qName, org.xml.sax.Attributes attributes) {",
            "        names.add(qName);",
            "    }",
            "});",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(in);"
        ],
    ),
    (
        False,
        ["trusted-input"],
        [
            'try (java.io.InputStream bundled = getClass().getResourceAsStream("/defaults.xml")) {',
            "    org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(bundled);",
            "}",
            "in.close();",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newInstance();",
            "javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));",
            "int elements = 0;",
            "while (reader.hasNext()) {",
            "    if (reader.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {",
            "        elements++;",
            "    }",
            "}",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newInstance();",
            "factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);",
            "factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);",
            "javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));",
            "int elements = 0;",
            "while (reader.hasNext()) {",
            "    if (reader.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {",
            "        elements++;",
            "    }",
            "}",
        ],
    ),
    (
        True,
        ["default-config"],
        [
            "javax.xml.transform.TransformerFactory factory = javax.xml.transform.TransformerFactory.newDefaultInstance();",
            "javax.xml.transform.dom.DOMResult result = new javax.xml.transform.dom.DOMResult();",
            "factory.newTransformer().transform(new javax.xml.transform.stream.StreamSource(in), result);",
        ],
    ),
    (
        False,
        ["trusted-input"],
        [
            "byte[] received = in.readAllBytes();",
            "javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();",
            "org.w3c.dom.Document doc = factory.newDocumentBuilder().newDocument();",
            'org.w3c.dom.Element root = doc.createElement("upload");',
            'root.setAttribute("size", Integer.toString(received.length));',
            "doc.appendChild(root);",
        ],
    ),
]

XXE_CONTEXTS = [
    (
        "servlet",
        "",
        "",
        ["java.io.InputStream in = request.getInputStream();"],
        ["response.setStatus(204);"],
    ),
    (
        "spring",
        "@org.springframework.web.bind.annotation.RequestBody byte[] payload",
        "",
        ["java.io.InputStream in = new java.io.ByteArrayInputStream(payload);"],
        ['return org.springframework.http.ResponseEntity.accepted().body("imported");'],
    ),
    (
        "service",
        "",
        "public void importFeed(org.springframework.web.multipart.MultipartFile upload) throws Exception",
        ["java.io.InputStream in = upload.getInputStream();"],
        [],
    ),
    (
        "spring",
        "@org.springframework.web.bind.annotation.RequestBody String xml",
        "",
        [
            "java.io.InputStream in = new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));"
        ],
        ['return org.springframework.http.ResponseEntity.ok("parsed");'],
    ),
]


def xxe() -> list[tuple[str, bool, list[str], str]]:
    out = []
    for index, (vulnerable, tags, lines) in enumerate(XXE_SPECS):
        kind, params, sig, before, after = XXE_CONTEXTS[(index // 2 + index) % len(XXE_CONTEXTS)]
        fqn = (index // 2) % 2 == 1
        members = []
        if any("newBuilder()" in line for line in lines):
            members = [
                "private static javax.xml.parsers.DocumentBuilder newBuilder() throws javax.xml.parsers.ParserConfigurationException {",
                "    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();",
            ]
            if not vulnerable:
                members.append(f"    factory.setFeature({DISALLOW}, true);")
            members += [
                "    factory.setNamespaceAware(true);",
                "    return factory.newDocumentBuilder();",
                "}",
            ]
        if any("FACTORY." in line for line in lines):
            members = [
                "private static final javax.xml.parsers.DocumentBuilderFactory FACTORY = javax.xml.parsers.DocumentBuilderFactory.newInstance();"
            ]
            if not vulnerable:
                members += [
                    "",
                    "static {",
                    "    try {",
                    f"        FACTORY.setFeature({DISALLOW}, true);",
                    "    } catch (javax.xml.parsers.ParserConfigurationException e) {",
                    "        throw new ExceptionInInitializerError(e);",
                    "    }",
                    "}",
                ]
        tags = [*tags, "body" if "RequestBody" in params else "framework-object"]
        text = wrap("xxe", kind, [*before, *lines, *after], fqn, members, params, sig)
        out.append(("xxe", vulnerable, [*tags, "fqn-name" if fqn else "imported-name"], text))
    return out


# ----------------------------------------------------------------------------- deserialization
# Each spec decodes `byte[] data` (request data) into an object.

PREFS = "org.securetag.bench.helpers.Preferences"
OIS = "java.io.ObjectInputStream ois = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(data));"
DESER_SPECS = [
    (True, ["direct"], [OIS, "Object restored = ois.readObject();"]),
    (
        False,
        ["safe-config"],
        [
            OIS,
            f'ois.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("{PREFS};java.lang.*;!*"));',
            "Object restored = ois.readObject();",
        ],
    ),
    (True, ["direct"], [OIS, f"{PREFS} restored = ({PREFS}) ois.readObject();"]),
    (
        False,
        ["safe-api"],
        [
            f"{PREFS} restored = new com.fasterxml.jackson.databind.ObjectMapper().readValue(data, {PREFS}.class);"
        ],
    ),
    (
        True,
        ["direct"],
        [
            "java.beans.XMLDecoder decoder = new java.beans.XMLDecoder(new java.io.ByteArrayInputStream(data));",
            "Object restored = decoder.readObject();",
            "decoder.close();",
        ],
    ),
    (
        False,
        ["safe-api"],
        [
            f"{PREFS} restored = new com.google.gson.Gson().fromJson(new String(data, java.nio.charset.StandardCharsets.UTF_8), {PREFS}.class);"
        ],
    ),
    (
        True,
        ["direct"],
        [
            "com.thoughtworks.xstream.XStream xstream = new com.thoughtworks.xstream.XStream();",
            "Object restored = xstream.fromXML(new String(data, java.nio.charset.StandardCharsets.UTF_8));",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "com.thoughtworks.xstream.XStream xstream = new com.thoughtworks.xstream.XStream();",
            "xstream.addPermission(com.thoughtworks.xstream.security.NoTypePermission.NONE);",
            f"xstream.allowTypes(new Class[] {{{PREFS}.class}});",
            "Object restored = xstream.fromXML(new String(data, java.nio.charset.StandardCharsets.UTF_8));",
        ],
    ),
    (True, ["direct"], [OIS, "Object restored = ois.readUnshared();"]),
    (
        False,
        ["safe-config"],
        [
            "org.apache.commons.io.serialization.ValidatingObjectInputStream ois = new org.apache.commons.io.serialization.ValidatingObjectInputStream(new java.io.ByteArrayInputStream(data));",
            f"ois.accept({PREFS}.class);",
            "Object restored = ois.readObject();",
        ],
    ),
    (
        True,
        ["unsafe-config"],
        [
            "com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();",
            "mapper.activateDefaultTyping(com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator.instance, com.fasterxml.jackson.databind.ObjectMapper.DefaultTyping.NON_FINAL);",
            "Object restored = mapper.readValue(data, Object.class);",
        ],
    ),
    (
        False,
        ["safe-api"],
        [
            "com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();",
            "com.fasterxml.jackson.databind.JsonNode restored = mapper.readTree(data);",
        ],
    ),
    (
        True,
        ["direct"],
        [
            "org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml();",
            "Object restored = yaml.load(new String(data, java.nio.charset.StandardCharsets.UTF_8));",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()));",
            "Object restored = yaml.load(new String(data, java.nio.charset.StandardCharsets.UTF_8));",
        ],
    ),
    (
        True,
        ["weak-api"],
        ["Object restored = org.apache.commons.lang3.SerializationUtils.deserialize(data);"],
    ),
    (
        False,
        ["safe-config"],
        [
            "java.io.ObjectInputStream ois = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(data)) {",
            "    @Override",
            "    protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws java.io.IOException, ClassNotFoundException {",
            f'        if (!"{PREFS}".equals(desc.getName())) {{',
            '            throw new java.io.InvalidClassException(desc.getName(), "unexpected class");',
            "        }",
            "        return super.resolveClass(desc);",
            "    }",
            "};",
            "Object restored = ois.readObject();",
        ],
    ),
    (
        True,
        ["unsafe-config"],
        [
            "com.thoughtworks.xstream.XStream xstream = new com.thoughtworks.xstream.XStream();",
            "xstream.addPermission(com.thoughtworks.xstream.security.AnyTypePermission.ANY);",
            "Object restored = xstream.fromXML(new java.io.ByteArrayInputStream(data));",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "java.io.ObjectInputFilter filter = java.io.ObjectInputFilter.allowFilter(type -> type == "
            + PREFS
            + ".class || type == String.class, java.io.ObjectInputFilter.Status.REJECTED);",
            OIS,
            "ois.setObjectInputFilter(filter);",
            "Object restored = ois.readObject();",
        ],
    ),
    (True, ["helper-same-file"], ["Object restored = restore(data);"]),
    (False, ["helper-same-file", "safe-api"], ["Object restored = restore(data);"]),
    (
        True,
        ["unsafe-config"],
        [
            "com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();",
            "mapper.enableDefaultTyping();",
            f"{PREFS} restored = mapper.readValue(data, {PREFS}.class);",
        ],
    ),
    (
        False,
        ["safe-config"],
        [
            "com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();",
            f"com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator validator = com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder().allowIfSubType({PREFS}.class).build();",
            "mapper.activateDefaultTyping(validator);",
            f"{PREFS} restored = mapper.readValue(data, {PREFS}.class);",
        ],
    ),
    (
        True,
        ["builder"],
        [
            "java.io.ObjectInput input = new java.io.ObjectInputStream(new java.io.BufferedInputStream(new java.io.ByteArrayInputStream(data)));",
            "Object restored = input.readObject();",
        ],
    ),
    (
        False,
        ["trusted-input"],
        [
            'java.nio.file.Path cache = java.nio.file.Paths.get(System.getProperty("java.io.tmpdir"), "preferences.cache");',
            "Object restored = null;",
            "if (data.length > 0) {",
            "    try (java.io.ObjectInputStream ois = new java.io.ObjectInputStream(java.nio.file.Files.newInputStream(cache))) {",
            "        restored = ois.readObject();",
            "    }",
            "}",
        ],
    ),
]

DESER_CONTEXTS = [
    (
        "servlet",
        "",
        "",
        ["byte[] data = request.getInputStream().readAllBytes();"],
        ['request.setAttribute("restored", String.valueOf(restored));'],
    ),
    (
        "servlet",
        "",
        "",
        [
            'String encoded = "";',
            "javax.servlet.http.Cookie[] cookies = request.getCookies();",
            "if (cookies != null) {",
            "    for (javax.servlet.http.Cookie cookie : cookies) {",
            '        if ("prefs".equals(cookie.getName())) {',
            "            encoded = cookie.getValue();",
            "        }",
            "    }",
            "}",
            "byte[] data = java.util.Base64.getDecoder().decode(encoded);",
        ],
        ['request.setAttribute("prefs", restored);'],
    ),
    (
        "spring",
        "@org.springframework.web.bind.annotation.RequestBody byte[] data",
        "",
        [],
        ["return org.springframework.http.ResponseEntity.ok(String.valueOf(restored));"],
    ),
    (
        "spring",
        '@org.springframework.web.bind.annotation.RequestHeader("X-Session-State") String state',
        "",
        ["byte[] data = java.util.Base64.getDecoder().decode(state);"],
        ['return org.springframework.http.ResponseEntity.ok("restored");'],
    ),
    (
        "servlet",
        "",
        "",
        [
            'String encoded = request.getParameter("state");',
            "byte[] data = java.util.Base64.getUrlDecoder().decode(encoded);",
        ],
        ["response.setStatus(204);"],
    ),
]
DESER_TAGS = [
    ["framework-object", "body"],
    ["framework-object", "cookie"],
    ["framework-object", "body"],
    ["framework-object", "header"],
    ["framework-object"],
]


def deserialization() -> list[tuple[str, bool, list[str], str]]:
    out = []
    # the first specs once more, each with another request source
    specs = DESER_SPECS + DESER_SPECS[:16]
    for index, (vulnerable, tags, lines) in enumerate(specs):
        slot = (index // 2 + index + index // len(DESER_SPECS)) % len(DESER_CONTEXTS)
        kind, params, sig, before, after = DESER_CONTEXTS[slot]
        fqn = (index // 2 + index // len(DESER_SPECS)) % 2 == 0
        members = []
        if any("restore(data)" in line for line in lines):
            if vulnerable:
                members = [
                    "private static Object restore(byte[] bytes) throws java.io.IOException, ClassNotFoundException {",
                    "    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {",
                    "        return in.readObject();",
                    "    }",
                    "}",
                ]
            else:
                members = [
                    "private static Object restore(byte[] bytes) throws java.io.IOException {",
                    f"    return new com.fasterxml.jackson.databind.ObjectMapper().readValue(bytes, {PREFS}.class);",
                    "}",
                ]
        text = wrap("deserialization", kind, [*before, *lines, *after], fqn, members, params, sig)
        out.append(
            (
                "deserialization",
                vulnerable,
                [*tags, *DESER_TAGS[slot], "fqn-name" if fqn else "imported-name"],
                text,
            )
        )
    return out


# ----------------------------------------------------------------------------- hand-written data-flow cases
# Whole files, written as an application would have them; "NNN" is the case number.

HAND = [
    (
        "sqli",
        True,
        ["framework-object", "builder", "collection-list", "string-concat", "imported-name"],
        """package org.securetag.bench.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;

@WebServlet("/products/search")
public class SqliCaseNNN extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        List<String> conditions = new ArrayList<>();
        String brand = request.getParameter("brand");
        if (brand != null && !brand.isBlank()) {
            conditions.add("brand = '" + brand + "'");
        }
        String maxPrice = request.getParameter("maxPrice");
        if (maxPrice != null) {
            conditions.add("price <= " + Double.parseDouble(maxPrice));
        }
        StringBuilder sql = new StringBuilder("SELECT id, name, price FROM products");
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        try (Connection connection = Db.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery(sql.toString());
            response.setContentType("application/json");
            int count = 0;
            while (rs.next()) {
                count++;
            }
            response.getWriter().print("{\\"count\\": " + count + "}");
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
""",
    ),
    (
        "sqli",
        False,
        [
            "framework-object",
            "builder",
            "collection-list",
            "sanitizer-parameterized",
            "imported-name",
        ],
        """package org.securetag.bench.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;

@WebServlet("/products/find")
public class SqliCaseNNN extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        String brand = request.getParameter("brand");
        if (brand != null && !brand.isBlank()) {
            conditions.add("brand = ?");
            arguments.add(brand);
        }
        String maxPrice = request.getParameter("maxPrice");
        if (maxPrice != null) {
            conditions.add("price <= ?");
            arguments.add(Double.parseDouble(maxPrice));
        }
        StringBuilder sql = new StringBuilder("SELECT id, name, price FROM products");
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        try (Connection connection = Db.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < arguments.size(); i++) {
                statement.setObject(i + 1, arguments.get(i));
            }
            ResultSet rs = statement.executeQuery();
            int count = 0;
            while (rs.next()) {
                count++;
            }
            response.setContentType("application/json");
            response.getWriter().print("{\\"count\\": " + count + "}");
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
""",
    ),
    (
        "cmdi",
        True,
        ["framework-object", "json-body", "helper-same-file", "string-format", "imported-name"],
        """package org.securetag.bench.cmdi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CmdiCaseNNN {

    @PostMapping("/tools/diagnostics")
    public ResponseEntity<String> traceroute(@RequestBody SubmissionForm form) throws IOException, InterruptedException {
        Process process = startTrace(form.getValue());
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return ResponseEntity.ok(output);
    }

    private Process startTrace(String host) throws IOException {
        String command = String.format("traceroute -m 10 %s 2>&1", host);
        return new ProcessBuilder("/bin/sh", "-c", command).start();
    }
}
""",
    ),
    (
        "cmdi",
        False,
        [
            "framework-object",
            "json-body",
            "helper-same-file",
            "sanitizer-allowlist",
            "imported-name",
        ],
        """package org.securetag.bench.cmdi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CmdiCaseNNN {

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*");

    @PostMapping("/tools/trace")
    public ResponseEntity<String> traceroute(@RequestBody SubmissionForm form) throws IOException, InterruptedException {
        String host = form.getValue();
        if (host == null || !HOST_NAME.matcher(host).matches()) {
            return ResponseEntity.badRequest().body("invalid host");
        }
        Process process = startTrace(host);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return ResponseEntity.ok(output);
    }

    private Process startTrace(String host) throws IOException {
        String command = String.format("traceroute -m 10 %s 2>&1", host);
        return new ProcessBuilder("/bin/sh", "-c", command).start();
    }
}
""",
    ),
    (
        "xss",
        True,
        ["framework-object", "collection-map", "builder", "imported-name"],
        """package org.securetag.bench.xss;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/debug/params")
public class XssCaseNNN extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            rows.append("<tr><td>").append(entry.getKey()).append("</td><td>")
                    .append(String.join(", ", entry.getValue())).append("</td></tr>");
        }
        PrintWriter out = response.getWriter();
        out.println("<table>");
        out.println(rows);
        out.println("</table>");
    }
}
""",
    ),
    (
        "xss",
        False,
        ["framework-object", "collection-map", "builder", "sanitizer-escape", "imported-name"],
        """package org.securetag.bench.xss;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.util.HtmlUtils;

@WebServlet("/debug/parameters")
public class XssCaseNNN extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            rows.append("<tr><td>").append(HtmlUtils.htmlEscape(entry.getKey())).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(String.join(", ", entry.getValue()))).append("</td></tr>");
        }
        PrintWriter out = response.getWriter();
        out.println("<table>");
        out.println(rows);
        out.println("</table>");
    }
}
""",
    ),
    (
        "pathtraver",
        True,
        ["framework-object", "path-param", "imported-name"],
        """package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PathtraverCaseNNN {

    private final Path invoiceDir = Paths.get("/var/lib/billing/invoices");

    @GetMapping("/invoices/{customer}/{file}")
    public ResponseEntity<Resource> download(@PathVariable String customer, @PathVariable String file) throws IOException {
        Path invoice = invoiceDir.resolve(customer).resolve(file);
        if (!Files.isReadable(invoice)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\\"" + invoice.getFileName() + "\\"")
                .body(new PathResource(invoice));
    }
}
""",
    ),
    (
        "pathtraver",
        False,
        ["framework-object", "path-param", "sanitizer-normalize-prefix", "imported-name"],
        """package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PathtraverCaseNNN {

    private final Path invoiceDir = Paths.get("/var/lib/billing/invoices").toAbsolutePath().normalize();

    @GetMapping("/billing/{customer}/{file}")
    public ResponseEntity<Resource> download(@PathVariable String customer, @PathVariable String file) throws IOException {
        Path invoice = invoiceDir.resolve(customer).resolve(file).normalize();
        if (!invoice.startsWith(invoiceDir) || !Files.isReadable(invoice)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\\"" + invoice.getFileName() + "\\"")
                .body(new PathResource(invoice));
    }
}
""",
    ),
    (
        "trustbound",
        True,
        ["framework-object", "collection-map", "imported-name"],
        """package org.securetag.bench.trustbound;

import java.io.IOException;
import java.util.Enumeration;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

@WebServlet("/wizard/step")
public class TrustboundCaseNNN extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            session.setAttribute("wizard." + name, request.getParameter(name));
        }
        response.sendRedirect("/wizard/next");
    }
}
""",
    ),
    (
        "trustbound",
        False,
        ["framework-object", "sanitizer-allowlist", "imported-name"],
        """package org.securetag.bench.trustbound;

import java.io.IOException;
import java.util.Set;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

@WebServlet("/wizard/shipping")
public class TrustboundCaseNNN extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SHIPPING = Set.of("standard", "express", "pickup");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        String shipping = request.getParameter("shipping");
        if (!SHIPPING.contains(shipping)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown shipping option");
            return;
        }
        session.setAttribute("wizard.shipping", shipping);
        response.sendRedirect("/wizard/payment");
    }
}
""",
    ),
    (
        "ssrf",
        True,
        ["framework-object", "json-body", "fqn-name"],
        """package org.securetag.bench.ssrf;

@org.springframework.web.bind.annotation.RestController
public class SsrfCaseNNN {

    private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(3))
            .build();

    @org.springframework.web.bind.annotation.PostMapping("/webhooks/test")
    public org.springframework.http.ResponseEntity<String> testWebhook(
            @org.springframework.web.bind.annotation.RequestBody org.securetag.bench.helpers.SubmissionForm form) throws Exception {
        java.net.http.HttpRequest ping = java.net.http.HttpRequest.newBuilder(java.net.URI.create(form.getValue()))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\\"event\\":\\"ping\\"}"))
                .build();
        java.net.http.HttpResponse<String> reply = client.send(ping, java.net.http.HttpResponse.BodyHandlers.ofString());
        return org.springframework.http.ResponseEntity.ok("status " + reply.statusCode());
    }
}
""",
    ),
    (
        "ssrf",
        False,
        ["framework-object", "json-body", "sanitizer-allowlist", "fqn-name"],
        """package org.securetag.bench.ssrf;

@org.springframework.web.bind.annotation.RestController
public class SsrfCaseNNN {

    private static final java.util.Map<String, java.net.URI> PARTNERS = java.util.Map.of(
            "acme", java.net.URI.create("https://hooks.acme.example/ping"),
            "globex", java.net.URI.create("https://api.globex.example/webhooks/ping"));

    private final java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();

    @org.springframework.web.bind.annotation.PostMapping("/partners/ping")
    public org.springframework.http.ResponseEntity<String> ping(
            @org.springframework.web.bind.annotation.RequestBody org.securetag.bench.helpers.SubmissionForm form) throws Exception {
        java.net.URI target = PARTNERS.get(form.getValue());
        if (target == null) {
            return org.springframework.http.ResponseEntity.badRequest().body("unknown partner");
        }
        java.net.http.HttpRequest ping = java.net.http.HttpRequest.newBuilder(target).GET().build();
        java.net.http.HttpResponse<String> reply = client.send(ping, java.net.http.HttpResponse.BodyHandlers.ofString());
        return org.springframework.http.ResponseEntity.ok("status " + reply.statusCode());
    }
}
""",
    ),
]


def hand() -> list[tuple[str, bool, list[str], str]]:
    return [(category, vulnerable, tags, text) for category, vulnerable, tags, text in HAND]


def cases() -> list[tuple[str, bool, list[str], str]]:
    return (
        weakhash()
        + weakcipher()
        + weakrand()
        + securecookie()
        + secrets()
        + xxe()
        + deserialization()
        + hand()
    )
