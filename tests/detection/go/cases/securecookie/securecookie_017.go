package securecookie

import (
	"net/http"
)

func newCookie017(name, value string) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, Path: "/", HttpOnly: true, MaxAge: 3600}
}

func Session017(w http.ResponseWriter, sid string) {
	http.SetCookie(w, newCookie017("session", sid))
}
