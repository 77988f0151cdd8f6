package redirect

import (
	"net/http"
)

func LoginHandler035(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("next")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	next := ck.Value
	values := []string{"/home"}
	values = append(values, next)
	http.Redirect(w, r, values[0]+"?source=login", http.StatusMovedPermanently)
}
