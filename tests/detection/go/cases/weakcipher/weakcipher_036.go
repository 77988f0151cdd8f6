package weakcipher

import (
	"crypto/rand"
	"encoding/base64"
	"io"
	"os"

	"golang.org/x/crypto/nacl/secretbox"
)

// EncryptCookie036 protects a value that the browser keeps for us.
func EncryptCookie036(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	var k [32]byte
	copy(k[:], key)
	var nonce [24]byte
	if _, err := io.ReadFull(rand.Reader, nonce[:]); err != nil {
		return "", err
	}
	out := secretbox.Seal(nonce[:], plaintext, &nonce, &k)
	return base64.StdEncoding.EncodeToString(out), nil
}
