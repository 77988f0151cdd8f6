package redirect

import (
	"net/http"
	"net/url"
)

func Logout048(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", MaxAge: -1, Secure: true, HttpOnly: true})
	if next := r.URL.Query().Get("return_to"); next != "" {
		if u, err := url.Parse(next); err == nil && u.Host == "" && u.Scheme == "" && len(u.Path) > 1 && u.Path[0] == '/' && u.Path[1] != '/' {
			http.Redirect(w, r, u.Path, http.StatusFound)
			return
		}
	}
	http.Redirect(w, r, "/", http.StatusFound)
}
