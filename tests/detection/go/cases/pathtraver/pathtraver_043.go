package pathtraver

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

func cleanName043(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	return filepath.Base(name)
}

func DownloadHandler043(w http.ResponseWriter, r *http.Request) {
	file := r.Header.Get("X-File")
	fields := map[string]string{}
	fields["file"] = cleanName043(file)
	f, err := os.Open("/var/lib/app/uploads/" + fields["file"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
