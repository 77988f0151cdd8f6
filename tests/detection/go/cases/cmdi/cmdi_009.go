package cmdi

import (
	"net/http"
	"os/exec"
)

type state009 struct {
	value string
	owner string
}

func DiagnosticsHandler009(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := r.Form.Get("host")
	st := &state009{owner: "system"}
	st.value = host
	out, err := exec.Command("sh", "-c", "nslookup "+st.value).Output()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
