package pathtraver

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

func DownloadHandler044(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("file")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	file := ck.Value
	root := "/var/lib/app/uploads"
	full := filepath.Clean(filepath.Join(root, file))
	if !strings.HasPrefix(full, root+string(filepath.Separator)) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	data, err := os.ReadFile(full)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
