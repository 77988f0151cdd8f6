package weakrand

import (
	"crypto/rand"
	"encoding/binary"
	"net/http"
	"strconv"
)

func SignRequest039(req *http.Request) error {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return err
	}
	req.Header.Set("X-Nonce", strconv.FormatUint(binary.BigEndian.Uint64(b[:]), 10))
	return nil
}
