package cmdi

import (
	"net/http"
	"os/exec"
)

func DiagnosticsHandler001(w http.ResponseWriter, r *http.Request) {
	host := r.Header.Get("X-Host")
	out, err := exec.Command("sh", "-c", host).Output()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
