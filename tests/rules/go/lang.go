// Examples for securetag/rules/go/lang.yaml (`semgrep --test` reads the annotations).
package main

import (
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	crand "crypto/rand"
	"io"
	"crypto/des"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/tls"
	"fmt"
	"math/rand"
	"net/http"
	"os"
)

// ruleid: securetag.go.lang.hardcoded-credentials
const dbPassword = "s3cr3t-Pa55word!"

// ok: securetag.go.lang.hardcoded-credentials
var smtpPassword = os.Getenv("SMTP_PASSWORD")

// ok: securetag.go.lang.hardcoded-credentials
const passwordField = "password"

func digests(password string, body []byte) {
	// ruleid: securetag.go.lang.weak-hash
	stored := md5.Sum([]byte(password))
	// ruleid: securetag.go.lang.weak-hash
	legacy := sha1.New()
	// ok: securetag.go.lang.weak-hash
	strong := sha256.Sum256(body)
	fmt.Println(stored, legacy, strong)
}

func ciphers(key []byte) {
	// ruleid: securetag.go.lang.weak-cipher
	block, _ := des.NewCipher(key[:8])
	// ruleid: securetag.go.lang.weak-cipher
	stream, _ := rc4.NewCipher(key)
	// ok: securetag.go.lang.weak-cipher
	modern, _ := aes.NewCipher(key)
	fmt.Println(block, stream, modern)
}

type user struct {
	sessionID string
}

func credentials(u *user) {
	// ruleid: securetag.go.lang.insecure-random-secret
	resetToken := fmt.Sprintf("%x", rand.Int63())
	// ruleid: securetag.go.lang.insecure-random-secret
	u.sessionID = fmt.Sprint(rand.Uint64())
	// ok: securetag.go.lang.insecure-random-secret
	jitter := rand.Intn(100)
	// ruleid: securetag.go.lang.hardcoded-credentials
	apiKey := "live-51H8a9dKs0Qm"
	fmt.Println(resetToken, jitter, apiKey)
}

func makeOTP() string {
	// ruleid: securetag.go.lang.insecure-random-secret
	return fmt.Sprintf("%06d", rand.Intn(1000000))
}

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

func randomString(n int, servers []string) (string, string) {
	out := make([]byte, n)
	for i := range out {
		// ruleid: securetag.go.lang.insecure-random
		out[i] = alphabet[rand.Intn(len(alphabet))]
	}
	// ok: securetag.go.lang.insecure-random
	server := servers[rand.Intn(len(servers))]
	key := make([]byte, 16)
	// ruleid: securetag.go.lang.insecure-random
	rand.Read(key)
	return string(out), server
}

// ruleid: securetag.go.lang.weak-hash
var newDigest = sha1.New

func moreDigests(data []byte) {
	// ruleid: securetag.go.lang.weak-hash
	h := crypto.MD5.New()
	// ok: securetag.go.lang.weak-hash
	strong := crypto.SHA256.New()
	h.Write(data)
	strong.Write(data)
}

var fixedIV = []byte("0000000000000000")

func modes(block cipher.Block, out, padded []byte) {
	for i := 0; i < len(padded); i += block.BlockSize() {
		// ruleid: securetag.go.lang.weak-cipher
		block.Encrypt(out[i:i+block.BlockSize()], padded[i:i+block.BlockSize()])
	}
	// ruleid: securetag.go.lang.weak-cipher
	cipher.NewCBCEncrypter(block, fixedIV).CryptBlocks(out, padded)
	iv := make([]byte, block.BlockSize())
	io.ReadFull(crand.Reader, iv)
	// ok: securetag.go.lang.weak-cipher
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)
}

type awsConfig struct {
	Region      string
	AccessKeyID string
}

// ruleid: securetag.go.lang.hardcoded-credentials
var production = awsConfig{Region: "eu-west-1", AccessKeyID: "AKIANA7CKPBDJXPHV3WR"}

// ok: securetag.go.lang.hardcoded-credentials
var staging = awsConfig{Region: "eu-west-1", AccessKeyID: os.Getenv("AWS_ACCESS_KEY_ID")}

// ruleid: securetag.go.lang.hardcoded-credentials
const reportingDSN = "reporting:W5aJFh#qolgBu8m@tcp(db:3306)/reports"

// ok: securetag.go.lang.hardcoded-credentials
const templateDSN = "reporting:${DB_PASSWORD}@tcp(db:3306)/reports"

func client() *http.Client {
	// ruleid: securetag.go.lang.tls-verify-disabled
	insecure := &tls.Config{InsecureSkipVerify: true}
	// ok: securetag.go.lang.tls-verify-disabled
	pinned := &tls.Config{MinVersion: tls.VersionTLS12}
	fmt.Println(pinned, dbPassword, smtpPassword, passwordField)
	return &http.Client{Transport: &http.Transport{TLSClientConfig: insecure}}
}
