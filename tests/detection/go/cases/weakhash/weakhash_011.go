package weakhash

import (
	"crypto/sha1"
	"fmt"
	"io"
	"net/http"
)

func digest011(b []byte) []byte {
	s := sha1.Sum(b)
	return s[:]
}

func ChecksumHandler011(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	sum := digest011(data)
	w.Header().Set("ETag", fmt.Sprintf("%x", sum))
	w.WriteHeader(http.StatusCreated)
}
