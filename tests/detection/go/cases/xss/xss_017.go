package xss

import (
	"net/http"
)

func WelcomeHandler017(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("name")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := ck.Value
	if len(name) > 128 {
		name = name[:128]
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte("<p>Hello, " + name + "</p>"))
}
