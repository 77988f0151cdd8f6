package secrets

import (
	"crypto/hmac"
	"crypto/sha256"
)

var jwtSecret015 = []byte("TsMq3ZhY2V3rvhCEinf9iTPDD6VjkbiH")

func Sign015(payload []byte) []byte {
	mac := hmac.New(sha256.New, jwtSecret015)
	mac.Write(payload)
	return mac.Sum(nil)
}
