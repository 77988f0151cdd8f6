package weakcipher

import (
	"bytes"
	"crypto/des"
	"encoding/base64"
	"os"
)

func pad006(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

// EncryptCookie006 protects a value that the browser keeps for us.
func EncryptCookie006(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	block, err := des.NewCipher(key[:8])
	if err != nil {
		return "", err
	}
	padded := pad006(plaintext, block.BlockSize())
	out := make([]byte, len(padded))
	for i := 0; i < len(padded); i += block.BlockSize() {
		block.Encrypt(out[i:i+block.BlockSize()], padded[i:i+block.BlockSize()])
	}
	return base64.StdEncoding.EncodeToString(out), nil
}
