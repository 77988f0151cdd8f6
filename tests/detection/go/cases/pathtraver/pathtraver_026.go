package pathtraver

import (
	"net/http"
	"os"
)

type options026 struct {
	Value string
}

func DownloadHandler026(w http.ResponseWriter, r *http.Request) {
	file := r.FormValue("file")
	opts := options026{Value: file}
	opts.Value = "readme.txt"
	data, err := os.ReadFile("/var/lib/app/uploads/" + opts.Value)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
