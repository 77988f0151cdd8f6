package cmdi

import (
	"net/http"
	"os/exec"

	"example.com/bench/internal/helpers"
)

func DiagnosticsHandler024(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := r.Form.Get("host")
	cmd := exec.Command("bash", "-c", "nslookup "+helpers.Normalize(host))
	if err := cmd.Start(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	go cmd.Wait()
	w.WriteHeader(http.StatusAccepted)
}
