package weakhash

import (
	"crypto/md5"
	"fmt"
	"io"
	"net/http"
)

func ChecksumHandler002(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	h := md5.New()
	h.Write(data)
	sum := h.Sum(nil)
	w.Header().Set("ETag", fmt.Sprintf("%x", sum))
	w.WriteHeader(http.StatusCreated)
}
