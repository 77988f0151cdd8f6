package securecookie

import (
	"net/http"
)

func RawHeader022(w http.ResponseWriter, sid string) {
	w.Header().Add("Set-Cookie", "session="+sid+"; Path=/; Secure; HttpOnly; SameSite=Lax")
	w.WriteHeader(http.StatusNoContent)
}
