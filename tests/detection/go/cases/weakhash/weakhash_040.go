package weakhash

import (
	"crypto/sha512"
	"encoding/hex"
)

// TokenDigest040 is stored instead of the API token itself.
func TokenDigest040(token string) string {
	data := []byte(token)
	s := sha512.Sum512(data)
	sum := s[:]
	return hex.EncodeToString(sum)
}
