package cmdi

import (
	"net/http"
	"os/exec"
	"strings"

	"github.com/gorilla/mux"
)

func DiagnosticsHandler004(w http.ResponseWriter, r *http.Request) {
	host := mux.Vars(r)["host"]
	cmd := exec.Command("bash", "-c", strings.Join([]string{"nslookup ", host}, ""))
	if err := cmd.Start(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	go cmd.Wait()
	w.WriteHeader(http.StatusAccepted)
}
