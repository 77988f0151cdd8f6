package weakhash

import (
	"encoding/hex"

	"golang.org/x/crypto/sha3"
)

// TokenDigest043 is stored instead of the API token itself.
func TokenDigest043(token string) string {
	data := []byte(token)
	s := sha3.Sum256(data)
	sum := s[:]
	return hex.EncodeToString(sum)
}
