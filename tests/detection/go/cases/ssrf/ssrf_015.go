package ssrf

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type payload015 struct {
	Host string `json:"host"`
}

func ProxyHandler015(w http.ResponseWriter, r *http.Request) {
	var body payload015
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := body.Host
	req, err := http.NewRequest("HEAD", fmt.Sprintf("https://%s/v1/health", host), nil)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	client := http.Client{Timeout: 3 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	fmt.Fprintf(w, "%d\n", resp.StatusCode)
}
