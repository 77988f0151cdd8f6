package cmdi

import (
	"net/http"
	"os/exec"

	"example.com/bench/internal/helpers"
	"github.com/go-chi/chi/v5"
)

func DiagnosticsHandler045(w http.ResponseWriter, r *http.Request) {
	host := chi.URLParam(r, "host")
	safe, err := helpers.ToID(host)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	out, err := exec.CommandContext(r.Context(), "/bin/bash", "-c", safe).CombinedOutput()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
