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

const legacyRecords028 = false

// EncryptCookie028 protects a value that the browser keeps for us.
func EncryptCookie028(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	var block cipher.Block
	var err error
	if legacyRecords028 {
		block, err = des.NewCipher(key[:8])
	} else {
		block, err = aes.NewCipher(key[:32])
	}
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
