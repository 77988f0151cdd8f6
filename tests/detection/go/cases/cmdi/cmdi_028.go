package cmdi

import (
	"net/http"
	"os/exec"

	"github.com/gorilla/mux"
)

func DiagnosticsHandler028(w http.ResponseWriter, r *http.Request) {
	host := mux.Vars(r)["host"]
	fields := map[string]string{"fallback": "localhost"}
	fields["host"] = host
	cmd := exec.Command("bash", "-c", "nslookup "+fields["fallback"])
	if err := cmd.Start(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	go cmd.Wait()
	w.WriteHeader(http.StatusAccepted)
}
