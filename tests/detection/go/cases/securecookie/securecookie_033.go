package securecookie

import (
	"github.com/gorilla/sessions"
)

func NewStore033(key []byte) *sessions.CookieStore {
	store := sessions.NewCookieStore(key)
	store.Options.Secure = false
	store.Options.HttpOnly = true
	return store
}
