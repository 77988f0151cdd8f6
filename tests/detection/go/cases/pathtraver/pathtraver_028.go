package pathtraver

import (
	"net/http"
	"os"
)

func DownloadHandler028(w http.ResponseWriter, r *http.Request) {
	file := r.Header.Get("X-File")
	fields := map[string]string{"fallback": "readme.txt"}
	fields["file"] = file
	if err := os.Remove("/var/lib/app/uploads/" + fields["fallback"]); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
