package pathtraver

import (
	"net/http"
	"os"
	"strings"

	"github.com/gorilla/mux"
)

func DownloadHandler022(w http.ResponseWriter, r *http.Request) {
	file := mux.Vars(r)["file"]
	var sb strings.Builder
	sb.WriteString("/var/lib/app/uploads/")
	sb.WriteString(file)
	if err := os.Remove(sb.String()); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
