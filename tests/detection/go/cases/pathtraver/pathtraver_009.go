package pathtraver

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

type state009 struct {
	value string
	owner string
}

func DownloadHandler009(w http.ResponseWriter, r *http.Request) {
	file := chi.URLParam(r, "file")
	st := &state009{owner: "system"}
	st.value = file
	http.ServeFile(w, r, "/var/lib/app/uploads/"+st.value)
}
