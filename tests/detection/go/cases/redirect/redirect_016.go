package redirect

import (
	"net/http"
	"strings"
)

func LoginHandler016(w http.ResponseWriter, r *http.Request) {
	next := r.PostFormValue("next")
	w.Header().Set("Location", strings.Join([]string{next, "?source=login"}, ""))
	w.WriteHeader(http.StatusSeeOther)
}
