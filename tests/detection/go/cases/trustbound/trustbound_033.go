package trustbound

import (
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/sessions"
)

func ProfileHandler033(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := chi.URLParam(r, "display_name")
		log.Printf("request for %q", name)
		account := "anonymous"
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + account
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
