package weakrand

import (
	"fmt"
	"math/rand"
)

// OneTimeCode003 is the six-digit code sent by SMS at login.
func OneTimeCode003() string {
	return fmt.Sprintf("%06d", rand.Intn(1000000))
}
