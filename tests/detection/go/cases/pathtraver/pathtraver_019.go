package pathtraver

import (
	"io"
	"net/http"
	"os"
)

func DownloadHandler019(w http.ResponseWriter, r *http.Request) {
	file := r.Header.Get("X-File")
	fields := map[string]string{}
	fields["file"] = file
	f, err := os.Open("/var/lib/app/uploads/" + fields["file"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
