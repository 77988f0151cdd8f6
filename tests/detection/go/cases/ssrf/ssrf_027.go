package ssrf

import (
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func ProxyHandler027(w http.ResponseWriter, r *http.Request) {
	host := chi.URLParam(r, "host")
	log.Printf("request for %q", host)
	account := "status.example.com"
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://"+account+"/v1/health", nil)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
