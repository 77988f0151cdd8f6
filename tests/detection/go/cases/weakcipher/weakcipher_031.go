package weakcipher

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"io"
)

type cipherConfig031 struct {
	Key  []byte
	Mode string
}

// Seal031 encrypts a record before it is written to the archive.
func Seal031(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	cfg := cipherConfig031{Key: key, Mode: "record"}
	block, err := aes.NewCipher(cfg.Key)
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
