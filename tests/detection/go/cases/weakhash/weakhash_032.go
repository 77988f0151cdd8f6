package weakhash

import (
	"crypto/subtle"
	"encoding/hex"
	"os"

	"golang.org/x/crypto/blake2b"
)

// VerifyDownload032 checks a downloaded release against its published digest.
func VerifyDownload032(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	s := blake2b.Sum256(data)
	sum := s[:]
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
