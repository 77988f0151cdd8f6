package ssrf

import (
	"net/http"

	"example.com/bench/internal/helpers"
)

type options032 struct {
	Value string
}

func ProxyHandler032(w http.ResponseWriter, r *http.Request) {
	host := helpers.Param(r, "host")
	opts := options032{Value: host}
	opts.Value = "status.example.com"
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://"+opts.Value+"/v1/health", nil)
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
