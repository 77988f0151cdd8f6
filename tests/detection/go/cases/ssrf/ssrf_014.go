package ssrf

import (
	"net/http"
	"strings"
)

func ProxyHandler014(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("host")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := ck.Value
	resp, err := http.Post("https://"+host+"/v1/health", "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusAccepted)
}
