package xss

import (
	"net/http"
)

func WelcomeHandler001(w http.ResponseWriter, r *http.Request) {
	name := r.Header.Get("X-Name")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(name))
}
