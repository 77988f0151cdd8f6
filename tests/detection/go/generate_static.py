# ruff: noqa: E501
# Go source templates are kept on one line each, so long lines are expected here.
"""Cases of the Go benchmark that are written one by one rather than combined.

Weak hash, weak cipher, weak randomness, cookie flags and hard-coded secrets
have no request data flow; their cases vary the API spelling (imported,
aliased, hash constants, config maps, helpers) and the strong/weak choice.
A few hand-written data-flow cases are added to the injection categories.
"NNN" in a case is replaced by its number.
"""

from __future__ import annotations

import random
import string


def imports(*specs: str) -> str:
    std = [s for s in specs if "." not in s.split('"')[-2 if '"' in s else 0].split("/")[0]]
    third = [s for s in specs if s not in std]

    def line(s):
        return s if '"' in s else f'"{s}"'

    key = lambda s: s.split('"')[1] if '"' in s else s  # noqa: E731
    block = "\n".join(line(s) for s in sorted(std, key=key))
    if third:
        block += "\n\n" + "\n".join(line(s) for s in sorted(third, key=key))
    return f"import (\n{block}\n)\n"


# ----------------------------------------------------------------------------- weak hash

HASH_CONTEXTS = [
    # (imports, head, tail) around BODY that computes sum []byte from data []byte
    (
        ["encoding/hex"],
        "// TokenDigestNNN is stored instead of the API token itself.\nfunc TokenDigestNNN(token string) string {\ndata := []byte(token)",
        "return hex.EncodeToString(sum)\n}",
    ),
    (
        ["fmt", "io", "net/http"],
        "func ChecksumHandlerNNN(w http.ResponseWriter, r *http.Request) {\ndata, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))\n"
        'if err != nil {\nhttp.Error(w, "bad request", http.StatusBadRequest)\nreturn\n}',
        'w.Header().Set("ETag", fmt.Sprintf("%x", sum))\nw.WriteHeader(http.StatusCreated)\n}',
    ),
    (
        ["crypto/subtle", "encoding/hex", "os"],
        "// VerifyDownloadNNN checks a downloaded release against its published digest.\n"
        "func VerifyDownloadNNN(path, want string) (bool, error) {\ndata, err := os.ReadFile(path)\nif err != nil {\nreturn false, err\n}",
        "return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil\n}",
    ),
]

WEAK_HASHES = [
    (["crypto/md5"], "s := md5.Sum(data)\nsum := s[:]", "", "weak-api+imported-name"),
    (
        ["crypto/md5"],
        "h := md5.New()\nh.Write(data)\nsum := h.Sum(nil)",
        "",
        "weak-api+imported-name",
    ),
    (["crypto/sha1"], "s := sha1.Sum(data)\nsum := s[:]", "", "weak-api+imported-name"),
    (
        ["crypto/sha1", "io"],
        "h := sha1.New()\nio.WriteString(h, string(data))\nsum := h.Sum(nil)",
        "",
        "weak-api+imported-name",
    ),
    (['legacyhash "crypto/md5"'], "s := legacyhash.Sum(data)\nsum := s[:]", "", "weak-api+alias"),
    (
        ["crypto", '_ "crypto/md5"'],
        "h := crypto.MD5.New()\nh.Write(data)\nsum := h.Sum(nil)",
        "",
        "weak-api+fqn-name",
    ),
    (
        ["crypto", '_ "crypto/sha1"'],
        "h := crypto.SHA1.New()\nh.Write(data)\nsum := h.Sum(nil)",
        "",
        "weak-api+fqn-name",
    ),
    (
        ["crypto/sha1", "crypto/sha256", "hash"],
        'hashers := map[string]func() hash.Hash{"sha1": sha1.New, "sha256": sha256.New}\nh := hashers[digestNameNNN]()\nh.Write(data)\nsum := h.Sum(nil)',
        'const digestNameNNN = "sha1"',
        "weak-api+collection-map+config-object",
    ),
    (
        ["crypto/md5"],
        "h := newDigestNNN()\nh.Write(data)\nsum := h.Sum(nil)",
        "var newDigestNNN = md5.New",
        "weak-api+alias",
    ),
    (
        ["golang.org/x/crypto/md4"],
        "h := md4.New()\nh.Write(data)\nsum := h.Sum(nil)",
        "",
        "weak-api+imported-name",
    ),
    (
        ["crypto/sha1"],
        "sum := digestNNN(data)",
        "func digestNNN(b []byte) []byte {\ns := sha1.Sum(b)\nreturn s[:]\n}",
        "weak-api+helper-same-file",
    ),
    (
        ["crypto", '_ "crypto/sha1"'],
        'cfg := hashConfigNNN{Algorithm: crypto.SHA1, Encoding: "hex"}\nh := cfg.Algorithm.New()\nh.Write(data)\nsum := h.Sum(nil)',
        "type hashConfigNNN struct {\nAlgorithm crypto.Hash\nEncoding string\n}",
        "weak-api+config-object+field",
    ),
    (['s1 "crypto/sha1"'], "h := s1.New()\nh.Write(data)\nsum := h.Sum(nil)", "", "weak-api+alias"),
    (
        ["crypto/md5", "crypto/sha256"],
        "var sum []byte\nif len(data) > 0 {\ns := md5.Sum(data)\nsum = s[:]\n} else {\ns := sha256.Sum256(data)\nsum = s[:]\n}",
        "",
        "weak-api",
    ),
]

STRONG_HASHES = [
    (["crypto/sha256"], "s := sha256.Sum256(data)\nsum := s[:]", "", "strong-api+imported-name"),
    (
        ["crypto/sha256"],
        "h := sha256.New()\nh.Write(data)\nsum := h.Sum(nil)",
        "",
        "strong-api+imported-name",
    ),
    (["crypto/sha512"], "s := sha512.Sum512(data)\nsum := s[:]", "", "strong-api+imported-name"),
    (
        ["crypto/sha512", "io"],
        "h := sha512.New384()\nio.WriteString(h, string(data))\nsum := h.Sum(nil)",
        "",
        "strong-api+imported-name",
    ),
    (
        ["crypto", '_ "crypto/sha256"'],
        "h := crypto.SHA256.New()\nh.Write(data)\nsum := h.Sum(nil)",
        "",
        "strong-api+fqn-name",
    ),
    (
        ["golang.org/x/crypto/sha3"],
        "s := sha3.Sum256(data)\nsum := s[:]",
        "",
        "strong-api+imported-name",
    ),
    (
        ["crypto/sha1", "crypto/sha256", "hash"],
        'hashers := map[string]func() hash.Hash{"sha1": sha1.New, "sha256": sha256.New}\nh := hashers[digestNameNNN]()\nh.Write(data)\nsum := h.Sum(nil)',
        'const digestNameNNN = "sha256"',
        "strong-api+collection-map+config-object",
    ),
    (
        ["crypto/md5", "crypto/sha256", "hash"],
        "var h hash.Hash = sha256.New()\nif legacyDigestNNN {\nh = md5.New()\n}\nh.Write(data)\nsum := h.Sum(nil)",
        "const legacyDigestNNN = false",
        "strong-api+constant-branch",
    ),
    (
        ["golang.org/x/crypto/blake2b"],
        "s := blake2b.Sum256(data)\nsum := s[:]",
        "",
        "strong-api+imported-name",
    ),
    (
        ["crypto/hmac", "crypto/sha256", "os"],
        'mac := hmac.New(sha256.New, []byte(os.Getenv("DIGEST_KEY")))\nmac.Write(data)\nsum := mac.Sum(nil)',
        "",
        "strong-api",
    ),
    (
        ['strong "crypto/sha512"'],
        "s := strong.Sum512_256(data)\nsum := s[:]",
        "",
        "strong-api+alias",
    ),
    (
        ["crypto", '_ "crypto/sha256"'],
        "alg := crypto.SHA1\nalg = crypto.SHA256\nh := alg.New()\nh.Write(data)\nsum := h.Sum(nil)",
        "",
        "strong-api+constant-overwrite",
    ),
    (
        ["crypto/sha256"],
        "sum := digestNNN(data)",
        "func digestNNN(b []byte) []byte {\ns := sha256.Sum256(b)\nreturn s[:]\n}",
        "strong-api+helper-same-file",
    ),
    (
        ["crypto", '_ "crypto/sha512"'],
        "cfg := hashConfigNNN{Algorithm: crypto.SHA512}\nh := cfg.Algorithm.New()\nh.Write(data)\nsum := h.Sum(nil)",
        "type hashConfigNNN struct {\nAlgorithm crypto.Hash\n}",
        "strong-api+config-object+field",
    ),
]


def hash_cases():
    out = []
    for vulnerable, table in ((True, WEAK_HASHES), (False, STRONG_HASHES)):
        for rnd in range(2):
            for i, (imps, body, decl, shape) in enumerate(table):
                if rnd == 1 and i >= 9:
                    break
                cimps, head, tail = HASH_CONTEXTS[(i + rnd) % len(HASH_CONTEXTS)]
                code = "package weakhash\n\n" + imports(*sorted(set(imps + cimps))) + "\n"
                if decl:
                    code += decl + "\n\n"
                code += f"{head}\n{body}\n{tail}\n"
                out.append((vulnerable, shape, code))
    return out


# ----------------------------------------------------------------------------- weak cipher

PAD = (
    "func padNNN(b []byte, size int) []byte {\nn := size - len(b)%size\n"
    "return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)\n}"
)

CIPHER_CONTEXTS = [
    (
        ["errors"],
        '// SealNNN encrypts a record before it is written to the archive.\nfunc SealNNN(key, plaintext []byte) ([]byte, error) {\nif len(key) < 32 {\nreturn nil, errors.New("key too short")\n}',
        "return out, nil\n}",
        "return nil, err",
    ),
    (
        ["encoding/base64", "os"],
        '// EncryptCookieNNN protects a value that the browser keeps for us.\nfunc EncryptCookieNNN(value string) (string, error) {\nkey := []byte(os.Getenv("COOKIE_KEY"))\nplaintext := []byte(value)',
        "return base64.StdEncoding.EncodeToString(out), nil\n}",
        'return "", err',
    ),
]


def cbc(block_line, imps, shape):
    body = (
        f"{block_line}\nif err != nil {{\nERR\n}}\npadded := padNNN(plaintext, block.BlockSize())\n"
        "out := make([]byte, block.BlockSize()+len(padded))\niv := out[:block.BlockSize()]\n"
        "if _, err := io.ReadFull(rand.Reader, iv); err != nil {\nERR\n}\n"
        "cipher.NewCBCEncrypter(block, iv).CryptBlocks(out[block.BlockSize():], padded)"
    )
    return ([*imps, "bytes", "crypto/cipher", "crypto/rand", "io"], body, PAD, shape)


def ecb(block_line, imps, shape):
    body = (
        f"{block_line}\nif err != nil {{\nERR\n}}\npadded := padNNN(plaintext, block.BlockSize())\nout := make([]byte, len(padded))\n"
        "for i := 0; i < len(padded); i += block.BlockSize() {\nblock.Encrypt(out[i:i+block.BlockSize()], padded[i:i+block.BlockSize()])\n}"
    )
    return ([*imps, "bytes"], body, PAD, shape)


def gcm(block_line, imps, shape):
    body = (
        f"{block_line}\nif err != nil {{\nERR\n}}\naead, err := cipher.NewGCM(block)\nif err != nil {{\nERR\n}}\n"
        "nonce := make([]byte, aead.NonceSize())\nif _, err := io.ReadFull(rand.Reader, nonce); err != nil {\nERR\n}\n"
        "out := aead.Seal(nonce, nonce, plaintext, nil)"
    )
    return ([*imps, "crypto/cipher", "crypto/rand", "io"], body, "", shape)


WEAK_CIPHERS = [
    cbc("block, err := des.NewCipher(key[:8])", ["crypto/des"], "weak-api+imported-name"),
    cbc("block, err := des.NewTripleDESCipher(key[:24])", ["crypto/des"], "weak-api+imported-name"),
    (
        ["crypto/rc4"],
        "c, err := rc4.NewCipher(key)\nif err != nil {\nERR\n}\nout := make([]byte, len(plaintext))\nc.XORKeyStream(out, plaintext)",
        "",
        "weak-api+imported-name",
    ),
    cbc(
        "block, err := blowfish.NewCipher(key[:16])",
        ["golang.org/x/crypto/blowfish"],
        "weak-api+imported-name",
    ),
    ecb("block, err := aes.NewCipher(key[:32])", ["crypto/aes"], "weak-api+ecb"),
    ecb("block, err := des.NewCipher(key[:8])", ["crypto/des"], "weak-api+ecb"),
    cbc("block, err := olddes.NewCipher(key[:8])", ['olddes "crypto/des"'], "weak-api+alias"),
    (
        ["bytes", "crypto/aes", "crypto/cipher"],
        "block, err := aes.NewCipher(key[:32])\nif err != nil {\nERR\n}\npadded := padNNN(plaintext, aes.BlockSize)\nout := make([]byte, len(padded))\n"
        "cipher.NewCBCEncrypter(block, fixedIVNNN).CryptBlocks(out, padded)",
        PAD + '\n\nvar fixedIVNNN = []byte("0000000000000000")',
        "weak-api+static-iv",
    ),
    cbc(
        "block, err := blockCiphersNNN[cipherNameNNN](key[:8])",
        ["crypto/aes", "crypto/des"],
        "weak-api+collection-map+config-object",
    ),
    (
        ["crypto/rc4"],
        "out := make([]byte, len(plaintext))\nif err := streamNNN(key, out, plaintext); err != nil {\nERR\n}",
        "func streamNNN(key, dst, src []byte) error {\nc, err := rc4.NewCipher(key)\nif err != nil {\nreturn err\n}\nc.XORKeyStream(dst, src)\nreturn nil\n}",
        "weak-api+helper-same-file",
    ),
    cbc(
        "block, err := des.NewTripleDESCipher(cfg.Key)",
        ["crypto/des"],
        "weak-api+config-object+field",
    ),
]

STRONG_CIPHERS = [
    gcm("block, err := aes.NewCipher(key[:32])", ["crypto/aes"], "strong-api+imported-name"),
    (
        ["golang.org/x/crypto/chacha20poly1305", "crypto/rand", "io"],
        "aead, err := chacha20poly1305.NewX(key[:32])\nif err != nil {\nERR\n}\nnonce := make([]byte, aead.NonceSize())\nif _, err := io.ReadFull(rand.Reader, nonce); err != nil {\nERR\n}\nout := aead.Seal(nonce, nonce, plaintext, nil)",
        "",
        "strong-api+imported-name",
    ),
    (
        ["golang.org/x/crypto/nacl/secretbox", "crypto/rand", "io"],
        "var k [32]byte\ncopy(k[:], key)\nvar nonce [24]byte\nif _, err := io.ReadFull(rand.Reader, nonce[:]); err != nil {\nERR\n}\nout := secretbox.Seal(nonce[:], plaintext, &nonce, &k)",
        "",
        "strong-api+imported-name",
    ),
    gcm("block, err := stdaes.NewCipher(key[:32])", ['stdaes "crypto/aes"'], "strong-api+alias"),
    gcm(
        "block, err := blockCiphersNNN[cipherNameNNN](key[:32])",
        ["crypto/aes", "crypto/des"],
        "strong-api+collection-map+config-object",
    ),
    (
        ["crypto/aes", "crypto/cipher", "crypto/des", "crypto/rand", "io"],
        "var block cipher.Block\nvar err error\nif legacyRecordsNNN {\nblock, err = des.NewCipher(key[:8])\n} else {\nblock, err = aes.NewCipher(key[:32])\n}\nif err != nil {\nERR\n}\naead, err := cipher.NewGCM(block)\nif err != nil {\nERR\n}\n"
        "nonce := make([]byte, aead.NonceSize())\nif _, err := io.ReadFull(rand.Reader, nonce); err != nil {\nERR\n}\nout := aead.Seal(nonce, nonce, plaintext, nil)",
        "const legacyRecordsNNN = false",
        "strong-api+constant-branch",
    ),
    (
        ["crypto/aes", "crypto/cipher", "crypto/hmac", "crypto/rand", "crypto/sha256", "io"],
        "block, err := aes.NewCipher(key[:32])\nif err != nil {\nERR\n}\nout := make([]byte, aes.BlockSize+len(plaintext))\niv := out[:aes.BlockSize]\n"
        "if _, err := io.ReadFull(rand.Reader, iv); err != nil {\nERR\n}\ncipher.NewCTR(block, iv).XORKeyStream(out[aes.BlockSize:], plaintext)\n"
        "mac := hmac.New(sha256.New, key[len(key)-32:])\nmac.Write(out)\nout = mac.Sum(out)",
        "",
        "strong-api",
    ),
    gcm("block, err := newBlockNNN(key[:32])", ["crypto/aes"], "strong-api+helper-same-file"),
    gcm("block, err := aes.NewCipher(cfg.Key)", ["crypto/aes"], "strong-api+config-object+field"),
    (
        ["crypto/aes", "crypto/cipher", "crypto/rand"],
        "block, err := aes.NewCipher(key[:32])\nif err != nil {\nERR\n}\naead, err := cipher.NewGCMWithNonceSize(block, 12)\nif err != nil {\nERR\n}\n"
        'nonce := make([]byte, 12)\nif _, err := rand.Read(nonce); err != nil {\nERR\n}\nout := aead.Seal(nonce, nonce, plaintext, []byte("v1"))',
        "",
        "strong-api",
    ),
    (
        ["golang.org/x/crypto/chacha20poly1305", "crypto/rand"],
        "aead, err := chacha20poly1305.New(key[:chacha20poly1305.KeySize])\nif err != nil {\nERR\n}\nnonce := make([]byte, chacha20poly1305.NonceSize)\nif _, err := rand.Read(nonce); err != nil {\nERR\n}\nout := aead.Seal(nonce, nonce, plaintext, nil)",
        "",
        "strong-api+imported-name",
    ),
]


def cipher_cases():
    out = []
    for vulnerable, table in ((True, WEAK_CIPHERS), (False, STRONG_CIPHERS)):
        for rnd in range(2):
            for i, (imps, body, decl, shape) in enumerate(table):
                cimps, head, tail, err = CIPHER_CONTEXTS[(i + rnd) % 2]
                decls = [decl] if decl else []
                if "cipherNameNNN" in body:
                    name = "des" if vulnerable else "aes"
                    decls.append(f'const cipherNameNNN = "{name}"')
                    decls.append(
                        'var blockCiphersNNN = map[string]func([]byte) (cipher.Block, error){\n"des": des.NewCipher,\n"aes": aes.NewCipher,\n}'
                    )
                    imps = [*imps, "crypto/cipher"]
                if "cfg." in body:
                    decls.append("type cipherConfigNNN struct {\nKey []byte\nMode string\n}")
                    body = 'cfg := cipherConfigNNN{Key: key, Mode: "record"}\n' + body
                if "newBlockNNN" in body:
                    decls.append(
                        "func newBlockNNN(key []byte) (cipher.Block, error) {\nreturn aes.NewCipher(key)\n}"
                    )
                code = "package weakcipher\n\n" + imports(*sorted(set(imps + cimps))) + "\n"
                code += "".join(d + "\n\n" for d in decls)
                code += f"{head}\n{body.replace('ERR', err)}\n{tail}\n"
                out.append((vulnerable, shape, code))
    return out


# ----------------------------------------------------------------------------- weak randomness

RAND_TRUE = [
    (
        "math/rand encoding/hex",
        "// NewResetTokenNNN returns the token mailed to a user who forgot the password.\nfunc NewResetTokenNNN() string {\nb := make([]byte, 16)\nrand.Read(b)\nreturn hex.EncodeToString(b)\n}",
        "weak-api+imported-name",
    ),
    (
        "math/rand",
        'const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"\n\nfunc SessionIDNNN() string {\nb := make([]byte, 32)\nfor i := range b {\nb[i] = letters[rand.Intn(len(letters))]\n}\nreturn string(b)\n}',
        "weak-api",
    ),
    (
        "fmt math/rand",
        '// OneTimeCodeNNN is the six-digit code sent by SMS at login.\nfunc OneTimeCodeNNN() string {\nreturn fmt.Sprintf("%06d", rand.Intn(1000000))\n}',
        "weak-api",
    ),
    (
        "math/rand net/http strconv time",
        'var rngNNN = rand.New(rand.NewSource(time.Now().UnixNano()))\n\nfunc CSRFHandlerNNN(w http.ResponseWriter, r *http.Request) {\nvalue := strconv.FormatInt(rngNNN.Int63(), 16)\nhttp.SetCookie(w, &http.Cookie{Name: "csrf", Value: value, Secure: true, HttpOnly: true})\nw.Write([]byte(value))\n}',
        "weak-api+field",
    ),
    (
        'mrand "math/rand" encoding/base64',
        'func NewAPIKeyNNN() string {\nbuf := make([]byte, 24)\nmrand.Read(buf)\nreturn "ak_" + base64.RawURLEncoding.EncodeToString(buf)\n}',
        "weak-api+alias",
    ),
    (
        "math/rand net/http strconv",
        'func SignRequestNNN(req *http.Request) {\nreq.Header.Set("X-Nonce", strconv.FormatUint(rand.Uint64(), 10))\n}',
        "weak-api+header",
    ),
    (
        "crypto/aes crypto/cipher math/rand",
        "func NewRecordCipherNNN() (cipher.AEAD, []byte, error) {\nkey := make([]byte, 32)\nrand.Read(key)\nblock, err := aes.NewCipher(key)\nif err != nil {\nreturn nil, nil, err\n}\naead, err := cipher.NewGCM(block)\nreturn aead, key, err\n}",
        "weak-api",
    ),
    (
        "math/rand strconv",
        "// InviteCodeNNN lets the holder join a private workspace.\nfunc InviteCodeNNN() string {\nreturn strconv.FormatInt(rand.Int63(), 36)\n}",
        "weak-api",
    ),
    (
        "math/rand",
        'func TemporaryPasswordNNN(length int) string {\nconst alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$"\nout := make([]byte, length)\nfor i := range out {\nout[i] = alphabet[rand.Intn(len(alphabet))]\n}\nreturn string(out)\n}',
        "weak-api",
    ),
    (
        "encoding/hex math/rand net/http",
        'func LoginHandlerNNN(w http.ResponseWriter, r *http.Request) {\nx := make([]byte, 20)\nrand.Read(x)\nhttp.SetCookie(w, &http.Cookie{Name: "sid", Value: hex.EncodeToString(x), Secure: true, HttpOnly: true})\nw.WriteHeader(http.StatusNoContent)\n}',
        "weak-api+cookie",
    ),
    (
        "crypto/sha256 math/rand",
        "func HashPasswordNNN(password string) (salt, digest []byte) {\nsalt = make([]byte, 16)\nrand.Read(salt)\nsum := sha256.Sum256(append(salt, password...))\nreturn salt, sum[:]\n}",
        "weak-api",
    ),
    (
        "math/rand time",
        "func init() {\nrand.Seed(time.Now().UnixNano())\n}\n\nfunc VerificationTokenNNN() int32 {\nreturn rand.Int31()\n}",
        "weak-api",
    ),
    (
        "math/rand",
        'func randomStringNNN(n int) string {\nconst chars = "0123456789abcdef"\nb := make([]byte, n)\nfor i := range b {\nb[i] = chars[rand.Intn(len(chars))]\n}\nreturn string(b)\n}\n\nfunc NewClientSecretNNN() string {\nreturn randomStringNNN(40)\n}',
        "weak-api+helper-same-file",
    ),
    (
        "fmt math/rand",
        'func NewSessionNNN() string {\nreturn fmt.Sprintf("%08x-%08x-%08x", rand.Uint32(), rand.Uint32(), rand.Uint32())\n}',
        "weak-api+string-format",
    ),
    (
        "encoding/hex math/rand",
        "// EmailVerificationNNN builds the link token for address confirmation.\nfunc EmailVerificationNNN() string {\nr := rand.New(rand.NewSource(42))\nb := make([]byte, 16)\nr.Read(b)\nreturn hex.EncodeToString(b)\n}",
        "weak-api",
    ),
    (
        "math/rand strconv time",
        "type tokenIssuerNNN struct {\nrng *rand.Rand\n}\n\nfunc newTokenIssuerNNN() *tokenIssuerNNN {\nreturn &tokenIssuerNNN{rng: rand.New(rand.NewSource(time.Now().UnixNano()))}\n}\n\nfunc (t *tokenIssuerNNN) RefreshToken() string {\nreturn strconv.FormatUint(t.rng.Uint64(), 36) + strconv.FormatUint(t.rng.Uint64(), 36)\n}",
        "weak-api+field",
    ),
    (
        "math/big math/rand time",
        "func PinNNN() *big.Int {\nr := rand.New(rand.NewSource(time.Now().Unix()))\nreturn big.NewInt(r.Int63n(10000))\n}",
        "weak-api",
    ),
    (
        "encoding/base32 math/rand",
        "// MFASecretNNN is enrolled into the user's authenticator app.\nfunc MFASecretNNN() string {\nseed := make([]byte, 20)\nfor i := range seed {\nseed[i] = byte(rand.Intn(256))\n}\nreturn base32.StdEncoding.EncodeToString(seed)\n}",
        "weak-api",
    ),
    (
        "github.com/gin-gonic/gin math/rand net/http strconv",
        'func IssueTicketNNN(c *gin.Context) {\nticket := strconv.Itoa(rand.Int())\nc.SetCookie("ticket", ticket, 300, "/", "", true, true)\nc.Status(http.StatusNoContent)\n}',
        "weak-api+framework-object",
    ),
    (
        "math/rand",
        'type sessionNNN struct {\nID string\nUser string\n}\n\nfunc StartSessionNNN(user string) sessionNNN {\nid := make([]byte, 12)\nfor i := range id {\nid[i] = "0123456789ABCDEF"[rand.Intn(16)]\n}\nreturn sessionNNN{ID: string(id), User: user}\n}',
        "weak-api+field",
    ),
    (
        'weak "math/rand" encoding/hex',
        "func UnsubscribeTokenNNN() string {\nb := make([]byte, 16)\nfor i := range b {\nb[i] = byte(weak.Uint32())\n}\nreturn hex.EncodeToString(b)\n}",
        "weak-api+alias",
    ),
    (
        "math/rand strconv",
        'func ApiNonceNNN() string {\nperm := rand.Perm(10)\nout := ""\nfor _, d := range perm[:8] {\nout += strconv.Itoa(d)\n}\nreturn out\n}',
        "weak-api",
    ),
]

RAND_FALSE = [
    (
        "crypto/rand encoding/hex",
        'func NewResetTokenNNN() (string, error) {\nb := make([]byte, 16)\nif _, err := rand.Read(b); err != nil {\nreturn "", err\n}\nreturn hex.EncodeToString(b), nil\n}',
        "strong-api+imported-name",
    ),
    (
        'crand "crypto/rand" encoding/base64',
        'func NewAPIKeyNNN() (string, error) {\nbuf := make([]byte, 24)\nif _, err := crand.Read(buf); err != nil {\nreturn "", err\n}\nreturn "ak_" + base64.RawURLEncoding.EncodeToString(buf), nil\n}',
        "strong-api+alias",
    ),
    (
        "crypto/rand fmt math/big",
        'func OneTimeCodeNNN() (string, error) {\nn, err := rand.Int(rand.Reader, big.NewInt(1000000))\nif err != nil {\nreturn "", err\n}\nreturn fmt.Sprintf("%06d", n.Int64()), nil\n}',
        "strong-api",
    ),
    (
        "crypto/rand encoding/base64 net/http",
        'func LoginHandlerNNN(w http.ResponseWriter, r *http.Request) {\nx := make([]byte, 32)\nif _, err := rand.Read(x); err != nil {\nhttp.Error(w, "internal error", http.StatusInternalServerError)\nreturn\n}\nhttp.SetCookie(w, &http.Cookie{Name: "sid", Value: base64.RawURLEncoding.EncodeToString(x), Secure: true, HttpOnly: true})\nw.WriteHeader(http.StatusNoContent)\n}',
        "strong-api+cookie",
    ),
    (
        "math/rand",
        "type trackNNN struct {\nTitle string\n}\n\n// ShufflePlaylistNNN reorders the tracks for the shuffle button.\nfunc ShufflePlaylistNNN(tracks []trackNNN) {\nrand.Shuffle(len(tracks), func(i, j int) {\ntracks[i], tracks[j] = tracks[j], tracks[i]\n})\n}",
        "safe-api",
    ),
    (
        "math/rand time",
        "// BackoffNNN waits a little longer after each failed attempt, with jitter.\nfunc BackoffNNN(attempt int) time.Duration {\nbase := time.Duration(1<<attempt) * 100 * time.Millisecond\nreturn base + time.Duration(rand.Int63n(int64(base)))\n}",
        "safe-api",
    ),
    (
        "log math/rand",
        "func SampleLogNNN(line string) {\nif rand.Float64() < 0.01 {\nlog.Println(line)\n}\n}",
        "safe-api",
    ),
    (
        "math/rand",
        "// PickBackendNNN spreads requests over the healthy replicas.\nfunc PickBackendNNN(backends []string) string {\nreturn backends[rand.Intn(len(backends))]\n}",
        "safe-api",
    ),
    (
        "math/rand",
        'var tipsNNN = []string{"Press ? for shortcuts", "Drag files to upload", "Star a project to pin it"}\n\nfunc TipOfTheDayNNN() string {\nreturn tipsNNN[rand.Intn(len(tipsNNN))]\n}',
        "safe-api",
    ),
    (
        'crand "crypto/rand" encoding/hex math/rand',
        "type cardNNN struct {\nID int\n}\n\nfunc DealNNN(deck []cardNNN) (string, []cardNNN) {\nrand.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })\ngameID := make([]byte, 16)\nif _, err := crand.Read(gameID); err != nil {\npanic(err)\n}\nreturn hex.EncodeToString(gameID), deck\n}",
        "strong-api+unrelated-variable",
    ),
    (
        "crypto/rand math/big",
        'func TemporaryPasswordNNN(length int) (string, error) {\nconst alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$"\nout := make([]byte, length)\nfor i := range out {\nn, err := rand.Int(rand.Reader, big.NewInt(int64(len(alphabet))))\nif err != nil {\nreturn "", err\n}\nout[i] = alphabet[n.Int64()]\n}\nreturn string(out), nil\n}',
        "strong-api",
    ),
    (
        "fmt math/rand",
        'func AvatarColorNNN() string {\nreturn fmt.Sprintf("#%02x%02x%02x", rand.Intn(256), rand.Intn(256), rand.Intn(256))\n}',
        "safe-api+string-format",
    ),
    (
        "math/rand",
        "type questionNNN struct {\nText string\n}\n\nfunc QuizOrderNNN(qs []questionNNN) []questionNNN {\nout := make([]questionNNN, len(qs))\nfor i, j := range rand.Perm(len(qs)) {\nout[i] = qs[j]\n}\nreturn out\n}",
        "safe-api",
    ),
    (
        "math/rand time",
        "var jitterNNN = rand.New(rand.NewSource(time.Now().UnixNano()))\n\nfunc PollIntervalNNN() time.Duration {\nreturn 30*time.Second + time.Duration(jitterNNN.Intn(5000))*time.Millisecond\n}",
        "safe-api",
    ),
    (
        "crypto/aes crypto/cipher crypto/rand io",
        "func NewRecordCipherNNN() (cipher.AEAD, []byte, error) {\nkey := make([]byte, 32)\nif _, err := io.ReadFull(rand.Reader, key); err != nil {\nreturn nil, nil, err\n}\nblock, err := aes.NewCipher(key)\nif err != nil {\nreturn nil, nil, err\n}\naead, err := cipher.NewGCM(block)\nreturn aead, key, err\n}",
        "strong-api",
    ),
    (
        "crypto/rand encoding/hex",
        "func randomStringNNN(n int) string {\nb := make([]byte, n)\nif _, err := rand.Read(b); err != nil {\npanic(err)\n}\nreturn hex.EncodeToString(b)\n}\n\nfunc NewClientSecretNNN() string {\nreturn randomStringNNN(20)\n}",
        "strong-api+helper-same-file",
    ),
    (
        "crypto/rand encoding/binary strconv net/http",
        'func SignRequestNNN(req *http.Request) error {\nvar b [8]byte\nif _, err := rand.Read(b[:]); err != nil {\nreturn err\n}\nreq.Header.Set("X-Nonce", strconv.FormatUint(binary.BigEndian.Uint64(b[:]), 10))\nreturn nil\n}',
        "strong-api+header",
    ),
    (
        "math/rand",
        "// SplitTrafficNNN sends a share of anonymous visitors to the new landing page.\nfunc SplitTrafficNNN(percent int) bool {\nreturn rand.Intn(100) < percent\n}",
        "safe-api",
    ),
    (
        "crypto/rand encoding/base32",
        'func MFASecretNNN() (string, error) {\nseed := make([]byte, 20)\nif _, err := rand.Read(seed); err != nil {\nreturn "", err\n}\nreturn base32.StdEncoding.EncodeToString(seed), nil\n}',
        "strong-api",
    ),
    (
        "crypto/rand github.com/gin-gonic/gin encoding/hex net/http",
        'func IssueTicketNNN(c *gin.Context) {\nb := make([]byte, 16)\nif _, err := rand.Read(b); err != nil {\nc.AbortWithStatus(http.StatusInternalServerError)\nreturn\n}\nc.SetCookie("ticket", hex.EncodeToString(b), 300, "/", "", true, true)\nc.Status(http.StatusNoContent)\n}',
        "strong-api+framework-object",
    ),
    (
        "math/rand",
        "type pointNNN struct {\nX, Y float64\n}\n\n// DemoDataNNN fills the chart preview with made-up points.\nfunc DemoDataNNN(n int) []pointNNN {\npts := make([]pointNNN, n)\nfor i := range pts {\npts[i] = pointNNN{X: float64(i), Y: rand.NormFloat64()}\n}\nreturn pts\n}",
        "safe-api",
    ),
    (
        "crypto/rand encoding/hex",
        "type sessionNNN struct {\nID string\nUser string\n}\n\nfunc StartSessionNNN(user string) (sessionNNN, error) {\nid := make([]byte, 16)\nif _, err := rand.Read(id); err != nil {\nreturn sessionNNN{}, err\n}\nreturn sessionNNN{ID: hex.EncodeToString(id), User: user}, nil\n}",
        "strong-api+field",
    ),
]


def rand_cases():
    out = []
    for vulnerable, table in ((True, RAND_TRUE), (False, RAND_FALSE)):
        for imps, body, shape in table:
            specs = []
            rest = imps
            while rest:
                rest = rest.strip()
                if " " in rest and rest.split(" ", 1)[1].startswith('"'):
                    alias, tail = rest.split(" ", 1)
                    path, rest = tail[1:].split('"', 1)
                    specs.append(f'{alias} "{path}"')
                else:
                    head, _, rest = rest.partition(" ")
                    specs.append(head)
            out.append(
                (vulnerable, shape, "package weakrand\n\n" + imports(*specs) + "\n" + body + "\n")
            )
    return out


# ----------------------------------------------------------------------------- cookie flags

COOKIE = [
    # (vulnerable, imports, body, shape)
    (
        True,
        "net/http",
        'func LoginNNN(w http.ResponseWriter, r *http.Request) {\nsid := r.Context().Value(sessionKeyNNN{}).(string)\nhttp.SetCookie(w, &http.Cookie{\nName: "session_id",\nValue: sid,\nPath: "/",\nHttpOnly: true,\nSameSite: http.SameSiteLaxMode,\n})\nw.WriteHeader(http.StatusNoContent)\n}\n\ntype sessionKeyNNN struct{}',
        "direct",
    ),
    (
        False,
        "net/http",
        'func LoginNNN(w http.ResponseWriter, r *http.Request) {\nsid := r.Context().Value(sessionKeyNNN{}).(string)\nhttp.SetCookie(w, &http.Cookie{\nName: "session_id",\nValue: sid,\nPath: "/",\nSecure: true,\nHttpOnly: true,\nSameSite: http.SameSiteLaxMode,\n})\nw.WriteHeader(http.StatusNoContent)\n}\n\ntype sessionKeyNNN struct{}',
        "safe-config",
    ),
    (
        True,
        "net/http time",
        'func RememberMeNNN(w http.ResponseWriter, token string) {\nhttp.SetCookie(w, &http.Cookie{Name: "remember_me", Value: token, Expires: time.Now().Add(30 * 24 * time.Hour), Secure: false, HttpOnly: true})\n}',
        "direct",
    ),
    (
        False,
        "net/http time",
        'func RememberMeNNN(w http.ResponseWriter, token string) {\nhttp.SetCookie(w, &http.Cookie{Name: "remember_me", Value: token, Expires: time.Now().Add(30 * 24 * time.Hour), Secure: true, HttpOnly: true})\n}',
        "safe-config",
    ),
    (
        True,
        "github.com/gin-gonic/gin net/http",
        'func SignInNNN(c *gin.Context) {\nc.SetCookie("session", c.GetString("session_id"), 3600, "/", "", false, true)\nc.Status(http.StatusNoContent)\n}',
        "framework-object",
    ),
    (
        False,
        "github.com/gin-gonic/gin net/http",
        'func SignInNNN(c *gin.Context) {\nc.SetCookie("session", c.GetString("session_id"), 3600, "/", "", true, true)\nc.Status(http.StatusNoContent)\n}',
        "framework-object+safe-config",
    ),
    (
        True,
        "net/http",
        'func SetAuthCookieNNN(w http.ResponseWriter, token string) {\ncookie := http.Cookie{Name: "auth", Value: token, Path: "/", HttpOnly: true}\ncookie.Secure = false\nhttp.SetCookie(w, &cookie)\n}',
        "field",
    ),
    (
        False,
        "net/http",
        'func SetAuthCookieNNN(w http.ResponseWriter, token string) {\ncookie := http.Cookie{Name: "auth", Value: token, Path: "/", HttpOnly: true}\ncookie.Secure = true\nhttp.SetCookie(w, &cookie)\n}',
        "field+safe-config",
    ),
    (
        True,
        "net/http",
        'const secureCookiesNNN = false\n\nfunc IssueNNN(w http.ResponseWriter, sid string) {\nhttp.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Secure: secureCookiesNNN, HttpOnly: true})\n}',
        "config-object",
    ),
    (
        False,
        "net/http",
        'const secureCookiesNNN = true\n\nfunc IssueNNN(w http.ResponseWriter, sid string) {\nhttp.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Secure: secureCookiesNNN, HttpOnly: true})\n}',
        "config-object+safe-config",
    ),
    (
        True,
        "github.com/gorilla/sessions os",
        'var storeNNN = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))\n\nfunc init() {\nstoreNNN.Options = &sessions.Options{\nPath: "/",\nMaxAge: 86400 * 7,\nHttpOnly: true,\n}\n}',
        "config-object",
    ),
    (
        False,
        "github.com/gorilla/sessions net/http os",
        'var storeNNN = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))\n\nfunc init() {\nstoreNNN.Options = &sessions.Options{\nPath: "/",\nMaxAge: 86400 * 7,\nSecure: true,\nHttpOnly: true,\nSameSite: http.SameSiteStrictMode,\n}\n}',
        "config-object+safe-config",
    ),
    (
        True,
        "github.com/gorilla/sessions net/http",
        'func SaveNNN(store *sessions.CookieStore, w http.ResponseWriter, r *http.Request) error {\nsession, err := store.Get(r, "app")\nif err != nil {\nreturn err\n}\nsession.Options.Secure = false\nsession.Options.HttpOnly = true\nreturn session.Save(r, w)\n}',
        "field",
    ),
    (
        False,
        "github.com/gorilla/sessions net/http",
        'func SaveNNN(store *sessions.CookieStore, w http.ResponseWriter, r *http.Request) error {\nsession, err := store.Get(r, "app")\nif err != nil {\nreturn err\n}\nsession.Options.Secure = true\nsession.Options.HttpOnly = true\nreturn session.Save(r, w)\n}',
        "field+safe-config",
    ),
    (
        True,
        "net/http",
        'func SetCSRFNNN(w http.ResponseWriter, token string) {\nc := new(http.Cookie)\nc.Name = "csrf_token"\nc.Value = token\nc.Path = "/"\nc.HttpOnly = true\nhttp.SetCookie(w, c)\n}',
        "field",
    ),
    (
        False,
        "net/http",
        'func SetCSRFNNN(w http.ResponseWriter, token string) {\nc := new(http.Cookie)\nc.Name = "csrf_token"\nc.Value = token\nc.Path = "/"\nc.Secure = true\nc.HttpOnly = true\nhttp.SetCookie(w, c)\n}',
        "field+safe-config",
    ),
    (
        True,
        "net/http",
        'func newCookieNNN(name, value string) *http.Cookie {\nreturn &http.Cookie{Name: name, Value: value, Path: "/", HttpOnly: true, MaxAge: 3600}\n}\n\nfunc SessionNNN(w http.ResponseWriter, sid string) {\nhttp.SetCookie(w, newCookieNNN("session", sid))\n}',
        "helper-same-file",
    ),
    (
        False,
        "net/http",
        'func newCookieNNN(name, value string) *http.Cookie {\nreturn &http.Cookie{Name: name, Value: value, Path: "/", Secure: true, HttpOnly: true, MaxAge: 3600}\n}\n\nfunc SessionNNN(w http.ResponseWriter, sid string) {\nhttp.SetCookie(w, newCookieNNN("session", sid))\n}',
        "helper-same-file+safe-config",
    ),
    (
        True,
        "net/http",
        'type cookieConfigNNN struct {\nSecure bool\nDomain string\n}\n\nvar cookiesNNN = cookieConfigNNN{Secure: false, Domain: "app.example.com"}\n\nfunc WriteSessionNNN(w http.ResponseWriter, sid string) {\nhttp.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Domain: cookiesNNN.Domain, Secure: cookiesNNN.Secure, HttpOnly: true})\n}',
        "config-object+field",
    ),
    (
        False,
        "net/http",
        'type cookieConfigNNN struct {\nSecure bool\nDomain string\n}\n\nvar cookiesNNN = cookieConfigNNN{Secure: true, Domain: "app.example.com"}\n\nfunc WriteSessionNNN(w http.ResponseWriter, sid string) {\nhttp.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Domain: cookiesNNN.Domain, Secure: cookiesNNN.Secure, HttpOnly: true})\n}',
        "config-object+field+safe-config",
    ),
    (
        True,
        "net/http",
        'func RawHeaderNNN(w http.ResponseWriter, sid string) {\nw.Header().Add("Set-Cookie", "session="+sid+"; Path=/; HttpOnly; SameSite=Lax")\nw.WriteHeader(http.StatusNoContent)\n}',
        "header+string-concat",
    ),
    (
        False,
        "net/http",
        'func RawHeaderNNN(w http.ResponseWriter, sid string) {\nw.Header().Add("Set-Cookie", "session="+sid+"; Path=/; Secure; HttpOnly; SameSite=Lax")\nw.WriteHeader(http.StatusNoContent)\n}',
        "header+string-concat+safe-config",
    ),
    (
        True,
        "github.com/gin-contrib/sessions github.com/gin-contrib/sessions/cookie github.com/gin-gonic/gin os",
        'func SetupNNN(r *gin.Engine) {\nstore := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))\nstore.Options(sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: false})\nr.Use(sessions.Sessions("app", store))\n}',
        "framework-object+config-object",
    ),
    (
        False,
        "github.com/gin-contrib/sessions github.com/gin-contrib/sessions/cookie github.com/gin-gonic/gin os",
        'func SetupNNN(r *gin.Engine) {\nstore := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))\nstore.Options(sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true})\nr.Use(sessions.Sessions("app", store))\n}',
        "framework-object+config-object+safe-config",
    ),
    (
        True,
        "net/http",
        'func ImpersonateNNN(w http.ResponseWriter, r *http.Request) {\ntarget := r.URL.Query().Get("as")\nhttp.SetCookie(w, &http.Cookie{Name: "impersonate", Value: target, Path: "/admin", HttpOnly: false})\nhttp.Redirect(w, r, "/admin", http.StatusSeeOther)\n}',
        "direct",
    ),
    (
        False,
        "net/http",
        'const insecureDevCookiesNNN = false\n\nfunc IssueNNN(w http.ResponseWriter, sid string) {\nc := &http.Cookie{Name: "sid", Value: sid, Path: "/", Secure: true, HttpOnly: true}\nif insecureDevCookiesNNN {\nc.Secure = false\n}\nhttp.SetCookie(w, c)\n}',
        "constant-branch+safe-config",
    ),
    (
        True,
        "net/http",
        'func IssueNNN(w http.ResponseWriter, sid string) {\nc := &http.Cookie{Name: "sid", Value: sid, Path: "/", Secure: true, HttpOnly: true}\nc.Secure = false\nhttp.SetCookie(w, c)\n}',
        "constant-overwrite",
    ),
    (
        False,
        "net/http",
        'func IssueNNN(w http.ResponseWriter, sid string) {\nc := &http.Cookie{Name: "sid", Value: sid, Path: "/", HttpOnly: true}\nc.Secure = true\nhttp.SetCookie(w, c)\n}',
        "constant-overwrite+safe-config",
    ),
    (
        True,
        "github.com/gin-gonic/gin net/http",
        'func RefreshNNN(c *gin.Context) {\nc.SetSameSite(http.SameSiteStrictMode)\nc.SetCookie("refresh_token", c.GetString("refresh"), 86400, "/auth", "api.example.com", false, true)\nc.Status(http.StatusOK)\n}',
        "framework-object",
    ),
    (
        False,
        "github.com/gin-gonic/gin net/http",
        'const secureNNN = true\n\nfunc RefreshNNN(c *gin.Context) {\nc.SetSameSite(http.SameSiteStrictMode)\nc.SetCookie("refresh_token", c.GetString("refresh"), 86400, "/auth", "api.example.com", secureNNN, true)\nc.Status(http.StatusOK)\n}',
        "framework-object+config-object+safe-config",
    ),
    (
        True,
        "net/http",
        'func cookiesNNN(sid, csrf string) []*http.Cookie {\nreturn []*http.Cookie{\n{Name: "sid", Value: sid, HttpOnly: true},\n{Name: "csrf", Value: csrf},\n}\n}\n\nfunc WriteNNN(w http.ResponseWriter, sid, csrf string) {\nfor _, c := range cookiesNNN(sid, csrf) {\nhttp.SetCookie(w, c)\n}\n}',
        "collection-list+helper-same-file",
    ),
    (
        False,
        "net/http",
        'func cookiesNNN(sid, csrf string) []*http.Cookie {\nreturn []*http.Cookie{\n{Name: "sid", Value: sid, Secure: true, HttpOnly: true},\n{Name: "csrf", Value: csrf, Secure: true, HttpOnly: true},\n}\n}\n\nfunc WriteNNN(w http.ResponseWriter, sid, csrf string) {\nfor _, c := range cookiesNNN(sid, csrf) {\nhttp.SetCookie(w, c)\n}\n}',
        "collection-list+helper-same-file+safe-config",
    ),
    (
        True,
        "github.com/gorilla/sessions",
        "func NewStoreNNN(key []byte) *sessions.CookieStore {\nstore := sessions.NewCookieStore(key)\nstore.Options.Secure = false\nstore.Options.HttpOnly = true\nreturn store\n}",
        "field",
    ),
    (
        False,
        "github.com/gorilla/sessions",
        "func NewStoreNNN(key []byte) *sessions.CookieStore {\nstore := sessions.NewCookieStore(key)\nstore.Options.Secure = true\nstore.Options.HttpOnly = true\nreturn store\n}",
        "field+safe-config",
    ),
    (
        True,
        "net/http",
        'func TrackLoginNNN(w http.ResponseWriter, userID string) {\ncookie := &http.Cookie{}\ncookie.Name = "uid"\ncookie.Value = userID\ncookie.MaxAge = 86400\nhttp.SetCookie(w, cookie)\n}',
        "field",
    ),
    (
        False,
        "net/http os",
        'func IssueNNN(w http.ResponseWriter, sid string) {\nsecure := true\nif os.Getenv("APP_ENV") == "never-used" && false {\nsecure = false\n}\nhttp.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Secure: secure, HttpOnly: true})\n}',
        "constant-branch+safe-config",
    ),
    (
        True,
        "net/http",
        'func ExchangeNNN(w http.ResponseWriter, r *http.Request) {\ntoken := r.Header.Get("X-Upstream-Token")\nhttp.SetCookie(w, &http.Cookie{Name: "access_token", Value: token, Path: "/", MaxAge: 900, HttpOnly: true, SameSite: http.SameSiteNoneMode})\nw.WriteHeader(http.StatusNoContent)\n}',
        "header",
    ),
    (
        False,
        "net/http",
        'func ExchangeNNN(w http.ResponseWriter, r *http.Request) {\ntoken := r.Header.Get("X-Upstream-Token")\nhttp.SetCookie(w, &http.Cookie{Name: "__Host-access_token", Value: token, Path: "/", MaxAge: 900, Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode})\nw.WriteHeader(http.StatusNoContent)\n}',
        "header+safe-config",
    ),
    (
        True,
        "net/http",
        'var baseCookieNNN = http.Cookie{Path: "/", HttpOnly: true, Secure: false}\n\nfunc IssueNNN(w http.ResponseWriter, sid string) {\nc := baseCookieNNN\nc.Name = "sid"\nc.Value = sid\nhttp.SetCookie(w, &c)\n}',
        "config-object",
    ),
    (
        False,
        "net/http",
        'var baseCookieNNN = http.Cookie{Path: "/", HttpOnly: true, Secure: true}\n\nfunc IssueNNN(w http.ResponseWriter, sid string) {\nc := baseCookieNNN\nc.Name = "sid"\nc.Value = sid\nhttp.SetCookie(w, &c)\n}',
        "config-object+safe-config",
    ),
    (
        True,
        "github.com/labstack/echo/v4 net/http",
        'func LoginNNN(c echo.Context) error {\nc.SetCookie(&http.Cookie{Name: "session", Value: c.Get("sid").(string), HttpOnly: true})\nreturn c.NoContent(http.StatusNoContent)\n}',
        "framework-object",
    ),
    (
        False,
        "github.com/labstack/echo/v4 net/http",
        'func LoginNNN(c echo.Context) error {\nc.SetCookie(&http.Cookie{Name: "session", Value: c.Get("sid").(string), Secure: true, HttpOnly: true})\nreturn c.NoContent(http.StatusNoContent)\n}',
        "framework-object+safe-config",
    ),
]


def cookie_cases():
    return [
        (v, shape, "package securecookie\n\n" + imports(*imps.split()) + "\n" + body + "\n")
        for v, imps, body, shape in COOKIE
    ]


# ----------------------------------------------------------------------------- secrets

_rng = random.Random(15)


def tok(n, alphabet=string.ascii_letters + string.digits):
    return "".join(_rng.choice(alphabet) for _ in range(n))


def pem(kind, lines=12):
    b64 = string.ascii_letters + string.digits + "+/"
    body = "\n".join(tok(64, b64) for _ in range(lines))
    return f"-----BEGIN {kind}-----\n{body}\n{tok(24, b64)}==\n-----END {kind}-----"


def secret_cases():
    up = string.ascii_uppercase + string.digits
    hx = "0123456789abcdef"
    aws_id = "AKIA" + tok(16, up)
    aws_secret = tok(40, string.ascii_letters + string.digits + "/+")
    T = []  # (vulnerable, imports, body, shape)
    T.append(
        (
            True,
            "",
            f'type awsConfigNNN struct {{\nRegion string\nAccessKeyID string\nSecretAccessKey string\n}}\n\nvar productionNNN = awsConfigNNN{{\nRegion: "eu-west-1",\nAccessKeyID: "{aws_id}",\nSecretAccessKey: "{aws_secret}",\n}}',
            "config-object",
        )
    )
    T.append(
        (
            False,
            "os",
            'type awsConfigNNN struct {\nRegion string\nAccessKeyID string\nSecretAccessKey string\n}\n\nfunc LoadAWSNNN() awsConfigNNN {\nreturn awsConfigNNN{\nRegion: "eu-west-1",\nAccessKeyID: os.Getenv("AWS_ACCESS_KEY_ID"),\nSecretAccessKey: os.Getenv("AWS_SECRET_ACCESS_KEY"),\n}\n}',
            "config-object+safe-config",
        )
    )
    T.append(
        (
            True,
            "net/http",
            f'func ListReposNNN() (*http.Response, error) {{\nreq, err := http.NewRequest(http.MethodGet, "https://api.github.com/user/repos", nil)\nif err != nil {{\nreturn nil, err\n}}\nreq.Header.Set("Authorization", "token ghp_{tok(36)}")\nreturn http.DefaultClient.Do(req)\n}}',
            "header",
        )
    )
    T.append(
        (
            False,
            "net/http os",
            'func ListReposNNN() (*http.Response, error) {\nreq, err := http.NewRequest(http.MethodGet, "https://api.github.com/user/repos", nil)\nif err != nil {\nreturn nil, err\n}\nreq.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN"))\nreturn http.DefaultClient.Do(req)\n}',
            "header+safe-config",
        )
    )
    T.append(
        (
            True,
            "net/http net/url",
            f'const slackBotTokenNNN = "xoxb-{tok(12, "0123456789")}-{tok(13, "0123456789")}-{tok(24)}"\n\nfunc PostMessageNNN(channel, text string) (*http.Response, error) {{\nreturn http.PostForm("https://slack.com/api/chat.postMessage", url.Values{{\n"token": {{slackBotTokenNNN}},\n"channel": {{channel}},\n"text": {{text}},\n}})\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "net/http net/url os",
            'var slackBotTokenNNN = os.Getenv("SLACK_BOT_TOKEN")\n\nfunc PostMessageNNN(channel, text string) (*http.Response, error) {\nreturn http.PostForm("https://slack.com/api/chat.postMessage", url.Values{\n"token": {slackBotTokenNNN},\n"channel": {channel},\n"text": {text},\n})\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "net/http strings",
            f'const alertsWebhookNNN = "https://hooks.slack.com/services/T{tok(8, up)}/B{tok(10, up)}/{tok(24)}"\n\nfunc AlertNNN(text string) error {{\nresp, err := http.Post(alertsWebhookNNN, "application/json", strings.NewReader(`{{"text":"`+text+`"}}`))\nif err != nil {{\nreturn err\n}}\nreturn resp.Body.Close()\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "net/http os strings",
            'func AlertNNN(text string) error {\nhook, ok := os.LookupEnv("ALERTS_WEBHOOK_URL")\nif !ok {\nreturn nil\n}\nresp, err := http.Post(hook, "application/json", strings.NewReader(`{"text":"`+text+`"}`))\nif err != nil {\nreturn err\n}\nreturn resp.Body.Close()\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "crypto/x509 encoding/pem",
            f"const signingKeyPEMNNN = `{pem('RSA PRIVATE KEY', 14)}`\n\nfunc SigningKeyNNN() (interface{{}}, error) {{\nblock, _ := pem.Decode([]byte(signingKeyPEMNNN))\nreturn x509.ParsePKCS1PrivateKey(block.Bytes)\n}}",
            "direct",
        )
    )
    T.append(
        (
            False,
            "crypto/x509 encoding/pem",
            f"const verifyKeyPEMNNN = `{pem('PUBLIC KEY', 5)}`\n\nfunc VerifyKeyNNN() (interface{{}}, error) {{\nblock, _ := pem.Decode([]byte(verifyKeyPEMNNN))\nreturn x509.ParsePKIXPublicKey(block.Bytes)\n}}",
            "safe-api",
        )
    )
    T.append(
        (
            True,
            "database/sql",
            f'func OpenNNN() (*sql.DB, error) {{\nreturn sql.Open("postgres", "postgres://billing:{tok(10)}!{tok(4, "0123456789")}@db.internal:5432/billing?sslmode=require")\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "database/sql os",
            'func OpenNNN() (*sql.DB, error) {\nreturn sql.Open("postgres", os.ExpandEnv("postgres://billing:${DB_PASSWORD}@db.internal:5432/billing?sslmode=require"))\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "database/sql fmt",
            f'const dbUserNNN = "reporting"\nconst dbPasswordNNN = "{tok(6)}#{tok(8)}"\n\nfunc OpenNNN(host string) (*sql.DB, error) {{\ndsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/reports?parseTime=true", dbUserNNN, dbPasswordNNN, host)\nreturn sql.Open("mysql", dsn)\n}}',
            "string-format",
        )
    )
    T.append(
        (
            False,
            "database/sql fmt os",
            'func OpenNNN(host string) (*sql.DB, error) {\ndsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/reports?parseTime=true", os.Getenv("DB_USER"), os.Getenv("DB_PASSWORD"), host)\nreturn sql.Open("mysql", dsn)\n}',
            "string-format+safe-config",
        )
    )
    T.append(
        (
            True,
            "crypto/hmac crypto/sha256",
            f'var jwtSecretNNN = []byte("{tok(32)}")\n\nfunc SignNNN(payload []byte) []byte {{\nmac := hmac.New(sha256.New, jwtSecretNNN)\nmac.Write(payload)\nreturn mac.Sum(nil)\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "crypto/hmac crypto/sha256 os",
            'func SignNNN(payload []byte) []byte {\nmac := hmac.New(sha256.New, []byte(os.Getenv("JWT_SECRET")))\nmac.Write(payload)\nreturn mac.Sum(nil)\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "net/http strings",
            f'func ChargeNNN(body string) (*http.Response, error) {{\nreq, err := http.NewRequest("POST", "https://api.stripe.com/v1/charges", strings.NewReader(body))\nif err != nil {{\nreturn nil, err\n}}\nreq.SetBasicAuth("sk_live_{tok(24)}", "")\nreturn http.DefaultClient.Do(req)\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "net/http os strings",
            'func ChargeNNN(body string) (*http.Response, error) {\nreq, err := http.NewRequest("POST", "https://api.stripe.com/v1/charges", strings.NewReader(body))\nif err != nil {\nreturn nil, err\n}\nreq.SetBasicAuth(os.Getenv("STRIPE_SECRET_KEY"), "")\nreturn http.DefaultClient.Do(req)\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "net/smtp",
            f'func SendNNN(to, body string) error {{\nauth := smtp.PlainAuth("", "alerts@example.com", "{tok(5)}-{tok(5)}-{tok(4, "0123456789")}", "smtp.example.com")\nreturn smtp.SendMail("smtp.example.com:587", auth, "alerts@example.com", []string{{to}}, []byte(body))\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "net/smtp os",
            'func SendNNN(to, body string) error {\nauth := smtp.PlainAuth("", "alerts@example.com", os.Getenv("SMTP_PASSWORD"), "smtp.example.com")\nreturn smtp.SendMail("smtp.example.com:587", auth, "alerts@example.com", []string{to}, []byte(body))\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "net/http",
            f'const mailAPIKeyNNN = "SG.{tok(22)}.{tok(43)}"\n\nfunc MailClientNNN(req *http.Request) {{\nreq.Header.Set("Authorization", "Bearer "+mailAPIKeyNNN)\n}}',
            "header+string-concat",
        )
    )
    T.append(
        (
            False,
            "net/http",
            'const mailAPIKeyNNN = "${SENDGRID_API_KEY}"\n\nfunc MailClientNNN(req *http.Request) {\nreq.Header.Set("Authorization", "Bearer "+mailAPIKeyNNN)\n}',
            "header+string-concat+placeholder",
        )
    )
    T.append(
        (
            True,
            "net/url",
            f'func GeocodeURLNNN(address string) string {{\nq := url.Values{{}}\nq.Set("address", address)\nq.Set("key", "AIza{tok(35, string.ascii_letters + string.digits + "_-")}")\nreturn "https://maps.googleapis.com/maps/api/geocode/json?" + q.Encode()\n}}',
            "collection-map",
        )
    )
    T.append(
        (
            False,
            "net/url",
            'func GeocodeURLNNN(address, apiKey string) string {\nq := url.Values{}\nq.Set("address", address)\nq.Set("key", apiKey)\nreturn "https://maps.googleapis.com/maps/api/geocode/json?" + q.Encode()\n}',
            "collection-map+safe-config",
        )
    )
    T.append(
        (
            True,
            "github.com/go-ldap/ldap/v3",
            f'func DirectoryNNN() (*ldap.Conn, error) {{\nconn, err := ldap.DialURL("ldaps://ldap.example.com:636")\nif err != nil {{\nreturn nil, err\n}}\nif err := conn.Bind("cn=svc-portal,ou=services,dc=example,dc=com", "{tok(14)}"); err != nil {{\nreturn nil, err\n}}\nreturn conn, nil\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "github.com/go-ldap/ldap/v3 os",
            'func DirectoryNNN() (*ldap.Conn, error) {\nconn, err := ldap.DialURL("ldaps://ldap.example.com:636")\nif err != nil {\nreturn nil, err\n}\nsecret, err := os.ReadFile("/run/secrets/ldap_bind_password")\nif err != nil {\nreturn nil, err\n}\nif err := conn.Bind("cn=svc-portal,ou=services,dc=example,dc=com", string(secret)); err != nil {\nreturn nil, err\n}\nreturn conn, nil\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "",
            f"const deployKeyNNN = `{pem('OPENSSH PRIVATE KEY', 8)}`\n\nfunc DeployKeyNNN() []byte {{\nreturn []byte(deployKeyNNN)\n}}",
            "direct",
        )
    )
    T.append(
        (
            False,
            "os",
            'const deployKeyPathNNN = "/etc/deploy/id_ed25519"\n\nfunc DeployKeyNNN() ([]byte, error) {\nreturn os.ReadFile(deployKeyPathNNN)\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "net/http",
            f'func TwilioNNN(req *http.Request) {{\nreq.SetBasicAuth("AC{tok(32, hx)}", "{tok(32, hx)}")\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "flag net/http",
            'var twilioSIDNNN = flag.String("twilio-sid", "", "Twilio account SID")\nvar twilioTokenNNN = flag.String("twilio-token", "", "Twilio auth token")\n\nfunc TwilioNNN(req *http.Request) {\nreq.SetBasicAuth(*twilioSIDNNN, *twilioTokenNNN)\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "net/http",
            f'var registryTokensNNN = map[string]string{{\n"gitlab": "glpat-{tok(20)}",\n"npm": "npm_{tok(36)}",\n}}\n\nfunc AuthorizeNNN(req *http.Request, registry string) {{\nreq.Header.Set("Authorization", "Bearer "+registryTokensNNN[registry])\n}}',
            "collection-map",
        )
    )
    T.append(
        (
            False,
            "net/http os",
            'var registryTokensNNN = map[string]string{\n"gitlab": os.Getenv("GITLAB_TOKEN"),\n"npm": os.Getenv("NPM_TOKEN"),\n}\n\nfunc AuthorizeNNN(req *http.Request, registry string) {\nreq.Header.Set("Authorization", "Bearer "+registryTokensNNN[registry])\n}',
            "collection-map+safe-config",
        )
    )
    T.append(
        (
            True,
            "github.com/redis/go-redis/v9",
            f'func CacheNNN() *redis.Client {{\nopts, err := redis.ParseURL("redis://default:{tok(20)}@cache.internal:6379/0")\nif err != nil {{\npanic(err)\n}}\nreturn redis.NewClient(opts)\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "github.com/redis/go-redis/v9",
            'func CacheNNN() *redis.Client {\nreturn redis.NewClient(&redis.Options{Addr: "localhost:6379", Password: "", DB: 0})\n}',
            "safe-config+empty",
        )
    )
    T.append(
        (
            True,
            "crypto/aes crypto/cipher",
            f'var recordKeyNNN = []byte("{tok(32)}")\n\nfunc RecordAEADNNN() (cipher.AEAD, error) {{\nblock, err := aes.NewCipher(recordKeyNNN)\nif err != nil {{\nreturn nil, err\n}}\nreturn cipher.NewGCM(block)\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "crypto/aes crypto/cipher encoding/hex os",
            'func RecordAEADNNN() (cipher.AEAD, error) {\nkey, err := hex.DecodeString(os.Getenv("RECORD_KEY_HEX"))\nif err != nil {\nreturn nil, err\n}\nblock, err := aes.NewCipher(key)\nif err != nil {\nreturn nil, err\n}\nreturn cipher.NewGCM(block)\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "",
            f'type smtpConfigNNN struct {{\nHost string\nUser string\nPassword string\n}}\n\nfunc DefaultsNNN() smtpConfigNNN {{\ncfg := smtpConfigNNN{{Host: "smtp.example.com", User: "noreply"}}\ncfg.Password = "{tok(7)}@{tok(6)}"\nreturn cfg\n}}',
            "field",
        )
    )
    T.append(
        (
            False,
            "",
            'type smtpConfigNNN struct {\nHost string\nUser string\nPassword string\n}\n\nfunc DefaultsNNN() smtpConfigNNN {\ncfg := smtpConfigNNN{Host: "smtp.example.com", User: "noreply"}\ncfg.Password = "<set SMTP_PASSWORD>"\nreturn cfg\n}',
            "field+placeholder",
        )
    )
    T.append(
        (
            True,
            "",
            f"const ecKeyNNN = `{pem('EC PRIVATE KEY', 3)}`\n\nfunc KeyMaterialNNN() string {{\nreturn ecKeyNNN\n}}",
            "direct",
        )
    )
    T.append(
        (
            False,
            "",
            f"const caCertNNN = `{pem('CERTIFICATE', 10)}`\n\nfunc TrustAnchorNNN() string {{\nreturn caCertNNN\n}}",
            "safe-api",
        )
    )
    T.append(
        (
            True,
            "net/http",
            f'func AdminClientNNN(req *http.Request) {{\nuser, pass := "admin", "{tok(4)}{tok(2, "0123456789")}-{tok(6)}"\nreq.SetBasicAuth(user, pass)\n}}',
            "direct",
        )
    )
    T.append(
        (
            False,
            "net/http os",
            'func AdminClientNNN(req *http.Request) {\nuser, pass := "admin", os.Getenv("ADMIN_PASSWORD")\nreq.SetBasicAuth(user, pass)\n}',
            "safe-config",
        )
    )
    T.append(
        (
            True,
            "net/http",
            f'func DatadogNNN(req *http.Request) {{\napiKey := "{tok(32, hx)}"\nreq.Header.Set("DD-API-KEY", apiKey)\n}}',
            "header",
        )
    )
    T.append(
        (
            False,
            "net/http",
            'func DatadogNNN(req *http.Request) {\napiKey := "********"\nif key := req.Context().Value("dd_api_key"); key != nil {\napiKey = key.(string)\n}\nreq.Header.Set("DD-API-KEY", apiKey)\n}',
            "header+placeholder",
        )
    )
    return [
        (
            v,
            shape,
            "package secrets\n\n" + (imports(*imps.split()) + "\n" if imps else "") + body + "\n",
        )
        for v, imps, body, shape in T
    ]


# ----------------------------------------------------------------------------- hand-written data-flow cases

HANDWRITTEN = {
    "deserialization": [
        (
            True,
            "json-body+direct",
            'package deserialization\n\nimport (\n"encoding/gob"\n"net/http"\n)\n\ntype jobNNN struct {\nName string\nArgs []string\n}\n\n// EnqueueNNN accepts jobs from the worker fleet.\nfunc EnqueueNNN(w http.ResponseWriter, r *http.Request) {\nvar job jobNNN\nif err := gob.NewDecoder(r.Body).Decode(&job); err != nil {\nhttp.Error(w, "bad job", http.StatusBadRequest)\nreturn\n}\nw.WriteHeader(http.StatusAccepted)\n}\n',
        ),
        (
            False,
            "json-body+safe-api",
            'package deserialization\n\nimport (\n"encoding/json"\n"net/http"\n)\n\ntype jobNNN struct {\nName string `json:"name"`\nArgs []string `json:"args"`\n}\n\n// EnqueueNNN accepts jobs from the worker fleet.\nfunc EnqueueNNN(w http.ResponseWriter, r *http.Request) {\nvar job jobNNN\ndec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))\ndec.DisallowUnknownFields()\nif err := dec.Decode(&job); err != nil {\nhttp.Error(w, "bad job", http.StatusBadRequest)\nreturn\n}\nw.WriteHeader(http.StatusAccepted)\n}\n',
        ),
        (
            True,
            "json-body+framework-object",
            'package deserialization\n\nimport (\n"encoding/gob"\n"net/http"\n\n"github.com/gin-gonic/gin"\n)\n\nfunc init() {\ngob.Register(map[string]interface{}{})\n}\n\nfunc ImportNNN(c *gin.Context) {\nvar snapshot interface{}\nif err := gob.NewDecoder(c.Request.Body).Decode(&snapshot); err != nil {\nc.AbortWithStatus(http.StatusBadRequest)\nreturn\n}\nc.JSON(http.StatusOK, gin.H{"imported": snapshot != nil})\n}\n',
        ),
        (
            False,
            "safe-api",
            'package deserialization\n\nimport (\n"encoding/gob"\n"net/http"\n"os"\n)\n\ntype snapshotNNN struct {\nVersion int\nKeys []string\n}\n\n// RestoreNNN reloads the snapshot this service wrote at shutdown.\nfunc RestoreNNN(w http.ResponseWriter, r *http.Request) {\nf, err := os.Open("/var/lib/app/snapshot.gob")\nif err != nil {\nhttp.Error(w, "no snapshot", http.StatusNotFound)\nreturn\n}\ndefer f.Close()\nvar snap snapshotNNN\nif err := gob.NewDecoder(f).Decode(&snap); err != nil {\nhttp.Error(w, "corrupt snapshot", http.StatusInternalServerError)\nreturn\n}\nw.WriteHeader(http.StatusNoContent)\n}\n',
        ),
        (
            True,
            "json-body+helper-same-file",
            'package deserialization\n\nimport (\n"encoding/gob"\n"io"\n"net/http"\n)\n\ntype settingsNNN struct {\nTheme string\nFlags map[string]bool\n}\n\nfunc decodeNNN(src io.Reader) (settingsNNN, error) {\nvar s settingsNNN\nerr := gob.NewDecoder(src).Decode(&s)\nreturn s, err\n}\n\nfunc UploadSettingsNNN(w http.ResponseWriter, r *http.Request) {\nfile, _, err := r.FormFile("settings")\nif err != nil {\nhttp.Error(w, "missing file", http.StatusBadRequest)\nreturn\n}\ndefer file.Close()\nvar s settingsNNN\nif err := gob.NewDecoder(file).Decode(&s); err != nil {\nhttp.Error(w, "bad file", http.StatusBadRequest)\nreturn\n}\nw.WriteHeader(http.StatusNoContent)\n}\n',
        ),
        (
            False,
            "json-body+safe-api",
            'package deserialization\n\nimport (\n"io"\n"net/http"\n\n"gopkg.in/yaml.v3"\n)\n\ntype manifestNNN struct {\nName string `yaml:"name"`\nReplicas int `yaml:"replicas"`\n}\n\nfunc ApplyNNN(w http.ResponseWriter, r *http.Request) {\nraw, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))\nif err != nil {\nhttp.Error(w, "bad request", http.StatusBadRequest)\nreturn\n}\nvar m manifestNNN\nif err := yaml.Unmarshal(raw, &m); err != nil {\nhttp.Error(w, "bad manifest", http.StatusBadRequest)\nreturn\n}\nw.WriteHeader(http.StatusAccepted)\n}\n',
        ),
    ],
    "sqli": [
        (
            True,
            "query+string-concat+collection-list+join",
            'package sqli\n\nimport (\n"database/sql"\n"encoding/json"\n"net/http"\n"strings"\n)\n\n// SearchNNN filters the orders table by any of the given statuses.\nfunc SearchNNN(db *sql.DB) http.HandlerFunc {\nreturn func(w http.ResponseWriter, r *http.Request) {\nvar clauses []string\nfor _, status := range r.URL.Query()["status"] {\nclauses = append(clauses, "status = \'"+status+"\'")\n}\nquery := "SELECT id, total FROM orders"\nif len(clauses) > 0 {\nquery += " WHERE " + strings.Join(clauses, " OR ")\n}\nrows, err := db.Query(query)\nif err != nil {\nhttp.Error(w, "query failed", http.StatusInternalServerError)\nreturn\n}\ndefer rows.Close()\nvar ids []int64\nfor rows.Next() {\nvar id int64\nvar total float64\nrows.Scan(&id, &total)\nids = append(ids, id)\n}\njson.NewEncoder(w).Encode(ids)\n}\n}\n',
        ),
        (
            False,
            "query+sanitizer-parameterized+collection-list+join",
            'package sqli\n\nimport (\n"database/sql"\n"encoding/json"\n"net/http"\n"strconv"\n"strings"\n)\n\n// SearchNNN filters the orders table by any of the given statuses.\nfunc SearchNNN(db *sql.DB) http.HandlerFunc {\nreturn func(w http.ResponseWriter, r *http.Request) {\nvar clauses []string\nvar args []interface{}\nfor i, status := range r.URL.Query()["status"] {\nclauses = append(clauses, "status = $"+strconv.Itoa(i+1))\nargs = append(args, status)\n}\nquery := "SELECT id, total FROM orders"\nif len(clauses) > 0 {\nquery += " WHERE " + strings.Join(clauses, " OR ")\n}\nrows, err := db.Query(query, args...)\nif err != nil {\nhttp.Error(w, "query failed", http.StatusInternalServerError)\nreturn\n}\ndefer rows.Close()\nvar ids []int64\nfor rows.Next() {\nvar id int64\nvar total float64\nrows.Scan(&id, &total)\nids = append(ids, id)\n}\njson.NewEncoder(w).Encode(ids)\n}\n}\n',
        ),
        (
            True,
            "query+string-concat",
            'package sqli\n\nimport (\n"database/sql"\n"net/http"\n)\n\nfunc SortedNNN(db *sql.DB) http.HandlerFunc {\nreturn func(w http.ResponseWriter, r *http.Request) {\norder := r.URL.Query().Get("order")\nif order == "" {\norder = "created_at"\n}\nrows, err := db.QueryContext(r.Context(), "SELECT id, title FROM posts ORDER BY "+order)\nif err != nil {\nhttp.Error(w, "query failed", http.StatusInternalServerError)\nreturn\n}\nrows.Close()\n}\n}\n',
        ),
        (
            False,
            "query+sanitizer-allowlist+string-concat",
            'package sqli\n\nimport (\n"database/sql"\n"net/http"\n)\n\nvar sortColumnsNNN = map[string]string{"new": "created_at", "title": "title", "top": "score"}\n\nfunc SortedNNN(db *sql.DB) http.HandlerFunc {\nreturn func(w http.ResponseWriter, r *http.Request) {\norder, ok := sortColumnsNNN[r.URL.Query().Get("order")]\nif !ok {\norder = "created_at"\n}\nrows, err := db.QueryContext(r.Context(), "SELECT id, title FROM posts ORDER BY "+order)\nif err != nil {\nhttp.Error(w, "query failed", http.StatusInternalServerError)\nreturn\n}\nrows.Close()\n}\n}\n',
        ),
    ],
    "cmdi": [
        (
            True,
            "json-body+collection-list+join",
            'package cmdi\n\nimport (\n"encoding/json"\n"net/http"\n"os/exec"\n"strings"\n)\n\ntype convertNNN struct {\nInput string `json:"input"`\nOptions []string `json:"options"`\n}\n\nfunc ConvertNNN(w http.ResponseWriter, r *http.Request) {\nvar req convertNNN\nif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\nhttp.Error(w, "bad request", http.StatusBadRequest)\nreturn\n}\nargs := append([]string{"convert", req.Input}, req.Options...)\nout, err := exec.Command("sh", "-c", strings.Join(args, " ")+" /tmp/out.png").CombinedOutput()\nif err != nil {\nhttp.Error(w, string(out), http.StatusInternalServerError)\nreturn\n}\nw.WriteHeader(http.StatusCreated)\n}\n',
        ),
        (
            False,
            "json-body+collection-list+safe-api",
            'package cmdi\n\nimport (\n"encoding/json"\n"net/http"\n"os/exec"\n)\n\ntype convertNNN struct {\nInput string `json:"input"`\nWidth int `json:"width"`\n}\n\nfunc ConvertNNN(w http.ResponseWriter, r *http.Request) {\nvar req convertNNN\nif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\nhttp.Error(w, "bad request", http.StatusBadRequest)\nreturn\n}\nargs := []string{"-resize", "800x", "--", req.Input, "/tmp/out.png"}\nout, err := exec.Command("/usr/bin/convert", args...).CombinedOutput()\nif err != nil {\nhttp.Error(w, string(out), http.StatusInternalServerError)\nreturn\n}\nw.WriteHeader(http.StatusCreated)\n}\n',
        ),
        (
            True,
            "query+direct",
            'package cmdi\n\nimport (\n"net/http"\n"os/exec"\n)\n\n// ToolNNN runs one of the maintenance tools by name.\nfunc ToolNNN(w http.ResponseWriter, r *http.Request) {\ntool := r.URL.Query().Get("tool")\nout, err := exec.Command(tool, "--version").Output()\nif err != nil {\nhttp.Error(w, "failed", http.StatusInternalServerError)\nreturn\n}\nw.Write(out)\n}\n',
        ),
        (
            False,
            "query+sanitizer-allowlist",
            'package cmdi\n\nimport (\n"net/http"\n"os/exec"\n)\n\nvar toolsNNN = map[string]string{"git": "/usr/bin/git", "go": "/usr/local/go/bin/go"}\n\n// ToolNNN runs one of the maintenance tools by name.\nfunc ToolNNN(w http.ResponseWriter, r *http.Request) {\npath, ok := toolsNNN[r.URL.Query().Get("tool")]\nif !ok {\nhttp.NotFound(w, r)\nreturn\n}\nout, err := exec.Command(path, "--version").Output()\nif err != nil {\nhttp.Error(w, "failed", http.StatusInternalServerError)\nreturn\n}\nw.Write(out)\n}\n',
        ),
    ],
    "pathtraver": [
        (
            True,
            "form+direct",
            'package pathtraver\n\nimport (\n"io"\n"net/http"\n"os"\n"path/filepath"\n)\n\nfunc UploadNNN(w http.ResponseWriter, r *http.Request) {\nfile, header, err := r.FormFile("file")\nif err != nil {\nhttp.Error(w, "missing file", http.StatusBadRequest)\nreturn\n}\ndefer file.Close()\ndst, err := os.Create(filepath.Join("/var/lib/app/uploads", header.Filename))\nif err != nil {\nhttp.Error(w, "cannot store", http.StatusInternalServerError)\nreturn\n}\ndefer dst.Close()\nio.Copy(dst, file)\nw.WriteHeader(http.StatusCreated)\n}\n',
        ),
        (
            False,
            "form+sanitizer-normalize-prefix",
            'package pathtraver\n\nimport (\n"io"\n"net/http"\n"os"\n"path/filepath"\n)\n\nfunc UploadNNN(w http.ResponseWriter, r *http.Request) {\nfile, header, err := r.FormFile("file")\nif err != nil {\nhttp.Error(w, "missing file", http.StatusBadRequest)\nreturn\n}\ndefer file.Close()\ndst, err := os.Create(filepath.Join("/var/lib/app/uploads", filepath.Base(header.Filename)))\nif err != nil {\nhttp.Error(w, "cannot store", http.StatusInternalServerError)\nreturn\n}\ndefer dst.Close()\nio.Copy(dst, file)\nw.WriteHeader(http.StatusCreated)\n}\n',
        ),
    ],
    "xss": [
        (
            True,
            "query+string-format",
            'package xss\n\nimport (\n"fmt"\n"net/http"\n)\n\nfunc NotFoundNNN(w http.ResponseWriter, r *http.Request) {\nw.WriteHeader(http.StatusNotFound)\nfmt.Fprintf(w, "<html><body><h1>Not found</h1><p>No page at %s</p></body></html>", r.URL.Query().Get("path"))\n}\n',
        ),
        (
            False,
            "query+string-format+sanitizer-escape",
            'package xss\n\nimport (\n"fmt"\n"html"\n"net/http"\n)\n\nfunc NotFoundNNN(w http.ResponseWriter, r *http.Request) {\nw.WriteHeader(http.StatusNotFound)\nfmt.Fprintf(w, "<html><body><h1>Not found</h1><p>No page at %s</p></body></html>", html.EscapeString(r.URL.Query().Get("path")))\n}\n',
        ),
    ],
    "ssrf": [
        (
            True,
            "json-body+field",
            'package ssrf\n\nimport (\n"bytes"\n"encoding/json"\n"net/http"\n)\n\ntype webhookNNN struct {\nURL string `json:"url"`\nEvent string `json:"event"`\n}\n\n// TestWebhookNNN sends a sample event to the subscriber\'s endpoint.\nfunc TestWebhookNNN(w http.ResponseWriter, r *http.Request) {\nvar hook webhookNNN\nif err := json.NewDecoder(r.Body).Decode(&hook); err != nil {\nhttp.Error(w, "bad request", http.StatusBadRequest)\nreturn\n}\nbody, _ := json.Marshal(map[string]string{"event": hook.Event})\nresp, err := http.Post(hook.URL, "application/json", bytes.NewReader(body))\nif err != nil {\nhttp.Error(w, "delivery failed", http.StatusBadGateway)\nreturn\n}\nresp.Body.Close()\nw.WriteHeader(resp.StatusCode)\n}\n',
        ),
        (
            False,
            "json-body+field+unrelated-variable",
            'package ssrf\n\nimport (\n"bytes"\n"encoding/json"\n"net/http"\n)\n\ntype webhookNNN struct {\nURL string `json:"url"`\nEvent string `json:"event"`\n}\n\n// TestWebhookNNN records the endpoint and sends the sample event to our own relay.\nfunc TestWebhookNNN(w http.ResponseWriter, r *http.Request) {\nvar hook webhookNNN\nif err := json.NewDecoder(r.Body).Decode(&hook); err != nil {\nhttp.Error(w, "bad request", http.StatusBadRequest)\nreturn\n}\nbody, _ := json.Marshal(map[string]string{"event": hook.Event, "target": hook.URL})\nresp, err := http.Post("https://relay.internal.example.com/v1/deliveries", "application/json", bytes.NewReader(body))\nif err != nil {\nhttp.Error(w, "delivery failed", http.StatusBadGateway)\nreturn\n}\nresp.Body.Close()\nw.WriteHeader(resp.StatusCode)\n}\n',
        ),
    ],
    "redirect": [
        (
            True,
            "query+direct",
            'package redirect\n\nimport "net/http"\n\nfunc LogoutNNN(w http.ResponseWriter, r *http.Request) {\nhttp.SetCookie(w, &http.Cookie{Name: "sid", Value: "", MaxAge: -1, Secure: true, HttpOnly: true})\nif next := r.URL.Query().Get("return_to"); next != "" {\nhttp.Redirect(w, r, next, http.StatusFound)\nreturn\n}\nhttp.Redirect(w, r, "/", http.StatusFound)\n}\n',
        ),
        (
            False,
            "query+sanitizer-allowlist",
            'package redirect\n\nimport (\n"net/http"\n"net/url"\n)\n\nfunc LogoutNNN(w http.ResponseWriter, r *http.Request) {\nhttp.SetCookie(w, &http.Cookie{Name: "sid", Value: "", MaxAge: -1, Secure: true, HttpOnly: true})\nif next := r.URL.Query().Get("return_to"); next != "" {\nif u, err := url.Parse(next); err == nil && u.Host == "" && u.Scheme == "" && len(u.Path) > 1 && u.Path[0] == \'/\' && u.Path[1] != \'/\' {\nhttp.Redirect(w, r, u.Path, http.StatusFound)\nreturn\n}\n}\nhttp.Redirect(w, r, "/", http.StatusFound)\n}\n',
        ),
    ],
}


def build_all() -> dict[str, list[tuple[bool, str, str]]]:
    out = {
        "weakhash": hash_cases(),
        "weakcipher": cipher_cases(),
        "weakrand": rand_cases(),
        "securecookie": cookie_cases(),
        "secrets": secret_cases(),
    }
    for key, items in HANDWRITTEN.items():
        out[key] = [(v, shape, code) for v, shape, code in items]
    return out
