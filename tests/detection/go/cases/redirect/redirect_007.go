package redirect

import (
	"net/http"
)

func LoginHandler007(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	fields := map[string]string{}
	fields["next"] = next
	w.Header().Set("Location", fields["next"]+"?source=login")
	w.WriteHeader(http.StatusSeeOther)
}
