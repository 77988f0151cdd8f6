package weakhash

import (
	"crypto/sha512"
	"encoding/hex"
	"io"
)

// TokenDigest027 is stored instead of the API token itself.
func TokenDigest027(token string) string {
	data := []byte(token)
	h := sha512.New384()
	io.WriteString(h, string(data))
	sum := h.Sum(nil)
	return hex.EncodeToString(sum)
}
