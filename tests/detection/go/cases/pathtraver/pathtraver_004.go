package pathtraver

import (
	"net/http"
	"os"
	"strings"
)

func DownloadHandler004(w http.ResponseWriter, r *http.Request) {
	file := r.Header.Get("X-File")
	if err := os.Remove(strings.Join([]string{"/var/lib/app/uploads/", file}, "")); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
