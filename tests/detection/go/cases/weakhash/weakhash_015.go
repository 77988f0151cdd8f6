package weakhash

import (
	"crypto/md5"
	"fmt"
	"io"
	"net/http"
)

func ChecksumHandler015(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	s := md5.Sum(data)
	sum := s[:]
	w.Header().Set("ETag", fmt.Sprintf("%x", sum))
	w.WriteHeader(http.StatusCreated)
}
