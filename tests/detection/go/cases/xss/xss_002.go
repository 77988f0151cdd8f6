package xss

import (
	"fmt"
	"net/http"
)

func WelcomeHandler002(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("name")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := ck.Value
	fmt.Fprint(w, "<p>Hello, "+name+"</p>")
}
