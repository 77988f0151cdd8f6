package securecookie

import (
	"net/http"
)

func Issue027(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid, Path: "/", Secure: true, HttpOnly: true}
	c.Secure = false
	http.SetCookie(w, c)
}
