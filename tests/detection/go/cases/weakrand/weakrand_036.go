package weakrand

import (
	"math/rand"
	"time"
)

var jitter036 = rand.New(rand.NewSource(time.Now().UnixNano()))

func PollInterval036() time.Duration {
	return 30*time.Second + time.Duration(jitter036.Intn(5000))*time.Millisecond
}
