package trustbound

import (
	"net/http"
	"regexp"
	"strings"

	"github.com/gorilla/sessions"
)

var namePattern040 = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func valid040(value string) bool {
	return namePattern040.MatchString(value)
}

func ProfileHandler040(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Query().Get("display_name")
		if !valid040(name) {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var sb strings.Builder
		sb.WriteString("user:")
		sb.WriteString(name)
		session, _ := store.Get(r, "auth")
		session.Values["role"] = sb.String()
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
