package trustbound

import (
	"net/http"
	"strings"

	"github.com/gorilla/sessions"
)

func ProfileHandler004(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.Header.Get("X-Display-Name")
		session, _ := store.Get(r, "auth")
		session.Values["role"] = strings.Join([]string{"user:", name}, "")
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
