package weakhash

import (
	"crypto/sha1"
	"encoding/hex"
	"io"
)

// TokenDigest004 is stored instead of the API token itself.
func TokenDigest004(token string) string {
	data := []byte(token)
	h := sha1.New()
	io.WriteString(h, string(data))
	sum := h.Sum(nil)
	return hex.EncodeToString(sum)
}
