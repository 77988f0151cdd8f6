package trustbound

import (
	"net/http"
	"strings"

	"github.com/gorilla/sessions"
)

func ProfileHandler010(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.PostFormValue("display_name")
		var sb strings.Builder
		sb.WriteString("user:")
		sb.WriteString(name)
		session, err := store.Get(r, "app-session")
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		session.Values["display_name"] = sb.String()
		if err := session.Save(r, w); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
