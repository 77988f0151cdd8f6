package xss

import (
	"fmt"
	"net/http"
)

func WelcomeHandler013(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	fmt.Fprint(w, name)
}
