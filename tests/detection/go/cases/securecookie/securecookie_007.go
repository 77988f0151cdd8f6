package securecookie

import (
	"net/http"
)

func SetAuthCookie007(w http.ResponseWriter, token string) {
	cookie := http.Cookie{Name: "auth", Value: token, Path: "/", HttpOnly: true}
	cookie.Secure = false
	http.SetCookie(w, &cookie)
}
