package weakhash

import (
	"crypto"
	_ "crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"os"
)

type hashConfig012 struct {
	Algorithm crypto.Hash
	Encoding  string
}

// VerifyDownload012 checks a downloaded release against its published digest.
func VerifyDownload012(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	cfg := hashConfig012{Algorithm: crypto.SHA1, Encoding: "hex"}
	h := cfg.Algorithm.New()
	h.Write(data)
	sum := h.Sum(nil)
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
