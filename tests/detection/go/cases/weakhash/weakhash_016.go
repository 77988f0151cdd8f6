package weakhash

import (
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"os"
)

// VerifyDownload016 checks a downloaded release against its published digest.
func VerifyDownload016(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	h := md5.New()
	h.Write(data)
	sum := h.Sum(nil)
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
