package cmdi

import (
	"net/http"
	"os/exec"

	"example.com/bench/internal/helpers"
)

func DiagnosticsHandler035(w http.ResponseWriter, r *http.Request) {
	host := helpers.Param(r, "host")
	values := []string{"localhost"}
	values = append(values, host)
	cmd := exec.Command("/bin/sh", "-c", "nslookup "+values[0])
	cmd.Stdout = w
	cmd.Stderr = w
	if err := cmd.Run(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
