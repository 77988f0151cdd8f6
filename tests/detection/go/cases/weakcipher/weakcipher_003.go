package weakcipher

import (
	"crypto/rc4"
	"errors"
)

// Seal003 encrypts a record before it is written to the archive.
func Seal003(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plaintext))
	c.XORKeyStream(out, plaintext)
	return out, nil
}
