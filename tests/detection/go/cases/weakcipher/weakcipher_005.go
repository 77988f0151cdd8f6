package weakcipher

import (
	"bytes"
	"crypto/aes"
	"errors"
)

func pad005(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

// Seal005 encrypts a record before it is written to the archive.
func Seal005(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	block, err := aes.NewCipher(key[:32])
	if err != nil {
		return nil, err
	}
	padded := pad005(plaintext, block.BlockSize())
	out := make([]byte, len(padded))
	for i := 0; i < len(padded); i += block.BlockSize() {
		block.Encrypt(out[i:i+block.BlockSize()], padded[i:i+block.BlockSize()])
	}
	return out, nil
}
