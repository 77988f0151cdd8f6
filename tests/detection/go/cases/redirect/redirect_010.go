package redirect

import (
	"net/http"
	"strings"
)

func LoginHandler010(w http.ResponseWriter, r *http.Request) {
	next := r.Header.Get("X-Next")
	var sb strings.Builder
	sb.WriteString(next)
	sb.WriteString("?source=login")
	w.Header().Set("Location", sb.String())
	w.WriteHeader(http.StatusSeeOther)
}
