package weakrand

import (
	"crypto/rand"
	"encoding/base32"
)

func MFASecret041() (string, error) {
	seed := make([]byte, 20)
	if _, err := rand.Read(seed); err != nil {
		return "", err
	}
	return base32.StdEncoding.EncodeToString(seed), nil
}
