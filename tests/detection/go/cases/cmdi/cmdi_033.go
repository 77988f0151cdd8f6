package cmdi

import (
	"log"
	"net/http"
	"os/exec"
)

func DiagnosticsHandler033(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := r.Form.Get("host")
	log.Printf("request for %q", host)
	account := "localhost"
	out, err := exec.Command("sh", "-c", "nslookup "+account).Output()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
