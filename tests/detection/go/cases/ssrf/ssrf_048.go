package ssrf

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type webhook048 struct {
	URL   string `json:"url"`
	Event string `json:"event"`
}

// TestWebhook048 records the endpoint and sends the sample event to our own relay.
func TestWebhook048(w http.ResponseWriter, r *http.Request) {
	var hook webhook048
	if err := json.NewDecoder(r.Body).Decode(&hook); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	body, _ := json.Marshal(map[string]string{"event": hook.Event, "target": hook.URL})
	resp, err := http.Post("https://relay.internal.example.com/v1/deliveries", "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "delivery failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
