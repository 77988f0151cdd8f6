package cmdi

import (
	"net/http"
	"os/exec"
)

func DiagnosticsHandler017(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("host")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := ck.Value
	if len(host) > 128 {
		host = host[:128]
	}
	out, err := exec.Command("sh", "-c", "nslookup "+host).Output()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
