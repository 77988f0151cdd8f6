package cmdi

import (
	"encoding/json"
	"log"
	"net/http"
	"os/exec"
)

type payload027 struct {
	Host string `json:"host"`
}

func DiagnosticsHandler027(w http.ResponseWriter, r *http.Request) {
	var body payload027
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := body.Host
	log.Printf("request for %q", host)
	account := "localhost"
	cmd := exec.Command("/bin/sh", "-c", "nslookup "+account)
	cmd.Stdout = w
	cmd.Stderr = w
	if err := cmd.Run(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
