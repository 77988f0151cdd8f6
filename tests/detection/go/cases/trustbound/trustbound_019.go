package trustbound

import (
	"net/http"

	"github.com/gorilla/sessions"
)

func ProfileHandler019(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.Header.Get("X-Display-Name")
		fields := map[string]string{}
		fields["display_name"] = name
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + fields["display_name"]
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
