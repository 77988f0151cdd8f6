package pathtraver

import (
	"net/http"
	"os"

	"example.com/bench/internal/helpers"
)

func DownloadHandler020(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("file")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	file := ck.Value
	settings := helpers.NewSettings()
	settings.Set("file", file)
	data, err := os.ReadFile("/var/lib/app/uploads/" + settings.Get("file"))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
