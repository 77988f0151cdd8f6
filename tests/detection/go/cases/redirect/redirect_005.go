package redirect

import (
	"net/http"

	"example.com/bench/internal/helpers"
)

func LoginHandler005(w http.ResponseWriter, r *http.Request) {
	next := helpers.Param(r, "next")
	if len(next) > 128 {
		next = next[:128]
	}
	http.Redirect(w, r, next+"?source=login", http.StatusFound)
}
