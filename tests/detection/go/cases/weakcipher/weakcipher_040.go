package weakcipher

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"os"
)

// EncryptCookie040 protects a value that the browser keeps for us.
func EncryptCookie040(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	block, err := aes.NewCipher(key[:32])
	if err != nil {
		return "", err
	}
	out := make([]byte, aes.BlockSize+len(plaintext))
	iv := out[:aes.BlockSize]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return "", err
	}
	cipher.NewCTR(block, iv).XORKeyStream(out[aes.BlockSize:], plaintext)
	mac := hmac.New(sha256.New, key[len(key)-32:])
	mac.Write(out)
	out = mac.Sum(out)
	return base64.StdEncoding.EncodeToString(out), nil
}
