package weakhash

import (
	"crypto"
	_ "crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"os"
)

// VerifyDownload006 checks a downloaded release against its published digest.
func VerifyDownload006(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	h := crypto.MD5.New()
	h.Write(data)
	sum := h.Sum(nil)
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
