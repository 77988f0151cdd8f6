package trustbound

import (
	"net/http"

	"github.com/gorilla/sessions"
)

func ProfileHandler002(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.FormValue("display_name")
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + name
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
