package weakcipher

import (
	"bytes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"encoding/base64"
	"io"
	"os"
)

func pad002(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

// EncryptCookie002 protects a value that the browser keeps for us.
func EncryptCookie002(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	block, err := des.NewTripleDESCipher(key[:24])
	if err != nil {
		return "", err
	}
	padded := pad002(plaintext, block.BlockSize())
	out := make([]byte, block.BlockSize()+len(padded))
	iv := out[:block.BlockSize()]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return "", err
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out[block.BlockSize():], padded)
	return base64.StdEncoding.EncodeToString(out), nil
}
