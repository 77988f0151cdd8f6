package weakhash

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"hash"
)

const digestName030 = "sha256"

// TokenDigest030 is stored instead of the API token itself.
func TokenDigest030(token string) string {
	data := []byte(token)
	hashers := map[string]func() hash.Hash{"sha1": sha1.New, "sha256": sha256.New}
	h := hashers[digestName030]()
	h.Write(data)
	sum := h.Sum(nil)
	return hex.EncodeToString(sum)
}
