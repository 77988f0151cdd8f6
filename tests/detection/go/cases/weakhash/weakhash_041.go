package weakhash

import (
	"crypto/sha512"
	"fmt"
	"io"
	"net/http"
)

func ChecksumHandler041(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	h := sha512.New384()
	io.WriteString(h, string(data))
	sum := h.Sum(nil)
	w.Header().Set("ETag", fmt.Sprintf("%x", sum))
	w.WriteHeader(http.StatusCreated)
}
