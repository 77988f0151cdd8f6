package redirect

import (
	"fmt"
	"net/http"
)

func LoginHandler003(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	next := r.Form.Get("next")
	w.Header().Set("Location", fmt.Sprintf("%s?source=login", next))
	w.WriteHeader(http.StatusSeeOther)
}
