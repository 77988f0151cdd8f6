package trustbound

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type options026 struct {
	Value string
}

func ProfileHandler026(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.FormValue("display_name")
		opts := options026{Value: name}
		opts.Value = "anonymous"
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + opts.Value
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
