package redirect

import (
	"net/http"
)

func LoginHandler001(w http.ResponseWriter, r *http.Request) {
	next := r.PostFormValue("next")
	http.Redirect(w, r, next, http.StatusFound)
}
