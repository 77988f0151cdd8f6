package weakhash

import (
	"crypto/md5"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"net/http"
)

const legacyDigest031 = false

func ChecksumHandler031(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var h hash.Hash = sha256.New()
	if legacyDigest031 {
		h = md5.New()
	}
	h.Write(data)
	sum := h.Sum(nil)
	w.Header().Set("ETag", fmt.Sprintf("%x", sum))
	w.WriteHeader(http.StatusCreated)
}
