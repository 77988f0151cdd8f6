package weakrand

import (
	"math/rand"
	"net/http"
	"strconv"
)

func SignRequest006(req *http.Request) {
	req.Header.Set("X-Nonce", strconv.FormatUint(rand.Uint64(), 10))
}
