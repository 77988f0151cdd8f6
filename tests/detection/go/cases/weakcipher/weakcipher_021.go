package weakcipher

import (
	"crypto/rc4"
	"errors"
)

func stream021(key, dst, src []byte) error {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return err
	}
	c.XORKeyStream(dst, src)
	return nil
}

// Seal021 encrypts a record before it is written to the archive.
func Seal021(key, plaintext []byte) ([]byte, error) {
	if len(key) < 32 {
		return nil, errors.New("key too short")
	}
	out := make([]byte, len(plaintext))
	if err := stream021(key, out, plaintext); err != nil {
		return nil, err
	}
	return out, nil
}
