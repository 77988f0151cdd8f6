package securecookie

import (
	"net/http"
)

func Login001(w http.ResponseWriter, r *http.Request) {
	sid := r.Context().Value(sessionKey001{}).(string)
	http.SetCookie(w, &http.Cookie{
		Name:     "session_id",
		Value:    sid,
		Path:     "/",
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	w.WriteHeader(http.StatusNoContent)
}

type sessionKey001 struct{}
