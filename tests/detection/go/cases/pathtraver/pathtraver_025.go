package pathtraver

import (
	"io"
	"net/http"
	"os"
)

func DownloadHandler025(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	arg := "/var/lib/app/uploads/" + "readme.txt"
	if 7*6 < 40 {
		arg = "/var/lib/app/uploads/" + file
	}
	f, err := os.Open(arg)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
