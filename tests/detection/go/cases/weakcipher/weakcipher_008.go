package weakcipher

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/base64"
	"os"
)

func pad008(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

var fixedIV008 = []byte("0000000000000000")

// EncryptCookie008 protects a value that the browser keeps for us.
func EncryptCookie008(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	block, err := aes.NewCipher(key[:32])
	if err != nil {
		return "", err
	}
	padded := pad008(plaintext, aes.BlockSize)
	out := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, fixedIV008).CryptBlocks(out, padded)
	return base64.StdEncoding.EncodeToString(out), nil
}
