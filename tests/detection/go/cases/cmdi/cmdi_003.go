package cmdi

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
)

type payload003 struct {
	Host string `json:"host"`
}

func DiagnosticsHandler003(w http.ResponseWriter, r *http.Request) {
	var body payload003
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := body.Host
	cmd := exec.Command("/bin/sh", "-c", fmt.Sprintf("nslookup %s", host))
	cmd.Stdout = w
	cmd.Stderr = w
	if err := cmd.Run(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
