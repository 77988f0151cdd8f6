package xss

import (
	"io"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

func build045(value string) string {
	return "<p>Hello, " + value + "</p>"
}

func WelcomeHandler045(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	num, err := strconv.Atoi(name)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	safe := strconv.Itoa(num)
	io.WriteString(w, build045(safe))
}
