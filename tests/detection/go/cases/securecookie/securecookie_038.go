package securecookie

import (
	"net/http"
)

func Exchange038(w http.ResponseWriter, r *http.Request) {
	token := r.Header.Get("X-Upstream-Token")
	http.SetCookie(w, &http.Cookie{Name: "__Host-access_token", Value: token, Path: "/", MaxAge: 900, Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode})
	w.WriteHeader(http.StatusNoContent)
}
