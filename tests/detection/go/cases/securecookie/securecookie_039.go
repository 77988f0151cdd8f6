package securecookie

import (
	"net/http"
)

var baseCookie039 = http.Cookie{Path: "/", HttpOnly: true, Secure: false}

func Issue039(w http.ResponseWriter, sid string) {
	c := baseCookie039
	c.Name = "sid"
	c.Value = sid
	http.SetCookie(w, &c)
}
