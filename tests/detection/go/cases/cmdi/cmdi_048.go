package cmdi

import (
	"encoding/json"
	"net/http"
	"os/exec"
)

type convert048 struct {
	Input string `json:"input"`
	Width int    `json:"width"`
}

func Convert048(w http.ResponseWriter, r *http.Request) {
	var req convert048
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	args := []string{"-resize", "800x", "--", req.Input, "/tmp/out.png"}
	out, err := exec.Command("/usr/bin/convert", args...).CombinedOutput()
	if err != nil {
		http.Error(w, string(out), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
