package securecookie

import (
	"net/http"
)

type cookieConfig019 struct {
	Secure bool
	Domain string
}

var cookies019 = cookieConfig019{Secure: false, Domain: "app.example.com"}

func WriteSession019(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Domain: cookies019.Domain, Secure: cookies019.Secure, HttpOnly: true})
}
