package pathtraver

import (
	"io"
	"net/http"
	"os"
)

func DownloadHandler001(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	f, err := os.Open(file)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
