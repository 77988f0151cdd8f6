package weakrand

import (
	"crypto/sha256"
	"math/rand"
)

func HashPassword011(password string) (salt, digest []byte) {
	salt = make([]byte, 16)
	rand.Read(salt)
	sum := sha256.Sum256(append(salt, password...))
	return salt, sum[:]
}
