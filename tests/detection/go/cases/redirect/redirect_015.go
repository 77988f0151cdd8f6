package redirect

import (
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func LoginHandler015(w http.ResponseWriter, r *http.Request) {
	next := chi.URLParam(r, "next")
	http.Redirect(w, r, fmt.Sprintf("%s?source=login", next), http.StatusFound)
}
