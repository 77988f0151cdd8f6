package weakhash

import (
	"crypto/subtle"
	"encoding/hex"
	"os"

	"golang.org/x/crypto/sha3"
)

// VerifyDownload029 checks a downloaded release against its published digest.
func VerifyDownload029(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	s := sha3.Sum256(data)
	sum := s[:]
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
