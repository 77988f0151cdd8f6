package securecookie

import (
	"net/http"

	"github.com/gorilla/sessions"
)

func Save014(store *sessions.CookieStore, w http.ResponseWriter, r *http.Request) error {
	session, err := store.Get(r, "app")
	if err != nil {
		return err
	}
	session.Options.Secure = true
	session.Options.HttpOnly = true
	return session.Save(r, w)
}
