package weakhash

import (
	"crypto/sha1"
	"fmt"
	"io"
	"net/http"
)

func ChecksumHandler018(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	h := sha1.New()
	io.WriteString(h, string(data))
	sum := h.Sum(nil)
	w.Header().Set("ETag", fmt.Sprintf("%x", sum))
	w.WriteHeader(http.StatusCreated)
}
