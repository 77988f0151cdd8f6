package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/gorilla/mux"
)

func DiagnosticsHandler019(w http.ResponseWriter, r *http.Request) {
	host := mux.Vars(r)["host"]
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
