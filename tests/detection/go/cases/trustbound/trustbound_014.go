package trustbound

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gorilla/sessions"
)

func ProfileHandler014(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := helpers.Param(r, "display_name")
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + name
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
