package trustbound

import (
	"net/http"
	"strconv"

	"github.com/gorilla/sessions"
)

func ProfileHandler043(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.Header.Get("X-Display-Name")
		num, err := strconv.Atoi(name)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		safe := strconv.Itoa(num)
		session, _ := store.Get(r, "auth")
		session.Values["role"] = safe
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
