package trustbound

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gorilla/sessions"
)

func ProfileHandler012(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := r.Form.Get("display_name")
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + helpers.Normalize(name)
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
