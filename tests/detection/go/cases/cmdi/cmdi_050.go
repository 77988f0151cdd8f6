package cmdi

import (
	"net/http"
	"os/exec"
)

var tools050 = map[string]string{"git": "/usr/bin/git", "go": "/usr/local/go/bin/go"}

// Tool050 runs one of the maintenance tools by name.
func Tool050(w http.ResponseWriter, r *http.Request) {
	path, ok := tools050[r.URL.Query().Get("tool")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	out, err := exec.Command(path, "--version").Output()
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
