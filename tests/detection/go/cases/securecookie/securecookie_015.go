package securecookie

import (
	"net/http"
)

func SetCSRF015(w http.ResponseWriter, token string) {
	c := new(http.Cookie)
	c.Name = "csrf_token"
	c.Value = token
	c.Path = "/"
	c.HttpOnly = true
	http.SetCookie(w, c)
}
