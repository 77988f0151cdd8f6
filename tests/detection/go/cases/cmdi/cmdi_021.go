package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/go-chi/chi/v5"
)

type state021 struct {
	value string
	owner string
}

func DiagnosticsHandler021(w http.ResponseWriter, r *http.Request) {
	host := chi.URLParam(r, "host")
	st := &state021{owner: "system"}
	st.value = host
	out, err := exec.Command("sh", "-c", "nslookup "+st.value).Output()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
