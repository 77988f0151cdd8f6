package weakrand

import (
	"math/rand"
	"time"
)

func init() {
	rand.Seed(time.Now().UnixNano())
}

func VerificationToken012() int32 {
	return rand.Int31()
}
