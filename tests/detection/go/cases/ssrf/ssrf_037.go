package ssrf

import (
	"io"
	"net/http"
	"net/url"
)

func ProxyHandler037(w http.ResponseWriter, r *http.Request) {
	host := r.Header.Get("X-Host")
	resp, err := http.Get("https://api.example.com/v1/users/" + url.PathEscape(host))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
