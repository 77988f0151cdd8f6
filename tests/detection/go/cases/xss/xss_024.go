package xss

import (
	"io"
	"net/http"

	"example.com/bench/internal/helpers"
)

func WelcomeHandler024(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := r.Form.Get("name")
	io.WriteString(w, "<p>Hello, "+helpers.Normalize(name)+"</p>")
}
