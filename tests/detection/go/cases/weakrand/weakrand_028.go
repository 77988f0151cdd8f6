package weakrand

import (
	"math/rand"
	"time"
)

// Backoff028 waits a little longer after each failed attempt, with jitter.
func Backoff028(attempt int) time.Duration {
	base := time.Duration(1<<attempt) * 100 * time.Millisecond
	return base + time.Duration(rand.Int63n(int64(base)))
}
