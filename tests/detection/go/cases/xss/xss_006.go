package xss

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func WelcomeHandler006(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	values := make([]string, 0, 4)
	values = append(values, name)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte("<p>Hello, " + values[0] + "</p>"))
}
