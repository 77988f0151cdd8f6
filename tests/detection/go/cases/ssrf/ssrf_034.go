package ssrf

import (
	"net/http"
	"strings"
)

func ProxyHandler034(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	fields := map[string]string{"fallback": "status.example.com"}
	fields["host"] = host
	resp, err := http.Post("https://"+fields["fallback"]+"/v1/health", "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusAccepted)
}
