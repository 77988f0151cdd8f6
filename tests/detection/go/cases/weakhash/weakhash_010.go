package weakhash

import (
	"encoding/hex"

	"golang.org/x/crypto/md4"
)

// TokenDigest010 is stored instead of the API token itself.
func TokenDigest010(token string) string {
	data := []byte(token)
	h := md4.New()
	h.Write(data)
	sum := h.Sum(nil)
	return hex.EncodeToString(sum)
}
