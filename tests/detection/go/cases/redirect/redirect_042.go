package redirect

import (
	"net/http"
	"net/url"
	"strings"
)

func sameSite042(target string) bool {
	u, err := url.Parse(target)
	return err == nil && u.Scheme == "" && u.Host == "" && len(u.Path) > 0 && u.Path[0] == '/' && (len(u.Path) < 2 || u.Path[1] != '/')
}

func LoginHandler042(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	next := r.Form.Get("next")
	if !sameSite042(next) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var sb strings.Builder
	sb.WriteString(next)
	sb.WriteString("?source=login")
	w.Header().Set("Location", sb.String())
	w.WriteHeader(http.StatusSeeOther)
}
