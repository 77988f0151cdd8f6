package pathtraver

import (
	"io/ioutil"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/go-chi/chi/v5"
)

func DownloadHandler024(w http.ResponseWriter, r *http.Request) {
	file := chi.URLParam(r, "file")
	data, err := ioutil.ReadFile("/var/lib/app/uploads/" + helpers.Normalize(file))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
