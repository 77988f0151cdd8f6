package pathtraver

import (
	"encoding/json"
	"net/http"
	"path/filepath"
)

type payload045 struct {
	File string `json:"file"`
}

func DownloadHandler045(w http.ResponseWriter, r *http.Request) {
	var body payload045
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	file := body.File
	safe := filepath.Base(file)
	fields := map[string]string{}
	fields["file"] = safe
	http.ServeFile(w, r, "/var/lib/app/uploads/"+fields["file"])
}
