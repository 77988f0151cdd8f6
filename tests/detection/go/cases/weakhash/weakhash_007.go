package weakhash

import (
	"crypto"
	_ "crypto/sha1"
	"encoding/hex"
)

// TokenDigest007 is stored instead of the API token itself.
func TokenDigest007(token string) string {
	data := []byte(token)
	h := crypto.SHA1.New()
	h.Write(data)
	sum := h.Sum(nil)
	return hex.EncodeToString(sum)
}
