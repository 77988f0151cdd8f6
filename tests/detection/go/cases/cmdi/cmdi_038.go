package cmdi

import (
	"net/http"
	"os/exec"
)

func DiagnosticsHandler038(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	cmd := exec.CommandContext(r.Context(), "/usr/bin/whois", "--", host)
	cmd.Stdout = w
	if err := cmd.Run(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
