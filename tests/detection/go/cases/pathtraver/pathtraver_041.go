package pathtraver

import (
	"io"
	"io/fs"
	"net/http"
	"os"
	"strings"
)

func build041(value string) string {
	return "/var/lib/app/uploads/" + value
}

func DownloadHandler041(w http.ResponseWriter, r *http.Request) {
	file := r.FormValue("file")
	if !fs.ValidPath(file) || strings.Contains(file, "\\") {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	f, err := os.OpenFile(build041(file), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
	w.WriteHeader(http.StatusCreated)
}
