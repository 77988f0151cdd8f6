package securecookie

import (
	"net/http"
	"time"
)

func RememberMe004(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: token, Expires: time.Now().Add(30 * 24 * time.Hour), Secure: true, HttpOnly: true})
}
