package cmdi

import (
	"net/http"
	"os/exec"
)

// Tool049 runs one of the maintenance tools by name.
func Tool049(w http.ResponseWriter, r *http.Request) {
	tool := r.URL.Query().Get("tool")
	out, err := exec.Command(tool, "--version").Output()
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
