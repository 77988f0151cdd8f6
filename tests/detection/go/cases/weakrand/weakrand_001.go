package weakrand

import (
	"encoding/hex"
	"math/rand"
)

// NewResetToken001 returns the token mailed to a user who forgot the password.
func NewResetToken001() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}
