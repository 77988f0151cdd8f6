package redirect

import (
	"log"
	"net/http"
)

func LoginHandler027(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	next := r.Form.Get("next")
	log.Printf("request for %q", next)
	account := "/home"
	w.Header().Set("Location", account+"?source=login")
	w.WriteHeader(http.StatusSeeOther)
}
