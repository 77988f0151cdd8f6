package weakhash

import (
	s1 "crypto/sha1"
	"encoding/hex"
)

// TokenDigest013 is stored instead of the API token itself.
func TokenDigest013(token string) string {
	data := []byte(token)
	h := s1.New()
	h.Write(data)
	sum := h.Sum(nil)
	return hex.EncodeToString(sum)
}
