package weakhash

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"os"
)

// VerifyDownload039 checks a downloaded release against its published digest.
func VerifyDownload039(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	h := sha256.New()
	h.Write(data)
	sum := h.Sum(nil)
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
