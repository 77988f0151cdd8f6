package weakhash

import (
	legacyhash "crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"os"
)

// VerifyDownload019 checks a downloaded release against its published digest.
func VerifyDownload019(path, want string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	s := legacyhash.Sum(data)
	sum := s[:]
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum)), []byte(want)) == 1, nil
}
