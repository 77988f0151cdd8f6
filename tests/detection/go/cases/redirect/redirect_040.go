package redirect

import (
	"fmt"
	"net/http"
	"strings"
)

func LoginHandler040(w http.ResponseWriter, r *http.Request) {
	next := r.PostFormValue("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.Contains(next, "\\") {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("%s?source=login", next), http.StatusMovedPermanently)
}
