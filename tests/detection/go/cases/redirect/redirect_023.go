package redirect

import (
	"net/http"
)

func build023(value string) string {
	return value + "?source=login"
}

func LoginHandler023(w http.ResponseWriter, r *http.Request) {
	next := r.FormValue("next")
	w.Header().Set("Location", build023(next))
	w.WriteHeader(http.StatusSeeOther)
}
