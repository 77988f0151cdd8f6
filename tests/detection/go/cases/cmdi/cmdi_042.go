package cmdi

import (
	"encoding/json"
	"net/http"
	"os/exec"
	"strings"
)

type payload042 struct {
	Host string `json:"host"`
}

func DiagnosticsHandler042(w http.ResponseWriter, r *http.Request) {
	var body payload042
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := body.Host
	allowed := map[string]bool{"alice": true, "bob": true, "carol": true}
	if !allowed[host] {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	cmd := exec.Command("/bin/sh", "-c", strings.Join([]string{"nslookup ", host}, ""))
	cmd.Stdout = w
	cmd.Stderr = w
	if err := cmd.Run(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
