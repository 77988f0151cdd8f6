package securecookie

import (
	"net/http"
)

func newCookie018(name, value string) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, Path: "/", Secure: true, HttpOnly: true, MaxAge: 3600}
}

func Session018(w http.ResponseWriter, sid string) {
	http.SetCookie(w, newCookie018("session", sid))
}
