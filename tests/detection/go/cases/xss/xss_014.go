package xss

import (
	"io"
	"net/http"
)

func WelcomeHandler014(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	io.WriteString(w, "<p>Hello, "+name+"</p>")
}
