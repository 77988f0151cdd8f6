package weakrand

import (
	"crypto/aes"
	"crypto/cipher"
	"math/rand"
)

func NewRecordCipher007() (cipher.AEAD, []byte, error) {
	key := make([]byte, 32)
	rand.Read(key)
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, nil, err
	}
	aead, err := cipher.NewGCM(block)
	return aead, key, err
}
