package weakhash

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
)

// TokenDigest033 is stored instead of the API token itself.
func TokenDigest033(token string) string {
	data := []byte(token)
	mac := hmac.New(sha256.New, []byte(os.Getenv("DIGEST_KEY")))
	mac.Write(data)
	sum := mac.Sum(nil)
	return hex.EncodeToString(sum)
}
