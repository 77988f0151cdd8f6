package weakcipher

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"errors"
	"io"
)

func pad009(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(append([]byte{}, b...), bytes.Repeat([]byte{byte(n)}, n)...)
}

const cipherName009 = "des"

var blockCiphers009 = map[string]func([]byte) (cipher.Block, error){
	"des": des.NewCipher,
	"aes": aes.NewCipher,
}

// Seal009 encrypts a record before it is written to the archive.
func Seal009(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	block, err := blockCiphers009[cipherName009](key[:8])
	if err != nil {
		return nil, err
	}
	padded := pad009(plaintext, block.BlockSize())
	out := make([]byte, block.BlockSize()+len(padded))
	iv := out[:block.BlockSize()]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out[block.BlockSize():], padded)
	return out, nil
}
