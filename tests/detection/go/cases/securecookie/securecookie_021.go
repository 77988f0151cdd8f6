package securecookie

import (
	"net/http"
)

func RawHeader021(w http.ResponseWriter, sid string) {
	w.Header().Add("Set-Cookie", "session="+sid+"; Path=/; HttpOnly; SameSite=Lax")
	w.WriteHeader(http.StatusNoContent)
}
