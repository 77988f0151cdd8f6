package cmdi

import (
	"encoding/json"
	"net/http"
	"os/exec"
)

type payload018 struct {
	Host string `json:"host"`
}

func DiagnosticsHandler018(w http.ResponseWriter, r *http.Request) {
	var body payload018
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := body.Host
	values := make([]string, 0, 4)
	values = append(values, host)
	out, err := exec.CommandContext(r.Context(), "/bin/bash", "-c", "nslookup "+values[0]).CombinedOutput()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
