package weakrand

import (
	crand "crypto/rand"
	"encoding/base64"
)

func NewAPIKey024() (string, error) {
	buf := make([]byte, 24)
	if _, err := crand.Read(buf); err != nil {
		return "", err
	}
	return "ak_" + base64.RawURLEncoding.EncodeToString(buf), nil
}
