package cmdi

import (
	"fmt"
	"net/http"
	"os/exec"
)

func DiagnosticsHandler041(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("host")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := ck.Value
	var safe string
	switch host {
	case "admin", "staff":
		safe = "staff"
	case "guest":
		safe = "guest"
	default:
		safe = "member"
	}
	out, err := exec.CommandContext(r.Context(), "/bin/bash", "-c", fmt.Sprintf("nslookup %s", safe)).CombinedOutput()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
