package weakhash

import (
	"crypto"
	_ "crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"os"
)

// VerifyDownload035 checks a downloaded release against its published digest.
func VerifyDownload035(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	alg := crypto.SHA1
	alg = crypto.SHA256
	h := alg.New()
	h.Write(data)
	sum := h.Sum(nil)
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
