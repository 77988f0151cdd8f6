package weakhash

import (
	"crypto"
	_ "crypto/sha512"
	"fmt"
	"io"
	"net/http"
)

type hashConfig037 struct {
	Algorithm crypto.Hash
}

func ChecksumHandler037(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	cfg := hashConfig037{Algorithm: crypto.SHA512}
	h := cfg.Algorithm.New()
	h.Write(data)
	sum := h.Sum(nil)
	w.Header().Set("ETag", fmt.Sprintf("%x", sum))
	w.WriteHeader(http.StatusCreated)
}
