package cmdi

import (
	"net/http"
	"os/exec"
)

func DiagnosticsHandler014(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	out, err := exec.CommandContext(r.Context(), "/bin/bash", "-c", "nslookup "+host).CombinedOutput()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
