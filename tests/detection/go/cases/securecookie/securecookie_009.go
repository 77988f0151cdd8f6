package securecookie

import (
	"net/http"
)

const secureCookies009 = false

func Issue009(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Secure: secureCookies009, HttpOnly: true})
}
