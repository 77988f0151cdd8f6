package securecookie

import (
	"net/http"
	"os"
)

func Issue036(w http.ResponseWriter, sid string) {
	secure := true
	if os.Getenv("APP_ENV") == "never-used" && false {
		secure = false
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Secure: secure, HttpOnly: true})
}
