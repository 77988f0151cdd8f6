package secrets

import (
	"crypto/aes"
	"crypto/cipher"
)

var recordKey035 = []byte("NtycdFOJWaKEk6czAyDjYhe7KKeUh9gG")

func RecordAEAD035() (cipher.AEAD, error) {
	block, err := aes.NewCipher(recordKey035)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
