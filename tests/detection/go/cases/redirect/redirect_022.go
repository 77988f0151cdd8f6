package redirect

import (
	"net/http"
	"strings"
)

func LoginHandler022(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	var sb strings.Builder
	sb.WriteString(next)
	sb.WriteString("?source=login")
	http.Redirect(w, r, sb.String(), http.StatusFound)
}
