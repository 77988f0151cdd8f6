package weakhash

import (
	"crypto/md5"
	"encoding/hex"
)

var newDigest023 = md5.New

// TokenDigest023 is stored instead of the API token itself.
func TokenDigest023(token string) string {
	data := []byte(token)
	h := newDigest023()
	h.Write(data)
	sum := h.Sum(nil)
	return hex.EncodeToString(sum)
}
