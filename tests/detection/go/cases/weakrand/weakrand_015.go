package weakrand

import (
	"encoding/hex"
	"math/rand"
)

// EmailVerification015 builds the link token for address confirmation.
func EmailVerification015() string {
	r := rand.New(rand.NewSource(42))
	b := make([]byte, 16)
	r.Read(b)
	return hex.EncodeToString(b)
}
