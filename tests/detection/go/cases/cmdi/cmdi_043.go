package cmdi

import (
	"net/http"
	"os/exec"
	"regexp"
	"strings"

	"github.com/gorilla/mux"
)

var namePattern043 = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func valid043(value string) bool {
	return namePattern043.MatchString(value)
}

func DiagnosticsHandler043(w http.ResponseWriter, r *http.Request) {
	host := mux.Vars(r)["host"]
	if !valid043(host) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var sb strings.Builder
	sb.WriteString("nslookup ")
	sb.WriteString(host)
	cmd := exec.Command("bash", "-c", sb.String())
	if err := cmd.Start(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	go cmd.Wait()
	w.WriteHeader(http.StatusAccepted)
}
