package ssrf

import (
	"net/http"
	"strings"
)

func ProxyHandler004(w http.ResponseWriter, r *http.Request) {
	host := r.PostFormValue("host")
	resp, err := http.Post(strings.Join([]string{"https://", host, "/v1/health"}, ""), "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusAccepted)
}
