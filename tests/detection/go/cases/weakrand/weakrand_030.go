package weakrand

import (
	"math/rand"
)

// PickBackend030 spreads requests over the healthy replicas.
func PickBackend030(backends []string) string {
	return backends[rand.Intn(len(backends))]
}
