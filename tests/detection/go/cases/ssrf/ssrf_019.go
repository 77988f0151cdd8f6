package ssrf

import (
	"net/http"
	"strings"
)

func ProxyHandler019(w http.ResponseWriter, r *http.Request) {
	host := r.PostFormValue("host")
	fields := map[string]string{}
	fields["host"] = host
	resp, err := http.Post("https://"+fields["host"]+"/v1/health", "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusAccepted)
}
