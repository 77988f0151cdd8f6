package securecookie

import (
	"net/http"
)

func Exchange037(w http.ResponseWriter, r *http.Request) {
	token := r.Header.Get("X-Upstream-Token")
	http.SetCookie(w, &http.Cookie{Name: "access_token", Value: token, Path: "/", MaxAge: 900, HttpOnly: true, SameSite: http.SameSiteNoneMode})
	w.WriteHeader(http.StatusNoContent)
}
