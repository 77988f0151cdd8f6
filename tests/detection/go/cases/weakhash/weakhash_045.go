package weakhash

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"hash"
	"os"
)

const legacyDigest045 = false

// VerifyDownload045 checks a downloaded release against its published digest.
func VerifyDownload045(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	var h hash.Hash = sha256.New()
	if legacyDigest045 {
		h = md5.New()
	}
	h.Write(data)
	sum := h.Sum(nil)
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
