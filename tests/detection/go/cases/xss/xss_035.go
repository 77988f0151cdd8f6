package xss

import (
	"io"
	"net/http"

	"example.com/bench/internal/helpers"
)

func WelcomeHandler035(w http.ResponseWriter, r *http.Request) {
	name := helpers.Param(r, "name")
	values := []string{"visitor"}
	values = append(values, name)
	io.WriteString(w, "<p>Hello, "+values[0]+"</p>")
}
