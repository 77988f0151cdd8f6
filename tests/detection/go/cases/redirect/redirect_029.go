package redirect

import (
	"net/http"

	"example.com/bench/internal/helpers"
)

func LoginHandler029(w http.ResponseWriter, r *http.Request) {
	next := helpers.Param(r, "next")
	values := []string{"/home"}
	values = append(values, next)
	http.Redirect(w, r, values[0]+"?source=login", http.StatusFound)
}
