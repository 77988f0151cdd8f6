package redirect

import "net/http"

func Logout047(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", MaxAge: -1, Secure: true, HttpOnly: true})
	if next := r.URL.Query().Get("return_to"); next != "" {
		http.Redirect(w, r, next, http.StatusFound)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}
