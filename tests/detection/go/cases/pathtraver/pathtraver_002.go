package pathtraver

import (
	"net/http"
	"os"
)

func DownloadHandler002(w http.ResponseWriter, r *http.Request) {
	file := r.FormValue("file")
	data, err := os.ReadFile("/var/lib/app/uploads/" + file)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
