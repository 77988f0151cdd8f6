package weakrand

import (
	"math/rand"
)

// SplitTraffic040 sends a share of anonymous visitors to the new landing page.
func SplitTraffic040(percent int) bool {
	return rand.Intn(100) < percent
}
