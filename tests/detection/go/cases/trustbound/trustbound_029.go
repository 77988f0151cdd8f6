package trustbound

import (
	"net/http"

	"github.com/gorilla/sessions"
)

func ProfileHandler029(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie("display_name")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := ck.Value
		values := []string{"anonymous"}
		values = append(values, name)
		session, err := store.Get(r, "app-session")
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		session.Values["display_name"] = "user:" + values[0]
		if err := session.Save(r, w); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
