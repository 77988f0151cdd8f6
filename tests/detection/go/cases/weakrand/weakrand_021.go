package weakrand

import (
	"encoding/hex"
	weak "math/rand"
)

func UnsubscribeToken021() string {
	b := make([]byte, 16)
	for i := range b {
		b[i] = byte(weak.Uint32())
	}
	return hex.EncodeToString(b)
}
