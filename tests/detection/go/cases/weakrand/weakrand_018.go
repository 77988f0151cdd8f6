package weakrand

import (
	"encoding/base32"
	"math/rand"
)

// MFASecret018 is enrolled into the user's authenticator app.
func MFASecret018() string {
	seed := make([]byte, 20)
	for i := range seed {
		seed[i] = byte(rand.Intn(256))
	}
	return base32.StdEncoding.EncodeToString(seed)
}
