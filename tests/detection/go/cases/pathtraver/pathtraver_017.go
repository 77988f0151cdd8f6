package pathtraver

import (
	"io"
	"net/http"
	"os"
)

func DownloadHandler017(w http.ResponseWriter, r *http.Request) {
	file := r.FormValue("file")
	if len(file) > 128 {
		file = file[:128]
	}
	f, err := os.OpenFile("/var/lib/app/uploads/"+file, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
	w.WriteHeader(http.StatusCreated)
}
