package pathtraver

import (
	"net/http"
	"os"

	"example.com/bench/internal/helpers"
)

func DownloadHandler014(w http.ResponseWriter, r *http.Request) {
	file := helpers.Param(r, "file")
	data, err := os.ReadFile("/var/lib/app/uploads/" + file)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
