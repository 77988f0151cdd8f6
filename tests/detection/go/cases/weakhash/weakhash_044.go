package weakhash

import (
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"net/http"
)

const digestName044 = "sha256"

func ChecksumHandler044(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	hashers := map[string]func() hash.Hash{"sha1": sha1.New, "sha256": sha256.New}
	h := hashers[digestName044]()
	h.Write(data)
	sum := h.Sum(nil)
	w.Header().Set("ETag", fmt.Sprintf("%x", sum))
	w.WriteHeader(http.StatusCreated)
}
