package weakcipher

import (
	"crypto/rand"
	"encoding/base64"
	"os"

	"golang.org/x/crypto/chacha20poly1305"
)

// EncryptCookie044 protects a value that the browser keeps for us.
func EncryptCookie044(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	aead, err := chacha20poly1305.New(key[:chacha20poly1305.KeySize])
	if err != nil {
		return "", err
	}
	nonce := make([]byte, chacha20poly1305.NonceSize)
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	out := aead.Seal(nonce, nonce, plaintext, nil)
	return base64.StdEncoding.EncodeToString(out), nil
}
