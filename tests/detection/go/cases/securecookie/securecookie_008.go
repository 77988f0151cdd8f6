package securecookie

import (
	"net/http"
)

func SetAuthCookie008(w http.ResponseWriter, token string) {
	cookie := http.Cookie{Name: "auth", Value: token, Path: "/", HttpOnly: true}
	cookie.Secure = true
	http.SetCookie(w, &cookie)
}
