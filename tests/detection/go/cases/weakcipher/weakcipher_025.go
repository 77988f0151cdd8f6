package weakcipher

import (
	"crypto/rand"
	"errors"
	"io"

	"golang.org/x/crypto/nacl/secretbox"
)

// Seal025 encrypts a record before it is written to the archive.
func Seal025(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	var k [32]byte
	copy(k[:], key)
	var nonce [24]byte
	if _, err := io.ReadFull(rand.Reader, nonce[:]); err != nil {
		return nil, err
	}
	out := secretbox.Seal(nonce[:], plaintext, &nonce, &k)
	return out, nil
}
