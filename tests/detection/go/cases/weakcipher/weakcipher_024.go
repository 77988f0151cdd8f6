package weakcipher

import (
	"crypto/rand"
	"encoding/base64"
	"io"
	"os"

	"golang.org/x/crypto/chacha20poly1305"
)

// EncryptCookie024 protects a value that the browser keeps for us.
func EncryptCookie024(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	aead, err := chacha20poly1305.NewX(key[:32])
	if err != nil {
		return "", err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return "", err
	}
	out := aead.Seal(nonce, nonce, plaintext, nil)
	return base64.StdEncoding.EncodeToString(out), nil
}
