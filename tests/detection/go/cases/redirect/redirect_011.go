package redirect

import (
	"net/http"
)

func build011(value string) string {
	return value + "?source=login"
}

func LoginHandler011(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("next")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	next := ck.Value
	http.Redirect(w, r, build011(next), http.StatusMovedPermanently)
}
