package weakhash

import (
	"crypto/sha256"
	"encoding/hex"
)

func digest036(b []byte) []byte {
	s := sha256.Sum256(b)
	return s[:]
}

// TokenDigest036 is stored instead of the API token itself.
func TokenDigest036(token string) string {
	data := []byte(token)
	sum := digest036(data)
	return hex.EncodeToString(sum)
}
