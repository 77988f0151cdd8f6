package weakcipher

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"errors"
	"io"
)

const cipherName027 = "aes"

var blockCiphers027 = map[string]func([]byte) (cipher.Block, error){
	"des": des.NewCipher,
	"aes": aes.NewCipher,
}

// Seal027 encrypts a record before it is written to the archive.
func Seal027(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	block, err := blockCiphers027[cipherName027](key[:32])
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	out := aead.Seal(nonce, nonce, plaintext, nil)
	return out, nil
}
