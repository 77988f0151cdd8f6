// Examples for securetag/rules/go/lang.yaml (`semgrep --test` reads the annotations).
package main

import (
	"crypto/aes"
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
	// ruleid: securetag.go.lang.insecure-random
	resetToken := fmt.Sprintf("%x", rand.Int63())
	// ruleid: securetag.go.lang.insecure-random
	u.sessionID = fmt.Sprint(rand.Uint64())
	// ok: securetag.go.lang.insecure-random
	jitter := rand.Intn(100)
	// ruleid: securetag.go.lang.hardcoded-credentials
	apiKey := "live-51H8a9dKs0Qm"
	fmt.Println(resetToken, jitter, apiKey)
}

func makeOTP() string {
	// ruleid: securetag.go.lang.insecure-random
	return fmt.Sprintf("%06d", rand.Intn(1000000))
}

func client() *http.Client {
	// ruleid: securetag.go.lang.tls-verify-disabled
	insecure := &tls.Config{InsecureSkipVerify: true}
	// ok: securetag.go.lang.tls-verify-disabled
	pinned := &tls.Config{MinVersion: tls.VersionTLS12}
	fmt.Println(pinned, dbPassword, smtpPassword, passwordField)
	return &http.Client{Transport: &http.Transport{TLSClientConfig: insecure}}
}
