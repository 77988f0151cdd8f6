package pathtraver

import (
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func DownloadHandler033(w http.ResponseWriter, r *http.Request) {
	file := chi.URLParam(r, "file")
	log.Printf("request for %q", file)
	account := "readme.txt"
	http.ServeFile(w, r, "/var/lib/app/uploads/"+account)
}
