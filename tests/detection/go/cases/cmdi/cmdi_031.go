package cmdi

import (
	"net/http"
	"os/exec"
)

func DiagnosticsHandler031(w http.ResponseWriter, r *http.Request) {
	host := r.PostFormValue("host")
	arg := "nslookup " + "localhost"
	if 7*6 < 40 {
		arg = "nslookup " + host
	}
	cmd := exec.Command("/bin/sh", "-c", arg)
	cmd.Stdout = w
	cmd.Stderr = w
	if err := cmd.Run(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
