package trustbound

import (
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gorilla/sessions"
)

func ProfileHandler038(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := helpers.Param(r, "display_name")
		var safe string
		switch name {
		case "admin", "staff":
			safe = "staff"
		case "guest":
			safe = "guest"
		default:
			safe = "member"
		}
		session, _ := store.Get(r, "auth")
		session.Values["role"] = fmt.Sprintf("user:%s", safe)
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
