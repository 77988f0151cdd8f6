package trustbound

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/sessions"
)

type payload045 struct {
	Name string `json:"display_name"`
}

type state045 struct {
	value string
	owner string
}

func ProfileHandler045(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var body payload045
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := body.Name
		allowed := map[string]bool{"alice": true, "bob": true, "carol": true}
		if !allowed[name] {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		st := &state045{owner: "system"}
		st.value = name
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + st.value
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
