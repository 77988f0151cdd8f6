package weakrand

import (
	"math/rand"
	"strconv"
)

func ApiNonce022() string {
	perm := rand.Perm(10)
	out := ""
	for _, d := range perm[:8] {
		out += strconv.Itoa(d)
	}
	return out
}
