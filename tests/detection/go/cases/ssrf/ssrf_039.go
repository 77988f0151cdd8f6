package ssrf

import (
	"encoding/json"
	"net/http"

	"example.com/bench/internal/helpers"
)

type payload039 struct {
	Host string `json:"host"`
}

func ProxyHandler039(w http.ResponseWriter, r *http.Request) {
	var body payload039
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := body.Host
	if !helpers.IsAllowedHost(host) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://"+host+"/v1/health", nil)
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
