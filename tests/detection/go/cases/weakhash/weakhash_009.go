package weakhash

import (
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"os"
)

var newDigest009 = md5.New

// VerifyDownload009 checks a downloaded release against its published digest.
func VerifyDownload009(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	h := newDigest009()
	h.Write(data)
	sum := h.Sum(nil)
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
