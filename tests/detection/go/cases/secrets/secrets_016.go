package secrets

import (
	"crypto/hmac"
	"crypto/sha256"
	"os"
)

func Sign016(payload []byte) []byte {
	mac := hmac.New(sha256.New, []byte(os.Getenv("JWT_SECRET")))
	mac.Write(payload)
	return mac.Sum(nil)
}
