package securecookie

import (
	"net/http"
)

func Issue028(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid, Path: "/", HttpOnly: true}
	c.Secure = true
	http.SetCookie(w, c)
}
