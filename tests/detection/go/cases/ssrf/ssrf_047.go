package ssrf

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type webhook047 struct {
	URL   string `json:"url"`
	Event string `json:"event"`
}

// TestWebhook047 sends a sample event to the subscriber's endpoint.
func TestWebhook047(w http.ResponseWriter, r *http.Request) {
	var hook webhook047
	if err := json.NewDecoder(r.Body).Decode(&hook); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	body, _ := json.Marshal(map[string]string{"event": hook.Event})
	resp, err := http.Post(hook.URL, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "delivery failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
