package weakcipher

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"encoding/base64"
	"io"
	"os"
)

func pad020(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

const cipherName020 = "des"

var blockCiphers020 = map[string]func([]byte) (cipher.Block, error){
	"des": des.NewCipher,
	"aes": aes.NewCipher,
}

// EncryptCookie020 protects a value that the browser keeps for us.
func EncryptCookie020(value string) (string, error) {
	key := []byte(os.Getenv("COOKIE_KEY"))
	plaintext := []byte(value)
	block, err := blockCiphers020[cipherName020](key[:8])
	if err != nil {
		return "", err
	}
	padded := pad020(plaintext, block.BlockSize())
	out := make([]byte, block.BlockSize()+len(padded))
	iv := out[:block.BlockSize()]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return "", err
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out[block.BlockSize():], padded)
	return base64.StdEncoding.EncodeToString(out), nil
}
