package weakhash

import (
	strong "crypto/sha512"
	"fmt"
	"io"
	"net/http"
)

func ChecksumHandler034(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	s := strong.Sum512_256(data)
	sum := s[:]
	w.Header().Set("ETag", fmt.Sprintf("%x", sum))
	w.WriteHeader(http.StatusCreated)
}
