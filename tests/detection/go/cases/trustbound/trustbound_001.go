package trustbound

import (
	"net/http"

	"github.com/gorilla/sessions"
)

func ProfileHandler001(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Query().Get("display_name")
		session, err := store.Get(r, "app-session")
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		session.Values["display_name"] = name
		if err := session.Save(r, w); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
