package cmdi

import (
	"net/http"
	"os/exec"
)

type options026 struct {
	Value string
}

func DiagnosticsHandler026(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("host")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := ck.Value
	opts := options026{Value: host}
	opts.Value = "localhost"
	out, err := exec.CommandContext(r.Context(), "/bin/bash", "-c", "nslookup "+opts.Value).CombinedOutput()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
