package cmdi

import (
	"net/http"
	"os/exec"
	"strconv"
)

func DiagnosticsHandler040(w http.ResponseWriter, r *http.Request) {
	host := r.Header.Get("X-Host")
	num, err := strconv.Atoi(host)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	safe := strconv.Itoa(num)
	out, err := exec.Command("sh", "-c", "nslookup "+safe).Output()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
