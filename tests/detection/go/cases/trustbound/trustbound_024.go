package trustbound

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/sessions"
)

func ProfileHandler024(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := chi.URLParam(r, "display_name")
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + helpers.Normalize(name)
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
