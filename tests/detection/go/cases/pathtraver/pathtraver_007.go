package pathtraver

import (
	"io"
	"net/http"
	"os"

	"github.com/gorilla/mux"
)

func DownloadHandler007(w http.ResponseWriter, r *http.Request) {
	file := mux.Vars(r)["file"]
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
