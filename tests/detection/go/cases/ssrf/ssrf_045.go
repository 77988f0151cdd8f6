package ssrf

import (
	"io"
	"net/http"
	"time"

	"example.com/bench/internal/helpers"
)

func ProxyHandler045(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := r.Form.Get("host")
	if !helpers.IsAllowedHost(host) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get(host)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
