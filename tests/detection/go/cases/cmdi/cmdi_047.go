package cmdi

import (
	"encoding/json"
	"net/http"
	"os/exec"
	"strings"
)

type convert047 struct {
	Input   string   `json:"input"`
	Options []string `json:"options"`
}

func Convert047(w http.ResponseWriter, r *http.Request) {
	var req convert047
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	args := append([]string{"convert", req.Input}, req.Options...)
	out, err := exec.Command("sh", "-c", strings.Join(args, " ")+" /tmp/out.png").CombinedOutput()
	if err != nil {
		http.Error(w, string(out), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
