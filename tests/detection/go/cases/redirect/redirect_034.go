package redirect

import (
	"net/http"
)

func LoginHandler034(w http.ResponseWriter, r *http.Request) {
	next := r.Header.Get("X-Next")
	fields := map[string]string{"fallback": "/home"}
	fields["next"] = next
	w.Header().Set("Location", fields["fallback"]+"?source=login")
	w.WriteHeader(http.StatusSeeOther)
}
