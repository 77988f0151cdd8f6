package securecookie

import (
	"net/http"
)

var baseCookie040 = http.Cookie{Path: "/", HttpOnly: true, Secure: true}

func Issue040(w http.ResponseWriter, sid string) {
	c := baseCookie040
	c.Name = "sid"
	c.Value = sid
	http.SetCookie(w, &c)
}
