package trustbound

import (
	"net/http"
	"regexp"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
)

var namePattern046 = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func valid046(value string) bool {
	return namePattern046.MatchString(value)
}

func ProfileHandler046(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := mux.Vars(r)["display_name"]
		if !valid046(name) {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		session, err := store.Get(r, "app-session")
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		session.Values["display_name"] = "user:" + name
		if err := session.Save(r, w); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
