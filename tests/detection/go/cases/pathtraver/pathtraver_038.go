package pathtraver

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"

	"example.com/bench/internal/helpers"
)

func DownloadHandler038(w http.ResponseWriter, r *http.Request) {
	file := helpers.Param(r, "file")
	safe := filepath.Base(file)
	data, err := os.ReadFile(fmt.Sprintf("/var/lib/app/uploads/%s", safe))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
