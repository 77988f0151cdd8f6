package weakhash

import (
	"crypto/sha256"
	"encoding/hex"
)

// TokenDigest024 is stored instead of the API token itself.
func TokenDigest024(token string) string {
	data := []byte(token)
	s := sha256.Sum256(data)
	sum := s[:]
	return hex.EncodeToString(sum)
}
