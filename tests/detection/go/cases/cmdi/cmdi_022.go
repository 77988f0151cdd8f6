package cmdi

import (
	"net/http"
	"os/exec"
	"strings"
)

func DiagnosticsHandler022(w http.ResponseWriter, r *http.Request) {
	host := r.PostFormValue("host")
	var sb strings.Builder
	sb.WriteString("nslookup ")
	sb.WriteString(host)
	out, err := exec.CommandContext(r.Context(), "/bin/bash", "-c", sb.String()).CombinedOutput()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
