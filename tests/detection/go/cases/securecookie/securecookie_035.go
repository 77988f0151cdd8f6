package securecookie

import (
	"net/http"
)

func TrackLogin035(w http.ResponseWriter, userID string) {
	cookie := &http.Cookie{}
	cookie.Name = "uid"
	cookie.Value = userID
	cookie.MaxAge = 86400
	http.SetCookie(w, cookie)
}
