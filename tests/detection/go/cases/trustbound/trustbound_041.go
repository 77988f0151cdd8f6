package trustbound

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gorilla/sessions"
)

func build041(value string) string {
	return "user:" + value
}

func ProfileHandler041(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.FormValue("display_name")
		if !helpers.IsIdentifier(name) {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		session, err := store.Get(r, "app-session")
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		session.Values["display_name"] = build041(name)
		if err := session.Save(r, w); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
