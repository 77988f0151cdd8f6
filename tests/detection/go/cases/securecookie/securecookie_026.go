package securecookie

import (
	"net/http"
)

const insecureDevCookies026 = false

func Issue026(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid, Path: "/", Secure: true, HttpOnly: true}
	if insecureDevCookies026 {
		c.Secure = false
	}
	http.SetCookie(w, c)
}
