package securecookie

import (
	"github.com/gorilla/sessions"
)

func NewStore034(key []byte) *sessions.CookieStore {
	store := sessions.NewCookieStore(key)
	store.Options.Secure = true
	store.Options.HttpOnly = true
	return store
}
