package securecookie

import (
	"net/http"
)

type cookieConfig020 struct {
	Secure bool
	Domain string
}

var cookies020 = cookieConfig020{Secure: true, Domain: "app.example.com"}

func WriteSession020(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Domain: cookies020.Domain, Secure: cookies020.Secure, HttpOnly: true})
}
