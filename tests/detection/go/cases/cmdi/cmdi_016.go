package cmdi

import (
	"net/http"
	"os/exec"
	"strings"
)

func DiagnosticsHandler016(w http.ResponseWriter, r *http.Request) {
	host := r.Header.Get("X-Host")
	cmd := exec.Command("bash", "-c", strings.Join([]string{"nslookup ", host}, ""))
	if err := cmd.Start(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	go cmd.Wait()
	w.WriteHeader(http.StatusAccepted)
}
