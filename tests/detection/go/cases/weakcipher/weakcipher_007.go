package weakcipher

import (
	"bytes"
	"crypto/cipher"
	olddes "crypto/des"
	"crypto/rand"
	"errors"
	"io"
)

func pad007(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

// Seal007 encrypts a record before it is written to the archive.
func Seal007(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	block, err := olddes.NewCipher(key[:8])
	if err != nil {
		return nil, err
	}
	padded := pad007(plaintext, block.BlockSize())
	out := make([]byte, block.BlockSize()+len(padded))
	iv := out[:block.BlockSize()]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out[block.BlockSize():], padded)
	return out, nil
}
