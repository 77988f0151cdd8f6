package trustbound

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type state036 struct {
	value string
	owner string
}

func ProfileHandler036(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := r.Form.Get("display_name")
		st := &state036{owner: "anonymous"}
		st.value = name
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + st.owner
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
