package securecookie

import (
	"net/http"
)

func Impersonate025(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("as")
	http.SetCookie(w, &http.Cookie{Name: "impersonate", Value: target, Path: "/admin", HttpOnly: false})
	http.Redirect(w, r, "/admin", http.StatusSeeOther)
}
