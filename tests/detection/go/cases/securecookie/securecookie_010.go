package securecookie

import (
	"net/http"
)

const secureCookies010 = true

func Issue010(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Secure: secureCookies010, HttpOnly: true})
}
