package trustbound

import (
	"net/http"
	"strings"

	"github.com/gorilla/sessions"
)

func ProfileHandler016(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Query().Get("display_name")
		session, _ := store.Get(r, "auth")
		session.Values["role"] = strings.Join([]string{"user:", name}, "")
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
