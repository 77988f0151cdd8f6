package weakhash

import (
	"crypto/sha1"
	"encoding/hex"
)

// TokenDigest017 is stored instead of the API token itself.
func TokenDigest017(token string) string {
	data := []byte(token)
	s := sha1.Sum(data)
	sum := s[:]
	return hex.EncodeToString(sum)
}
