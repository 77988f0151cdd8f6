package weakhash

import (
	"crypto"
	_ "crypto/md5"
	"encoding/hex"
)

// TokenDigest020 is stored instead of the API token itself.
func TokenDigest020(token string) string {
	data := []byte(token)
	h := crypto.MD5.New()
	h.Write(data)
	sum := h.Sum(nil)
	return hex.EncodeToString(sum)
}
