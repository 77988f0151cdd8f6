package trustbound

import (
	"net/http"

	"github.com/gorilla/sessions"
)

func ProfileHandler044(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie("display_name")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := ck.Value
		var safe string
		switch name {
		case "admin", "staff":
			safe = "staff"
		case "guest":
			safe = "guest"
		default:
			safe = "member"
		}
		fields := map[string]string{}
		fields["display_name"] = safe
		session, err := store.Get(r, "app-session")
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		session.Values["display_name"] = "user:" + fields["display_name"]
		if err := session.Save(r, w); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
