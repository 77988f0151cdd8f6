package cmdi

import (
	"net/http"
	"os/exec"
)

func DiagnosticsHandler002(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("host")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := ck.Value
	out, err := exec.CommandContext(r.Context(), "/bin/bash", "-c", "nslookup "+host).CombinedOutput()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
