package securecookie

import (
	"net/http"
)

func Login002(w http.ResponseWriter, r *http.Request) {
	sid := r.Context().Value(sessionKey002{}).(string)
	http.SetCookie(w, &http.Cookie{
		Name:     "session_id",
		Value:    sid,
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	w.WriteHeader(http.StatusNoContent)
}

type sessionKey002 struct{}
