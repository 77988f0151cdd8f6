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

func pad022(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

type cipherConfig022 struct {
	Key  []byte
	Mode string
}

// EncryptCookie022 protects a value that the browser keeps for us.
func EncryptCookie022(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	cfg := cipherConfig022{Key: key, Mode: "record"}
	block, err := des.NewTripleDESCipher(cfg.Key)
	if err != nil {
		return "", err
	}
	padded := pad022(plaintext, block.BlockSize())
	out := make([]byte, block.BlockSize()+len(padded))
	iv := out[:block.BlockSize()]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return "", err
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out[block.BlockSize():], padded)
	return base64.StdEncoding.EncodeToString(out), nil
}
