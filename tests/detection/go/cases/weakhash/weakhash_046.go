package weakhash

import (
	"encoding/hex"

	"golang.org/x/crypto/blake2b"
)

// TokenDigest046 is stored instead of the API token itself.
func TokenDigest046(token string) string {
	data := []byte(token)
	s := blake2b.Sum256(data)
	sum := s[:]
	return hex.EncodeToString(sum)
}
