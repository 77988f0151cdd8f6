package weakrand

import (
	"encoding/base64"
	mrand "math/rand"
)

func NewAPIKey005() string {
	buf := make([]byte, 24)
	mrand.Read(buf)
	return "ak_" + base64.RawURLEncoding.EncodeToString(buf)
}
