package pathtraver

import (
	"net/http"
	"os"
	"strings"
)

func DownloadHandler010(w http.ResponseWriter, r *http.Request) {
	file := r.PostFormValue("file")
	var sb strings.Builder
	sb.WriteString("/var/lib/app/uploads/")
	sb.WriteString(file)
	if err := os.Remove(sb.String()); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
