package trustbound

import (
	"net/http"

	"github.com/gorilla/sessions"
)

func ProfileHandler034(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.PostFormValue("display_name")
		fields := map[string]string{"fallback": "anonymous"}
		fields["display_name"] = name
		session, err := store.Get(r, "app-session")
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		session.Values["display_name"] = "user:" + fields["fallback"]
		if err := session.Save(r, w); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
