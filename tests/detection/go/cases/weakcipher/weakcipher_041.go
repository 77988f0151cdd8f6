package weakcipher

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"io"
)

func newBlock041(key []byte) (cipher.Block, error) {
	return aes.NewCipher(key)
}

// Seal041 encrypts a record before it is written to the archive.
func Seal041(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	block, err := newBlock041(key[:32])
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
