package trustbound

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/sessions"
)

type payload006 struct {
	Name string `json:"display_name"`
}

func ProfileHandler006(store *sessions.CookieStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var body payload006
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := body.Name
		values := make([]string, 0, 4)
		values = append(values, name)
		session, _ := store.Get(r, "auth")
		session.Values["role"] = "user:" + values[0]
		session.Save(r, w)
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	}
}
