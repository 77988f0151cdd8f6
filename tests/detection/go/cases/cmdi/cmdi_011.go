package cmdi

import (
	"net/http"
	"os/exec"

	"example.com/bench/internal/helpers"
)

func build011(value string) string {
	return "nslookup " + value
}

func DiagnosticsHandler011(w http.ResponseWriter, r *http.Request) {
	host := helpers.Param(r, "host")
	cmd := exec.Command("/bin/sh", "-c", build011(host))
	cmd.Stdout = w
	cmd.Stderr = w
	if err := cmd.Run(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
