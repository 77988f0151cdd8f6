package cmdi

import (
	"net/http"
	"os/exec"
)

func DiagnosticsHandler007(w http.ResponseWriter, r *http.Request) {
	host := r.PostFormValue("host")
	fields := map[string]string{}
	fields["host"] = host
	cmd := exec.Command("/bin/sh", "-c", "nslookup "+fields["host"])
	cmd.Stdout = w
	cmd.Stderr = w
	if err := cmd.Run(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
