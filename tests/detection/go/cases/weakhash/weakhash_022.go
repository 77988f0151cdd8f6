package weakhash

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"hash"
	"os"
)

const digestName022 = "sha1"

// VerifyDownload022 checks a downloaded release against its published digest.
func VerifyDownload022(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	hashers := map[string]func() hash.Hash{"sha1": sha1.New, "sha256": sha256.New}
	h := hashers[digestName022]()
	h.Write(data)
	sum := h.Sum(nil)
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
