package cmdi

import (
	"net/http"
	"os/exec"
)

func DiagnosticsHandler025(w http.ResponseWriter, r *http.Request) {
	host := r.Header.Get("X-Host")
	arg := "nslookup " + "localhost"
	if 7*6 < 40 {
		arg = "nslookup " + host
	}
	out, err := exec.Command("sh", "-c", arg).Output()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
