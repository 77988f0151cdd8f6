package pathtraver

import (
	"net/http"
	"os"

	"example.com/bench/internal/helpers"
	"github.com/gorilla/mux"
)

type state046 struct {
	value string
	owner string
}

func DownloadHandler046(w http.ResponseWriter, r *http.Request) {
	file := mux.Vars(r)["file"]
	st := &state046{owner: "system"}
	st.value = helpers.SafeFileName(file)
	if err := os.Remove("/var/lib/app/uploads/" + st.value); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
