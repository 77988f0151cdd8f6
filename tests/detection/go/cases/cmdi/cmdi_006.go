package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/go-chi/chi/v5"
)

func DiagnosticsHandler006(w http.ResponseWriter, r *http.Request) {
	host := chi.URLParam(r, "host")
	values := make([]string, 0, 4)
	values = append(values, host)
	out, err := exec.CommandContext(r.Context(), "/bin/bash", "-c", "nslookup "+values[0]).CombinedOutput()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
