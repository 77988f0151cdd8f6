package weakhash

import (
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"os"
)

// VerifyDownload026 checks a downloaded release against its published digest.
func VerifyDownload026(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	s := sha512.Sum512(data)
	sum := s[:]
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
