package weakcipher

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"os"
)

// EncryptCookie032 protects a value that the browser keeps for us.
func EncryptCookie032(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	block, err := aes.NewCipher(key[:32])
	if err != nil {
		return "", err
	}
	aead, err := cipher.NewGCMWithNonceSize(block, 12)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	out := aead.Seal(nonce, nonce, plaintext, []byte("v1"))
	return base64.StdEncoding.EncodeToString(out), nil
}
