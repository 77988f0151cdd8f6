package weakhash

import (
	"crypto/md5"
	"encoding/hex"
)

// TokenDigest001 is stored instead of the API token itself.
func TokenDigest001(token string) string {
	data := []byte(token)
	s := md5.Sum(data)
	sum := s[:]
	return hex.EncodeToString(sum)
}
