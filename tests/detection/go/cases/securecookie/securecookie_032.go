package securecookie

import (
	"net/http"
)

func cookies032(sid, csrf string) []*http.Cookie {
	return []*http.Cookie{
		{Name: "sid", Value: sid, Secure: true, HttpOnly: true},
		{Name: "csrf", Value: csrf, Secure: true, HttpOnly: true},
	}
}

func Write032(w http.ResponseWriter, sid, csrf string) {
	for _, c := range cookies032(sid, csrf) {
		http.SetCookie(w, c)
	}
}
