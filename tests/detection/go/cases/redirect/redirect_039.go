package redirect

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/go-chi/chi/v5"
)

func LoginHandler039(w http.ResponseWriter, r *http.Request) {
	next := chi.URLParam(r, "next")
	if !helpers.IsLocalPath(next) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	w.Header().Set("Location", next+"?source=login")
	w.WriteHeader(http.StatusSeeOther)
}
