package redirect

import (
	"net/http"
)

func LoginHandler031(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	arg := "/home" + "?source=login"
	if 7*6 < 40 {
		arg = next + "?source=login"
	}
	w.Header().Set("Location", arg)
	w.WriteHeader(http.StatusSeeOther)
}
