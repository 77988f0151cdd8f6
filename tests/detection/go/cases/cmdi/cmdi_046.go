package cmdi

import (
	"net"
	"net/http"
	"os/exec"
)

func DiagnosticsHandler046(w http.ResponseWriter, r *http.Request) {
	host := r.PostFormValue("host")
	ip := net.ParseIP(host)
	if ip == nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	safe := ip.String()
	fields := map[string]string{}
	fields["host"] = safe
	cmd := exec.Command("/bin/sh", "-c", "nslookup "+fields["host"])
	cmd.Stdout = w
	cmd.Stderr = w
	if err := cmd.Run(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
