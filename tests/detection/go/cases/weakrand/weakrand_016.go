package weakrand

import (
	"math/rand"
	"strconv"
	"time"
)

type tokenIssuer016 struct {
	rng *rand.Rand
}

func newTokenIssuer016() *tokenIssuer016 {
	return &tokenIssuer016{rng: rand.New(rand.NewSource(time.Now().UnixNano()))}
}

func (t *tokenIssuer016) RefreshToken() string {
	return strconv.FormatUint(t.rng.Uint64(), 36) + strconv.FormatUint(t.rng.Uint64(), 36)
}
