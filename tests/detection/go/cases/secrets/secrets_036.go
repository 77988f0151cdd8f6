package secrets

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"os"
)

func RecordAEAD036() (cipher.AEAD, error) {
	key, err := hex.DecodeString(os.Getenv("RECORD_KEY_HEX"))
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
