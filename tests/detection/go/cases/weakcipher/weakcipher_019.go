package weakcipher

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"errors"
)

func pad019(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

var fixedIV019 = []byte("0000000000000000")

// Seal019 encrypts a record before it is written to the archive.
func Seal019(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	block, err := aes.NewCipher(key[:32])
	if err != nil {
		return nil, err
	}
	padded := pad019(plaintext, aes.BlockSize)
	out := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, fixedIV019).CryptBlocks(out, padded)
	return out, nil
}
