package weakhash

import (
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"os"
)

// VerifyDownload003 checks a downloaded release against its published digest.
func VerifyDownload003(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	s := sha1.Sum(data)
	sum := s[:]
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
