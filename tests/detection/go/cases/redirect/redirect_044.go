package redirect

import (
	"net/http"

	"example.com/bench/internal/helpers"
)

func LoginHandler044(w http.ResponseWriter, r *http.Request) {
	next := helpers.Param(r, "next")
	if !helpers.IsLocalPath(next) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, next, http.StatusFound)
}
