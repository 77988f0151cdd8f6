package pathtraver

import (
	"net/http"
	"os"
	"strings"
)

func DownloadHandler016(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	if err := os.Remove(strings.Join([]string{"/var/lib/app/uploads/", file}, "")); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
