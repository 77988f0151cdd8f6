package weakcipher

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"encoding/base64"
	"io"
	"os"
)

const cipherName038 = "aes"

var blockCiphers038 = map[string]func([]byte) (cipher.Block, error){
	"des": des.NewCipher,
	"aes": aes.NewCipher,
}

// EncryptCookie038 protects a value that the browser keeps for us.
func EncryptCookie038(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	block, err := blockCiphers038[cipherName038](key[:32])
	if err != nil {
		return "", err
	}
	aead, err := cipher.NewGCM(block)
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
