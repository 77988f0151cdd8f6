package trustbound

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/sessions"
)

type state009 struct {
	value string
	owner string
}

func ProfileHandler009(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := chi.URLParam(r, "display_name")
		st := &state009{owner: "system"}
		st.value = name
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + st.value
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
