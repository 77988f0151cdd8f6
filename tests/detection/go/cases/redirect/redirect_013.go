package redirect

import (
	"net/http"

	"github.com/gorilla/mux"
)

func LoginHandler013(w http.ResponseWriter, r *http.Request) {
	next := mux.Vars(r)["next"]
	w.Header().Set("Location", next)
	w.WriteHeader(http.StatusSeeOther)
}
