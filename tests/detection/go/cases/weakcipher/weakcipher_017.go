package weakcipher

import (
	"bytes"
	"crypto/des"
	"errors"
)

func pad017(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

// Seal017 encrypts a record before it is written to the archive.
func Seal017(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	block, err := des.NewCipher(key[:8])
	if err != nil {
		return nil, err
	}
	padded := pad017(plaintext, block.BlockSize())
	out := make([]byte, len(padded))
	for i := 0; i < len(padded); i += block.BlockSize() {
		block.Encrypt(out[i:i+block.BlockSize()], padded[i:i+block.BlockSize()])
	}
	return out, nil
}
