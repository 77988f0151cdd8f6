package securecookie

import (
	"net/http"
)

func cookies031(sid, csrf string) []*http.Cookie {
	return []*http.Cookie{
		{Name: "sid", Value: sid, HttpOnly: true},
		{Name: "csrf", Value: csrf},
	}
}

func Write031(w http.ResponseWriter, sid, csrf string) {
	for _, c := range cookies031(sid, csrf) {
		http.SetCookie(w, c)
	}
}
