package weakrand

import (
	"crypto/rand"
	"encoding/hex"
)

func randomString038(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

func NewClientSecret038() string {
	return randomString038(20)
}
