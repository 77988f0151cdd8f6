package xss

import (
	"log"
	"net/http"
)

func WelcomeHandler033(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := r.Form.Get("name")
	log.Printf("request for %q", name)
	account := "visitor"
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte("<p>Hello, " + account + "</p>"))
}
