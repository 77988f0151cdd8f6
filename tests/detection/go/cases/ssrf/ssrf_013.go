package ssrf

import (
	"io"
	"net/http"
	"time"
)

func ProxyHandler013(w http.ResponseWriter, r *http.Request) {
	host := r.Header.Get("X-Host")
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get(host)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
