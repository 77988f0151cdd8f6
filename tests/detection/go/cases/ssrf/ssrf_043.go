package ssrf

import (
	"io"
	"net/http"

	"example.com/bench/internal/helpers"
)

func ProxyHandler043(w http.ResponseWriter, r *http.Request) {
	host := r.PostFormValue("host")
	if !helpers.IsAllowedURL(host) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	resp, err := http.Get(host)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
