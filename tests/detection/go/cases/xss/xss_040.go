package xss

import (
	"fmt"
	"net/http"
)

func WelcomeHandler040(w http.ResponseWriter, r *http.Request) {
	name := r.Header.Get("X-Name")
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	fmt.Fprintf(w, "Hello, %s\n", name)
}
