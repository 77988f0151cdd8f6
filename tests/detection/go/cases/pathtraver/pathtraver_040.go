package pathtraver

import (
	"net/http"
	"os"

	"example.com/bench/internal/helpers"
)

func DownloadHandler040(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	full, ok := helpers.WithinDir("/var/lib/app/uploads", file)
	if !ok {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := os.Remove(full); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
