package securecookie

import (
	"net/http"
	"time"
)

func RememberMe003(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: token, Expires: time.Now().Add(30 * 24 * time.Hour), Secure: false, HttpOnly: true})
}
