package weakrand

import (
	"math/rand"
)

func randomString013(n int) string {
	const chars = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = chars[rand.Intn(len(chars))]
	}
	return string(b)
}

func NewClientSecret013() string {
	return randomString013(40)
}
