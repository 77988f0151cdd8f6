package pathtraver

import (
	"io/ioutil"
	"net/http"

	"example.com/bench/internal/helpers"
)

func DownloadHandler012(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	file := r.Form.Get("file")
	data, err := ioutil.ReadFile("/var/lib/app/uploads/" + helpers.Normalize(file))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
