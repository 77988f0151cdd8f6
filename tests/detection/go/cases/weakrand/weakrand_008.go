package weakrand

import (
	"math/rand"
	"strconv"
)

// InviteCode008 lets the holder join a private workspace.
func InviteCode008() string {
	return strconv.FormatInt(rand.Int63(), 36)
}
