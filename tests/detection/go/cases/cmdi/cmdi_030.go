package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/go-chi/chi/v5"
)

type state030 struct {
	value string
	owner string
}

func DiagnosticsHandler030(w http.ResponseWriter, r *http.Request) {
	host := chi.URLParam(r, "host")
	st := &state030{owner: "localhost"}
	st.value = host
	out, err := exec.CommandContext(r.Context(), "/bin/bash", "-c", "nslookup "+st.owner).CombinedOutput()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
