package redirect

import (
	"net/http"
)

func LoginHandler018(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	next := r.Form.Get("next")
	values := make([]string, 0, 4)
	values = append(values, next)
	http.Redirect(w, r, values[0]+"?source=login", http.StatusFound)
}
